"""Importing a roster: check everything, then write everything in one transaction.

``roster_check`` only reads. ``roster_import`` checks the file again (the database may
have changed since the preview) and writes only if not a single issue stands; any error
while writing rolls the whole import back, so a roster is imported entirely or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from jinlin.core import counters
from jinlin.core.errors import Conflict, NotAllowed
from jinlin.core.sql import analyze
from jinlin.members.models import Member, Registration
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization, Partnership
from jinlin.roster.models import HeaderAlias, ImportJob
from jinlin.roster.parts import PARTS
from jinlin.roster.plan import MemberRow, Plan, build_plan
from jinlin.roster.workbook import (
    Issue,
    WorkbookError,
    normalize_header,
    read_workbook,
    registered_sheets,
)

logger = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
MAX_STORED_ISSUES = 500
PREVIEW_ROWS = 20


def _no_progress(phase: str, done: int, total: int) -> None:
    return None


@dataclass
class ImportResult:
    plan: Plan
    organizations: int = 0
    partnerships: int = 0
    members: int = 0
    registered: int = 0  # of them, registered with the importing admin's community
    written: bool = False
    issues: list[Issue] = field(default_factory=list)
    parts: dict[str, int] = field(default_factory=dict)  # counts written by other apps' parts


def header_aliases(user: Any) -> dict[str, dict[str, str]]:
    """The headers this clerk once said are Jinlin's columns: sheet key → header → column."""
    if user is None or not getattr(user, "pk", None):
        return {}
    found: dict[str, dict[str, str]] = {}
    for sheet_key, header, column_key in HeaderAlias.objects.filter(user=user).values_list(
        "sheet_key", "header", "column_key"
    ):
        found.setdefault(sheet_key, {})[header] = column_key
    return found


def header_aliases_save(*, by: Any, choices: dict[tuple[str, str], str]) -> int:
    """Remember, for ``by``, that a header of theirs is a column: (sheet key, column key) →
    header as written. Only sheets and columns Jinlin has; one meaning per header."""
    specs = {spec.key: {c.key for c in spec.columns} for spec in registered_sheets()}
    saved = 0
    for (sheet_key, column_key), header in choices.items():
        header_key = normalize_header(header)
        if not header_key or column_key not in specs.get(sheet_key, set()):
            continue
        HeaderAlias.objects.update_or_create(
            user=by,
            sheet_key=sheet_key,
            header=header_key[:100],
            defaults={"column_key": column_key},
        )
        saved += 1
    return saved


def roster_check(*, path: Path, by: Any = None, progress: Progress = _no_progress) -> Plan:
    """Read and check a roster file; the plan's issues list every problem found."""
    progress("reading", 0, 1)
    try:
        sheets, issues = read_workbook(path, aliases=header_aliases(by))
    except WorkbookError as error:
        return Plan(issues=error.issues)
    progress("reading", 1, 1)
    rows = sum(len(sheet.rows) for sheet in sheets)
    if by is not None and getattr(by, "pk", None) and counters.hit(
        "roster-rows", str(by.pk), window=86400, amount=rows
    ) > settings.ROSTER_ROWS_PER_DAY:
        return Plan(issues=[Issue(sheet="", row=None, column="", message=_(
            "You have had %(n)d roster rows checked today, the most one person may in a day; "
            "nothing was read. Try again tomorrow, or ask the district's administrator."
        ) % {"n": settings.ROSTER_ROWS_PER_DAY})])  # fmt: skip
    return build_plan(sheets, issues, by=by, progress=progress)


def roster_import(*, path: Path, by: Any = None, progress: Progress = _no_progress) -> ImportResult:
    plan = roster_check(path=path, by=by, progress=progress)
    result = ImportResult(plan=plan, issues=plan.issues)
    if not plan.ok:
        return result
    try:
        with transaction.atomic():
            _write(plan, result, progress, by)
    except IntegrityError as exc:
        # Someone added the same code or phone between the check and the write.
        raise Conflict(
            _(
                "The database changed while importing (a code or phone was just added "
                "elsewhere). Nothing was imported; try again."
            )
        ) from exc
    result.written = True
    analyze(Organization, Partnership, Member, Registration)
    from jinlin.audit.services import audit

    audit("import", f"{path.name}: {result.organizations} organizations, {result.members} "
                    f"members", user=by)  # fmt: skip
    return result


