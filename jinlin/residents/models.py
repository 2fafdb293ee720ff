"""三单制 and 微心愿: residents' requests (居民点单) that a community turns into needs (社区下单)
for members to take (党员接单), followed to the end and rated; small wishes of people in
difficulty, claimed and fulfilled by one member. And the one-time codes that confirm a
resident's phone when they have no account."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.core.personal import mask_name, mask_phone
from jinlin.members.models import Member
from jinlin.needs.models import Need
from jinlin.organizations.models import Organization


def new_tracking_token() -> str:
    return secrets.token_urlsafe(18)


class PhoneCode(models.Model):
    """A one-time code sent to a phone; only its hash is kept."""

    phone = models.CharField(max_length=11, db_index=True)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)
    # Who asked (a hash of the client address): codes are limited per client too.
    client_hash = models.CharField(max_length=32, blank=True, db_index=True)

    def __str__(self) -> str:
        return f"{mask_phone(self.phone)} {self.created_at:%H:%M}"


class ResidentRequest(models.Model):
    """居民点单: something a resident asks their community for."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        ACCEPTED = "accepted", _("Accepted: a need was published")
        MERGED = "merged", _("Merged with a similar request")
        DECLINED = "declined", pgettext_lazy("resident's request", "Declined")

    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.PROTECT,
        related_name="resident_requests",
    )
    title = models.CharField(_("what is needed"), max_length=100)
    details = models.TextField(_("details"), blank=True)
    place = models.CharField(_("where"), max_length=200)
    wanted_on = models.DateField(_("when"), null=True, blank=True)
    photo = models.FileField(_("photo"), upload_to="requests/%Y/%m/", blank=True)
    requester_name = models.CharField(pgettext_lazy("of a person", "name"), max_length=50)
    requester_phone = models.CharField(_("phone"), max_length=11)
    requester_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resident_requests",
    )
    tracking_token = models.CharField(
        max_length=32, unique=True, default=new_tracking_token, editable=False
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resident_requests",
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged"
    )
    decline_reason = models.CharField(_("reason"), max_length=200, blank=True)
    # A resident under 14 (个人信息保护法 art. 31): their guardian's consent comes before the
    # request is taken up — given with a code sent to the guardian's phone, or recorded by the
    # community's admin after speaking with the guardian.
    minor = models.BooleanField(_("under 14"), default=False)
    guardian_name = models.CharField(_("guardian"), max_length=50, blank=True)
    guardian_phone = models.CharField(_("guardian's phone"), max_length=11, blank=True)
    guardian_consent_at = models.DateTimeField(null=True, blank=True)
    guardian_consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("resident request")
        verbose_name_plural = _("resident requests")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="merged") | Q(merged_into__isnull=False),
                name="request_merged_names_the_other",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def masked_requester(self) -> str:
        return mask_name(self.requester_name)

    def effective_need(self) -> Need | None:
        """The need serving this request, through a merge if it was merged."""
        if self.need_id:
            return self.need
        if self.merged_into_id and self.merged_into and self.merged_into.need_id:
            return self.merged_into.need
        return None


class Rating(models.Model):
    """The resident's verdict on the service: one per request, 1 to 5 stars."""

    request = models.OneToOneField(ResidentRequest, on_delete=models.CASCADE, related_name="rating")
    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="ratings")
    stars = models.PositiveSmallIntegerField(_("stars"))
    comment = models.CharField(_("comment"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.CheckConstraint(
                condition=Q(stars__gte=1, stars__lte=5), name="rating_one_to_five"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.stars}★"


class Wish(models.Model):
    """微心愿: a small wish of someone in difficulty, fulfilled by one member."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for someone")
        CLAIMED = "claimed", _("Claimed")
        FULFILLED = "fulfilled", _("Fulfilled, waiting for confirmation")
        CONFIRMED = "confirmed", _("Fulfilled")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    community = models.ForeignKey(
        Organization, verbose_name=_("community"), on_delete=models.PROTECT, related_name="wishes"
    )
    title = models.CharField(_("wish"), max_length=100)
    story = models.TextField(_("about the person"), blank=True)
    beneficiary = models.CharField(_("for whom"), max_length=50)
    request = models.OneToOneField(
        ResidentRequest, on_delete=models.SET_NULL, null=True, blank=True, related_name="wish"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    claimed_by = models.ForeignKey(
        Member,
        verbose_name=_("claimed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="wishes",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    fulfilled_photo = models.FileField(_("photo"), upload_to="wishes/%Y/%m/", blank=True)
    fulfilled_note = models.CharField(_("note"), max_length=300, blank=True)
    fulfilled_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("small wish")
        verbose_name_plural = _("small wishes")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="open", claimed_by__isnull=True)
                | Q(status="withdrawn")
                | (~Q(status__in=["open", "withdrawn"]) & Q(claimed_by__isnull=False)),
                name="wish_claimed_has_member",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def masked_beneficiary(self) -> str:
        return mask_name(self.beneficiary)
