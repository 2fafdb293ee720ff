"""Needs a community publishes and the claims members hold on them.

The slot rule (never more confirmed claims than slots) is kept by the services under a row
lock on the need, and backed by the database: ``confirmed_count`` may not exceed ``slots``,
and a member holds at most one active claim per need.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.members.models import Member
from jinlin.organizations.models import Organization

# Categories the articles name; a community may also write its own.
CATEGORIES: dict[str, object] = {
    "clean_home": _("Clean home (洁净家园)"),
    "traffic": _("Traffic order (交通秩序)"),
    "civility": _("Civility persuasion (文明劝导)"),
    "home_service": _("Home service (上门服务)"),
    "publicity": _("Publicity (宣传)"),
    "assistance": _("Assistance (帮扶)"),
}

# Outcomes a need may count: key → (label, unit).
METRICS: dict[str, tuple[object, object]] = {
    "truckloads": (_("Rubbish cleared"), _("truckloads")),
    "dissuaded": (_("Uncivil acts dissuaded"), _("acts")),
    "leaflets": (_("Leaflets handed out"), _("copies")),
    "households": (_("Homes visited"), _("homes")),
    "people": (_("People served"), _("person-times")),
    "signs": (_("Signs put up"), _("signs")),
    "bags": (_("Bags of rubbish picked"), _("bags")),
    "letters": (_("Letters to residents handed out (一封信)"), _("copies")),
}


def activity_day(starts_at: dt.datetime) -> dt.date:
    return starts_at.astimezone(ZoneInfo(settings.TIME_ZONE)).date()


def category_label(value: str) -> str:
    return str(CATEGORIES.get(value, value))


class Need(models.Model):
    class Mode(models.TextChoices):
        OPEN = "open", _("Open to registered members")
        ORDER = "order", _("Order to a partner unit or a team (订单式)")

    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", _("Cancelled")
        CLOSED = "closed", pgettext_lazy("need", "Closed")

    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.PROTECT,
        related_name="needs",
        limit_choices_to={"kind": Organization.Kind.COMMUNITY},
    )
    title = models.CharField(_("title"), max_length=100)
    category = models.CharField(_("category"), max_length=32)
    description = models.TextField(_("description"), blank=True)
    place = models.CharField(_("place"), max_length=200)
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    slots = models.PositiveIntegerField(_("slots"))
    mode = models.CharField(_("mode"), max_length=8, choices=Mode.choices, default=Mode.OPEN)
    unit = models.ForeignKey(
        Organization,
        verbose_name=_("ordered unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="orders",
        limit_choices_to={"kind": Organization.Kind.UNIT},
    )
    team = models.ForeignKey(
        "care.Team",
        verbose_name=_("ordered team"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="orders",
        help_text=_("An order may go to one of the community's teams instead of a unit."),
    )
    metrics = models.JSONField(_("outcomes to count"), default=list, blank=True)
    grace_minutes = models.PositiveIntegerField(
        _("sign-in grace (minutes)"),
        default=30,
        help_text=_("Members may sign in this long before the start and after the end."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED
    )
    cancel_reason = models.CharField(_("reason"), max_length=200, blank=True)
    confirmed_count = models.PositiveIntegerField(default=0, editable=False)
    waitlisted_count = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        ordering = ["starts_at", "id"]
        indexes = [
            models.Index(fields=["community", "status", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
            # The newest first, read backwards until a page is full: a large district's lists
            # of needs (activities held) without sorting a month of a city's needs.
            models.Index(fields=["starts_at", "id"], name="need_starts_at_id"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(confirmed_count__lte=F("slots")), name="need_never_overbooked"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="need_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(mode="open", unit__isnull=True, team__isnull=True)
                | Q(mode="order", unit__isnull=False, team__isnull=True)
                | Q(mode="order", unit__isnull=True, team__isnull=False),
                name="need_order_has_unit_or_team",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def category_label(self) -> str:
        return category_label(self.category)

    @property
    def free_slots(self) -> int:
        return max(0, self.slots - self.confirmed_count)

    @property
    def window_hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600

    @property
    def day(self) -> dt.date:
        """The day the activity's hours and outcomes belong to, everywhere (the member's page,
        the ledger's day sums, figures, 台账, certificates): its start's date in the site's
        time zone (Asia/Shanghai), even when the credit is scanned after midnight."""
        return activity_day(self.starts_at)

    @property
    def grace(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.grace_minutes)

    def phase(self, now: dt.datetime | None = None) -> str:
        """upcoming, ongoing or ended, for a published need."""
        now = now or timezone.now()
        if now < self.starts_at:
            return "upcoming"
        if now < self.ends_at:
            return "ongoing"
        return "ended"

    def metric_choices(self) -> list[tuple[str, str, str]]:
        return [
            (key, str(METRICS[key][0]), str(METRICS[key][1]))
            for key in self.metrics
            if key in METRICS
        ]


class Claim(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("Waitlisted")
        CANCELLED = "cancelled", _("Cancelled")
        ABSENT = "absent", _("Absent")

    ACTIVE = (Status.CONFIRMED, Status.WAITLISTED)

    # Neither has an index of its own: the indexes below begin with each, and every claim
    # would write two entries more (``tests/test_hot_indexes.py``).
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        on_delete=models.CASCADE,
        related_name="claims",
        db_index=False,
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="claims",
        db_index=False,
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    dispatched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", db_index=False,  # indexed where set (Meta): a member's own claim is not
    )  # fmt: skip
    created_at = models.DateTimeField(_("claimed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # Set when the need closes (``services.need_close`` by hand, ``needs_close_ended`` at
    # night, in the closing's transaction; a need is never opened again). The check that a
    # member is not confirmed twice at one time reads only the member's claims on needs not
    # closed, from the index below: a volunteer's years of claims are not read again at every
    # claim. It decides nothing itself: the check still asks the need.
    need_closed = models.BooleanField(default=False, db_default=False, editable=False)

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["need", "status", "created_at"]),
            models.Index(fields=["member", "status", "need_closed"], name="claim_member_status"),
            # Only the claims a unit admin dispatched name who did (for the account's removal):
            # a member's own claim, nearly every one, writes no entry here.
            models.Index(
                fields=["dispatched_by"],
                condition=Q(dispatched_by__isnull=False),
                name="claim_dispatched_by",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["need", "member"],
                condition=Q(status__in=["confirmed", "waitlisted"]),
                name="claim_one_active_per_member_and_need",
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} · {self.need}"


class CalendarFeed(models.Model):
    """A member's private calendar address: one secret per member, which anyone holding it may
    read (a phone's calendar subscribes without signing in), renewed or ended by the member."""

    member = models.OneToOneField(
        "members.Member", on_delete=models.CASCADE, related_name="calendar_feed"
    )
    secret = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_read_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"calendar of member {self.member_id}"


class NeedMessage(models.Model):
    """What a community's admin told everyone holding a need (a moved meeting point …): sent
    to their bells, and by text message to those who chose text messages."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="messages")
    text = models.CharField(max_length=300)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    recipients = models.PositiveIntegerField(default=0)
    texted = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.need_id}: {self.text[:20]}"
