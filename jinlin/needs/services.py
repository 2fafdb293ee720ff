"""Publishing needs and holding claims on them: the slot rule and the waitlist live here.

Every change to a need's slots or claims runs in one transaction that first locks the need's
row (then, where needed, the members' rows, always in that order). So 300 members claiming a
20-slot need at once leave exactly 20 confirmed and 280 waitlisted; a cancellation promotes
exactly one waitlisted claim. The database backs this up with a check that the confirmed
count never exceeds the slots, and a unique active claim per member and need.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from jinlin.core.combining import Batches, BatchFailed
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed, NotFound, Throttled
from jinlin.core.numbers import decimal_of
from jinlin.members import access as member_access
from jinlin.members.models import Member
from jinlin.needs import access, fastpath
from jinlin.needs.models import CATEGORIES, METRICS, Claim, Need, NeedMessage
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization, Partnership

Status = Claim.Status
MAX_SLOTS = 10_000
MAX_DAYS = 31


# Validation ------------------------------------------------------------------------------


def clean_need_fields(
    *,
    community: Organization,
    title: str,
    category: str,
    place: str,
    starts_at: dt.datetime | None,
    ends_at: dt.datetime | None,
    slots: Any,
    mode: str,
    unit: Organization | None,
    metrics: Iterable[str] | None,
    team: Any = None,
    grace_minutes: Any,
    description: str = "",
    longitude: Any = None,
    latitude: Any = None,
) -> dict[str, Any]:
    """Check a need's fields; raise InvalidInput naming every field at fault."""
    errors: dict[str, str] = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = _("Required.")
    elif len(title) > 100:
        errors["title"] = _("At most 100 characters.")
    category = (category or "").strip()
    if not category:
        errors["category"] = _("Required.")
    elif category not in CATEGORIES and len(category) > 32:
        errors["category"] = _("A category of your own is at most 32 characters.")
    place = (place or "").strip()
    if not place:
        errors["place"] = _("Say where members should come.")
    elif len(place) > 200:
        errors["place"] = _("At most 200 characters.")
    for name, value in (("starts_at", starts_at), ("ends_at", ends_at)):
        if value is None:
            errors[name] = _("Required.")
        elif timezone.is_naive(value):
            errors[name] = _("Give the time with its time zone.")
    if "starts_at" not in errors and "ends_at" not in errors:
        assert starts_at is not None and ends_at is not None
        if ends_at <= starts_at:
            errors["ends_at"] = _("The end must come after the start.")
        elif ends_at - starts_at > dt.timedelta(days=MAX_DAYS):
            errors["ends_at"] = _("A need lasts at most %(days)d days.") % {"days": MAX_DAYS}
    try:
        slots = int(slots)
        if isinstance(slots, bool) or not 1 <= slots <= MAX_SLOTS:
            raise ValueError
    except (TypeError, ValueError):
        errors["slots"] = _("A whole number from 1 to %(max)d.") % {"max": MAX_SLOTS}
    if mode not in Need.Mode.values:
        errors["mode"] = _("open or order.")
    elif mode == Need.Mode.ORDER:
        if unit is None and team is None:
            errors["unit"] = _("An order is addressed to a partner unit or one of your teams.")
        elif unit is not None and team is not None:
            errors["unit"] = _("An order goes to a unit or a team, not both.")
        elif unit is not None and unit.kind != Organization.Kind.UNIT:
            errors["unit"] = _("Not a unit.")
        elif (
            unit is not None
            and not Partnership.objects.filter(unit=unit, community=community).exists()
        ):
            errors["unit"] = _("%(unit)s is not a partner unit of %(community)s.") % {
                "unit": unit.name,
                "community": community.name,
            }
        elif team is not None and not team.organization.path.startswith(community.path):
            errors["team"] = _("%(team)s is not a team of %(community)s.") % {
                "team": team.name,
                "community": community.name,
            }
    elif unit is not None or team is not None:
        errors["unit"] = _("Only orders name a unit or a team.")
    metric_list = list(dict.fromkeys(metrics or []))
    unknown = [m for m in metric_list if m not in METRICS]
    if unknown:
        errors["metrics"] = _("Unknown outcomes: %(names)s.") % {"names": ", ".join(unknown)}
    try:
        grace_minutes = int(grace_minutes)
        if not 0 <= grace_minutes <= 240:
            raise ValueError
    except (TypeError, ValueError):
        errors["grace_minutes"] = _("From 0 to 240 minutes.")
    coordinates: dict[str, Decimal | None] = {}
    for name, value, limit in (("longitude", longitude, 180), ("latitude", latitude, 90)):
        if value in (None, ""):
            coordinates[name] = None
            continue
        try:
            number = decimal_of(value, "0.000001")
            if not -limit <= number <= limit:
                raise InvalidOperation
            coordinates[name] = number
        except InvalidOperation:
            errors[name] = _("Not a coordinate.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    return {
        "title": title,
        "category": category,
        "place": place,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "slots": slots,
        "mode": mode,
        "unit": unit if mode == Need.Mode.ORDER else None,
        "team": team if mode == Need.Mode.ORDER else None,
        "metrics": metric_list,
        "grace_minutes": grace_minutes,
        "description": (description or "").strip(),
        **coordinates,
    }


