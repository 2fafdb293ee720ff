"""The workbook a clerk enters into 全国志愿服务信息系统 (民函〔2012〕340号 arts. 6–7).

Two sheets in the order the notice lists the fields: the volunteers (art. 6: basic information,
with the 志愿者编号 instead of the ID number) and their service records (art. 7: each row of the
ledger for the organization and period, corrections as rows of their own with negative hours).
A third sheet says what each column is and where it comes from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from jinlin.cloudmap.figures import ledger_rows
from jinlin.cloudmap.indicators import Period
from jinlin.core.personal import PersonalDataError, normalize_id_number
from jinlin.core.xlsx import Book
from jinlin.members import access
from jinlin.members.models import Member
from jinlin.organizations.models import Organization
from jinlin.service.models import ledger_position
from jinlin.service.services import ledger_seal

Progress = Callable[[str, int, int], None]

# (column, 340号 article, what Jinlin writes there)
VOLUNTEER_COLUMNS = [
    ("志愿者编号", "第六条", "近邻的志愿者编号（JL+8位数字），终身不变，代替身份证号"),
    ("姓名", "第六条", "成员姓名"),
    ("性别", "第六条", "男/女（未登记时留空）"),
    ("出生日期", "第六条", "由身份证号推出（未登记身份证号时留空）"),
    ("政治面貌", "第六条", "中共党员 / 群众"),
    ("居住区域", "第六条", "所在社区"),
    ("联系方式", "第六条", "手机号（导出人无权查看的显示为掩码）"),
    ("所属组织", "第六条", "所在党支部（或单位）"),
    ("本期服务时长（小时）", "第七条", "本期记录时长合计（含更正）"),
]
RECORD_COLUMNS = [
    ("志愿者编号", "第七条", "同上"),
    ("姓名", "第七条", "志愿者姓名"),
    ("活动名称", "第七条", "服务记录中的活动名称"),
    ("服务日期", "第七条", "服务所属的日期（活动当天）"),
    ("服务时长（小时）", "第七条", "记录时长；更正记录为负数"),
    ("服务地点", "第七条", "活动地点"),
    ("服务对象", "第七条", "服务对象"),
    ("服务内容", "第七条", "服务内容与成效"),
    ("服务评价", "第七条", "社区验收时的评价"),
    ("活动负责人", "第七条", "活动负责人"),
    ("记录人", "第七条", "记录人"),
    ("记录类型", "第七条", "记录 / 更正"),
    ("记录编号", "第七条",
     "近邻服务账本中的位置（社区链号/序号；无社区的记录只有序号），可用 verify_ledger 核对"),
]


def _birth(id_number: str | None) -> dt.date | None:
    if not id_number:
        return None
    try:
        text = normalize_id_number(id_number)
        return dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except (PersonalDataError, ValueError):
        return None


def national_book(
    org: Organization, period: Period, by: Any, progress: Progress = lambda *a: None
) -> bytes:
    ledger_seal()  # every row exported with its place in its chain
    # The rows' values, not model instances (a city's month is hundreds of thousands of rows).
    rows = list(
        ledger_rows(org, period).order_by("id")
        .values_list("member_id", "activity_name", "activity_date", "hours", "place", "served",
                     "content", "evaluation", "lead", "recorder", "kind", "chain", "seq")
    )  # fmt: skip
    progress("records", 0, 3)
    members = {
        m.pk: m
        for m in Member.objects.filter(pk__in={r[0] for r in rows}).select_related(
            "branch", "community"
        )
    }
    hours: dict[int, Decimal] = {}
    for row in rows:
        hours[row[0]] = hours.get(row[0], Decimal(0)) + row[3]
    genders = {value: str(label) for value, label in Member.Gender.choices}
    head = _("%(org)s: volunteers and service records, %(start)s to %(end)s") % {
        "org": org.name,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }
    book = Book()
    sheet = book.sheet("志愿者信息", title=head, header=[c for c, _a, _w in VOLUNTEER_COLUMNS])
    progress("volunteers", 1, 3)
    ordered = sorted(members.values(), key=lambda m: m.pk)
    phones = access.phones_for(by, ordered) if by is not None else {}
    for member in ordered:
        sheet.append([
            member.volunteer_no,
            member.name,
            genders.get(member.gender, member.gender) if member.gender else "",
            _birth(member.id_number),
            "中共党员" if member.is_party_member else "群众",
            member.community.name if member.community else "",
            phones.get(member.pk, member.masked_phone),
            member.branch.name if member.branch else "",
            hours.get(member.pk, Decimal(0)),
        ])  # fmt: skip
    sheet = book.sheet("志愿服务记录", title=head, header=[c for c, _a, _w in RECORD_COLUMNS])
    progress("records", 2, 3)
    for (member_id, activity, day, row_hours, place, served, content, evaluation, lead,
         recorder, kind, chain, seq) in rows:  # fmt: skip
        member = members[member_id]
        sheet.append([
            member.volunteer_no, member.name, activity, day, row_hours, place, served, content,
            evaluation, lead, recorder, "更正" if kind == "reversal" else "记录",
            ledger_position(chain, seq).lstrip("#"),
        ])  # fmt: skip
    notes = book.sheet("字段说明", title=_("Fields and their order (民函〔2012〕340号)"),
                       header=["工作表", "列", "依据", "内容"], landscape=False)  # fmt: skip
    for name, columns in (("志愿者信息", VOLUNTEER_COLUMNS), ("志愿服务记录", RECORD_COLUMNS)):
        for column, article, what in columns:
            notes.append([name, column, f"民函〔2012〕340号{article}", what])
    progress("finished", 3, 3)
    return book.to_bytes()
