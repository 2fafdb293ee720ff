"""The words on the screen whose English has more than one Chinese sense, and how each sense
reads in zh-hans (DESIGN.md, “Words on the screen”).

A word listed here with two senses is *ambiguous*: the code must always say which sense it
means, with a context — ``pgettext("of a person", "Name")`` in Python,
``{% translate "Name" context "of a person" %}`` in templates — and the catalog must translate
each sense as written here. ``tests/test_translations.py`` holds the code and the catalog to
this file; ``scripts/po_fill.py`` fills these senses into the catalog.

To add a word: list every sense it is used in, with the context string the code will use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sense:
    context: str
    msgid: str
    zh: str
    wrong: tuple[str, ...] = ()  # what it was once mistranslated as, for the reader


SENSES: list[Sense] = [
    # name: 姓名 is a person's, 名称 an organization's, team's, zone's, point's, grid's.
    Sense("of a person", "Name", "姓名"),
    Sense("of a thing", "Name", "名称", wrong=("姓名",)),
    Sense("of a person", "name", "姓名"),
    Sense("of a thing", "name", "名称", wrong=("姓名",)),
    # hours: how long a service took (时长, a field), or the unit a number of them is in (小时).
    Sense("how long", "hours", "时长"),
    Sense("unit", "hours", "小时", wrong=("时长",)),
    # members: of the party (党员) or of a team (队员).
    Sense("of a team", "Members", "队员"),
    # points: coordinates of a zone, or points earned (积分制).
    Sense("of a zone: its coordinates", "Points", "坐标点", wrong=("积分",)),
    Sense("earned by service", "Points", "积分"),
    Sense("earned by service", "points", "积分"),
    # who: who looked at a record, who registered (报到人), who asked (点单人).
    Sense("who looked", "Who", "查看人"),
    Sense("registrant", "Who", "报到人"),
    Sense("requester", "Who", "点单人", wrong=("报到人",)),
    # registered: when (a column of dates: 报到时间), or who (the member or unit: 报到对象).
    Sense("when", "Registered", "报到时间", wrong=("报到对象",)),
    Sense("who", "Registered", "报到对象"),
    # open: a need taking claims, a problem not yet rectified, a post taking applicants.
    Sense("need open to claims", "Open", "招募中"),
    Sense("problem not yet rectified", "Open", "待整改", wrong=("开放认领",)),
    Sense("standing post", "Open", "招募中"),
    # closed: a need that ended, problems verified and closed (销号), a post no longer open.
    Sense("need", "Closed", "已结束"),
    Sense("problems", "Closed", "已销号"),
    Sense("standing post", "Closed", "已关闭"),
    # post: a standing post (岗位), or publishing a wish (发布心愿).
    Sense("standing post", "Post", "岗位"),
    Sense("standing post", "post", "岗位"),
    Sense("publish a wish", "Post", "发布心愿", wrong=("岗位",)),
    # apply: for a standing post (申请), not to claim (认领).
    Sense("for a standing post", "Apply", "申请", wrong=("申请认领",)),
    # declined: a registration sent back, an application not approved, a request not taken.
    Sense("registration", "Declined", "已退回"),
    Sense("application for a post", "Declined", "未通过"),
    Sense("resident's request", "Declined", "不予受理"),
    # confirm: a registration, a phone by its code, a wish fulfilled.
    Sense("registration", "Confirm", "确认"),
    Sense("phone code", "Confirm", "验证"),
    Sense("wish fulfilled", "Confirm", "确认圆梦"),
    # registration states, named where they are listed beside other states.
    Sense("registration", "Pending", "待确认"),
    Sense("registration", "pending", "待确认"),
    Sense("registration", "Confirmed", "已确认"),
    # done: an audit event's result, or the claims whose time has passed.
    Sense("audit result", "Done", "成功"),
    Sense("claims whose time has passed", "Done", "已结束", wrong=("成功",)),
]


def ambiguous() -> set[str]:
    """The msgids with senses that read differently in Chinese: never used without context."""
    readings: dict[str, set[str]] = {}
    for sense in SENSES:
        readings.setdefault(sense.msgid, set()).add(sense.zh)
    return {msgid for msgid, zh in readings.items() if len(zh) > 1}
