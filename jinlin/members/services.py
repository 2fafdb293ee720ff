"""Writes about members, 双报到 registrations, accounts and roles.

Each function here is the one place its rule is enforced; pages, the API, the admin, the
roster import and the demo generator all call these.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.core.personal import PersonalDataError, normalize_id_number, normalize_phone
from jinlin.members import access
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.organizations.models import Organization, Partnership

User = get_user_model()
Kind = Organization.Kind
Status = Registration.Status


# Members ---------------------------------------------------------------------------------


def clean_member_fields(
    *,
    name: str,
    phone: str | None,
    id_number: str | None,
    is_party_member: bool,
    branch: Organization | None,
    community: Organization | None,
) -> dict[str, Any]:
    """Validate a member's fields; raise InvalidInput naming every field at fault."""
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    name = (name or "").strip()
    if not name:
        errors["name"] = _("Required.")
    elif len(name) > 50:
        errors["name"] = _("At most 50 characters.")
    cleaned["name"] = name
    cleaned["phone"] = None
    if phone not in (None, ""):
        try:
            cleaned["phone"] = normalize_phone(phone)
        except PersonalDataError as exc:
            errors["phone"] = str(exc)
    cleaned["id_number"] = None
    if id_number not in (None, ""):
        try:
            cleaned["id_number"] = normalize_id_number(id_number)
        except PersonalDataError as exc:
            errors["id_number"] = str(exc)
    if branch is not None and branch.kind != Kind.BRANCH:
        errors["branch"] = _("Not a party branch.")
    if is_party_member and branch is None and community is None:
        errors["branch"] = _(
            "A party member belongs to a party branch (or, while it is not known, give the "
            "residential community)."
        )
    if community is not None and community.kind != Kind.COMMUNITY:
        errors["community"] = _("Not a community or village.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    cleaned.update(is_party_member=is_party_member, branch=branch, community=community)
    return cleaned


def _check_unique_personal_data(cleaned: dict[str, Any], exclude_pk: int | None = None) -> None:
    errors = {}
    others = Member.objects.exclude(pk=exclude_pk) if exclude_pk else Member.objects.all()
    if cleaned["phone"] and others.filter(phone=cleaned["phone"]).exists():
        errors["phone"] = _("Another member already has this phone number.")
    if cleaned["id_number"] and others.filter(id_number=cleaned["id_number"]).exists():
        errors["id_number"] = _("Another member already has this ID number.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)


def member_create(
    *,
    name: str,
    phone: str | None = None,
    id_number: str | None = None,
    is_party_member: bool = True,
    in_service: bool = True,
    branch: Organization | None = None,
    community: Organization | None = None,
    gender: str = "",
    by: Any = None,
) -> Member:
    cleaned = clean_member_fields(
        name=name,
        phone=phone,
        id_number=id_number,
        is_party_member=is_party_member,
        branch=branch,
        community=community,
    )
    if by is not None:
        anchors = [org for org in (branch, community) if org is not None]
        if not anchors or not any(access.can_manage_organization(by, org) for org in anchors):
            raise NotAllowed(_("The member's branch or community must be in your scope."))
    _check_unique_personal_data(cleaned)
    try:
        with transaction.atomic():
            return Member.objects.create(in_service=in_service, gender=gender, **cleaned)
    except IntegrityError as exc:
        raise Conflict(_("A member with this phone or ID number was just added.")) from exc


def member_update(
    *,
    member: Member,
    by: Any = None,
    name: str,
    phone: str | None,
    is_party_member: bool,
    in_service: bool,
    branch: Organization | None,
    community: Organization | None,
    id_number: str | None = None,
) -> Member:
    """Change a member's record; an empty ``id_number`` keeps the stored one."""
    if by is not None and not access.can_manage_member(by, member):
        raise NotAllowed(_("This member is outside your scope."))
    cleaned = clean_member_fields(
        name=name,
        phone=phone,
        id_number=id_number,
        is_party_member=is_party_member,
        branch=branch,
        community=community,
    )
    if not cleaned["id_number"]:
        cleaned["id_number"] = member.id_number
    _check_unique_personal_data(cleaned, exclude_pk=member.pk)
    for field, value in cleaned.items():
        setattr(member, field, value)
    member.in_service = in_service
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError as exc:
        raise Conflict(_("A member with this phone or ID number was just added.")) from exc
    return member


def first_password() -> str:
    """Ten characters a person can read out and type (no 0/O, 1/l), of three kinds."""
    lower, upper, digits = "abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKMNPQRSTUVWXYZ", "23456789"
    chosen = [secrets.choice(lower), secrets.choice(upper), secrets.choice(digits)]
    chosen += [secrets.choice(lower + upper + digits) for _i in range(7)]
    secrets.SystemRandom().shuffle(chosen)
    return "".join(chosen)


def member_account_issue(*, member: Member, by: Any = None) -> tuple[Any, str]:
    """Give a member an account (or a new password) and return it with the new password.

    The username is the member's phone when there is one; the password is shown once.
    """
    if by is not None and not access.can_manage_member(by, member):
        raise NotAllowed(_("This member is outside your scope."))
    password = first_password()
    with transaction.atomic():
        user = member.user
        if user is None:
            username = member.phone or f"member{member.pk}"
            if User.objects.filter(username=username).exists():
                username = f"member{member.pk}"
            user = User.objects.create_user(username=username, first_name=member.name)
            member.user = user
            member.save(update_fields=["user"])
        user.set_password(password)
        user.save(update_fields=["password"])
    return user, password


ACCOUNTS_AT_ONCE = 500


def member_accounts_issue(*, members: Any, by: Any) -> list[tuple[Member, Any, str]]:
    """开通账号 for members who have none, all the admin manages, at most
    ``ACCOUNTS_AT_ONCE`` at a time; each with a first password, returned once."""
    chosen = list(members.filter(user__isnull=True).select_related("community")
                  .order_by("pk")[: ACCOUNTS_AT_ONCE + 1])  # fmt: skip
    if len(chosen) > ACCOUNTS_AT_ONCE:
        raise InvalidInput(
            _("At most %(n)d accounts at a time: narrow the list (a community, a branch).")
            % {"n": ACCOUNTS_AT_ONCE}
        )
    outside = [m.name for m in chosen if not access.can_manage_member(by, m)]
    if outside:
        raise NotAllowed(_("%(n)d of them are outside your scope.") % {"n": len(outside)})
    issued = []
    with transaction.atomic():
        for member in chosen:
            user, password = member_account_issue(member=member, by=by)
            issued.append((member, user, password))
    return issued


# Registrations ---------------------------------------------------------------------------


def _require_community(community: Organization) -> None:
    if community.kind != Kind.COMMUNITY:
        raise InvalidInput(
            _("Registration is with a community or village."),
            fields={"community": _("Not a community or village.")},
        )


def registration_create_for_member(
    *, member: Member, community: Organization, by: Any = None
) -> Registration:
    """个人报到: a member registers with the community they live in; pending until confirmed."""
    _require_community(community)
    if by is not None and access.scope_of(by).member_id != member.pk:
        raise NotAllowed(_("Members register themselves."))
    active = (
        Registration.objects.filter(member=member, status__in=Registration.ACTIVE)
        .select_related("community")
        .first()
    )
    if active is not None:
        if active.community_id == community.pk:
            raise Conflict(
                _("You are already registered with %(community)s (%(status)s).")
                % {"community": community.name, "status": active.get_status_display()},
                code="already_registered",
            )
        raise Conflict(
            _("You are registered with %(community)s; withdraw that registration first.")
            % {"community": active.community.name},
            code="already_registered",
        )
    try:
        with transaction.atomic():
            return Registration.objects.create(
                kind=Registration.Kind.MEMBER,
                member=member,
                community=community,
                created_by=by,
            )
    except IntegrityError as exc:
        raise Conflict(
            _("You already have a registration in progress."), code="already_registered"
        ) from exc


def registration_create_for_unit(
    *, unit: Organization, community: Organization, by: Any = None
) -> Registration:
    """单位报到: a unit's party organization registers with a partner community."""
    _require_community(community)
    if unit.kind != Kind.UNIT:
        raise InvalidInput(_("Only a unit registers this way."), fields={"unit": _("Not a unit.")})
    if by is not None and not access.can_register_unit(by, unit):
        raise NotAllowed(_("Only the unit's admin registers the unit."))
    if not Partnership.objects.filter(unit=unit, community=community).exists():
        raise InvalidInput(
            _("%(community)s is not a partner community of %(unit)s.")
            % {"community": community.name, "unit": unit.name},
            fields={"community": _("Not a partner community of this unit.")},
        )
    if Registration.objects.filter(
        unit=unit, community=community, status__in=Registration.ACTIVE
    ).exists():
        raise Conflict(
            _("%(unit)s is already registered with %(community)s.")
            % {"unit": unit.name, "community": community.name},
            code="already_registered",
        )
    try:
        with transaction.atomic():
            return Registration.objects.create(
                kind=Registration.Kind.UNIT, unit=unit, community=community, created_by=by
            )
    except IntegrityError as exc:
        raise Conflict(
            _("%(unit)s is already registered with %(community)s.")
            % {"unit": unit.name, "community": community.name},
            code="already_registered",
        ) from exc


def _decide(*, registration: Registration, by: Any, status: str, reason: str = "") -> Registration:
    if by is not None and not access.can_decide_registration(by, registration):
        raise NotAllowed(_("Only the community's admins decide on its registrations."))
    now = timezone.now()
    with transaction.atomic():
        # The conditional update is the guard: two admins deciding at once, or a member
        # withdrawing while the admin confirms, leave exactly one decision.
        updated = Registration.objects.filter(pk=registration.pk, status=Status.PENDING).update(
            status=status,
            decline_reason=reason,
            decided_by=by if by is not None and by.is_authenticated else None,
            decided_at=now,
        )
        if not updated:
            registration.refresh_from_db()
            raise Conflict(
                _("This registration is no longer pending (it is %(status)s).")
                % {"status": registration.get_status_display()},
                code="not_pending",
            )
        registration.refresh_from_db()
        if status == Status.CONFIRMED and registration.member_id:
            # Confirming a member's registration makes that community their residence.
            Member.objects.filter(pk=registration.member_id).update(
                community_id=registration.community_id
            )
        _tell_registrant(registration)
    return registration


def _tell_registrant(registration: Registration) -> None:
    """The member (or the unit's admins) learn the community's decision in the bell."""
    if registration.member_id is not None:
        user_ids = list(
            Member.objects.filter(pk=registration.member_id).values_list("user_id", flat=True)
        )
        url = reverse("my-registration")
    else:
        user_ids = list(
            RoleAssignment.objects.filter(
                role=RoleAssignment.Role.UNIT_ADMIN, organization_id=registration.unit_id or 0
            ).values_list("user_id", flat=True)
        )
        url = reverse("unit-registration")
    community = registration.community.name
    if registration.status == Status.CONFIRMED:
        message = gettext_noop("%(community)s confirmed your registration (双报到).")
    else:
        message = gettext_noop("%(community)s sent your registration back: %(reason)s")
    notify(
        user_ids=user_ids,
        kind=Notification.Kind.REGISTRATION,
        message=message,
        params={"community": community, "reason": registration.decline_reason},
        url=url,
    )


def registration_confirm(*, registration: Registration, by: Any = None) -> Registration:
    return _decide(registration=registration, by=by, status=Status.CONFIRMED)


def registrations_confirm(
    *, registrations: list[Registration], by: Any = None
) -> tuple[int, list[tuple[Registration, str]]]:
    """Confirm several at once, each as registration_confirm would (its own rules, its own
    notice); those that cannot be confirmed are returned with the reason, the rest stand."""
    done, failed = 0, []
    for registration in registrations:
        try:
            registration_confirm(registration=registration, by=by)
        except (NotAllowed, Conflict) as error:
            failed.append((registration, error.message))
        else:
            done += 1
    return done, failed


def registration_decline(
    *, registration: Registration, reason: str, by: Any = None
) -> Registration:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(
            _("Say why the registration is declined; the member will see it."),
            fields={"reason": _("Required.")},
        )
    if len(reason) > 200:
        raise InvalidInput(_("The reason is too long."), fields={"reason": _("At most 200.")})
    return _decide(registration=registration, by=by, status=Status.DECLINED, reason=reason)


def registration_withdraw(*, registration: Registration, by: Any = None) -> Registration:
    """The member (or the unit's admin) ends a pending or confirmed registration."""
    if by is not None:
        scope = access.scope_of(by)
        own = registration.member_id is not None and registration.member_id == scope.member_id
        unit_admin = registration.unit is not None and access.can_register_unit(
            by, registration.unit
        )
        if not (own or unit_admin):
            raise NotAllowed(_("Only the one who registered can withdraw."))
    updated = Registration.objects.filter(
        pk=registration.pk, status__in=Registration.ACTIVE
    ).update(status=Status.WITHDRAWN, decided_at=timezone.now())
    registration.refresh_from_db()
    if not updated:
        raise Conflict(
            _("This registration has already ended (%(status)s).")
            % {"status": registration.get_status_display()},
            code="not_active",
        )
    return registration


# Roles -----------------------------------------------------------------------------------


def role_grant(*, user: Any, role: str, organization: Organization, by: Any = None) -> Any:
    """Give a person a role over an organization of the matching kind."""
    if role not in RoleAssignment.Role.values:
        raise InvalidInput(_("Unknown role."), fields={"role": _("Unknown role.")})
    expected = RoleAssignment.KIND_OF_ROLE.get(role)
    if expected and organization.kind != expected:
        raise InvalidInput(
            _("A %(role)s is held over a %(kind)s.")
            % {"role": RoleAssignment.Role(role).label, "kind": Kind(expected).label},
            fields={"organization": _("Wrong kind of organization for this role.")},
        )
    if role == RoleAssignment.Role.SUPERVISOR and organization.kind not in (
        Kind.DISTRICT,
        Kind.STREET,
    ):
        raise InvalidInput(
            _("Supervision groups work for a district or a street."),
            fields={"organization": _("Choose a district or street.")},
        )
    if by is not None and not access.can_manage_organization(by, organization):
        raise NotAllowed(_("This organization is outside your part of the tree."))
    assignment, created = RoleAssignment.objects.get_or_create(
        user=user, role=role, organization=organization
    )
    access.forget_scope(user)
    if created:
        from jinlin.audit.services import audit

        audit("role_grant", f"{user.get_username()} {role} {organization.name}"[:200])
    return assignment


def role_revoke(*, assignment: RoleAssignment, by: Any = None) -> None:
    """Take a role back; only an admin over its organization may."""
    if by is not None and not access.can_manage_organization(by, assignment.organization):
        raise NotAllowed(_("This organization is outside your part of the tree."))
    RoleAssignment.objects.filter(pk=assignment.pk).delete()
    access.forget_scope(assignment.user)
    from jinlin.audit.services import audit

    audit("role_revoke", f"{assignment.user.get_username()} {assignment.role} "
                         f"{assignment.organization.name}"[:200])  # fmt: skip


def member_elder_mode_set(*, member_id: int, on: bool) -> None:
    """The member's own choice: 长辈版 (larger type and targets) on every device they use."""
    Member.objects.filter(pk=member_id).update(elder_mode=on)


def member_sms_reminders_set(*, member: Member, on: bool) -> Member:
    """The member's own choice: reminders by text message too, or only in the bell."""
    if on and not member.phone:
        raise InvalidInput(
            _("Reminders by text message need a mobile number on your record."),
            fields={"sms_reminders": _("No mobile number.")},
        )
    Member.objects.filter(pk=member.pk).update(sms_reminders=on)
    member.sms_reminders = on
    return member