def _need_url(need: Need) -> str:
    return reverse("need-detail", args=[need.pk])


def _holders(need: Need, statuses: Iterable[str] = Claim.ACTIVE) -> list[int | None]:
    return list(
        Member.objects.filter(claims__need=need, claims__status__in=list(statuses)).values_list(
            "user_id", flat=True
        )
    )


# Needs -----------------------------------------------------------------------------------


def need_publish(*, community: Organization, by: Any = None, **fields: Any) -> Need:
    """下单: a community publishes a need, open to its members or addressed to a partner unit."""
    if by is not None and not access.can_publish_in(by, community):
        raise NotAllowed(_("Only the community's own admins publish its needs."))
    if community.kind != Organization.Kind.COMMUNITY:
        raise InvalidInput(
            _("Needs are published by a community."),
            fields={"community": _("Not a community or village.")},
        )
    cleaned = clean_need_fields(community=community, **fields)
    if cleaned["longitude"] is None and cleaned["latitude"] is None:
        cleaned["longitude"], cleaned["latitude"] = community.longitude, community.latitude
    need = Need.objects.create(
        community=community,
        created_by=by if by is not None and by.is_authenticated else None,
        **cleaned,
    )
    if need.mode == Need.Mode.ORDER:
        from jinlin.members.models import RoleAssignment

        if need.unit is not None:
            admins = list(
                RoleAssignment.objects.filter(
                    role=RoleAssignment.Role.UNIT_ADMIN, organization=need.unit
                ).values_list("user_id", flat=True)
            )
            message = gettext_noop(
                "%(community)s ordered “%(title)s” from your unit: dispatch %(slots)s members."
            )
        else:
            leader = need.team.leader if need.team else None
            admins = [leader.user_id] if leader and leader.user_id else []
            message = gettext_noop(
                "%(community)s ordered “%(title)s” from your team: send %(slots)s of its "
                "members."
            )
        notify(
            user_ids=admins,
            kind=Notification.Kind.DISPATCHED,
            message=message,
            params={"community": community.name, "title": need.title, "slots": need.slots},
            url=_need_url(need),
        )
    return need