def _write(plan: Plan, result: ImportResult, progress: Progress, by: Any = None) -> None:
    total = len(plan.organizations) + plan.partnership_count + len(plan.members)
    done = 0
    by_code: dict[str, Organization] = {}

    def org_for(code: str) -> Organization:
        if code not in by_code:
            by_code[code] = Organization.objects.get(code=code)
        return by_code[code]

    for row in plan.organizations:
        parent = org_for(row.parent_code) if row.parent_code else None
        org = Organization.objects.create(
            name=row.name,
            kind=row.kind,
            subkind=row.subkind,
            code=row.code,
            parent=parent,
            address=row.address,
            contact_phone=row.phone,
            depth=parent.depth + 1 if parent else 0,
        )
        org.path = f"{parent.path if parent else '/'}{org.pk}/"
        Organization.objects.filter(pk=org.pk).update(path=org.path)
        by_code[row.code] = org
        done += 1
        if done % 100 == 0:
            progress("writing", done, total)
    partnerships = [
        Partnership(unit=by_code[row.code], community=org_for(code))
        for row in plan.organizations
        for code in row.partner_codes
    ]
    Partnership.objects.bulk_create(partnerships, batch_size=500)
    done += len(partnerships)
    result.organizations = len(plan.organizations)
    result.partnerships = len(partnerships)
    ids = dict(
        Organization.objects.filter(
            code__in={m.branch_code for m in plan.members if m.branch_code}
            | {m.community_code for m in plan.members if m.community_code}
        ).values_list("code", "id")
    )
    now = timezone.now()
    actor = by.pk if by is not None and by.is_authenticated else None
    registered = 0
    new_people = [m for m in plan.members if m.elsewhere is None]
    _ask_to_join([m for m in plan.members if m.elsewhere is not None], ids, by)
    # On the embedded SQLite this transaction holds the one write lock, and members' claims
    # wait on it: there the rows go in by plain executemany (``insert_many``), which is about
    # five times quicker than bulk_create's compiling of every row.
    fast = connection.vendor == "sqlite"
    batch = 5000 if fast else 1000
    for start in range(0, len(new_people), batch):
        rows = new_people[start : start + batch]
        keys = _insert(Member, [
            {"name": m.name, "phone": m.phone, "id_number": m.id_number, "gender": m.gender,
             "is_party_member": m.is_party_member, "in_service": m.in_service,
             "branch_id": ids.get(m.branch_code), "community_id": ids.get(m.community_code),
             "created_at": now}
            for m in rows
        ], fast)  # fmt: skip
        # Rows a community's own admin imports are registered with it, confirmed (报到).
        registrations = [
            {"kind": Registration.Kind.MEMBER.value, "community_id": ids[row.community_code],
             "member_id": key, "status": Registration.Status.CONFIRMED.value,
             "created_by_id": actor, "decided_by_id": actor, "decided_at": now,
             "created_at": now}
            for row, key in zip(rows, keys, strict=True) if row.registers
        ]  # fmt: skip
        _insert(Registration, registrations, fast)
        registered += len(registrations)
        done += len(rows)
        progress("writing", done, total)
    result.members = len(plan.members)
    result.registered = registered
    for key, part_plan in plan.parts.items():
        result.parts.update(PARTS[key].write(part_plan, timezone.localdate()))
    progress("writing", total, total)


def _insert(model: Any, rows: list[dict[str, Any]], fast: bool) -> list[int]:
    """Insert the rows (field → value); their keys in order."""
    if fast:
        from jinlin.core.sql import insert_many

        return insert_many(model, rows)
    return [obj.pk for obj in model.objects.bulk_create([model(**row) for row in rows])]


