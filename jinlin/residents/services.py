"""三单制 and 微心愿, each rule in one function.

A resident confirms their phone with a one-time code (or signs in), submits a request, and
follows it: the community accepts it (publishing a need, prefilled from it), merges it with
a similar one, or declines it with a reason; once members have served it, the resident rates
the service. A wish is claimed by one member, fulfilled with a photo, confirmed by the
community.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.core import counters, sms
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed, Throttled, Unavailable
from jinlin.core.personal import PersonalDataError, normalize_phone
from jinlin.core.sms import send_sms
from jinlin.core.uploads import check_photo, photo_content
from jinlin.members import access as member_access
from jinlin.members.models import Member, RoleAssignment
from jinlin.needs import services as need_services
from jinlin.needs.models import Need
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization
from jinlin.residents.models import PhoneCode, Rating, ResidentRequest, Wish
from jinlin.service.models import Attendance

CODE_TTL = dt.timedelta(minutes=10)
CODE_GAP = dt.timedelta(seconds=60)
CODE_ATTEMPTS = 5
CODES_PER_CLIENT = 20  # an hour, from one client address (a shared office, a school)
Status = ResidentRequest.Status


def _hash(phone: str, code: str) -> str:
    return hashlib.sha256(f"{phone}:{code}".encode()).hexdigest()


def _community_admin(user: Any, community_id: int) -> bool:
    return member_access.scope_of(user).holds(RoleAssignment.Role.COMMUNITY_ADMIN, community_id)


def _admins(community: Organization) -> list[int]:
    return list(
        RoleAssignment.objects.filter(
            role=RoleAssignment.Role.COMMUNITY_ADMIN, organization=community
        ).values_list("user_id", flat=True)
    )


# One-time codes -----------------------------------------------------------------------------


def phone_code_send(*, phone: str, client: str = "") -> str:
    """Send a 6-digit code: at most one a minute and five an hour per phone, and
    ``CODES_PER_CLIENT`` an hour from one client address (``client``)."""
    if not sms.available():
        raise Unavailable(
            _(
                "This site cannot send text messages yet, so no code can be sent. Ask your "
                "community to take your request, or sign in with an account."
            ),
            code="sms_unavailable",
        )
    try:
        phone = normalize_phone(phone)
    except PersonalDataError as exc:
        raise InvalidInput(str(exc), fields={"phone": str(exc)}) from exc
    now = timezone.now()
    hour_ago = now - dt.timedelta(hours=1)
    client_hash = _client_hash(client)
    # Counted first, atomically, so that a burst of parallel requests sends one code; the
    # rows' times then hold the rule across the counts' window edges. The client's count comes
    # first: a client over its limit uses up nothing of the phone's.
    if client and (
        counters.hit("code-client-hour", client_hash, window=3600) > CODES_PER_CLIENT
        or PhoneCode.objects.filter(client_hash=client_hash, created_at__gt=hour_ago).count()
        >= CODES_PER_CLIENT
    ):
        raise Throttled(_("Too many codes were asked for from here; try again in an hour."))
    recent = PhoneCode.objects.filter(phone=phone, created_at__gt=hour_ago)
    if (
        counters.hit("code-phone-minute", phone, window=int(CODE_GAP.total_seconds())) > 1
        or counters.hit("code-phone-hour", phone, window=3600) > 5
        or recent.filter(created_at__gt=now - CODE_GAP).exists()
        or recent.count() >= 5
    ):
        raise Throttled(_("A code was sent very recently; wait a minute and try again."))
    code = f"{secrets.randbelow(10**6):06d}"
    PhoneCode.objects.create(
        phone=phone,
        code_hash=_hash(phone, code),
        expires_at=now + CODE_TTL,
        client_hash=client_hash,
    )
    send_sms(phone, _("Jinlin code %(code)s, valid for 10 minutes.") % {"code": code})
    return code


def _client_hash(client: str) -> str:
    return hashlib.sha256(f"client:{client}".encode()).hexdigest()[:32] if client else ""


def phone_code_verify(*, phone: str, code: str) -> str:
    """Return the confirmed phone, or raise InvalidInput / Throttled. Each try is counted
    before the code is compared, in one conditional update: however many guesses arrive at
    once, a code is compared at most ``CODE_ATTEMPTS`` times, and used once."""
    try:
        phone = normalize_phone(phone)
    except PersonalDataError as exc:
        raise InvalidInput(str(exc), fields={"phone": str(exc)}) from exc
    now = timezone.now()
    entry = (
        PhoneCode.objects.filter(phone=phone, used_at__isnull=True, expires_at__gt=now)
        .order_by("-created_at")
        .first()
    )
    if entry is None:
        raise InvalidInput(
            _("No valid code for this phone; ask for a new one."),
            fields={"code": _("Expired or never sent.")},
        )
    counted = PhoneCode.objects.filter(
        pk=entry.pk, attempts__lt=CODE_ATTEMPTS, used_at__isnull=True
    ).update(attempts=F("attempts") + 1)
    if not counted:
        raise Throttled(_("Too many wrong codes; ask for a new one."))
    if not secrets.compare_digest(entry.code_hash, _hash(phone, (code or "").strip())):
        raise InvalidInput(_("The code is wrong."), fields={"code": _("Wrong code.")})
    if not PhoneCode.objects.filter(pk=entry.pk, used_at__isnull=True).update(used_at=now):
        raise InvalidInput(
            _("This code was already used; ask for a new one."), fields={"code": _("Used.")}
        )
    return phone


# Requests ---------------------------------------------------------------------------------


def request_submit(
    *,
    community: Organization,
    title: str,
    place: str,
    name: str,
    phone: str,
    details: str = "",
    wanted_on: dt.date | None = None,
    photo: UploadedFile | None = None,
    user: Any = None,
    minor: bool = False,
    guardian_name: str = "",
    guardian_phone: str = "",
    guardian_code: str = "",
) -> ResidentRequest:
    """居民点单. The caller has confirmed ``phone`` (a code, or the signed-in account). A
    resident under 14 names a guardian; the guardian's consent is taken from a code sent to
    their phone (``guardian_code``) or recorded later by the community's admin, and no request
    is taken up before it."""
    errors: dict[str, str] = {}
    if community.kind != Organization.Kind.COMMUNITY:
        errors["community"] = _("Choose your community.")
    title, place, name = (title or "").strip(), (place or "").strip(), (name or "").strip()
    if not title:
        errors["title"] = _("Say what you need.")
    elif len(title) > 100:
        errors["title"] = _("At most 100 characters.")
    if not place:
        errors["place"] = _("Say where.")
    if not name:
        errors["name"] = _("Required.")
    if wanted_on is not None and wanted_on < timezone.localdate():
        errors["wanted_on"] = _("The date has passed.")
    try:
        phone = normalize_phone(phone)
    except PersonalDataError as exc:
        errors["phone"] = str(exc)
    if len(details or "") > 2000:
        errors["details"] = _("At most 2000 characters.")
    guardian_name = (guardian_name or "").strip()[:50]
    if minor:
        if not guardian_name:
            errors["guardian_name"] = _("A resident under 14 names a parent or guardian.")
        try:
            guardian_phone = normalize_phone(guardian_phone)
        except PersonalDataError as exc:
            errors["guardian_phone"] = str(exc)
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    consent_at = None
    if minor and guardian_code:
        try:
            phone_code_verify(phone=guardian_phone, code=guardian_code)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, fields={"guardian_code": exc.message}) from None
        consent_at = timezone.now()
    if photo is not None:
        check_photo(photo)
    with transaction.atomic():
        request = ResidentRequest(
            community=community,
            title=title,
            details=(details or "").strip(),
            place=place[:200],
            wanted_on=wanted_on,
            requester_name=name[:50],
            requester_phone=phone,
            requester_user=user if user is not None and user.is_authenticated else None,
            minor=bool(minor),
            guardian_name=guardian_name if minor else "",
            guardian_phone=guardian_phone if minor else "",
            guardian_consent_at=consent_at,
        )
        if photo is not None:
            request.photo.save(*photo_content(photo), save=False)
        request.save()
    notify(
        user_ids=_admins(community),
        kind=Notification.Kind.OTHER,
        message=gettext_noop("A resident asks: “%(title)s” (%(place)s)."),
        params={"title": title, "place": place},
        url=f"/requests/manage/{request.pk}/",
    )
    return request


def _decidable(request: ResidentRequest, by: Any) -> None:
    if by is not None and not _community_admin(by, request.community_id):
        raise NotAllowed(_("Only the community's own admins handle its requests."))
    if request.status != Status.SUBMITTED:
        raise Conflict(
            _("This request was already handled (%(status)s).")
            % {"status": request.get_status_display()},
            code="already_decided",
        )


def request_guardian_consent(*, request: ResidentRequest, by: Any) -> ResidentRequest:
    """The community's admin records that the guardian of a resident under 14 consented (on
    the phone, in person); logged with who recorded it."""
    _decidable(request, by)
    if not request.minor:
        raise Conflict(_("This request is not from a resident under 14."), code="not_a_minor")
    ResidentRequest.objects.filter(pk=request.pk, guardian_consent_at__isnull=True).update(
        guardian_consent_at=timezone.now(), guardian_consent_by=by
    )
    from jinlin.audit.services import audit

    audit("guardian_consent", f"request {request.pk}", user=by)
    request.refresh_from_db()
    return request


def _guardian_agreed(request: ResidentRequest) -> None:
    if request.minor and request.guardian_consent_at is None:
        raise Conflict(
            _("The requester is under 14: their guardian must consent first (a code to the "
              "guardian's phone, or record the consent after speaking with them)."),
            code="guardian_consent_required",
        )  # fmt: skip


def need_fields_from(request: ResidentRequest) -> dict[str, Any]:
    """A need prefilled from the request: the form starts from these."""
    day = request.wanted_on or (timezone.localdate() + dt.timedelta(days=1))
    start = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
    return {
        "title": request.title,
        "category": "home_service",
        "place": request.place,
        "description": request.details,
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "slots": 2,
        "mode": Need.Mode.OPEN,
        "unit": None,
        "metrics": ["households"],
        "grace_minutes": 30,
    }


def request_accept(*, request: ResidentRequest, by: Any = None, **need_fields: Any) -> Need:
    """社区下单: publish a need for the request (prefilled; any field may be changed)."""
    _decidable(request, by)
    _guardian_agreed(request)
    fields = {**need_fields_from(request), **need_fields}
    with transaction.atomic():
        # The row lock makes a second accept wait, then see the request already accepted.
        if (
            not ResidentRequest.objects.select_for_update()
            .filter(pk=request.pk, status=Status.SUBMITTED)
            .exists()
        ):
            raise Conflict(_("This request was just handled."), code="already_decided")
        need = need_services.need_publish(community=request.community, by=by, **fields)
        ResidentRequest.objects.filter(pk=request.pk).update(
            status=Status.ACCEPTED,
            need=need,
            decided_by=by if by and by.is_authenticated else None,
            decided_at=timezone.now(),
        )
    request.refresh_from_db()
    _tell_requester(
        request,
        gettext_noop("Your request “%(title)s” was accepted: volunteers will come on %(when)s."),
        {
            "title": request.title,
            "when": timezone.localtime(need.starts_at).strftime("%m-%d %H:%M"),
        },
    )
    return need


def request_merge(
    *, request: ResidentRequest, into: ResidentRequest, by: Any = None
) -> ResidentRequest:
    _decidable(request, by)
    _guardian_agreed(request)
    if into.pk == request.pk or into.community_id != request.community_id:
        raise InvalidInput(
            _("Merge with another request of the same community."),
            fields={"into": _("Not a similar request of this community.")},
        )
    if into.status in (Status.DECLINED, Status.MERGED):
        raise InvalidInput(
            _("That request was declined or merged itself."),
            fields={"into": _("Choose an open or accepted request.")},
        )
    updated = ResidentRequest.objects.filter(pk=request.pk, status=Status.SUBMITTED).update(
        status=Status.MERGED,
        merged_into=into,
        decided_by=by if by and by.is_authenticated else None,
        decided_at=timezone.now(),
    )
    if not updated:
        raise Conflict(_("This request was just handled."), code="already_decided")
    request.refresh_from_db()
    _tell_requester(
        request,
        gettext_noop(
            "Your request “%(title)s” was joined with a similar "
            "one; you can follow it on the same page."
        ),
        {"title": request.title},
    )
    return request


def request_decline(*, request: ResidentRequest, reason: str, by: Any = None) -> ResidentRequest:
    _decidable(request, by)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(
            _("Say why; the resident will see it."), fields={"reason": _("Required.")}
        )
    updated = ResidentRequest.objects.filter(pk=request.pk, status=Status.SUBMITTED).update(
        status=Status.DECLINED,
        decline_reason=reason[:200],
        decided_by=by if by and by.is_authenticated else None,
        decided_at=timezone.now(),
    )
    if not updated:
        raise Conflict(_("This request was just handled."), code="already_decided")
    request.refresh_from_db()
    _tell_requester(
        request,
        gettext_noop("Your request “%(title)s” was declined: %(reason)s"),
        {"title": request.title, "reason": reason},
    )
    return request


def _tell_requester(request: ResidentRequest, message: str, params: dict[str, Any]) -> None:
    """In the app for a resident with an account; by text message (in Chinese) otherwise."""
    if request.requester_user_id:
        notify(
            user_ids=[request.requester_user_id],
            kind=Notification.Kind.OTHER,
            message=message,
            params=params,
            url=f"/requests/track/{request.tracking_token}/",
        )
        return
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        send_sms(request.requester_phone, _(message) % params)


def request_served(request: ResidentRequest) -> bool:
    """Members have done the work: someone's work on the need was accepted, or it ended."""
    need = request.effective_need()
    if need is None:
        return False
    return (
        need.ends_at <= timezone.now()
        or Attendance.objects.filter(
            claim__need=need, decision=Attendance.Decision.ACCEPTED
        ).exists()
    )