def need_update(*, need: Need, by: Any = None, **fields: Any) -> Need:
    """Edit a need before it starts; holders of claims are told; slot changes move claims."""
    if by is not None and not access.can_manage_need(by, need):
        raise NotAllowed(_("Only the community's own admins edit its needs."))
    with transaction.atomic():
        need = (
            Need.objects.select_for_update(of=("self",)).select_related("community").get(pk=need.pk)
        )
        if need.status != Need.Status.PUBLISHED:
            raise Conflict(_("A cancelled or closed need cannot be edited."), code="not_published")
        if timezone.now() >= need.starts_at:
            raise Conflict(
                _("The need has started; it can no longer be edited."), code="already_started"
            )
        current = {
            "title": need.title,
            "category": need.category,
            "place": need.place,
            "starts_at": need.starts_at,
            "ends_at": need.ends_at,
            "slots": need.slots,
            "mode": need.mode,
            "unit": need.unit,
            "team": need.team,
            "metrics": need.metrics,
            "grace_minutes": need.grace_minutes,
            "description": need.description,
            "longitude": need.longitude,
            "latitude": need.latitude,
        }
        if (
            "mode" in fields
            and fields["mode"] != need.mode
            and need.claims.filter(status__in=Claim.ACTIVE).exists()
        ):
            raise Conflict(
                _("Members hold claims on this need; its mode cannot change."), code="has_claims"
            )
        cleaned = clean_need_fields(community=need.community, **{**current, **fields})
        new_slots = cleaned.pop("slots")
        changed_times = (cleaned["starts_at"], cleaned["ends_at"]) != (need.starts_at, need.ends_at)
        changed = any(cleaned[k] != current[k] for k in cleaned) or new_slots != need.slots
        for name, value in cleaned.items():
            setattr(need, name, value)
        need.save()
        moved = _set_slots(need, new_slots)
    if changed:
        notify(
            user_ids=[u for u in _holders(need) if u not in moved],
            kind=Notification.Kind.NEED_CHANGED,
            message=gettext_noop("“%(title)s” was changed: now %(when)s at %(place)s.")
            if changed_times
            else gettext_noop("“%(title)s” was changed; check the details."),
            params={
                "title": need.title,
                "place": need.place,
                "when": timezone.localtime(need.starts_at).strftime("%Y-%m-%d %H:%M"),
            },
            url=_need_url(need),
        )
    return need


def need_cancel(*, need: Need, reason: str, by: Any = None) -> Need:
    """Cancel a need; every active claim is cancelled and its holder told why."""
    if by is not None and not access.can_manage_need(by, need):
        raise NotAllowed(_("Only the community's own admins cancel its needs."))
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(
            _("Say why; members holding a claim will see it."), fields={"reason": _("Required.")}
        )
    with transaction.atomic():
        need = Need.objects.select_for_update().get(pk=need.pk)
        if need.status != Need.Status.PUBLISHED:
            raise Conflict(
                _("This need is already %(status)s.") % {"status": need.get_status_display()},
                code="not_published",
            )
        holders = _holders(need)
        now = timezone.now()
        need.claims.filter(status__in=Claim.ACTIVE).update(
            status=Status.CANCELLED, cancelled_at=now
        )
        Need.objects.filter(pk=need.pk).update(
            status=Need.Status.CANCELLED,
            cancel_reason=reason[:200],
            confirmed_count=0,
            waitlisted_count=0,
        )
        need.refresh_from_db()
    notify(
        user_ids=holders,
        kind=Notification.Kind.NEED_CANCELLED,
        message=gettext_noop("“%(title)s” was cancelled: %(reason)s"),
        params={"title": need.title, "reason": reason},
        url=_need_url(need),
    )
    return need


def need_close(*, need: Need, by: Any = None) -> Need:
    """Close an ended need: nothing more can be claimed on it."""
    if by is not None and not access.can_manage_need(by, need):
        raise NotAllowed(_("Only the community's own admins close its needs."))
    with transaction.atomic():
        updated = Need.objects.filter(
            pk=need.pk, status=Need.Status.PUBLISHED, ends_at__lte=timezone.now()
        ).update(status=Need.Status.CLOSED)
        if updated:
            _claims_of_closed([need.pk])
    need.refresh_from_db()
    if not updated:
        raise Conflict(
            _("Only a published need that has ended can be closed."), code="cannot_close"
        )
    return need


# Claims ----------------------------------------------------------------------------------


def _overlapping(member_id: int, need: Need) -> Need | None:
    """Another published need this member is confirmed for at an overlapping time."""
    return fastpath.overlapping(member_id, need)


def _lock_need(need: Need) -> Need:
    return (
        Need.objects.select_for_update(of=("self",))
        .select_related("community", "unit")
        .get(pk=need.pk)
    )


