"""Members, their 双报到 registrations, and the roles people hold in the tree."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.core.personal import mask_id_number, mask_phone
from jinlin.organizations.models import Organization


class PeopleGroup(models.TextChoices):
    """Whom a count of people counts. Every figure of people names one of these groups (or
    says it counts them all): “在职党员报到” never includes retired members or volunteers."""

    IN_SERVICE = "in_service", _("In-service party members (在职党员)")
    OTHER_PARTY = "other_party", _("Other party members (retired, students …)")
    VOLUNTEER = "volunteer", _("Resident volunteers (群众志愿者)")

    @classmethod
    def q(cls, group: str, prefix: str = "") -> Q:
        """The members of ``group``, for a queryset of members (``prefix`` the path to the
        member, such as ``"member__"``)."""
        if group == cls.IN_SERVICE:
            return Q(**{f"{prefix}is_party_member": True, f"{prefix}in_service": True})
        if group == cls.OTHER_PARTY:
            return Q(**{f"{prefix}is_party_member": True, f"{prefix}in_service": False})
        if group == cls.VOLUNTEER:
            return Q(**{f"{prefix}is_party_member": False})
        raise ValueError(group)

    @classmethod
    def of(cls, is_party_member: bool, in_service: bool) -> PeopleGroup:
        if not is_party_member:
            return cls.VOLUNTEER
        return cls.IN_SERVICE if in_service else cls.OTHER_PARTY


def volunteer_number(member_id: int) -> str:
    """志愿者编号 of the member with this id (``Member.volunteer_no``), for rows read as values."""
    return f"JL{member_id:08d}"


class Member(models.Model):
    """A person who serves: an in-service party member, or a resident volunteer (群众志愿者)."""

    class Gender(models.TextChoices):
        MALE = "M", _("Male")
        FEMALE = "F", _("Female")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="member",
    )
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=50)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices, blank=True)
    phone = models.CharField(_("phone"), max_length=11, unique=True, null=True, blank=True)
    id_number = models.CharField(
        _("ID number"), max_length=18, unique=True, null=True, blank=True, editable=False
    )
    is_party_member = models.BooleanField(_("party member"), default=True)
    in_service = models.BooleanField(
        _("in service"),
        default=True,
        help_text=_("An in-service (在职) party member, who registers where they live."),
    )
    branch = models.ForeignKey(
        Organization,
        verbose_name=_("party branch"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="branch_members",
        limit_choices_to={"kind": Organization.Kind.BRANCH},
    )
    community = models.ForeignKey(
        Organization,
        verbose_name=_("residential community"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="residents",
        limit_choices_to={"kind": Organization.Kind.COMMUNITY},
    )
    skills = models.JSONField(_("skills (专长)"), default=list, blank=True)
    sms_reminders = models.BooleanField(
        _("reminders by text message too"),
        default=False,
        help_text=_("Reminders also go to the member's phone, not only to the bell."),
    )
    # 长辈版 (工信部 适老化): larger type, larger targets, fewer items, on every device.
    elder_mode = models.BooleanField(_("large-text mode (长辈版)"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["id"]
        constraints = [
            # A party member belongs to a branch; one a community registers before it knows
            # the branch (组织关系在工作单位, not yet filled in) at least lives somewhere.
            models.CheckConstraint(
                condition=Q(is_party_member=False)
                | Q(branch__isnull=False)
                | Q(community__isnull=False),
                name="member_party_member_has_branch_or_community",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def masked_name(self) -> str:
        """The name as a 公示 list shows it: 王** ."""
        from jinlin.core.personal import mask_name

        return mask_name(self.name)

    @property
    def volunteer_no(self) -> str:
        """志愿者编号: stable for the member's life in Jinlin and independent of the ID number,
        printed on papers and used in exports instead of it."""
        return volunteer_number(self.pk) if self.pk else ""

    @property
    def group(self) -> PeopleGroup:
        return PeopleGroup.of(self.is_party_member, self.in_service)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def masked_id_number(self) -> str:
        return mask_id_number(self.id_number)


class Registration(models.Model):
    """双报到: a member with their residential community, or a unit with a partner community."""

    class Kind(models.TextChoices):
        MEMBER = "member", _("Member registration")
        UNIT = "unit", _("Unit registration")

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("registration", "Pending")
        CONFIRMED = "confirmed", pgettext_lazy("registration", "Confirmed")
        DECLINED = "declined", pgettext_lazy("registration", "Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    ACTIVE = (Status.PENDING, Status.CONFIRMED)

    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="registrations",
    )
    unit = models.ForeignKey(
        Organization,
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="unit_registrations",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decline_reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["community", "status"]),
            # The figures count confirmed registrations per community by date from the index.
            models.Index(
                fields=["community", "kind", "status", "created_at"],
                name="registration_figures",
            ),
            # The unit party organizations registered, each once (``units_registered``): the
            # few units' confirmed registrations, apart from a city's 850,000 members' (whose
            # NULL unit fills the unit's own index: a district's count walked all of them).
            models.Index(
                fields=["unit", "created_at"],
                condition=Q(kind="unit", status="confirmed"),
                name="registration_units_confirmed",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="member", member__isnull=False, unit__isnull=True)
                | Q(kind="unit", unit__isnull=False, member__isnull=True),
                name="registration_kind_matches_party",
            ),
            # A member is registered with one residential community at a time.
            models.UniqueConstraint(
                fields=["member"],
                condition=Q(status__in=["pending", "confirmed"]),
                name="registration_one_active_per_member",
            ),
            models.UniqueConstraint(
                fields=["unit", "community"],
                condition=Q(status__in=["pending", "confirmed"]),
                name="registration_one_active_per_unit_and_community",
            ),
        ]

    def __str__(self) -> str:
        who = self.member if self.kind == self.Kind.MEMBER else self.unit
        return f"{who} → {self.community} ({self.get_status_display()})"

    @property
    def party(self) -> Member | Organization | None:
        return self.member if self.kind == self.Kind.MEMBER else self.unit


class RoleAssignment(models.Model):
    """A role a person holds over a part of the tree; a person may hold several."""

    class Role(models.TextChoices):
        DISTRICT_ADMIN = "district_admin", _("District admin")
        STREET_ADMIN = "street_admin", _("Street admin")
        COMMUNITY_ADMIN = "community_admin", _("Community admin")
        UNIT_ADMIN = "unit_admin", _("Unit admin")
        SUPERVISOR = "supervisor", _("Supervisor")

    # The organization kind each role is held over.
    KIND_OF_ROLE: dict[str, str] = {
        Role.DISTRICT_ADMIN: Organization.Kind.DISTRICT,
        Role.STREET_ADMIN: Organization.Kind.STREET,
        Role.COMMUNITY_ADMIN: Organization.Kind.COMMUNITY,
        Role.UNIT_ADMIN: Organization.Kind.UNIT,
    }

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "organization"], name="role_unique_per_org"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.organization}"


class Consent(models.Model):
    """A person's consent (个人信息保护法 arts. 13–17, 29): to the privacy notice of a version,
    and separately to their ID number being kept and to their location being used. Withdrawn
    consents stay, with when they were withdrawn."""

    class Purpose(models.TextChoices):
        NOTICE = "notice", _("The privacy notice")
        ID_NUMBER = "id_number", _("Keeping my ID number")
        LOCATION = "location", _("Using my location (scans and photos on site)")

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=12, choices=Purpose.choices)
    notice_version = models.CharField(_("notice version"), max_length=20)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "purpose"], condition=Q(withdrawn_at__isnull=True),
                name="consent_one_standing_per_purpose",
            )
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.member_id} {self.purpose} {self.notice_version}"


class SecondFactor(models.Model):
    """An account's authenticator app (TOTP, RFC 6238) and when its password last changed.

    ``last_step`` is the newest 30-second step whose code was accepted: a code is good once, so
    a code seen over a shoulder or replayed from a log is refused. ``password_stamp`` is the
    stamp of the password ``password_changed_at`` refers to; a different stamp means the
    password has changed since (by any door), and the date moves on.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="second_factor"
    )
    secret = models.CharField(max_length=64, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_step = models.BigIntegerField(default=0)
    password_stamp = models.CharField(max_length=16, blank=True)
    password_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("second factor")
        verbose_name_plural = _("second factors")

    def __str__(self) -> str:
        return str(self.user)

    @property
    def enrolled(self) -> bool:
        return bool(self.secret and self.confirmed_at)


class RecoveryCode(models.Model):
    """A one-time code for when the authenticator app is lost; only its hash is kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recovery_codes"
    )
    code_hash = models.CharField(max_length=64)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")
        constraints = [
            models.UniqueConstraint(fields=["user", "code_hash"], name="recovery_code_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({'used' if self.used_at else 'unused'})"


class FileEntry(models.Model):
    """One entry of a member's volunteer file besides service: a training attended, an award
    received, or a complaint about their service and how it was handled (jinlin/members/file.py)."""

    class Kind(models.TextChoices):
        TRAINING = "training", pgettext_lazy("volunteer file", "Training")
        AWARD = "award", pgettext_lazy("volunteer file", "Award")
        COMPLAINT = "complaint", pgettext_lazy("volunteer file", "Complaint")

    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="file_entries"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("what"), max_length=200)
    by_whom = models.CharField(_("held, given or made by"), max_length=100, blank=True)
    date = models.DateField(_("date"))
    hours = models.DecimalField(
        pgettext_lazy("how long", "hours"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    handling = models.CharField(_("how it was handled"), max_length=300, blank=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    organization = models.ForeignKey(
        Organization, verbose_name=_("recorded by"), on_delete=models.PROTECT, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("file entry")
        verbose_name_plural = _("file entries")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="training", hours__gt=0) | (~Q(kind="training") & Q(hours=None)),
                name="file_entry_hours_for_trainings_only",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date} {self.title}"
