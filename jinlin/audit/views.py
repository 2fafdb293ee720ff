"""The audit log, for the district's administrators only: filtered, and exported."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from jinlin.audit.models import AuditEvent
from jinlin.members import access


def can_read_audit(user: Any) -> bool:
    """The district's administrators (and the system administrator): nobody else."""
    scope = access.scope_of(user)
    return scope.superuser or scope.has_role(access.Role.DISTRICT_ADMIN)


def filtered(action: str = "", actor: str = "", start: Any = None,
             end: Any = None) -> QuerySet[AuditEvent]:  # fmt: skip
    rows = AuditEvent.objects.all()
    if action:
        rows = rows.filter(action=action)
    if actor:
        rows = rows.filter(Q(actor_name__contains=actor) | Q(actor__username=actor))
    if start is not None:
        rows = rows.filter(at__gte=timezone.make_aware(dt.datetime.combine(start, dt.time.min)))
    if end is not None:
        rows = rows.filter(at__lt=timezone.make_aware(
            dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)))  # fmt: skip
    return rows.order_by("-seq")


def _date(value: str) -> dt.date | None:
    from jinlin.core.errors import InvalidInput
    from jinlin.core.http import parse_day

    try:
        return parse_day(value, "date")
    except InvalidInput:
        return None


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    from jinlin.core.http import paginate

    if not can_read_audit(request.user):
        raise PermissionDenied(_("Only the district's administrators read the audit log."))
    action = request.GET.get("action", "")[:40]
    actor = request.GET.get("actor", "")[:150]
    start, end = _date(request.GET.get("from", "")), _date(request.GET.get("to", ""))
    rows = filtered(action, actor, start, end)
    if request.GET.get("format") == "xlsx":
        return _export(rows[:50_000])
    actions = AuditEvent.objects.order_by().values_list("action", flat=True).distinct()
    return render(request, "audit/log.html", {
        "page": paginate(request, rows, 100), "action": action, "actor": actor,
        "start": start, "end": end, "actions": sorted(set(actions)),
    })  # fmt: skip


def _export(rows: QuerySet[AuditEvent]) -> HttpResponse:
    from jinlin.audit.services import audit
    from jinlin.core import xlsx
    from jinlin.core.http import file_response, paper_name

    audit("export_download", "audit log")
    book = xlsx.Book()
    sheet = book.sheet(_("Audit log"), title=_("Audit log"),
                       header=["#", _("Time"), _("Actor"), _("Client address"), _("Action"),
                               _("Object"), _("Result")])  # fmt: skip
    for e in rows:
        sheet.append([e.seq, timezone.localtime(e.at).replace(tzinfo=None), e.actor_name, e.ip,
                      e.action, e.object, e.get_result_display()])  # fmt: skip
    stamp = timezone.localdate().strftime("%Y%m%d")
    name = paper_name(pgettext("file", "Audit log"), stamp, ext="xlsx")
    return file_response(book.to_bytes(), filename=name)
