"""Checking every roster row against the rules and the database, into an import plan.

The plan holds the organizations, partnerships and members to create, in an order that
respects the tree; it is built only from rows that are all valid. Nothing here writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from jinlin.core.personal import PersonalDataError, normalize_id_number, normalize_phone
from jinlin.members import access
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from jinlin.roster.workbook import MEMBER_SHEET, ORG_SHEET, Issue, SheetData, SheetRow

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
YES = {"是", "y", "yes", "true", "1", "√", "党员", "在职"}
NO = {"否", "n", "no", "false", "0", "×", "群众", "退休", "非党员"}
GENDERS = {"男": "M", "m": "M", "male": "M", "女": "F", "f": "F", "female": "F"}
SPLIT_RE = re.compile(r"[、,，;；\s]+")


def kind_of(subkind: str) -> str:
    for kind, subkinds in Organization.SUBKINDS_OF_KIND.items():
        if subkind in subkinds:
            return kind
    return ""


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


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


@dataclass
class Plan:
    organizations: list[OrgRow] = field(default_factory=list)  # parents before children
    members: list[MemberRow] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    care: Any = None  # jinlin.care.importing.CarePlan

    @property
    def partnership_count(self) -> int:
        return sum(len(org.partner_codes) for org in self.organizations)

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class KnownOrg:
    kind: str
    path: str | None  # None for organizations that exist only in this file
    pk: int | None = None


class Checker:
    def __init__(
        self, sheets: list[SheetData], issues: list[Issue], by: Any, progress: Progress
    ) -> None:
        self.sheets = {sheet.spec.key: sheet for sheet in sheets}
        self.plan = Plan(issues=issues)
        self.by = by
        self.progress = progress
        self.known: dict[str, KnownOrg] = {}
        self._new_parent: dict[str, str] = {}

    # helpers ------------------------------------------------------------------------------

    def issue(self, sheet: SheetData, row: SheetRow | int, key: str, message: str) -> None:
        number = row if isinstance(row, int) else row.number
        label = next((str(c.label) for c in sheet.spec.columns if c.key == key), "")
        self.plan.issues.append(
            Issue(
                message=message,
                sheet=sheet.title,
                row=number,
                column=sheet.columns.get(key, ""),
                field=sheet.headers.get(key, label),
            )
        )

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
            code: KnownOrg(kind=kind, path=path, pk=pk)
            for code, kind, path, pk in Organization.objects.values_list(
                "code", "kind", "path", "id"
            )
        }
        self.known = dict(existing)
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
            self.known[code] = KnownOrg(kind=kind, path=None)
            self._new_parent[code] = parent_code
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
        before = len(self.plan.issues)
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
        branch_code = text(values.get("branch"))
        if branch_code:
            known = self.known.get(branch_code)
            if known is None:
                self.issue(
                    sheet,
                    row,
                    "branch",
                    _("No organization has the code %(code)s.") % {"code": branch_code},
                )
            elif known.kind != Kind.BRANCH:
                self.issue(
                    sheet,
                    row,
                    "branch",
                    _("%(code)s is not a party branch.") % {"code": branch_code},
                )
            elif not self.in_scope(branch_code):
                self.issue(
                    sheet,
                    row,
                    "branch",
                    _("%(code)s is outside your part of the tree.") % {"code": branch_code},
                )
        elif party:
            self.issue(sheet, row, "branch", _("A party member needs a branch code."))
        community_code = text(values.get("community"))
        if community_code:
            known = self.known.get(community_code)
            if known is None:
                self.issue(
                    sheet,
                    row,
                    "community",
                    _("No organization has the code %(code)s.") % {"code": community_code},
                )
            elif known.kind != Kind.COMMUNITY:
                self.issue(
                    sheet,
                    row,
                    "community",
                    _("%(code)s is not a community or village.") % {"code": community_code},
                )
            elif self.by is not None and not branch_code and not self.in_scope(community_code):
                self.issue(
                    sheet,
                    row,
                    "community",
                    _("%(code)s is outside your part of the tree.") % {"code": community_code},
                )
        elif not branch_code:
            self.issue(
                sheet,
                row,
                "community",
                _("A resident volunteer needs a residential community code."),
            )
        if len(self.plan.issues) != before or party is None or in_service is None:
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
        )

    def _check_against_database(self, sheet: SheetData, rows: list[MemberRow]) -> None:
        chunk = 500
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            taken_phones = set(
                Member.objects.filter(phone__in=[m.phone for m in part]).values_list(
                    "phone", flat=True
                )
            )
            taken_ids = set(
                Member.objects.filter(
                    id_number__in=[m.id_number for m in part if m.id_number]
                ).values_list("id_number", flat=True)
            )
            for member in part:
                if member.phone in taken_phones:
                    self.issue(
                        sheet,
                        member.row,
                        "phone",
                        _("A member with the phone %(phone)s is already in Jinlin.")
                        % {"phone": member.phone},
                    )
                if member.id_number and member.id_number in taken_ids:
                    self.issue(
                        sheet,
                        member.row,
                        "id_number",
                        _("A member with this ID number is already in Jinlin."),
                    )


def build_plan(
    sheets: list[SheetData], issues: list[Issue], *, by: Any, progress: Progress
) -> Plan:
    checker = Checker(sheets, list(issues), by, progress)
    checker.check_organizations()
    checker.check_members()
    from jinlin.care.importing import CareChecker

    checker.plan.care = CareChecker(checker).check()
    checker.plan.issues.sort(key=lambda i: (i.sheet, i.row or 0, i.column))
    return checker.plan