def _check_claimable(need: Need, now: Any = None) -> None:
    if need.status != Need.Status.PUBLISHED:
        raise Conflict(
            _("This need is %(status)s.") % {"status": need.get_status_display()},
            code="not_published",
        )
    if (now or timezone.now()) >= need.ends_at:
        raise Conflict(_("This need has ended."), code="ended")


def claim_create(*, need: Need, member: Member, by: Any = None) -> Claim:
    """认领: take a slot, or the end of the waitlist when the need is full. Members claim
    for themselves; the need's community may sign up one of its members who cannot (no
    smartphone, no account), who must be eligible all the same."""
    if (
        by is not None
        and member_access.member_id_of(by) != member.pk
        and not access.can_manage_need(by, need)
    ):
        raise NotAllowed(_("Members claim for themselves; a unit admin dispatches."))
    now = timezone.now()
    if connection.vendor == "postgresql":
        return _claim_in_database(need, member, now)
    with transaction.atomic():
        # The read brings who may claim along (registration or partner unit).
        locked = fastpath.need_get(need.pk, member.pk)
        if locked is None:
            raise NotFound(_("No such need."))
        need = locked
        refusal = access.claim_refusal(member, need)
        if refusal:
            raise NotAllowed(refusal, code="not_eligible")
        _check_claimable(need, now)
        full = need.confirmed_count >= need.slots
        notice = None
        if member.user_id is not None:
            kind, message = _CLAIM_NOTICES[1] if full else _CLAIM_NOTICES[0]
            notice = Notification(
                user_id=member.user_id,
                kind=kind,
                message=message,
                params={
                    "title": need.title,
                    "place": need.place,
                    "when": timezone.localtime(need.starts_at).strftime("%Y-%m-%d %H:%M"),
                },
                url=_need_url(need),
                created_at=now,
            )
        # The overlap (for a confirmed place), the claim (the unique active-claim index
        # refuses a second one), its count and the notice, under the write lock.
        claim_id, overlap_id = fastpath.claim_write(
            need=need, member_id=member.pk, confirmed=not full, at=now, notice=notice
        )
        if overlap_id is not None:
            raise _overlap_conflict(overlap_id)
        if claim_id is None:
            raise _held_conflict(need.pk, member.pk)
    return _claimed(claim_id, need, member, full=full, at=now)


# What a claim tells the member: (kind, message) when confirmed, when waitlisted.
_CLAIM_NOTICES = (
    (
        Notification.Kind.CLAIM_CONFIRMED.value,
        gettext_noop("You are confirmed for “%(title)s”, %(when)s at %(place)s."),
    ),
    (
        Notification.Kind.CLAIM_WAITLISTED.value,
        gettext_noop("“%(title)s” is full; you are on its waitlist."),
    ),
)
# The same, as the claim's database function takes them: kind and message when confirmed,
# kind and message when waitlisted.
CLAIM_NOTICE_ARGUMENTS = (*_CLAIM_NOTICES[0], *_CLAIM_NOTICES[1])


_MARK = 10**17 + 7  # an id of 18 digits, which no need's page path holds elsewhere


@functools.lru_cache(maxsize=16)
def _need_path_around(prefix: str, urlconf: Any) -> tuple[str, str]:
    before, _mark, after = reverse("need-detail", args=[_MARK]).partition(str(_MARK))
    return before, after


def need_path(need_id: int) -> str:
    """The need's page, as ``reverse("need-detail")`` gives it, written around the id from the
    path ``reverse`` gave once per script prefix (a claim's notice links to its need; under a
    claim storm ``reverse`` took 6 % of the workers' CPU)."""
    before, after = _need_path_around(get_script_prefix(), get_urlconf())
    return f"{before}{need_id}{after}"


