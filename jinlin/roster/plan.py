"""Checking every roster row against the rules and the database, into an import plan.

The plan holds the organizations, partnerships and members to create, in an order that
respects the tree; it is built only from rows that are all valid. Nothing here writes.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from jinlin.core.personal import PersonalDataError, normalize_id_number, normalize_phone
from jinlin.members import access
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from jinlin.roster.parts import PARTS
from jinlin.roster.sheets import MEMBER_SHEET, ORG_SHEET
from jinlin.roster.workbook import Issue, SheetData, SheetRow

Kind = Organization.Kind
Subkind = Organization.Subkind
Progress = Callable[[str, int, int], None]

TYPE_WORDS: dict[str, str] = {
    "区": Subkind.DISTRICT,
    "区县": Subkind.DISTRICT,
    "district": Subkind.DISTRICT,
    "街道": Subkind.STREET,
    "street": Subkind.STREET,
    "镇": Subkind.TOWN,
    "乡": Subkind.TOWN,
    "乡镇": Subkind.TOWN,
    "town": Subkind.TOWN,
    "社区": Subkind.COMMUNITY,
    "community": Subkind.COMMUNITY,
    "村": Subkind.VILLAGE,
    "行政村": Subkind.VILLAGE,
    "village": Subkind.VILLAGE,
    "机关": Subkind.ORGAN,
    "organ": Subkind.ORGAN,
    "事业单位": Subkind.INSTITUTION,
    "institution": Subkind.INSTITUTION,
    "企业": Subkind.ENTERPRISE,
    "非公企业": Subkind.ENTERPRISE,
    "国有企业": Subkind.ENTERPRISE,
    "enterprise": Subkind.ENTERPRISE,
    "学校": Subkind.SCHOOL,
    "school": Subkind.SCHOOL,
    "社会组织": Subkind.SOCIAL,
    "social": Subkind.SOCIAL,
    "物业": Subkind.PROPERTY,
    "物业公司": Subkind.PROPERTY,
    "property": Subkind.PROPERTY,
    "业委会": Subkind.OWNERS,
    "业主委员会": Subkind.OWNERS,
    "owners": Subkind.OWNERS,
    "党支部": Subkind.BRANCH,
    "支部": Subkind.BRANCH,
    "branch": Subkind.BRANCH,
    "党总支": Subkind.GENERAL_BRANCH,
    "总支": Subkind.GENERAL_BRANCH,
    "general_branch": Subkind.GENERAL_BRANCH,
    "党委": Subkind.COMMITTEE,
    "党工委": Subkind.COMMITTEE,
    "committee": Subkind.COMMITTEE,
}
# 是否党员 / 政治面貌 / 是否在职 as clerks write them.
YES = {"是", "y", "yes", "true", "1", "√", "党员", "中共党员", "中共预备党员", "预备党员", "在职"}
NO = {"否", "n", "no", "false", "0", "×", "群众", "退休", "非党员", "共青团员", "团员", "无党派"}
GENDERS = {"男": "M", "m": "M", "male": "M", "女": "F", "f": "F", "female": "F"}
SPLIT_RE = re.compile(r"[、,，;；\s]+")


def kind_of(subkind: str) -> str:
    for kind, subkinds in Organization.SUBKINDS_OF_KIND.items():
        if subkind in subkinds:
            return kind
    return ""


def text(value: Any) -> str:
    """A cell as text, full-width digits and letters as ASCII (Ｃ１ is C1)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


@dataclass
class OrgRow:
    row: int
    code: str
    name: str
    kind: str
    subkind: str
    parent_code: str
    address: str
    phone: str
    partner_codes: list[str]


@dataclass
class MemberRow:
    row: int
    name: str
    phone: str
    id_number: str | None
    gender: str
    branch_code: str
    community_code: str
    is_party_member: bool
    in_service: bool
    # The importer is this community's own admin: the row is registered with it (报到),
    # confirmed by the import itself.
    registers: bool = False
    # The person is already in Jinlin outside the importer's part of the tree: nothing is
    # created or said about it in the import; the person is asked to join (``roster.services``).
    elsewhere: int | None = None