def _ask_to_join(rows: list[MemberRow], ids: dict[str, int], by: Any) -> None:
    """People already in Jinlin outside the importer's reach, named by a roster: nothing of
    theirs is changed; each is told who listed them and how to join (报到 with the community,
    which its admins confirm; a branch through their own admins' 组织关系 transfer)."""
    if not rows:
        return
    names = dict(Organization.objects.filter(pk__in=ids.values()).values_list("pk", "name"))
    users = dict(
        Member.objects.filter(pk__in={row.elsewhere for row in rows}).values_list("pk", "user_id")
    )
    for row in rows:
        where = names.get(ids.get(row.community_code) or ids.get(row.branch_code) or 0, "")
        notify(
            user_ids=[users.get(row.elsewhere or 0)],
            kind=Notification.Kind.REGISTRATION,
            message=gettext_noop(
                "%(org)s listed you on its roster. If you belong there, register with the "
                "community on “My registration” (its admins confirm), or ask your branch's "
                "admins to move your party membership."
            ),
            params={"org": where},
            url=reverse("my-registration"),
        )


# Jobs for the web page: run on a thread, report progress through the cache ---------------


def job_progress(job: ImportJob) -> dict[str, Any]:
    return job.progress or {"phase": "waiting", "done": 0, "total": 0}


def _reporter(job_id: Any) -> Progress:
    """Progress stored on the job (the worker and the web page are separate processes)."""

    def report(phase: str, done: int, total: int) -> None:
        ImportJob.objects.filter(pk=job_id).update(
            progress={"phase": phase, "done": done, "total": total}
        )

    return report


def _names(plan: Plan) -> dict[str, str]:
    """The names of the organizations the preview names by code (in Jinlin or in the file)."""
    codes = {m.branch_code for m in plan.members[:PREVIEW_ROWS]} | {
        m.community_code for m in plan.members[:PREVIEW_ROWS]
    }
    codes |= {o.parent_code for o in plan.organizations[:PREVIEW_ROWS]}
    codes.discard("")
    names = dict(Organization.objects.filter(code__in=codes).values_list("code", "name"))
    names.update({o.code: o.name for o in plan.organizations if o.code in codes})
    return names


def _named(code: str, names: dict[str, str]) -> str:
    return f"{names[code]}（{code}）" if code in names else code


def _summary(plan: Plan) -> dict[str, Any]:
    names = _names(plan)
    return {
        "mapping": plan.mapping,
        "organizations": len(plan.organizations),
        "partnerships": plan.partnership_count,
        "members": len(plan.members),
        **{
            name: count
            for key, part_plan in plan.parts.items()
            for name, count in PARTS[key].counts(part_plan).items()
        },
        "preview_organizations": [
            {
                "row": o.row,
                "code": o.code,
                "name": o.name,
                "subkind": o.subkind,
                "parent": _named(o.parent_code, names),
            }
            for o in plan.organizations[:PREVIEW_ROWS]
        ],
        "preview_members": [
            {
                "row": m.row,
                "name": m.name,
                # In full: the clerk checks what was read against their own sheet.
                "phone": m.phone,
                "branch": _named(m.branch_code, names),
                "community": _named(m.community_code, names),
                "party": m.is_party_member,
            }
            for m in plan.members[:PREVIEW_ROWS]
        ],
    }


def _store_issues(job: ImportJob, issues: list[Issue]) -> None:
    job.issue_count = sum(1 for issue in issues if issue.is_error)  # warnings do not block
    job.issues = [issue.as_dict() for issue in issues[:MAX_STORED_ISSUES]]