def claim_own(*, need_id: int, member_id: int, user_id: int | None) -> tuple[int, str] | None:
    """PostgreSQL: a member's own claim, decided and written in one round trip, for the API's
    claim lane (``jinlin.api.lanes``). (claim id, "confirmed" or "waitlisted") when a place or
    the waitlist was taken; ``None`` when the rules refused it — then nothing was written, and
    ``claim_create`` says why. The rules are ``claim_create``'s own (the same function)."""
    if settings.CLAIM_BATCHES and connection.get_autocommit() and not connection.in_atomic_block:
        # Made with the claims of other threads waiting at the same time (one transaction:
        # only where this claim would have been its own transaction anyway).
        try:
            code, claim_id, _other_id = _claim_batches.submit((need_id, member_id, user_id))
        except BatchFailed:  # nothing of that call was done: this claim alone, as always
            code, claim_id, _other_id = _claim_call(need_id, member_id, user_id, timezone.now())
    else:
        code, claim_id, _other_id = _claim_call(need_id, member_id, user_id, timezone.now())
    if code in ("confirmed", "waitlisted"):
        assert claim_id is not None
        return claim_id, code
    return None


def _claims_together(
    claims: list[tuple[int, int, int | None]],
) -> list[tuple[str, int | None, int | None]]:
    return fastpath.claim_calls(
        claims,
        at=timezone.now(),
        around=_need_path_around(get_script_prefix(), get_urlconf()),
        zone=settings.TIME_ZONE,
        notices=CLAIM_NOTICE_ARGUMENTS,
    )


# The claims of this process's threads, made together when they arrive together.
_claim_batches: Batches[tuple[int, int, int | None], tuple[str, int | None, int | None]] = (
    Batches(_claims_together)
)


def _claim_call(
    need_id: int, member_id: int, user_id: int | None, now: Any
) -> tuple[str, int | None, int | None]:
    return fastpath.claim_call(
        need_id=need_id,
        member_id=member_id,
        user_id=user_id,
        at=now,
        url=need_path(need_id),
        zone=settings.TIME_ZONE,
        notices=CLAIM_NOTICE_ARGUMENTS,
    )


def _claim_in_database(need: Need, member: Member, now: Any) -> Claim:
    """PostgreSQL: the claim's rules decided and written by one database function in one
    round trip (``fastpath.claim_call``); a refusal is explained from the need as it is now."""
    code, claim_id, other_id = _claim_call(need.pk, member.pk, member.user_id, now)
    if code in ("confirmed", "waitlisted"):
        assert claim_id is not None
        return _claimed(claim_id, need, member, full=code == "waitlisted", at=now)
    if code == "overlap" and other_id is not None:
        raise _overlap_conflict(other_id)
    if code == "held":
        raise _held_conflict(need.pk, member.pk)
    current = fastpath.need_get(need.pk, member.pk)
    if code == "missing" or current is None:
        raise NotFound(_("No such need."))
    if code in ("order", "not_eligible"):
        current.jinlin_may_claim = code != "not_eligible"  # type: ignore[attr-defined]
        raise NotAllowed(access.claim_refusal(member, current) or "", code="not_eligible")
    _check_claimable(current, now)
    # The need changed between the claim and this explanation: say what the claim met.
    raise Conflict(_("This need cannot be claimed now."), code=code)


def _claimed(claim_id: int, need: Need, member: Member, *, full: bool, at: Any) -> Claim:
    claim = Claim(
        pk=claim_id,
        need=need,
        member_id=member.pk,
        status=Status.WAITLISTED if full else Status.CONFIRMED,
        created_at=at,
        confirmed_at=None if full else at,
    )
    claim._state.adding = False
    return claim


def _overlap_conflict(overlap_id: int) -> Conflict:
    other = Need.objects.only("title", "starts_at").get(pk=overlap_id)
    return Conflict(
        _("You are already confirmed for “%(title)s” (%(when)s), which overlaps this need.")
        % {
            "title": other.title,
            "when": timezone.localtime(other.starts_at).strftime("%m-%d %H:%M"),
        },
        code="time_overlap",
    )


def _held_conflict(need_id: int, member_id: int) -> Conflict:
    held = (
        Claim.objects.filter(need_id=need_id, member_id=member_id, status__in=Claim.ACTIVE)
        .values("id", "status")
        .first()
    )
    return Conflict(
        _("You already hold a claim on this need."),
        code="already_claimed",
        extra={"claim": held} if held else None,  # a replayed claim learns its claim
    )