@dataclass
class Plan:
    organizations: list[OrgRow] = field(default_factory=list)  # parents before children
    members: list[MemberRow] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    parts: dict[str, Any] = field(default_factory=dict)  # what other apps' parts will write
    # Sheets whose header lacks a required column: what is missing, what the clerk's header
    # has — for the page to let the clerk say which column is which.
    mapping: list[dict[str, Any]] = field(default_factory=list)

    @property
    def partnership_count(self) -> int:
        return sum(len(org.partner_codes) for org in self.organizations)

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class KnownOrg:
    kind: str
    path: str | None  # None for organizations that exist only in this file
    pk: int | None = None
    name: str = ""


KIND_WORDS: dict[str, Any] = {
    Kind.BRANCH: pgettext_lazy("organization kind", "party branch"),
    Kind.COMMUNITY: pgettext_lazy("organization kind", "community or village"),
    Kind.UNIT: pgettext_lazy("organization kind", "unit"),
    Kind.STREET: pgettext_lazy("organization kind", "street or town"),
    Kind.DISTRICT: pgettext_lazy("organization kind", "district"),
}


def name_key(name: str) -> str:
    """Names match after full-width forms and every space are taken out: 岑东 社区 is 岑东社区."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or "")).lower()


class Checker:
    def __init__(
        self, sheets: list[SheetData], issues: list[Issue], by: Any, progress: Progress
    ) -> None:
        self.sheets = {sheet.spec.key: sheet for sheet in sheets}
        self.plan = Plan(issues=issues)
        self.by = by
        self.progress = progress
        self.known: dict[str, KnownOrg] = {}
        self.names: dict[str, list[str]] = {}  # name_key → codes (in Jinlin or this file)
        self._new_parent: dict[str, str] = {}
        # (sheet key, column key) → message → rows: what rows needed of a column the sheet lacks.
        self.absent: dict[tuple[str, str], dict[str, list[int]]] = {}
        self.reported = 0  # issues reported so far, those said once for the sheet included

    # helpers ------------------------------------------------------------------------------

    def issue(self, sheet: SheetData, row: SheetRow | int, key: str, message: str) -> None:
        self.reported += 1
        if key in sheet.missing:
            return  # the missing column was reported once, for the sheet: not on every row
        number = row if isinstance(row, int) else row.number
        if key not in sheet.columns and any(c.key == key for c in sheet.spec.columns):
            # The sheet has no such column at all: one issue for the sheet (see absent_columns),
            # not the same one on every row.
            self.absent.setdefault((sheet.spec.key, key), {}).setdefault(message, []).append(number)
            return
        label = next((str(c.label) for c in sheet.spec.columns if c.key == key), "")
        value = "" if isinstance(row, int) else text(row.values.get(key))
        self.plan.issues.append(
            Issue(
                message=message,
                sheet=sheet.title,
                row=number,
                column=sheet.columns.get(key, ""),
                field=sheet.headers.get(key, label),
                value=value[:60],
            )
        )

    def absent_columns(self) -> None:
        """One error per column a sheet lacks but its rows need, naming the rows."""
        for (sheet_key, key), messages in self.absent.items():
            sheet = self.sheets[sheet_key]
            column = next(c for c in sheet.spec.columns if c.key == key)
            for message, rows in messages.items():
                shown = "、".join(str(n) for n in rows[:10]) + ("…" if len(rows) > 10 else "")
                self.plan.issues.append(
                    Issue(
                        _(
                            "There is no “%(label)s” column, and %(count)d rows need it "
                            "(rows %(rows)s): %(message)s Jinlin reads it under any of: "
                            "%(names)s. Add the column, or say which one it is (column mapping)."
                        )
                        % {
                            "label": column.label,
                            "count": len(rows),
                            "rows": shown,
                            "message": message,
                            "names": "、".join(column.aliases),
                        },
                        sheet=sheet.title,
                        row=sheet.header_row,
                        field=str(column.label),
                    )
                )
                sheet.needed.add(key)

    def remember(self, code: str, known: KnownOrg) -> None:
        self.known[code] = known
        self.names.setdefault(name_key(known.name), []).append(code)

    def resolve(self, value: str, kinds: set[str]) -> tuple[str | None, str | None]:
        """The code of the organization a cell names — by its code, or by its name as Jinlin
        (or this file) has it — or None and what is wrong, with the names it might mean."""
        if value in self.known:
            known = self.known[value]
            if known.kind not in kinds:
                return None, _("%(value)s is not a %(kind)s.") % {
                    "value": value,
                    "kind": " / ".join(str(KIND_WORDS.get(k) or k) for k in kinds),
                }
            return value, None
        codes = [c for c in self.names.get(name_key(value), []) if self.known[c].kind in kinds]
        if len(codes) == 1:
            return codes[0], None
        if len(codes) > 1:
            return None, _(
                "%(count)d organizations are named “%(value)s”; write the code of the one you "
                "mean: %(codes)s."
            ) % {"count": len(codes), "value": value, "codes": "、".join(codes)}
        kind_words = " / ".join(str(KIND_WORDS.get(k) or k) for k in kinds)
        pool = {
            name_key(known.name): (known.name, code)
            for code, known in self.known.items()
            if known.kind in kinds and known.name
        }
        close = difflib.get_close_matches(name_key(value), list(pool), n=3, cutoff=0.6)
        if close:
            return None, _("No %(kind)s “%(value)s”. Did you mean %(names)s?") % {
                "kind": kind_words,
                "value": value,
                "names": "、".join(f"{pool[c][0]}（{pool[c][1]}）" for c in close),
            }
        return None, _(
            "No %(kind)s has the code or name “%(value)s”, in Jinlin or in this file. The "
            "codes and names are on the 组织 pages (/orgs/)."
        ) % {"kind": kind_words, "value": value}

    def in_scope(self, code: str) -> bool:
        """True when the organization (existing, or new under an existing one) is in scope."""
        if self.by is None:
            return True
        seen = set()
        while code and code not in seen:
            seen.add(code)
            known = self.known.get(code)
            if known is None:
                return False
            if known.path is not None:
                scope = access.scope_of(self.by)
                return scope.superuser or any(
                    known.path.startswith(p) for p in scope.paths(access.ADMIN_ROLES)
                )
            code = self._new_parent.get(code, "")
        return False

    # organizations -----------------------------------------------------------------------

    def check_organizations(self) -> None:
        existing = {
            code: KnownOrg(kind=kind, path=path, pk=pk, name=name)
            for code, kind, path, pk, name in Organization.objects.values_list(
                "code", "kind", "path", "id", "name"
            )
        }
        for code, known in existing.items():
            self.remember(code, known)
        sheet = self.sheets.get(ORG_SHEET.key)
        if sheet is None:
            return
        rows: dict[str, OrgRow] = {}
        first_row: dict[str, int] = {}
        total = len(sheet.rows)
        for index, row in enumerate(sheet.rows, start=1):
            if index % 500 == 0:
                self.progress("checking", index, total)
            values = row.values
            code = text(values.get("code"))
            name = text(values.get("name"))
            type_word = text(values.get("type"))
            parent_code = text(values.get("parent"))
            bad = False
            if not code:
                self.issue(sheet, row, "code", _("The code is empty."))
                bad = True
            elif len(code) > 32:
                self.issue(sheet, row, "code", _("The code is longer than 32 characters."))
                bad = True
            elif code in first_row:
                self.issue(
                    sheet,
                    row,
                    "code",
                    _("The code %(code)s is already used in row %(row)d of this file.")
                    % {"code": code, "row": first_row[code]},
                )
                bad = True
            elif code in existing:
                self.issue(
                    sheet,
                    row,
                    "code",
                    _("An organization with code %(code)s already exists in Jinlin.")
                    % {"code": code},
                )
                bad = True
            if not name:
                self.issue(sheet, row, "name", _("The name is empty."))
                bad = True
            elif len(name) > 100:
                self.issue(sheet, row, "name", _("The name is longer than 100 characters."))
                bad = True
            subkind = TYPE_WORDS.get(type_word.lower(), "") if type_word else ""
            if not type_word:
                self.issue(sheet, row, "type", _("The type is empty."))
                bad = True
            elif not subkind:
                self.issue(
                    sheet,
                    row,
                    "type",
                    _("Unknown type “%(type)s”. Use one of: %(types)s.")
                    % {
                        "type": type_word,
                        "types": "区、街道、镇、社区、村、机关、事业单位、企业、学校、社会组织、"
                        "物业、业委会、党支部、党总支、党委",
                    },
                )
                bad = True
            partners = [p for p in SPLIT_RE.split(text(values.get("partners"))) if p]
            if code and code not in first_row:
                first_row[code] = row.number
            if bad:
                continue
            kind = kind_of(subkind)
            if partners and kind != Kind.UNIT:
                self.issue(sheet, row, "partners", _("Only units have partner communities."))
                continue
            rows[code] = OrgRow(
                row=row.number,
                code=code,
                name=name,
                kind=kind,
                subkind=subkind,
                parent_code=parent_code,
                address=text(values.get("address"))[:200],
                phone=text(values.get("phone"))[:20],
                partner_codes=partners,
            )
            self.remember(code, KnownOrg(kind=kind, path=None, name=name))
            self._new_parent[code] = parent_code
        # Parents and partner communities may be given by name: turn the names into codes.
        every_kind = set(Kind.values)
        for org in rows.values():
            if org.parent_code and org.parent_code not in self.known:
                found, _problem = self.resolve(org.parent_code, every_kind)
                if found is not None:
                    org.parent_code = found
                    self._new_parent[org.code] = found
            org.partner_codes = [
                self.resolve(p, {Kind.COMMUNITY})[0] or p if p not in self.known else p
                for p in org.partner_codes
            ]
        self._check_tree(sheet, rows)

    def _check_tree(self, sheet: SheetData, rows: dict[str, OrgRow]) -> None:
        ordered: list[OrgRow] = []
        state: dict[str, str] = {}  # code → "visiting" | "done" | "bad"

        def visit(org: OrgRow, trail: list[str]) -> bool:
            if state.get(org.code) == "done":
                return True
            if state.get(org.code) == "bad":
                return False
            if state.get(org.code) == "visiting":
                self.issue(
                    sheet,
                    org.row,
                    "parent",
                    _("The parent codes loop back on themselves: %(loop)s.")
                    % {"loop": " → ".join([*trail, org.code])},
                )
                state[org.code] = "bad"
                return False
            state[org.code] = "visiting"
            ok = self._check_parent(sheet, org)
            if ok and org.parent_code in rows:
                ok = visit(rows[org.parent_code], [*trail, org.code])
                if not ok and state.get(org.code) != "bad":
                    self.issue(
                        sheet,
                        org.row,
                        "parent",
                        _("Its parent %(code)s (row %(row)d) has an error.")
                        % {"code": org.parent_code, "row": rows[org.parent_code].row},
                    )
            state[org.code] = "done" if ok else "bad"
            if ok:
                ordered.append(org)
            return ok

        for org in rows.values():
            visit(org, [])
        # Partner communities may be existing or new in this file.
        for org in ordered:
            for partner in org.partner_codes:
                known = self.known.get(partner)
                if known is None:
                    self.issue(
                        sheet,
                        org.row,
                        "partners",
                        _("No community has the code %(code)s.") % {"code": partner},
                    )
                elif known.kind != Kind.COMMUNITY:
                    self.issue(
                        sheet,
                        org.row,
                        "partners",
                        _("%(code)s is not a community or village.") % {"code": partner},
                    )
            if len(set(org.partner_codes)) != len(org.partner_codes):
                self.issue(sheet, org.row, "partners", _("A partner community is listed twice."))
        self.plan.organizations = ordered

    def _check_parent(self, sheet: SheetData, org: OrgRow) -> bool:
        if org.kind == Kind.DISTRICT:
            if org.parent_code:
                self.issue(sheet, org.row, "parent", _("A district has no parent; leave it empty."))
                return False
            if self.by is not None and not access.scope_of(self.by).superuser:
                self.issue(
                    sheet, org.row, "type", _("Only a system administrator can add a district.")
                )
                return False
            return True
        if not org.parent_code:
            self.issue(sheet, org.row, "parent", _("The parent code is empty."))
            return False
        parent = self.known.get(org.parent_code)
        if parent is None:
            self.issue(
                sheet,
                org.row,
                "parent",
                _("No organization has the code %(code)s, in Jinlin or in this file.")
                % {"code": org.parent_code},
            )
            return False
        if parent.kind not in Organization.PARENT_KINDS[org.kind]:
            self.issue(
                sheet,
                org.row,
                "parent",
                _("A %(kind)s cannot sit under a %(parent)s.")
                % {"kind": Kind(org.kind).label, "parent": Kind(parent.kind).label},
            )
            return False
        if not self.in_scope(org.parent_code):
            self.issue(
                sheet,
                org.row,
                "parent",
                _("%(code)s is outside your part of the tree.") % {"code": org.parent_code},
            )
            return False
        return True

    # members ----------------------------------------------------------------------------

    def check_members(self) -> None:
        sheet = self.sheets.get(MEMBER_SHEET.key)
        if sheet is None:
            return
        total = len(sheet.rows)
        phones: dict[str, int] = {}
        ids: dict[str, int] = {}
        candidates: list[MemberRow] = []
        for index, row in enumerate(sheet.rows, start=1):
            if index % 1000 == 0:
                self.progress("checking", index, total)
            member = self._member_row(sheet, row, phones, ids)
            if member is not None:
                candidates.append(member)
        self._check_against_database(sheet, candidates)
        bad_rows = {issue.row for issue in self.plan.issues if issue.sheet == sheet.title}
        self.plan.members = [m for m in candidates if m.row not in bad_rows]
        self.progress("checking", total, total)

    def _yes_no(self, sheet: SheetData, row: SheetRow, key: str) -> bool | None:
        value = text(row.values.get(key)).lower()
        if not value:
            return True
        if value in YES:
            return True
        if value in NO:
            return False
        self.issue(sheet, row, key, _("Write 是 or 否, not “%(value)s”.") % {"value": value})
        return None

    def _member_row(
        self, sheet: SheetData, row: SheetRow, phones: dict[str, int], ids: dict[str, int]
    ) -> MemberRow | None:
        values = row.values
        before = self.reported
        name = text(values.get("name"))
        if not name:
            self.issue(sheet, row, "name", _("The name is empty."))
        elif len(name) > 50:
            self.issue(sheet, row, "name", _("The name is longer than 50 characters."))
        phone = ""
        raw_phone = values.get("phone")
        if raw_phone is None or text(raw_phone) == "":
            self.issue(sheet, row, "phone", _("The phone number is empty."))
        else:
            try:
                phone = normalize_phone(text(raw_phone))
            except PersonalDataError as exc:
                self.issue(sheet, row, "phone", str(exc))
            else:
                if phone in phones:
                    self.issue(
                        sheet,
                        row,
                        "phone",
                        _("The phone %(phone)s is already in row %(row)d of this file.")
                        % {"phone": phone, "row": phones[phone]},
                    )
                else:
                    phones[phone] = row.number
        id_number: str | None = None
        raw_id = values.get("id_number")
        if isinstance(raw_id, int | float) and not isinstance(raw_id, bool):
            self.issue(
                sheet,
                row,
                "id_number",
                _(
                    "The ID number is stored as a number and has lost digits; "
                    "format the column as text and type it again."
                ),
            )
        elif text(raw_id):
            try:
                id_number = normalize_id_number(text(raw_id))
            except PersonalDataError as exc:
                self.issue(sheet, row, "id_number", str(exc))
            else:
                if id_number in ids:
                    self.issue(
                        sheet,
                        row,
                        "id_number",
                        _("This ID number is already in row %(row)d of this file.")
                        % {"row": ids[id_number]},
                    )
                else:
                    ids[id_number] = row.number
        gender_text = text(values.get("gender")).lower()
        gender = GENDERS.get(gender_text, "")
        if gender_text and not gender:
            self.issue(sheet, row, "gender", _("Write 男 or 女."))
        party = self._yes_no(sheet, row, "party")
        in_service = self._yes_no(sheet, row, "in_service")
        # The residential community first: a community's admin may register its residents
        # whose party branch lies in their work unit, outside the community's part of the tree,
        # or is not known yet.
        community_code = ""
        community_value = text(values.get("community"))
        if community_value:
            code, problem = self.resolve(community_value, {Kind.COMMUNITY})
            if problem:
                self.issue(sheet, row, "community", problem)
            else:
                community_code = code or ""
        registers = bool(community_code) and self.registers_with(community_code)
        branch_code = ""
        branch_value = text(values.get("branch"))
        if branch_value:
            code, problem = self.resolve(branch_value, {Kind.BRANCH})
            if problem:
                self.issue(sheet, row, "branch", problem)
            elif code is not None and not self.in_scope(code) and not registers:
                self.issue(
                    sheet,
                    row,
                    "branch",
                    _("%(code)s is outside your part of the tree.") % {"code": branch_value},
                )
            else:
                branch_code = code or ""
        elif party and not community_value:
            self.issue(
                sheet,
                row,
                "branch",
                _(
                    "A party member needs a party branch (its code or name), or at least the "
                    "residential community when the branch is not known yet."
                ),
            )
        if (
            community_code
            and self.by is not None
            and not branch_value
            and not self.in_scope(community_code)
        ):
            self.issue(
                sheet,
                row,
                "community",
                _("%(code)s is outside your part of the tree.") % {"code": community_value},
            )
        elif not community_value and party is False:
            # Only a resident volunteer (not a party member) must name their community: a party
            # member without a branch has already been told what is missing.
            self.issue(
                sheet,
                row,
                "community",
                _("A resident volunteer needs a residential community (its code or name)."),
            )
        if self.reported != before or party is None or in_service is None:
            return None
        return MemberRow(
            row=row.number,
            name=name,
            phone=phone,
            id_number=id_number,
            gender=gender,
            branch_code=branch_code,
            community_code=community_code,
            is_party_member=party,
            in_service=in_service,
            registers=registers,
        )

    def registers_with(self, community_code: str) -> bool:
        """Does the importer administer this (existing) community, so that its rows are
        registered with it?"""
        known = self.known.get(community_code)
        if self.by is None or known is None or known.pk is None:
            return False
        return access.scope_of(self.by).holds(access.Role.COMMUNITY_ADMIN, known.pk)

    def _check_against_database(self, sheet: SheetData, rows: list[MemberRow]) -> None:
        """Rows naming a person already in Jinlin. Only people within the importer's own part of
        the tree are reported (they can see them anyway); whether a phone or ID number exists
        elsewhere is never said, in any message or count: such a
        row is taken like any other and its person is asked to join instead."""
        chunk = 500
        mine = in_scope_members(self.by)
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            found = Member.objects.filter(
                Q(phone__in=[m.phone for m in part])
                | Q(id_number__in=[m.id_number for m in part if m.id_number])
            ).values_list("pk", "phone", "id_number")
            by_phone = {phone: pk for pk, phone, _ in found}
            by_id = {id_number: pk for pk, _, id_number in found if id_number}
            own = set(mine.filter(pk__in=[pk for pk, _, _ in found]).values_list("pk", flat=True))
            for member in part:
                at_phone = by_phone.get(member.phone)
                at_id = by_id.get(member.id_number) if member.id_number else None
                if at_phone in own:
                    self.issue(
                        sheet,
                        member.row,
                        "phone",
                        _("A member with the phone %(phone)s is already in your roster.")
                        % {"phone": member.phone},
                    )
                if at_id in own:
                    self.issue(
                        sheet,
                        member.row,
                        "id_number",
                        _("A member with this ID number is already in your roster."),
                    )
                if at_phone not in own and at_id not in own:
                    member.elsewhere = at_phone or at_id


def in_scope_members(by: Any) -> QuerySet[Member]:
    """The members an importer manages: in a branch or community under their admin roles."""
    if by is None:
        return Member.objects.all()
    scope = access.scope_of(by)
    if scope.superuser:
        return Member.objects.all()
    return Member.objects.filter(
        scope.org_q("community", access.ADMIN_ROLES) | scope.org_q("branch", access.ADMIN_ROLES)
    )


def build_plan(
    sheets: list[SheetData], issues: list[Issue], *, by: Any, progress: Progress
) -> Plan:
    checker = Checker(sheets, list(issues), by, progress)
    checker.check_organizations()
    checker.check_members()
    for part in PARTS.values():
        checker.plan.parts[part.key] = part.check(checker)
    checker.absent_columns()
    checker.plan.mapping = [
        {
            "key": sheet.spec.key,
            "title": sheet.title,
            "columns": [
                {"key": c.key, "label": str(c.label), "required": c.required}
                for c in sorted(sheet.spec.columns, key=lambda c: not c.required)
                if c.key not in sheet.columns
            ],
            "headers": [
                [letter, header]
                for letter, header in sheet.found_headers
                if header not in sheet.headers.values()
            ],
        }
        for sheet in sheets
        if sheet.missing or sheet.needed
    ]
    checker.plan.issues.sort(key=lambda i: (not i.is_error, i.sheet, i.row or 0, i.column))
    return checker.plan