def run_job(job_id: Any, mode: str, language: str) -> None:
    """The job's work, run by the queue's worker (jinlin.roster.tasks)."""
    with override(language):
        job = ImportJob.objects.select_related("created_by").get(pk=job_id)
        path = Path(job.stored_path)
        report = _reporter(job.pk)
        try:
            if mode == "check":
                plan = roster_check(path=path, by=job.created_by, progress=report)
                _store_issues(job, plan.issues)
                job.summary = _summary(plan)
                job.status = ImportJob.Status.READY if plan.ok else ImportJob.Status.INVALID
            else:
                result = roster_import(path=path, by=job.created_by, progress=report)
                _store_issues(job, result.issues)
                job.summary = {
                    **job.summary,
                    "imported": {
                        "organizations": result.organizations,
                        "partnerships": result.partnerships,
                        "members": result.members,
                        "registered": result.registered,
                        **result.parts,
                    },
                }
                job.status = ImportJob.Status.DONE if result.written else ImportJob.Status.INVALID
        except Conflict as error:
            job.status = ImportJob.Status.FAILED
            job.issues = [Issue(error.message).as_dict()]
            job.issue_count = 1
        except Exception:
            logger.exception("roster import %s failed", job_id)
            job.status = ImportJob.Status.FAILED
            job.issues = [
                Issue(
                    _(
                        "An unexpected error stopped the import; nothing "
                        "was imported. The error has been logged."
                    )
                ).as_dict()
            ]
            job.issue_count = 1
        job.finished_at = timezone.now()
        job.progress = {"phase": "finished", "done": 1, "total": 1}
        job.save(
            update_fields=["status", "issues", "issue_count", "summary", "finished_at", "progress"]
        )


def job_lost(args: list[Any], kwargs: dict[str, Any]) -> None:
    """The worker running the job stopped twice (jinlin.core.jobs): say so on the job."""
    job_id = str(args[0] if args else kwargs.get("job_id", ""))
    with override(args[2] if len(args) > 2 else settings.LANGUAGE_CODE):
        ImportJob.objects.filter(pk=job_id).exclude(
            status__in=[ImportJob.Status.DONE, ImportJob.Status.INVALID]
        ).update(
            status=ImportJob.Status.FAILED,
            finished_at=timezone.now(),
            issue_count=1,
            issues=[
                Issue(
                    _(
                        "The worker stopped while handling this file, twice; nothing was "
                        "imported. Upload it again, or ask the administrator to check the worker."
                    )
                ).as_dict()
            ],
        )


def _start(job: ImportJob, mode: str, language: str) -> None:
    from jinlin.roster.tasks import roster_job

    roster_job.enqueue(str(job.pk), mode, language)


def job_create(*, upload: UploadedFile, by: Any, language: str) -> ImportJob:
    """Store the uploaded file and start checking it."""
    folder = Path(settings.MEDIA_ROOT) / "roster"
    folder.mkdir(parents=True, exist_ok=True)
    job = ImportJob(filename=(upload.name or "roster.xlsx")[:255], created_by=by)
    target = folder / f"{job.pk}.xlsx"
    try:
        with target.open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
    except OSError:
        target.unlink(missing_ok=True)  # no half-written file left behind (a full disk …)
        raise
    job.stored_path = str(target)
    job.save()
    _reporter(job.pk)("reading", 0, 1)
    _start(job, "check", language)
    return job


def job_recheck(
    *, job: ImportJob, by: Any, choices: dict[tuple[str, str], str], language: str
) -> ImportJob:
    """The clerk said which of their columns is which: remember it and check the file again."""
    if job.created_by_id is not None and getattr(by, "pk", None) != job.created_by_id:
        raise NotAllowed(_("Only the person who uploaded this roster can check it again."))
    if job.status not in (ImportJob.Status.INVALID, ImportJob.Status.READY):
        raise Conflict(_("This roster is being checked or was imported already."))
    header_aliases_save(by=by, choices=choices)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.CHECKING, issues=[])
    job.refresh_from_db()
    _reporter(job.pk)("reading", 0, 1)
    _start(job, "check", language)
    job.refresh_from_db()
    return job


def job_confirm(*, job: ImportJob, by: Any, language: str) -> ImportJob:
    """Import a checked roster; only its uploader may, and only once."""
    if job.created_by_id is not None and getattr(by, "pk", None) != job.created_by_id:
        raise NotAllowed(_("Only the person who uploaded this roster can import it."))
    updated = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.READY).update(
        status=ImportJob.Status.IMPORTING
    )
    if not updated:
        raise Conflict(_("This roster is not ready to import (it was imported, or has errors)."))
    job.refresh_from_db()
    _reporter(job.pk)("writing", 0, 1)
    _start(job, "import", language)
    job.refresh_from_db()
    return job