def _promote(need: Need, count: int) -> list[Claim]:
    """Confirm up to ``count`` waitlisted claims, earliest first, skipping members who are
    confirmed elsewhere at the same time. The caller holds the need's lock."""
    promoted: list[Claim] = []
    if count <= 0:
        return promoted
    now = timezone.now()
    for claim in need.claims.filter(status=Status.WAITLISTED).order_by("created_at", "id"):
        if len(promoted) >= count:
            break
        Member.objects.select_for_update().filter(pk=claim.member_id).first()
        if _overlapping(claim.member_id, need) is not None:
            continue
        Claim.objects.filter(pk=claim.pk).update(status=Status.CONFIRMED, confirmed_at=now)
        claim.status = Status.CONFIRMED
        promoted.append(claim)
    if promoted:
        Need.objects.filter(pk=need.pk).update(
            confirmed_count=F("confirmed_count") + len(promoted),
            waitlisted_count=F("waitlisted_count") - len(promoted),
        )
    return promoted


def _notify_promoted(need: Need, promoted: list[Claim]) -> None:
    notify(
        user_ids=Member.objects.filter(pk__in=[c.member_id for c in promoted]).values_list(
            "user_id", flat=True
        ),
        kind=Notification.Kind.PROMOTED,
        message=gettext_noop("A place opened up: you are now confirmed for “%(title)s”, %(when)s."),
        params={
            "title": need.title,
            "when": timezone.localtime(need.starts_at).strftime("%Y-%m-%d %H:%M"),
        },
        url=_need_url(need),
    )


def _set_slots(need: Need, slots: int) -> list[int | None]:
    """Change the slots of a locked need: raising promotes from the waitlist; lowering sends
    the latest confirmed back to the head of the waitlist. Returns the users told."""
    told: list[int | None] = []
    if slots == need.slots:
        return told
    if slots > need.slots:
        Need.objects.filter(pk=need.pk).update(slots=slots)
        need.slots = slots
        promoted = _promote(need, slots - need.confirmed_count)
        _notify_promoted(need, promoted)
        told = list(
            Member.objects.filter(pk__in=[c.member_id for c in promoted]).values_list(
                "user_id", flat=True
            )
        )
    else:
        excess = need.confirmed_count - slots
        demoted: list[Claim] = []
        if excess > 0:
            demoted = list(
                need.claims.filter(status=Status.CONFIRMED).order_by("-confirmed_at", "-id")[
                    :excess
                ]
            )
            Claim.objects.filter(pk__in=[c.pk for c in demoted]).update(
                status=Status.WAITLISTED, confirmed_at=None
            )
            Need.objects.filter(pk=need.pk).update(
                confirmed_count=F("confirmed_count") - excess,
                waitlisted_count=F("waitlisted_count") + excess,
            )
        Need.objects.filter(pk=need.pk).update(slots=slots)
        told = list(
            Member.objects.filter(pk__in=[c.member_id for c in demoted]).values_list(
                "user_id", flat=True
            )
        )
        notify(
            user_ids=told,
            kind=Notification.Kind.DEMOTED,
            message=gettext_noop(
                "“%(title)s” now has fewer places; you are back at the head of its waitlist."
            ),
            params={"title": need.title},
            url=_need_url(need),
        )
    need.refresh_from_db()
    return told


def need_set_slots(*, need: Need, slots: int, by: Any = None) -> Need:
    return need_update(need=need, by=by, slots=slots)