def request_rate(*, request: ResidentRequest, stars: Any, comment: str = "") -> Rating:
    """The resident rates the service, once, after it was done."""
    try:
        stars = int(stars)
    except (TypeError, ValueError):
        stars = 0
    if not 1 <= stars <= 5:
        raise InvalidInput(_("From 1 to 5 stars."), fields={"stars": _("From 1 to 5.")})
    need = request.effective_need()
    if need is None or not request_served(request):
        raise Conflict(_("You can rate the service once it has been done."), code="not_served")
    if Rating.objects.filter(request=request).exists():
        raise Conflict(_("You already rated this service."), code="already_rated")
    comment = (comment or "").strip()[:300]
    return Rating.objects.create(request=request, need=need, stars=stars, comment=comment)


# Wishes -------------------------------------------------------------------------------------


def wish_post(
    *,
    community: Organization,
    title: str,
    beneficiary: str,
    story: str = "",
    request: ResidentRequest | None = None,
    by: Any = None,
) -> Wish:
    if by is not None and not _community_admin(by, community.pk):
        raise NotAllowed(_("Only the community's own admins post its wishes."))
    errors = {}
    if not (title or "").strip():
        errors["title"] = _("Required.")
    if not (beneficiary or "").strip():
        errors["beneficiary"] = _("Required.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    wish = Wish.objects.create(
        community=community,
        title=title.strip()[:100],
        beneficiary=beneficiary.strip()[:50],
        story=(story or "").strip(),
        request=request,
        created_by=by if by and by.is_authenticated else None,
    )
    if request is not None:
        ResidentRequest.objects.filter(pk=request.pk, status=Status.SUBMITTED).update(
            status=Status.ACCEPTED, decided_at=timezone.now()
        )
    return wish


