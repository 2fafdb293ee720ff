"""The 楼栋 (buildings, one entrance per row) and 住户 (households) sheets of the roster
workbook: checked row by row with the roster's checker, written with the rest in one
transaction. Captains and paired members are named by phone: members already in Jinlin,
or on the 党员 sheet of the same file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jinlin.care.models import Building, Entrance, Household, Pairing
from jinlin.core.personal import PersonalDataError, normalize_phone
from jinlin.members.models import Member, Registration
from jinlin.organizations.models import Organization
from jinlin.roster.workbook import Column, SheetSpec

BUILDING_SHEET = SheetSpec(
    key="buildings",
    names=("楼栋", "buildings"),
    title=gettext_lazy("Buildings"),
    columns=(
        Column(
            "community",
            gettext_lazy("Community code"),
            ("社区编码", "community code", "community"),
            True,
        ),
        Column("compound", gettext_lazy("Compound"), ("小区", "compound")),
        Column("building", gettext_lazy("Building"), ("楼栋", "building"), True),
        Column(
            "entrance",
            gettext_lazy("Entrance"),
            ("单元", "entrance"),
            True,
            gettext_lazy("One entrance per row."),
        ),
        Column(
            "captain",
            gettext_lazy("Captain's phone"),
            ("楼道长手机号", "captain phone", "captain"),
            False,
            gettext_lazy("A member in Jinlin or on the 党员 sheet."),
        ),
        Column("address", gettext_lazy("Address"), ("地址", "address")),
    ),
    examples=(("350211001001", "岑东小区", "3号楼", "1单元", "13800138000", "岑东路 1 号"),),
)

HOUSEHOLD_SHEET = SheetSpec(
    key="households",
    names=("住户", "households"),
    title=gettext_lazy("Households"),
    columns=(
        Column(
            "community",
            gettext_lazy("Community code"),
            ("社区编码", "community code", "community"),
            True,
        ),
        Column(
            "head_name",
            gettext_lazy("Head of household"),
            ("户主姓名", "head of household", "name"),
            True,
        ),
        Column("phone", gettext_lazy("Phone"), ("联系电话", "phone")),
        Column("address", gettext_lazy("Address"), ("地址", "address"), True),
        Column("size", gettext_lazy("People"), ("人数", "people", "size")),
        Column(
            "tags",
            gettext_lazy("Special groups"),
            ("特殊群体", "special groups", "tags"),
            False,
            gettext_lazy("独居老人、残疾人、低保户、困难家庭、留守、退役军人"),
        ),
        Column("compound", gettext_lazy("Compound"), ("小区", "compound")),
        Column("building", gettext_lazy("Building"), ("楼栋", "building")),
        Column("entrance", gettext_lazy("Entrance"), ("单元", "entrance")),
        Column(
            "member",
            gettext_lazy("Paired member's phone"),
            ("结对党员手机号", "paired member phone", "member"),
        ),
        Column(
            "cadence", gettext_lazy("Visit every (days)"), ("走访周期", "visit every", "cadence")
        ),
        Column("note", gettext_lazy("Note"), ("备注", "note")),
    ),
    examples=(
        (
            "350211001001",
            "王秀英",
            "0592-6000001",
            "岑东小区3号楼1单元101室",
            1,
            "独居老人",
            "岑东小区",
            "3号楼",
            "1单元",
            "13800138000",
            30,
            "行动不便",
        ),
    ),
)

CARE_SHEETS = (BUILDING_SHEET, HOUSEHOLD_SHEET)
TAG_WORDS = {
    "独居老人": "elderly_alone",
    "独居": "elderly_alone",
    "残疾人": "disabled",
    "残疾": "disabled",
    "低保户": "low_income",
    "低保": "low_income",
    "困难家庭": "hardship",
    "困难": "hardship",
    "留守": "left_behind",
    "留守儿童": "left_behind",
    "留守老人": "left_behind",
    "退役军人": "veteran",
    **{value: value for value in Household.Tag.values},
}
SPLIT = re.compile(r"[、,，;；\s]+")


@dataclass
class EntranceRow:
    row: int
    community_code: str
    compound: str
    building: str
    entrance: str
    captain_phone: str
    address: str


@dataclass
class HouseholdRow:
    row: int
    community_code: str
    head_name: str
    phone: str
    address: str
    size: int
    tags: list[str]
    compound: str
    building: str
    entrance: str
    member_phone: str
    cadence: int
    note: str


@dataclass
class CarePlan:
    entrances: list[EntranceRow] = field(default_factory=list)
    households: list[HouseholdRow] = field(default_factory=list)

    @property
    def buildings(self) -> int:
        return len({(e.community_code, e.compound, e.building) for e in self.entrances})


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class CareChecker:
    """Runs after the roster checker; reports through it (same issue list, same rules)."""

    def __init__(self, checker: Any) -> None:
        self.checker = checker
        self.plan = CarePlan()
        file_members = {m.phone: m for m in checker.plan.members}
        self.file_member_communities = {p: m.community_code for p, m in file_members.items()}

    def _community(self, sheet: Any, row: Any, value: str) -> str | None:
        """The code of the community a cell names (code or name), or None once reported."""
        if not value:
            self.checker.issue(sheet, row, "community", _("The community is empty."))
            return None
        code, problem = self.checker.resolve(value, {Organization.Kind.COMMUNITY})
        if problem:
            self.checker.issue(sheet, row, "community", problem)
            return None
        if code is None or not self.checker.in_scope(code):
            self.checker.issue(
                sheet,
                row,
                "community",
                _("%(code)s is outside your part of the tree.") % {"code": value},
            )
            return None
        return code

    def _member_phone(self, sheet: Any, row: Any, key: str, raw: str, community_code: str) -> str:
        """A member of the community, in Jinlin or in this file, named by phone."""
        try:
            phone = normalize_phone(raw)
        except PersonalDataError as exc:
            self.checker.issue(sheet, row, key, str(exc))
            return ""
        if phone in self.file_member_communities:
            if self.file_member_communities[phone] != community_code:
                self.checker.issue(sheet, row, key, _("This member lives in another community."))
                return ""
            return phone
        member = Member.objects.filter(phone=phone).only("pk", "community_id").first()
        if member is None:
            self.checker.issue(
                sheet, row, key, _("No member has the phone %(phone)s.") % {"phone": phone}
            )
            return ""
        community = self.checker.known.get(community_code)
        in_community = (
            community is not None
            and community.pk is not None
            and (
                member.community_id == community.pk
                or Registration.objects.filter(
                    member=member, community_id=community.pk, status="confirmed"
                ).exists()
            )
        )
        if community is not None and community.pk is not None and not in_community:
            self.checker.issue(
                sheet,
                row,
                key,
                _("This member neither lives in nor is registered with the community."),
            )
            return ""
        return phone

    def check(self) -> CarePlan:
        self._check_buildings()
        self._check_households()
        return self.plan

    def _check_buildings(self) -> None:
        sheet = self.checker.sheets.get(BUILDING_SHEET.key)
        if sheet is None:
            return
        seen: dict[tuple[str, str, str, str], int] = {}
        existing = {
            (code, compound, building, entrance)
            for code, compound, building, entrance in Entrance.objects.values_list(
                "building__community__code", "building__compound", "building__name", "name"
            )
        }
        for row in sheet.rows:
            before = self.checker.reported
            values = row.values
            resolved = self._community(sheet, row, _text(values.get("community")))
            ok = resolved is not None
            code = resolved or ""
            building, entrance = _text(values.get("building")), _text(values.get("entrance"))
            compound = _text(values.get("compound"))
            if not building:
                self.checker.issue(sheet, row, "building", _("The building is empty."))
            if not entrance:
                self.checker.issue(sheet, row, "entrance", _("The entrance is empty."))
            key = (code, compound, building, entrance)
            if building and entrance:
                if key in seen:
                    self.checker.issue(
                        sheet,
                        row,
                        "entrance",
                        _("This entrance is already in row %(row)d of this file.")
                        % {"row": seen[key]},
                    )
                elif key in existing:
                    self.checker.issue(
                        sheet, row, "entrance", _("This entrance already exists in Jinlin.")
                    )
                seen.setdefault(key, row.number)
            captain = _text(values.get("captain"))
            phone = (
                self._member_phone(sheet, row, "captain", captain, code) if captain and ok else ""
            )
            if self.checker.reported == before:
                self.plan.entrances.append(
                    EntranceRow(
                        row=row.number,
                        community_code=code,
                        compound=compound[:100],
                        building=building[:50],
                        entrance=entrance[:50],
                        captain_phone=phone,
                        address=_text(values.get("address"))[:200],
                    )
                )

    def _check_households(self) -> None:
        sheet = self.checker.sheets.get(HOUSEHOLD_SHEET.key)
        if sheet is None:
            return
        file_entrances = {
            (e.community_code, e.compound, e.building, e.entrance) for e in self.plan.entrances
        }
        seen: dict[tuple[str, str, str], int] = {}
        for row in sheet.rows:
            before = self.checker.reported
            values = row.values
            resolved = self._community(sheet, row, _text(values.get("community")))
            ok = resolved is not None
            code = resolved or ""
            name, address = _text(values.get("head_name")), _text(values.get("address"))
            if not name:
                self.checker.issue(sheet, row, "head_name", _("The name is empty."))
            if not address:
                self.checker.issue(sheet, row, "address", _("The address is empty."))
            phone = _text(values.get("phone"))
            if phone and not re.match(r"^[0-9+\-\s()]{7,20}$", phone):
                self.checker.issue(sheet, row, "phone", _("A phone number has 7 to 20 digits."))
            size_text = _text(values.get("size")) or "1"
            size = int(size_text) if size_text.isdigit() else 0
            if not 1 <= size <= 30:
                self.checker.issue(sheet, row, "size", _("From 1 to 30 people."))
            tags = []
            for word in SPLIT.split(_text(values.get("tags"))):
                if not word:
                    continue
                if word not in TAG_WORDS:
                    self.checker.issue(
                        sheet, row, "tags", _("Unknown group “%(word)s”.") % {"word": word}
                    )
                else:
                    tags.append(TAG_WORDS[word])
            compound, building = _text(values.get("compound")), _text(values.get("building"))
            entrance = _text(values.get("entrance"))
            if building and entrance and ok:
                key4 = (code, compound, building, entrance)
                in_db = Entrance.objects.filter(
                    building__community__code=code,
                    building__compound=compound,
                    building__name=building,
                    name=entrance,
                ).exists()
                if key4 not in file_entrances and not in_db:
                    self.checker.issue(
                        sheet,
                        row,
                        "entrance",
                        _("No such entrance in this community; add it on the 楼栋 sheet."),
                    )
            key = (code, name, address)
            if name and address:
                if key in seen:
                    self.checker.issue(
                        sheet,
                        row,
                        "head_name",
                        _("This household is already in row %(row)d of this file.")
                        % {"row": seen[key]},
                    )
                elif Household.objects.filter(
                    community__code=code, head_name=name, address=address
                ).exists():
                    self.checker.issue(
                        sheet, row, "head_name", _("This household already exists in Jinlin.")
                    )
                seen.setdefault(key, row.number)
            member_raw = _text(values.get("member"))
            member_phone = (
                self._member_phone(sheet, row, "member", member_raw, code)
                if member_raw and ok
                else ""
            )
            cadence_text = _text(values.get("cadence")) or "30"
            cadence = int(cadence_text) if cadence_text.isdigit() else 0
            if not 1 <= cadence <= 366:
                self.checker.issue(sheet, row, "cadence", _("From 1 to 366 days."))
            if self.checker.reported == before:
                self.plan.households.append(
                    HouseholdRow(
                        row=row.number,
                        community_code=code,
                        head_name=name[:50],
                        phone=phone,
                        address=address[:200],
                        size=size,
                        tags=list(dict.fromkeys(tags)),
                        compound=compound,
                        building=building,
                        entrance=entrance,
                        member_phone=member_phone,
                        cadence=cadence,
                        note=_text(values.get("note")),
                    )
                )


def write_care(plan: CarePlan, today: Any) -> dict[str, int]:
    """Create what the care sheets describe; the caller holds the import's transaction."""
    codes = {e.community_code for e in plan.entrances} | {h.community_code for h in plan.households}
    communities = {o.code: o for o in Organization.objects.filter(code__in=codes)}
    phones = {e.captain_phone for e in plan.entrances} | {h.member_phone for h in plan.households}
    members = {m.phone: m for m in Member.objects.filter(phone__in=phones - {""})}
    buildings: dict[tuple[str, str, str], Building] = {}
    for row in plan.entrances:
        key = (row.community_code, row.compound, row.building)
        if key not in buildings:
            buildings[key], _created = Building.objects.get_or_create(
                community=communities[row.community_code],
                compound=row.compound,
                name=row.building,
                defaults={"address": row.address},
            )
    entrances = Entrance.objects.bulk_create(
        [
            Entrance(
                building=buildings[(r.community_code, r.compound, r.building)],
                name=r.entrance,
                captain=members.get(r.captain_phone),
            )
            for r in plan.entrances
        ]
    )
    lookup: dict[tuple[str, str, str, str], Entrance] = {}
    for entrance in Entrance.objects.filter(
        Q(pk__in=[e.pk for e in entrances if e.pk]) | Q(building__community__code__in=codes)
    ).select_related("building", "building__community"):
        b = entrance.building
        lookup[(b.community.code, b.compound, b.name, entrance.name)] = entrance
    households = Household.objects.bulk_create(
        [
            Household(
                community=communities[r.community_code],
                head_name=r.head_name,
                phone=r.phone,
                address=r.address,
                size=r.size,
                tags=r.tags,
                note=r.note,
                entrance=lookup.get((r.community_code, r.compound, r.building, r.entrance)),
            )
            for r in plan.households
        ]
    )
    if any(h.pk is None for h in households):  # backends without RETURNING
        keyed = {
            (h.community.code, h.head_name, h.address): h
            for h in Household.objects.filter(community__code__in=codes).select_related("community")
        }
        households = [keyed[(r.community_code, r.head_name, r.address)] for r in plan.households]
    pairings = Pairing.objects.bulk_create(
        [
            Pairing(
                member=members[r.member_phone],
                household=h,
                cadence_days=r.cadence,
                started_on=today,
            )
            for r, h in zip(plan.households, households, strict=True)
            if r.member_phone
        ]
    )
    return {
        "buildings": len(buildings),
        "entrances": len(entrances),
        "households": len(households),
        "pairings": len(pairings),
    }


class CarePart:
    """Buildings and households, as a part of the roster import (jinlin/roster/parts.py)."""

    key = "care"

    def check(self, checker: Any) -> CarePlan:
        return CareChecker(checker).check()

    def write(self, plan: CarePlan, today: Any) -> dict[str, int]:
        return write_care(plan, today)

    def counts(self, plan: CarePlan) -> dict[str, int]:
        return {"entrances": len(plan.entrances), "households": len(plan.households)}