def claim_cancel(*, claim: Claim, by: Any = None) -> Claim:
    """Give up a claim; the earliest waitlisted claim takes the freed slot."""
    if by is not None and not access.can_cancel_claim(by, claim):
        raise NotAllowed(_("Only the member, the community or the dispatching unit cancels."))
    with transaction.atomic():
        need = _lock_need(claim.need)
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        if claim.status not in Claim.ACTIVE:
            raise Conflict(
                _("This claim is already %(status)s.") % {"status": claim.get_status_display()},
                code="not_active",
            )
        was_confirmed = claim.status == Status.CONFIRMED
        Claim.objects.filter(pk=claim.pk).update(
            status=Status.CANCELLED, cancelled_at=timezone.now()
        )
        if was_confirmed:
            Need.objects.filter(pk=need.pk).update(confirmed_count=F("confirmed_count") - 1)
            need.confirmed_count -= 1
            promoted = _promote(need, 1) if need.status == Need.Status.PUBLISHED else []
        else:
            Need.objects.filter(pk=need.pk).update(waitlisted_count=F("waitlisted_count") - 1)
            promoted = []
        claim.refresh_from_db()
    _notify_promoted(need, promoted)
    own = member_access.scope_of(by).member_id == claim.member_id if by is not None else False
    if not own:
        notify(
            user_ids=[claim.member.user_id],
            kind=Notification.Kind.CLAIM_CANCELLED,
            message=gettext_noop("Your claim on “%(title)s” was cancelled by the organizers."),
            params={"title": need.title},
            url=_need_url(need),
        )
    return claim