def wish_claim(*, wish: Wish, member: Member, by: Any = None) -> Wish:
    """One member takes the wish; whoever comes second is told it is taken."""
    if by is not None and member_access.member_id_of(by) != member.pk:
        raise NotAllowed(_("Members claim wishes for themselves."))
    from jinlin.needs.access import claimable_community_ids

    if wish.community_id not in claimable_community_ids(member):
        raise NotAllowed(
            _(
                "Only members registered with this community, or of its partner "
                "units, claim its wishes."
            ),
            code="not_eligible",
        )
    updated = Wish.objects.filter(pk=wish.pk, status=Wish.Status.OPEN).update(
        status=Wish.Status.CLAIMED, claimed_by=member, claimed_at=timezone.now()
    )
    if not updated:
        raise Conflict(_("Someone has already taken this wish."), code="already_claimed")
    wish.refresh_from_db()
    return wish


def wish_fulfil(*, wish: Wish, photo: UploadedFile | None, note: str = "", by: Any = None) -> Wish:
    if by is not None and member_access.member_id_of(by) != wish.claimed_by_id:
        raise NotAllowed(_("Only the member who claimed the wish fulfils it."))
    if photo is None:
        raise InvalidInput(
            _("Add a photo of the wish fulfilled."), fields={"photo": _("Required.")}
        )
    check_photo(photo)
    with transaction.atomic():
        if not Wish.objects.filter(pk=wish.pk, status=Wish.Status.CLAIMED).exists():
            raise Conflict(_("Only a claimed wish can be fulfilled."), code="illegal_transition")
        wish.fulfilled_photo.save(*photo_content(photo), save=False)
        Wish.objects.filter(pk=wish.pk).update(
            status=Wish.Status.FULFILLED,
            fulfilled_photo=wish.fulfilled_photo.name,
            fulfilled_note=(note or "").strip()[:300],
            fulfilled_at=timezone.now(),
        )
    wish.refresh_from_db()
    notify(
        user_ids=_admins(wish.community),
        kind=Notification.Kind.OTHER,
        message=gettext_noop("The wish “%(title)s” was fulfilled; please confirm it."),
        params={"title": wish.title},
        url="/wishes/manage/",
    )
    return wish


