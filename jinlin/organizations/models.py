"""The organization tree: district → street/town → community/village, units and branches.

Each organization stores its materialized ``path`` (``/1/7/42/``), so "everything under X"
is one indexed prefix query; scope checks across the whole system rest on it.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Organization(models.Model):
    class Kind(models.TextChoices):
        DISTRICT = "district", _("District")
        STREET = "street", _("Street / town")
        COMMUNITY = "community", _("Community / village")
        UNIT = "unit", _("Unit")
        BRANCH = "branch", _("Party branch")

    class Subkind(models.TextChoices):
        DISTRICT = "district", _("District")
        STREET = "street", _("Street")
        TOWN = "town", _("Town")
        COMMUNITY = "community", _("Community")
        VILLAGE = "village", _("Village")
        ORGAN = "organ", _("Government organ")
        INSTITUTION = "institution", _("Public institution")
        ENTERPRISE = "enterprise", _("Enterprise")
        SCHOOL = "school", _("School")
        SOCIAL = "social", _("Social organization")
        PROPERTY = "property", _("Property company")
        OWNERS = "owners", _("Owners' committee")
        BRANCH = "branch", _("Branch")
        GENERAL_BRANCH = "general_branch", _("General branch")
        COMMITTEE = "committee", _("Party committee")

    SUBKINDS_OF_KIND: dict[str, tuple[str, ...]] = {
        Kind.DISTRICT: (Subkind.DISTRICT,),
        Kind.STREET: (Subkind.STREET, Subkind.TOWN),
        Kind.COMMUNITY: (Subkind.COMMUNITY, Subkind.VILLAGE),
        Kind.UNIT: (
            Subkind.ORGAN,
            Subkind.INSTITUTION,
            Subkind.ENTERPRISE,
            Subkind.SCHOOL,
            Subkind.SOCIAL,
            Subkind.PROPERTY,
            Subkind.OWNERS,
        ),
        Kind.BRANCH: (Subkind.BRANCH, Subkind.GENERAL_BRANCH, Subkind.COMMITTEE),
    }
    # Which kinds of organization may sit directly under each kind.
    PARENT_KINDS: dict[str, tuple[str, ...]] = {
        Kind.DISTRICT: (),
        Kind.STREET: (Kind.DISTRICT,),
        Kind.COMMUNITY: (Kind.STREET,),
        # 区直单位 sit under the district, 街道 units under a street; a compound's property
        # company and owners' committee sit under its community (“四位一体”).
        Kind.UNIT: (Kind.DISTRICT, Kind.STREET, Kind.COMMUNITY),
        Kind.BRANCH: (Kind.DISTRICT, Kind.STREET, Kind.COMMUNITY, Kind.UNIT, Kind.BRANCH),
    }

    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    subkind = models.CharField(_("type"), max_length=16, choices=Subkind.choices)
    # 一支部一品牌: a branch's named brand of service, and what it stands for.
    brand = models.CharField(_("brand (一支部一品牌)"), max_length=50, blank=True)
    brand_note = models.CharField(_("what the brand stands for"), max_length=300, blank=True)
    code = models.CharField(
        _("code"),
        max_length=32,
        unique=True,
        help_text=_("A stable code used by imports and exports, e.g. the statistical code."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)
    address = models.CharField(_("address"), max_length=200, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    # 民政部令第67号: a certificate names its issuer's 负责人 and carries the issuer's seal.
    head = models.CharField(_("person in charge (负责人)"), max_length=50, blank=True)
    seal = models.FileField(_("electronic seal"), upload_to="seals/", blank=True)
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["path"]
        indexes = [
            models.Index(fields=["kind", "path"]),
            # The unit choosers (a district's 10,000 units, the first hundred by name): read
            # in this order as far as they show, not all sorted (a city 6 ms → under 1).
            models.Index(fields=["kind", "name"], name="org_kind_name"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="district", parent__isnull=True)
                | (~Q(kind="district") & Q(parent__isnull=False)),
                name="org_only_district_is_root",
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind="district", subkind="district")
                    | Q(kind="street", subkind__in=["street", "town"])
                    | Q(kind="community", subkind__in=["community", "village"])
                    | Q(
                        kind="unit",
                        subkind__in=[
                            "organ",
                            "institution",
                            "enterprise",
                            "school",
                            "social",
                            "property",
                            "owners",
                        ],
                    )
                    | Q(kind="branch", subkind__in=["branch", "general_branch", "committee"])
                ),
                name="org_subkind_matches_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def is_within(self, other: Organization) -> bool:
        """True when this organization is ``other`` or lies under it."""
        return bool(self.path) and self.path.startswith(other.path)

    @property
    def ancestor_ids(self) -> list[int]:
        return ids_on(self.path)[:-1]


def ids_on(path: str) -> list[int]:
    """The ids a materialised path names, from the root down to the organization itself
    (``"/1/7/42/"`` → ``[1, 7, 42]``)."""
    return [int(part) for part in path.split("/") if part]


class Partnership(models.Model):
    """挂钩共建: a unit linked to a community it supports."""

    unit = models.ForeignKey(
        Organization,
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="partnerships",
        limit_choices_to={"kind": Organization.Kind.UNIT},
    )
    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="partner_units",
        limit_choices_to={"kind": Organization.Kind.COMMUNITY},
    )
    since = models.DateField(_("since"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["community_id", "unit_id"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "community"], name="partnership_unique_pair")
        ]

    def __str__(self) -> str:
        return f"{self.unit} ↔ {self.community}"


class TreeMark(models.Model):
    """One row whose ``n`` the database gives a new value, never one it had before, whenever an
    organization is added or removed or its kind, parent, path or centre is written — by a
    trigger, whoever writes (a form, a roster import, a migration, SQL by hand; migration 0004;
    a whole ``save()`` writes them all). What is made from the tree may be reused while the
    mark stands still (``selectors.tree_mark``): 党群云图's shapes file, unnamed, read a city's
    3,000 communities on every request to learn that nothing had changed. A bulk load that
    turns triggers off (``load_city``) moves it itself (``services.tree_changed``)."""

    n = models.BigIntegerField(editable=False)

    class Meta:
        verbose_name = _("organization tree mark")
        verbose_name_plural = _("organization tree marks")

    def __str__(self) -> str:
        return str(self.n)