def claims_dispatch(*, need: Need, members: list[Member], by: Any = None) -> list[Claim]:
    """订单式: the ordered unit's admin sends its members; all or none are confirmed."""
    if by is not None and not access.can_dispatch(by, need):
        raise NotAllowed(_("Only the ordered unit's admin dispatches members for this need."))
    if need.mode != Need.Mode.ORDER:
        raise Conflict(
            _("Only orders are dispatched; members claim open needs themselves."),
            code="not_an_order",
        )
    if not members:
        raise InvalidInput(_("Choose at least one member."), fields={"members": _("Required.")})
    unique = list({m.pk: m for m in members}.values())
    if len(unique) != len(members):
        raise InvalidInput(_("A member is listed twice."), fields={"members": _("Duplicates.")})
    with transaction.atomic():
        need = _lock_need(need)
        _check_claimable(need)
        allowed = set(
            access.dispatchable_members(need)
            .filter(pk__in=[m.pk for m in unique])
            .values_list("pk", flat=True)
        )
        # Named by id, never by name: whoever dispatches must not learn who someone else's
        # member is by trying ids.
        outside = [str(m.pk) for m in unique if m.pk not in allowed]
        if outside:
            to = need.unit.name if need.unit else need.team.name if need.team else ""
            raise InvalidInput(
                _("Not members of %(unit)s (member ids): %(ids)s.")
                % {"unit": to, "ids": ", ".join(outside)},
                fields={"members": _("Only the unit's or team's own members can be dispatched.")},
            )
        list(
            Member.objects.select_for_update()
            .filter(pk__in=[m.pk for m in unique])
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        holding = set(
            need.claims.filter(member__in=unique, status__in=Claim.ACTIVE).values_list(
                "member__name", flat=True
            )
        )
        if holding:
            raise Conflict(
                _("Already on this need: %(names)s.") % {"names": "、".join(holding)},
                code="already_claimed",
            )
        if len(unique) > need.slots - need.confirmed_count:
            raise Conflict(
                _("Only %(free)d places are left; you chose %(count)d members.")
                % {"free": need.slots - need.confirmed_count, "count": len(unique)},
                code="too_many",
            )
        for member in unique:
            other = _overlapping(member.pk, need)
            if other is not None:
                raise Conflict(
                    _("%(name)s is already confirmed for “%(title)s” at the same time.")
                    % {"name": member.name, "title": other.title},
                    code="time_overlap",
                )
        now = timezone.now()
        claims = [
            Claim.objects.create(
                need=need,
                member=m,
                status=Status.CONFIRMED,
                confirmed_at=now,
                dispatched_by=by if by is not None and by.is_authenticated else None,
            )
            for m in unique
        ]
        Need.objects.filter(pk=need.pk).update(confirmed_count=F("confirmed_count") + len(claims))
    notify(
        user_ids=[m.user_id for m in unique],
        kind=Notification.Kind.DISPATCHED,
        message=gettext_noop("Your unit sent you to “%(title)s”, %(when)s at %(place)s."),
        params={
            "title": need.title,
            "place": need.place,
            "when": timezone.localtime(need.starts_at).strftime("%Y-%m-%d %H:%M"),
        },
        url=_need_url(need),
    )
    return claims


def claim_mark_absent(*, claim: Claim) -> Claim:
    """Record a no-show. Called by the service app, which checks there was no sign-in."""
    with transaction.atomic():
        _lock_need(claim.need)
        updated = Claim.objects.filter(pk=claim.pk, status=Status.CONFIRMED).update(
            status=Status.ABSENT
        )
        if not updated:
            raise Conflict(_("Only a confirmed claim can be marked absent."), code="not_confirmed")
        # An absent member keeps the slot they held: the need has happened.
    claim.refresh_from_db()
    return claim


def needs_close_ended(*, after_days: int = 7) -> tuple[int, int]:
    """The nightly tidy-up: needs that ended ``after_days`` ago are closed, and confirmed
    members who never signed in on site are recorded absent (no-shows count, as on the
    roster). Returns (needs closed, claims marked absent)."""
    cutoff = timezone.now() - dt.timedelta(days=after_days)
    ended = Need.objects.filter(status=Need.Status.PUBLISHED, ends_at__lte=cutoff)
    absent = 0
    with transaction.atomic():
        ids = list(ended.select_for_update().values_list("pk", flat=True))
        absent = (
            Claim.objects.filter(need_id__in=ids, status=Status.CONFIRMED)
            .filter(Q(attendance__isnull=True) | Q(attendance__signed_in_at__isnull=True))
            .update(status=Status.ABSENT)
        )
        closed = Need.objects.filter(pk__in=ids).update(status=Need.Status.CLOSED)
        _claims_of_closed(ids)
    return closed, absent


def _claims_of_closed(need_ids: list[int]) -> None:
    """Mark the claims of needs just closed (``Claim.need_closed``), in the closing's
    transaction: the overlap check no longer reads them."""
    Claim.objects.filter(need_id__in=need_ids, need_closed=False).update(need_closed=True)


MESSAGES_PER_HOUR = 5


def need_message(*, need: Need, text: str, by: Any) -> NeedMessage:
    """Tell everyone holding the need (confirmed and waitlisted) something, e.g. a moved
    meeting point: to their bells, and by text message to those who chose text messages. At
    most ``MESSAGES_PER_HOUR`` per need, counted before sending."""
    from jinlin.core import counters
    from jinlin.core.sms import send_sms

    if not access.can_manage_need(by, need):
        raise NotAllowed(_("Only the need's community admins message its members."))
    text = " ".join(str(text or "").split())
    if not text:
        raise InvalidInput(_("Write the message."), fields={"text": _("Required.")})
    if len(text) > 300:
        raise InvalidInput(
            _("A message is at most %(n)d characters.") % {"n": 300},
            fields={"text": _("Too long.")},
        )
    if counters.hit("need-message", str(need.pk), window=3600) > MESSAGES_PER_HOUR:
        raise Throttled(
            _("At most %(n)d messages an hour about one need.") % {"n": MESSAGES_PER_HOUR}
        )
    holders = list(
        Claim.objects.filter(need=need, status__in=Claim.ACTIVE, member__user__isnull=False)
        .values_list("member__user_id", "member__phone", "member__sms_reminders")
    )
    phones = [phone for _user, phone, wants in holders if wants and phone]
    message_id = gettext_noop("%(community)s about “%(title)s”: %(text)s")
    params = {"community": need.community.name, "title": need.title, "text": text}
    with transaction.atomic():
        sent = NeedMessage.objects.create(
            need=need, text=text, sent_by=by, recipients=len(holders), texted=len(phones)
        )
        notify(
            user_ids=[user for user, _phone, _wants in holders],
            kind=Notification.Kind.NEED_CHANGED,
            message=message_id,
            params=params,
            url=_need_url(need),
        )
        with override(settings.LANGUAGE_CODE):
            sms_text = "【近邻】" + (_(message_id) % params)
        for phone in phones:
            transaction.on_commit(functools.partial(send_sms, phone, sms_text))
    return sent
