"""The member's volunteer file (志愿者档案; 民政部令第67号 on what a volunteer's record holds):
besides service hours, the trainings they attended, the awards they received, how they were
evaluated (the community's 评议 and residents' stars, already kept elsewhere and read here)
and complaints about their service with how each was handled.

Admins record entries for members they manage (their community or branch is in the admin's
scope), in the name of their own organization; the member reads their whole file, complaints
included; every write is in the audit log.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.db.models import Avg, Count
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.core.errors import InvalidInput, NotAllowed, NotFound
from jinlin.core.numbers import decimal_of
from jinlin.members import access
from jinlin.members.models import FileEntry, Member
from jinlin.organizations.models import Organization

Kind = FileEntry.Kind
MAX_TRAINING_HOURS = Decimal("1000")


def recording_organization(user: Any, member: Member) -> Organization | None:
    """The organization an admin records in: the nearest of theirs over the member's community
    or branch (a community admin records as the community, a unit admin as the unit)."""
    scope = access.scope_of(user)
    places = [org for org in (member.community, member.branch) if org is not None]
    over = [g for g in scope.grants_for(access.ADMIN_ROLES)
            if any(place.path.startswith(g.path) for place in places)]  # fmt: skip
    if over:
        nearest = max(over, key=lambda g: len(g.path))
        return Organization.objects.filter(pk=nearest.organization_id).first()
    return (member.community or member.branch) if scope.superuser else None


def _clean(
    kind: str, title: str, by_whom: str, date: Any, hours: Any, handling: str
) -> dict[str, Any]:
    errors: dict[str, str] = {}
    if kind not in Kind.values:
        errors["kind"] = _("Choose training, award or complaint.")
    title, by_whom, handling = (title or "").strip(), (by_whom or "").strip(), (handling or "")
    handling = handling.strip()
    if not title:
        errors["title"] = _("Required.")
    elif len(title) > 200:
        errors["title"] = _("At most %(n)d characters.") % {"n": 200}
    if len(by_whom) > 100:
        errors["by_whom"] = _("At most %(n)d characters.") % {"n": 100}
    if len(handling) > 300:
        errors["handling"] = _("At most %(n)d characters.") % {"n": 300}
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date.strip())
        except ValueError:
            date = None
            errors["date"] = _("A date such as 2026-05-01.")
    if date is None and "date" not in errors:
        errors["date"] = _("Required.")
    elif isinstance(date, dt.date) and not (
        dt.date(2000, 1, 1) <= date <= timezone.localdate()
    ):
        errors["date"] = _("A date between 2000 and today.")
    amount: Decimal | None = None
    if kind == Kind.TRAINING:
        try:
            amount = decimal_of(hours, "0.0001") if hours not in (None, "") else None
        except (InvalidOperation, ValueError, TypeError):
            amount = None
        if amount is None:
            errors["hours"] = _("How many hours the training took.")
        elif not (Decimal("0") < amount <= MAX_TRAINING_HOURS) or amount != round(amount, 1):
            errors["hours"] = _("Between 0.1 and %(max)s hours, in tenths.") % {
                "max": MAX_TRAINING_HOURS
            }
        else:
            amount = amount.quantize(Decimal("0.1"))
    elif hours not in (None, ""):
        errors["hours"] = _("Only a training has hours.")
    if handling and kind != Kind.COMPLAINT:
        errors["handling"] = _("Only a complaint is handled.")
    if errors:
        raise InvalidInput(_("Check the fields marked."), fields=errors)
    return {"kind": kind, "title": title, "by_whom": by_whom, "date": date, "hours": amount,
            "handling": handling}  # fmt: skip


def entry_record(
    *,
    member: Member,
    by: Any,
    kind: str,
    title: str,
    by_whom: str = "",
    date: Any = None,
    hours: Any = None,
    handling: str = "",
) -> FileEntry:
    """Record a training, an award or a complaint in the member's file."""
    from jinlin.audit.services import audit

    if not access.can_manage_member(by, member):
        raise NotAllowed(_("Only the admins of the member's community or branch record this."))
    organization = recording_organization(by, member)
    if organization is None:
        raise NotAllowed(_("Only the admins of the member's community or branch record this."))
    values = _clean(kind, title, by_whom, date, hours, handling)
    now = timezone.now()
    with transaction.atomic():
        entry = FileEntry.objects.create(
            member=member, organization=organization, recorded_by=by, recorded_at=now,
            handled_at=now if values["handling"] else None, **values,
        )  # fmt: skip
        audit("file_entry_record", entry)
    return entry


def complaint_handle(*, entry: FileEntry, by: Any, handling: str) -> FileEntry:
    """Say how a complaint was handled (the member reads it in their file)."""
    from jinlin.audit.services import audit

    if entry.kind != Kind.COMPLAINT:
        raise InvalidInput(_("Only a complaint is handled."), fields={"handling": _("Wrong kind.")})
    if not access.can_manage_member(by, entry.member):
        raise NotFound(_("No such entry."))
    handling = (handling or "").strip()
    if not handling or len(handling) > 300:
        raise InvalidInput(_("Say in at most 300 characters how it was handled."),
                           fields={"handling": _("Required.")})  # fmt: skip
    entry.handling, entry.handled_at = handling, timezone.now()
    entry.save(update_fields=["handling", "handled_at"])
    audit("complaint_handle", entry)
    return entry


def entry_delete(*, entry: FileEntry, by: Any) -> None:
    """Take back an entry recorded in error (logged)."""
    from jinlin.audit.services import audit

    if not access.can_manage_member(by, entry.member):
        raise NotFound(_("No such entry."))
    audit("file_entry_delete", entry)
    entry.delete()


def entry_dict(entry: FileEntry) -> dict[str, Any]:
    return {
        "id": entry.pk,
        "kind": entry.kind,
        "title": entry.title,
        "by": entry.by_whom or entry.organization.name,
        "date": entry.date,
        "hours": entry.hours,
        "handling": entry.handling,
        "handled_at": entry.handled_at,
        "recorded_by": entry.organization.name,
    }


def member_file(member: Member) -> dict[str, Any]:
    """The whole file, by section: trainings, awards, evaluations, complaints."""
    from jinlin.reports.models import Evaluation
    from jinlin.residents.models import Rating
    from jinlin.service.models import ServiceRecord

    entries = list(
        FileEntry.objects.filter(member=member).select_related("organization").order_by("-date")
    )
    need_ids = ServiceRecord.objects.filter(member=member).values("need_id")
    stars = Rating.objects.filter(need_id__in=need_ids).aggregate(n=Count("id"), avg=Avg("stars"))
    evaluations = Evaluation.objects.filter(member=member).select_related("community")
    return {
        "trainings": [entry_dict(e) for e in entries if e.kind == Kind.TRAINING],
        "training_hours": sum(
            (e.hours or Decimal(0) for e in entries if e.kind == Kind.TRAINING), Decimal(0)
        ),
        "awards": [entry_dict(e) for e in entries if e.kind == Kind.AWARD],
        "evaluations": [
            {
                "year": e.year,
                "by": e.community.name,
                "grade": e.get_grade_display(),
                "comment": e.comment,
            }
            for e in evaluations.order_by("-year")
        ],
        "ratings": {
            "count": stars["n"],
            "average": round(float(stars["avg"]), 1) if stars["avg"] is not None else None,
        },
        "complaints": [entry_dict(e) for e in entries if e.kind == Kind.COMPLAINT],
    }