def wish_confirm(*, wish: Wish, by: Any = None) -> Wish:
    if by is not None and not _community_admin(by, wish.community_id):
        raise NotAllowed(_("Only the community's own admins confirm wishes."))
    updated = Wish.objects.filter(pk=wish.pk, status=Wish.Status.FULFILLED).update(
        status=Wish.Status.CONFIRMED, confirmed_at=timezone.now()
    )
    if not updated:
        raise Conflict(_("Only a fulfilled wish can be confirmed."), code="illegal_transition")
    wish.refresh_from_db()
    if wish.claimed_by and wish.claimed_by.user_id:
        notify(
            user_ids=[wish.claimed_by.user_id],
            kind=Notification.Kind.OTHER,
            message=gettext_noop("Thank you: the community confirmed the wish “%(title)s”."),
            params={"title": wish.title},
            url="/wishes/",
        )
    return wish


# Ratings in members' records ----------------------------------------------------------------


def member_ratings(
    member_ids: list[int], between: tuple[dt.date, dt.date] | None = None
) -> dict[int, tuple[float, int]]:
    """Each member's average stars and number of ratings, over the needs whose work was
    verified and credited to them (optionally only work done ``between`` two dates)."""
    from jinlin.service.models import ServiceRecord

    credits = ServiceRecord.objects.filter(
        member_id__in=member_ids, kind=ServiceRecord.Kind.CREDIT, need__isnull=False
    )
    if between is not None:
        credits = credits.filter(activity_date__range=between)
    served: dict[int, set[int]] = {}
    for member_id, need_id in credits.values_list("member_id", "need_id").distinct():
        served.setdefault(need_id, set()).add(member_id)
    stars: dict[int, list[int]] = {}
    for need_id, value in Rating.objects.filter(need_id__in=served).values_list("need_id", "stars"):
        for member_id in served[need_id]:
            stars.setdefault(member_id, []).append(value)
    return {m: (sum(v) / len(v), len(v)) for m, v in stars.items()}


def wish_withdraw(*, wish: Wish, by: Any = None) -> Wish:
    """The community takes back a wish nobody has claimed (met otherwise, or no longer wanted)."""
    if by is not None and not _community_admin(by, wish.community_id):
        raise NotAllowed(_("Only the community's own admins withdraw its wishes."))
    updated = Wish.objects.filter(pk=wish.pk, status=Wish.Status.OPEN).update(
        status=Wish.Status.WITHDRAWN
    )
    if not updated:
        raise Conflict(
            _("Only a wish nobody has claimed can be withdrawn."), code="illegal_transition"
        )
    wish.refresh_from_db()
    return wish
