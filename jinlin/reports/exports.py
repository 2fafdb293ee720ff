"""Exports made on the queue (jinlin.core.jobs): asked for on a page, made by the worker,
downloaded by whoever asked and the organization's admins."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from jinlin.cloudmap.indicators import Period
from jinlin.core import counters
from jinlin.core.errors import InvalidInput, NotAllowed, Throttled
from jinlin.core.replica import replica_reads
from jinlin.members import access
from jinlin.organizations.models import Organization
from jinlin.reports.models import Export

logger = logging.getLogger(__name__)


def can_read_export(user: Any, export: Export) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if export.requested_by_id == user.pk:
        return True
    return access.can_manage_organization(user, export.organization)


def export_request(
    *, kind: str, organization: Organization, period: Period, by: Any, language: str
) -> Export:
    """Queue a file about the organization for the period: its 台账 or its 工作简报."""
    if not (access.scope_of(by).can_read_tree and access.can_view_organization(by, organization)):
        raise NotAllowed(_("This organization is outside your scope."))
    if kind == Export.KIND_NATIONAL and not access.can_manage_organization(by, organization):
        raise NotAllowed(_("Only the organization's own admins export its volunteers."))
    waiting = Export.objects.filter(
        requested_by=by, status__in=[Export.Status.QUEUED, Export.Status.RUNNING]
    )
    same = waiting.filter(
        kind=kind, organization=organization, start=period.start, end=period.end
    ).first()
    if same is not None:
        return same  # asked twice: the one already on its way
    if waiting.count() >= settings.EXPORTS_AT_ONCE:
        raise Throttled(
            _("You already have %(n)d files being made; wait until one is ready.")
            % {"n": settings.EXPORTS_AT_ONCE}
        )
    if counters.hit("exports", str(by.pk), window=86400) > settings.EXPORTS_PER_DAY:
        raise Throttled(
            _("You have asked for %(n)d files today, the most one person may; try tomorrow.")
            % {"n": settings.EXPORTS_PER_DAY}
        )
    export = Export.objects.create(
        kind=kind,
        organization=organization,
        start=period.start,
        end=period.end,
        requested_by=by,
    )
    from jinlin.reports.tasks import export_job

    transaction.on_commit(lambda: export_job.enqueue(str(export.pk), language))
    return export


def export_downloaded(export: Export, ext: str) -> None:
    from jinlin.audit.services import audit

    audit("export_download", f"{export.kind} {export.organization.name} {export.start}–"
                             f"{export.end} .{ext}")  # fmt: skip


def export_file_name(export: Export, ext: str) -> str:
    """集美街道_双报到工作台账_20261107-20261204.xlsx, 集美街道_工作简报_….docx"""
    from django.utils.translation import pgettext

    from jinlin.core.http import paper_name, span

    what = {
        Export.KIND_BRIEFING: pgettext("file", "Work briefing"),
        Export.KIND_NATIONAL: pgettext("file", "National volunteer system import"),
    }.get(export.kind, pgettext("file", "Dual registration ledger"))
    return paper_name(export.organization.name, what, span(export.start, export.end), ext=ext)


def export_run(export_id: str, language: str) -> None:
    """The worker's part: make the file (or the briefing's text), store it on the export."""
    export = Export.objects.select_related("organization").get(pk=export_id)
    Export.objects.filter(pk=export.pk).update(status=Export.Status.RUNNING)

    def report(phase: str, done: int, total: int) -> None:
        Export.objects.filter(pk=export.pk).update(
            progress={"phase": phase, "done": done, "total": total}
        )

    # Read from the replica once it holds everything committed before now (a credit made just
    # before the 台账 was asked for is in it), else from the primary.
    with replica_reads(strict=True) as from_replica:
        logger.info("export %s reads the %s", export.pk, "replica" if from_replica else "primary")
        _export_write(export, language, report)


def _export_write(export: Export, language: str, report: Callable[[str, int, int], None]) -> None:
    from jinlin.reports.briefing import briefing_write, masthead_defaults
    from jinlin.reports.ledger import ledger_book

    if export.kind == Export.KIND_BRIEFING:
        with override(language):
            export.content = briefing_write(
                export.organization, Period(export.start, export.end), report
            )
            export.content["masthead"] = masthead_defaults(
                export.organization, export.start, export.end
            )
        export.status = Export.Status.DONE
        export.progress = {"phase": "finished", "done": 1, "total": 1}
        export.save(update_fields=["content", "status", "progress"])
        return
    with override(language):
        period = Period(export.start, export.end)
        code = export.organization.code or export.organization.pk
        if export.kind == Export.KIND_NATIONAL:
            from jinlin.reports.national import national_book

            content = national_book(export.organization, period, export.requested_by, report)
            name = f"national-{code}-{export.start}-{export.end}.xlsx"
        else:
            content = ledger_book(export.organization, period, report)
            name = f"ledger-{code}-{export.start}-{export.end}.xlsx"
    export.file.save(name, ContentFile(content), save=False)
    export.status = Export.Status.DONE
    export.progress = {"phase": "finished", "done": 1, "total": 1}
    export.save(update_fields=["file", "status", "progress"])


def export_lost(args: list[Any], kwargs: dict[str, Any]) -> None:
    export_id = str(args[0] if args else kwargs.get("export_id", ""))
    Export.objects.filter(pk=export_id).exclude(status=Export.Status.DONE).update(
        status=Export.Status.FAILED,
        error=_("The worker stopped while making this file, twice. Ask for it again."),
    )


def export_failed(export_id: str) -> None:
    Export.objects.filter(pk=export_id).update(
        status=Export.Status.FAILED,
        error=_("The file could not be made; the error has been logged."),
        progress={"phase": "failed", "done": 0, "total": 1, "at": timezone.now().isoformat()},
    )


# 工作简报 --------------------------------------------------------------------------------------


def briefing_save(
    *, export: Export, title: Any, blocks: Any, by: Any, masthead: Any = None
) -> Export:
    """Keep the edited text of a briefing (its figures stay as they were read) and what its
    masthead and closing block say."""
    from jinlin.reports.briefing import clean, clean_masthead, masthead_of

    if export.kind != Export.KIND_BRIEFING or export.status != Export.Status.DONE:
        raise InvalidInput(_("This briefing is not ready to edit."), fields={"blocks": ""})
    if not can_read_export(by, export):
        raise NotAllowed(_("This organization is outside your scope."))
    title, blocks = clean(title, blocks, export.content.get("values", {}))
    heads = clean_masthead(masthead, masthead_of(export))
    with transaction.atomic():
        locked = Export.objects.select_for_update().get(pk=export.pk)
        locked.content = {**locked.content, "title": title, "blocks": blocks, "masthead": heads}
        locked.edited_at = timezone.now()
        locked.edited_by = by
        locked.save(update_fields=["content", "edited_at", "edited_by"])
    return locked


def briefing_refresh(*, export: Export, by: Any) -> Export:
    """Read the briefing's figures again (the text stays as edited)."""
    from jinlin.reports.briefing import refresh_values

    if export.kind != Export.KIND_BRIEFING or export.status != Export.Status.DONE:
        raise InvalidInput(_("This briefing is not ready to edit."), fields={"blocks": ""})
    if not can_read_export(by, export):
        raise NotAllowed(_("This organization is outside your scope."))
    values = refresh_values(export.organization, Period(export.start, export.end))
    with transaction.atomic():
        locked = Export.objects.select_for_update().get(pk=export.pk)
        locked.content = {**locked.content, "values": values,
                          "written_at": timezone.now().isoformat()}  # fmt: skip
        locked.save(update_fields=["content"])
    return locked
