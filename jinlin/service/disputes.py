"""异议: a member disputes a record of their service (or a missing one); the community that
recorded it answers within ``DISPUTE_DAYS`` days with a correction — a reversing row and a new
row in the ledger, each with the reason — or a refusal with reasons. The member is told either
way; open disputes are on the community's worklist and counted in its figures.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.core.numbers import decimal_of
from jinlin.members import access as member_access
from jinlin.members.models import Member, RoleAssignment
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization
from jinlin.service.models import Dispute, ServiceRecord, ServiceReport


def _hours(value: Any, field: str = "hours") -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        hours = decimal_of(value)
    except (InvalidOperation, ValueError) as exc:
        raise InvalidInput(_("Hours are a number, like 2 or 1.5."),
                           fields={field: _("Not a number.")}) from exc  # fmt: skip
    if not Decimal(0) < hours <= 24:
        raise InvalidInput(_("Between 0 and 24 hours: a day has no more."),
                           fields={field: _("Out of range.")})  # fmt: skip
    return hours


def _reason(value: Any, field: str = "reason") -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise InvalidInput(_("Say what is wrong."), fields={field: _("Required.")})
    if len(text) > 500:
        raise InvalidInput(_("At most 500 characters."), fields={field: _("Too long.")})
    return text


def recording_community(record: ServiceRecord) -> Organization | None:
    from jinlin.service.services import _community_of

    community_id = _community_of(record)
    return Organization.objects.filter(pk=community_id).first() if community_id else None


def dispute_raise(
    *, member: Member, reason: Any, record: ServiceRecord | None = None, hours: Any = None,
    community: Organization | None = None, date: dt.date | None = None,
) -> Dispute:  # fmt: skip
    """The member disputes one of their own records, or says one is missing (then the
    community and the date of the service are given)."""
    if record is not None:
        if record.member_id != member.pk or record.kind != ServiceRecord.Kind.CREDIT:
            raise NotAllowed(_("Only your own credited records can be disputed."))
        community = recording_community(record)
        date = record.activity_date
    elif community is None or community.kind != Organization.Kind.COMMUNITY:
        raise InvalidInput(_("Choose the community that should have recorded it."),
                           fields={"community": _("Required.")})  # fmt: skip
    if date is None:
        raise InvalidInput(_("Give the date of the service."), fields={"date": _("Required.")})
    if date > timezone.localdate():
        raise InvalidInput(_("Not in the future."), fields={"date": _("Not in the future.")})
    if community is None:
        raise Conflict(_("This record names no community to answer it."), code="no_community")
    text, claimed = _reason(reason), _hours(hours)
    if record is None and claimed is None:
        raise InvalidInput(_("Say how many hours are missing."), fields={"hours": _("Required.")})
    if record is not None and Dispute.objects.filter(
        record=record, status=Dispute.Status.OPEN
    ).exists():
        raise Conflict(_("This record is already disputed; wait for the answer."),
                       code="already_disputed")  # fmt: skip
    dispute = Dispute.objects.create(
        member=member, record=record, community=community, date=date, reason=text,
        hours=claimed, due_by=timezone.localdate() + dt.timedelta(days=settings.DISPUTE_DAYS),
    )  # fmt: skip
    admins = RoleAssignment.objects.filter(
        role=RoleAssignment.Role.COMMUNITY_ADMIN, organization=community
    ).values_list("user_id", flat=True)
    notify(
        user_ids=list(admins),
        kind=Notification.Kind.DISPUTE,
        message=gettext_noop("%(name)s disputes a record of %(date)s: answer by %(due)s."),
        params={"name": member.name, "date": date.isoformat(), "due": dispute.due_by.isoformat()},
        url=reverse("dispute-list"),
    )  # fmt: skip
    return dispute


def disputes_visible(user: Any) -> Any:
    """The disputes the caller answers: those of the communities they administer."""
    scope = member_access.scope_of(user)
    if scope.superuser:
        return Dispute.objects.all()
    return Dispute.objects.filter(community_id__in=scope.community_admin_ids)


def dispute_resolve(*, dispute: Dispute, decision: str, reason: Any, hours: Any = None,
                    by: Any) -> Dispute:  # fmt: skip
    """The recording community answers: ``corrected`` (with the hours the record should
    carry: a reversing row for the old record, then a new row) or ``refused`` (with reasons).
    """
    if not member_access.scope_of(by).holds(member_access.Role.COMMUNITY_ADMIN,
                                            dispute.community_id):  # fmt: skip
        raise NotAllowed(_("Only the recording community's admins answer this dispute."))
    if decision not in (Dispute.Status.CORRECTED, Dispute.Status.REFUSED):
        raise InvalidInput(_("Correct it or refuse it."), fields={"decision": _("Not a choice.")})
    answer = _reason(reason)
    corrected = _hours(hours) if decision == Dispute.Status.CORRECTED else None
    if decision == Dispute.Status.CORRECTED and corrected is None:
        corrected = dispute.hours
        if corrected is None:
            raise InvalidInput(_("Give the hours the record should carry."),
                               fields={"hours": _("Required.")})  # fmt: skip
    from jinlin.service.services import ledger_append, record_reverse

    with transaction.atomic():
        locked = Dispute.objects.select_for_update().get(pk=dispute.pk)
        if locked.status != Dispute.Status.OPEN:
            raise Conflict(_("This dispute was already answered."), code="already_answered")
        new_row = None
        if decision == Dispute.Status.CORRECTED:
            assert corrected is not None
            with translation.override(settings.LANGUAGE_CODE):
                why = (_("Corrected after the member's dispute: %(why)s") % {"why": answer})[:200]
            old = locked.record
            if old is not None and not ServiceRecord.objects.filter(reverses=old).exists():
                record_reverse(record=old, reason=why, by=by, allowed=True)
            name = (by.get_full_name() or by.get_username())[:100]
            new_row = ledger_append(
                community_id=locked.community_id,
                member_id=locked.member_id,
                kind=ServiceRecord.Kind.CREDIT,
                source=old.source if old is not None else ServiceRecord.Source.OTHER,
                claim_id=None,
                need_id=old.need_id if old is not None else None,
                hours=corrected,
                activity_name=old.activity_name if old is not None else locked.reason[:100],
                activity_date=locked.date,
                place=old.place if old is not None else locked.community.name,
                served=old.served if old is not None else locked.community.name,
                content=old.content if old is not None else locked.reason[:300],
                evaluation=old.evaluation if old is not None else "",
                lead=old.lead if old is not None else name,
                recorder=name,
                recorded_by_id=by.pk,
                reason=why,
            )
            if new_row.need_id is None:
                # Service outside a need counts for its community through an approved report
                # (服务登记), as every such row does: the figures and day sums find it there.
                ServiceReport.objects.create(
                    member_id=locked.member_id, community_id=locked.community_id,
                    date=locked.date, hours=corrected, content=new_row.content,
                    status=ServiceReport.Status.APPROVED, reason=why, decided_by=by,
                    decided_at=timezone.now(), record=new_row,
                )  # fmt: skip
        locked.status = decision
        locked.answer = answer
        locked.correction = new_row
        locked.decided_by = by
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "answer", "correction", "decided_by", "decided_at"])
        from jinlin.audit.services import audit

        audit("dispute_resolve", f"dispute#{locked.pk} {decision}")
    notify(
        user_ids=[locked.member.user_id],
        kind=Notification.Kind.DISPUTE,
        message=gettext_noop("Your dispute of %(date)s was answered: %(answer)s")
        if decision == Dispute.Status.REFUSED
        else gettext_noop("Your record of %(date)s was corrected: %(answer)s"),
        params={"date": locked.date.isoformat(), "answer": answer},
        url=reverse("my-hours"),
    )
    return locked
