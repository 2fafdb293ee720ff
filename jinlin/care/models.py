"""Standing structures of care: teams, buildings with their 楼道长, responsibility zones,
service points, households paired one-to-one with members, and the visits they log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.core.personal import mask_name, mask_phone
from jinlin.members.models import Member
from jinlin.organizations.models import Organization


class Team(models.Model):
    class Kind(models.TextChoices):
        QINLIN = "qinlin", _("Neighbourhood vanguard team (亲邻先锋队)")
        XIANGLIN = "xianglin", _("Neighbours' mutual-aid team (乡邻互助队)")
        AIXIN = "aixin", _("Caring team (爱心队)")
        QUANDAO = "quandao", _("Persuasion team (劝导队)")
        VOLUNTEER = "volunteer", _("Volunteer service team (志愿服务队)")
        CUSTOM = "custom", _("Other")

    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="teams"
    )
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    custom_kind = models.CharField(_("kind of your own"), max_length=30, blank=True)
    leader = models.ForeignKey(
        Member,
        verbose_name=_("leader"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="teams_led",
    )
    members = models.ManyToManyField(
        Member, verbose_name=_("members"), blank=True, related_name="teams"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["organization_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="team_unique_name")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def kind_label(self) -> str:
        return (
            self.custom_kind
            if self.kind == self.Kind.CUSTOM and self.custom_kind
            else str(self.get_kind_display())
        )


class Building(models.Model):
    """A building of a community (楼栋), divided into entrances (单元 / 楼道)."""

    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="buildings",
    )
    compound = models.CharField(
        _("compound"),
        max_length=100,
        blank=True,
        help_text=_("The residential compound (小区), if any."),
    )
    name = models.CharField(_("building"), max_length=50)
    address = models.CharField(_("address"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("building")
        verbose_name_plural = _("buildings")
        ordering = ["community_id", "compound", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["community", "compound", "name"], name="building_unique_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.compound}{self.name}"


class Entrance(models.Model):
    building = models.ForeignKey(
        Building, verbose_name=_("building"), on_delete=models.CASCADE, related_name="entrances"
    )
    name = models.CharField(_("entrance"), max_length=50)
    captain = models.ForeignKey(
        Member,
        verbose_name=_("stairwell captain (楼道长)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="entrances_captained",
    )

    class Meta:
        verbose_name = _("entrance")
        verbose_name_plural = _("entrances")
        ordering = ["building_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["building", "name"], name="entrance_unique_name")
        ]

    def __str__(self) -> str:
        return f"{self.building}{self.name}"


class Household(models.Model):
    class Tag(models.TextChoices):
        ELDERLY_ALONE = "elderly_alone", _("Elderly living alone (独居老人)")
        DISABLED = "disabled", _("Disabled (残疾人)")
        LOW_INCOME = "low_income", _("Minimum-living allowance (低保户)")
        HARDSHIP = "hardship", _("Family in hardship (困难家庭)")
        LEFT_BEHIND = "left_behind", _("Left-behind children or elderly (留守)")
        VETERAN = "veteran", _("Veteran (退役军人)")

    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.PROTECT,
        related_name="households",
    )
    entrance = models.ForeignKey(
        Entrance,
        verbose_name=_("entrance"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="households",
    )
    head_name = models.CharField(_("head of household"), max_length=50)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    address = models.CharField(_("address"), max_length=200)
    size = models.PositiveSmallIntegerField(_("people"), default=1)
    tags = models.JSONField(_("special groups"), default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("household")
        verbose_name_plural = _("households")
        ordering = ["community_id", "address"]

    def __str__(self) -> str:
        return mask_name(self.head_name)

    @property
    def masked_name(self) -> str:
        return mask_name(self.head_name)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def masked_address(self) -> str:
        """The compound and building, not the door."""
        if self.entrance_id and self.entrance:
            return str(self.entrance.building)
        return self.address[: max(4, len(self.address) // 2)] + "…"

    def tag_labels(self) -> list[str]:
        labels = dict(self.Tag.choices)
        return [str(labels.get(tag, tag)) for tag in self.tags or []]


class PairingQuerySet(models.QuerySet["Pairing"]):
    def bulk_create(self, objs: Iterable[Pairing], *args: Any, **kwargs: Any) -> Any:
        rows = list(objs)
        for pairing in rows:  # as save() does: bulk writes keep the next visit too
            pairing.next_visit_on = pairing.next_visit_due
        return super().bulk_create(rows, *args, **kwargs)  # type: ignore[arg-type]

    def overdue(self, today: dt.date | None = None) -> PairingQuerySet:
        """Active pairings whose next visit is past (in Shanghai days)."""
        return self.filter(ended_on__isnull=True, next_visit_on__lt=today or timezone.localdate())


class Pairing(models.Model):
    """结对帮扶: a member and a household, with the cadence of visits."""

    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="pairings"
    )
    household = models.ForeignKey(
        Household, verbose_name=_("household"), on_delete=models.CASCADE, related_name="pairings"
    )
    cadence_days = models.PositiveSmallIntegerField(_("visit every (days)"), default=30)
    started_on = models.DateField(_("since"))
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    last_visit_on = models.DateField(_("last visit"), null=True, blank=True, editable=False)
    # Kept by the services with last_visit_on, so "overdue" is one indexed comparison.
    next_visit_on = models.DateField(_("next visit"), db_index=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = PairingQuerySet.as_manager()

    class Meta:
        verbose_name = _("pairing")
        verbose_name_plural = _("pairings")
        ordering = ["member_id", "household_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "household"],
                condition=Q(ended_on__isnull=True),
                name="pairing_one_active_per_pair",
            ),
            models.CheckConstraint(
                condition=Q(cadence_days__gte=1), name="pairing_cadence_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} ↔ {self.household}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.next_visit_on = self.next_visit_due
        super().save(*args, **kwargs)

    @property
    def active(self) -> bool:
        return self.ended_on is None

    @property
    def next_visit_due(self) -> dt.date:
        return self.due_after(self.last_visit_on or self.started_on)

    def due_after(self, visited_on: dt.date) -> dt.date:
        return visited_on + dt.timedelta(days=self.cadence_days)

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.active and today > self.next_visit_due

    def days_overdue(self, today: dt.date | None = None) -> int:
        today = today or timezone.localdate()
        return max(0, (today - self.next_visit_due).days)


class Visit(models.Model):
    class Kind(models.TextChoices):
        COMFORT = "comfort", _("Comfort visit (慰问)")
        CALL = "call", _("Home visit (走访)")
        ERRAND = "errand", _("Errand done for them (帮办)")

    pairing = models.ForeignKey(
        Pairing, verbose_name=_("pairing"), on_delete=models.CASCADE, related_name="visits"
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    note = models.TextField(_("note"), blank=True)
    photo = models.FileField(_("photo"), upload_to="visits/%Y/%m/", blank=True)
    need_raised = models.CharField(
        _("need raised"),
        max_length=300,
        blank=True,
        help_text=_("Something the household needs; the community can turn it into a need."),
    )
    need = models.ForeignKey(
        "needs.Need",
        verbose_name=_("need created"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="from_visits",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"{self.pairing} · {self.date}"


class Zone(models.Model):
    """责任区: a road section, market, scenic spot or block, with who answers for it."""

    class Kind(models.TextChoices):
        ROAD = "road", _("Road section")
        MARKET = "market", _("Market")
        SCENIC = "scenic", _("Scenic spot")
        BLOCK = "block", _("Block of buildings")
        OTHER = "other", _("Other")

    community = models.ForeignKey(
        Organization, verbose_name=_("community"), on_delete=models.CASCADE, related_name="zones"
    )
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("responsible organization"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="responsible_zones",
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("responsible member"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="zones",
    )
    # [[lng, lat], …]: a line for a road section, a ring for an area.
    shape = models.JSONField(_("shape"), default=list, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("responsibility zone")
        verbose_name_plural = _("responsibility zones")
        ordering = ["community_id", "name"]

    def __str__(self) -> str:
        return self.name


class ServicePoint(models.Model):
    class Kind(models.TextChoices):
        LEIFENG = "leifeng", _("Lei Feng service station (雷锋服务站)")
        AIXIN_HOUSE = "aixin_house", _("Caring house (爱心屋)")
        AIXIN_STATION = "aixin_station", _("Caring post (爱心驿站)")
        PARTY_CENTRE = "party_centre", _("Party-mass service centre (党群服务中心)")
        OTHER = "other", _("Other")

    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="service_points",
    )
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    address = models.CharField(_("address"), max_length=200)
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    opening_hours = models.CharField(_("opening hours"), max_length=100, blank=True)
    services = models.CharField(_("services"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("service point")
        verbose_name_plural = _("service points")
        ordering = ["community_id", "name"]

    def __str__(self) -> str:
        return self.name


class HouseholdAccess(models.Model):
    """Every view of a household's full record: who, which, when, where from."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="access_log")
    at = models.DateTimeField(default=timezone.now)
    via = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("household access")
        verbose_name_plural = _("household access log")
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.user} · {self.household_id} · {self.at:%Y-%m-%d %H:%M}"


class Grid(models.Model):
    """网格 and 微网格: a community's grids; each registered member is placed in one."""

    community = models.ForeignKey(
        Organization, verbose_name=_("community"), on_delete=models.CASCADE, related_name="grids"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("grid"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="micro_grids",
    )
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=50)
    leader = models.ForeignKey(
        Member,
        verbose_name=_("grid leader"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grids_led",
    )
    area = models.CharField(_("covers"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("grid")
        verbose_name_plural = _("grids")
        ordering = ["community_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["community", "name"], name="grid_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class GridPlacement(models.Model):
    grid = models.ForeignKey(Grid, on_delete=models.CASCADE, related_name="placements")
    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="grid_placement")

    class Meta:
        verbose_name = _("grid placement")
        verbose_name_plural = _("grid placements")

    def __str__(self) -> str:
        return f"{self.member} · {self.grid}"
