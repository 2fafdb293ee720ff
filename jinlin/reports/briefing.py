"""工作简报: a briefing for an organization and period, written from its figures in the register
of the seed articles, reviewed and edited in the browser, downloaded as .docx or PDF.

A briefing is a title and a list of blocks (headings and paragraphs); a block is a list of
runs — text, a figure (by its key in ``cloudmap.figures``: the value is kept with the
briefing, and wherever the briefing is shown the figure links to the list behind it), or a
link to another page of the site (a typical practice's need). Editing changes the text and
keeps the figures; "refresh the figures" reads them again.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import InvalidInput
from jinlin.core.http import own_path
from jinlin.core.nul import clean_text
from jinlin.core.templatetags.jinlin import hours as number_text
from jinlin.organizations.models import Organization

Run = dict[str, str]
Block = dict[str, Any]

MAX_BLOCKS = 200
MAX_TEXT = 20_000
MAX_TITLE = 200
TYPICAL = 3  # typical practices named


# Writing ------------------------------------------------------------------------------------


def _day(value: Any) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _runs(template: str, **parts: Any) -> list[Run]:
    """A translated sentence with ``%(name)s`` placeholders → runs. A placeholder whose part is
    a figure key (``("figure", key)``) becomes a figure run, a ``("link", url, text)`` a link
    run, a list of runs those runs, anything else text."""
    runs: list[Run] = []
    at = 0
    for match in re.finditer(r"%\((\w+)\)s", template):
        runs.append({"t": template[at : match.start()].replace("%%", "%")})
        part = parts[match.group(1)]
        if isinstance(part, tuple) and part[0] == "figure":
            runs.append({"f": part[1]})
        elif isinstance(part, tuple) and part[0] == "link":
            runs.append({"l": part[1], "t": str(part[2])})
        elif isinstance(part, list):
            runs += part
        else:
            runs.append({"t": str(part)})
        at = match.end()
    runs.append({"t": template[at:].replace("%%", "%")})
    return _tidy(runs)


def _tidy(runs: list[Run]) -> list[Run]:
    """Drop empty text, join neighbouring text."""
    out: list[Run] = []
    for run in runs:
        if set(run) == {"t"}:
            if not run["t"]:
                continue
            if out and set(out[-1]) == {"t"}:
                out[-1] = {"t": out[-1]["t"] + run["t"]}
                continue
        out.append(run)
    return out


def _join(pieces: list[list[Run]]) -> list[Run]:
    """Runs of several clauses joined as the language lists them (、 in Chinese)."""
    sep = pgettext("list separator", ", ")
    out: list[Run] = []
    for i, piece in enumerate(pieces):
        if i:
            out.append({"t": sep})
        out += piece
    return _tidy(out)


def _gap() -> Run:
    """Between two sentences: a space in English, nothing after a Chinese full stop."""
    return {"t": "" if (get_language() or "").startswith("zh") else " "}


def _h(text: str) -> Block:
    return {"kind": "h", "runs": [{"t": text}]}


def _p(*runs: list[Run]) -> Block:
    return {"kind": "p", "runs": _tidy([r for part in runs for r in part])}


def _figure(key: str) -> tuple[str, str]:
    return ("figure", key)


def _typical(org: Organization, period: Period) -> list[Block]:
    """典型做法: the period's activities with most people credited, with the outcomes recorded
    for them (credited work, as the figures count it); then the typical practices supervisors
    recorded on their rounds (大手拉小手 …)."""
    from jinlin.needs.models import METRICS
    from jinlin.oversight.models import Finding
    from jinlin.service.models import ServiceRecord

    needs = list(fig._activities(org, period).order_by("-credited", "starts_at")[:TYPICAL])
    outcomes: dict[int, dict[str, int]] = {}
    chosen = fig._activities(org, period).filter(pk__in=[n.pk for n in needs])
    for need_id, metric, count in fig.outcome_rows(chosen).values_list(
        "need_id", "metric", "count"
    ):
        outcomes.setdefault(need_id, {})[metric] = count
    people: dict[int, dict[bool, int]] = {}
    for need_id, party, n in (
        fig.standing_credits(ServiceRecord.objects.filter(need__in=needs))
        .values_list("need_id", "member__is_party_member")
        .annotate(n=Count("member", distinct=True))
        .order_by()
    ):
        people.setdefault(need_id, {})[party] = n
    blocks = []
    for need in needs:
        done = [
            _runs(_("%(label)s %(value)s %(unit)s"), label=label, value=number_text(value),
                  unit=unit)
            for metric, (label, unit) in METRICS.items()
            if (value := outcomes.get(need.pk, {}).get(metric))
        ]  # fmt: skip
        url = reverse("need-detail", args=[need.pk])
        party, volunteers = people.get(need.pk, {}).get(True, 0), people.get(need.pk, {}).get(
            False, 0
        )
        said = (
            _("%(community)s organised “%(title)s” on %(day)s: %(party)s party members and "
              "%(volunteers)s resident volunteers served and had their hours credited.")
            if volunteers
            else _("%(community)s organised “%(title)s” on %(day)s: %(party)s party members "
                   "served and had their hours credited.")
        )  # fmt: skip
        sentence = _runs(
            said,
            community=need.community.name,
            title=("link", url, need.title),
            day=_day(need.day),
            party=party,
            volunteers=volunteers,
        )
        if done:
            sentence += [_gap(), *_runs(_("Done: %(list)s."), list=_join(done))]
        blocks.append(_p(sentence))
    for finding in (
        Finding.objects.filter(
            fig.under(org, "organization"),
            kind=Finding.Kind.TYPICAL,
            round__date__gte=period.start,
            round__date__lte=period.end,
        )
        .select_related("organization", "round")
        .order_by("round__date", "pk")[:TYPICAL]
    ):
        sentence = _runs(
            _("Supervisors commended %(org)s for “%(title)s”%(text)s."),
            org=finding.organization.name,
            title=("link", reverse("round-detail", args=[finding.round_id]), finding.title),
            text=(pgettext("introducing a description", ": ")
                  + finding.text.strip()[:200].rstrip("。.！!；;，, "))
            if finding.text.strip()
            else "",
        )
        blocks.append(_p(sentence))
    return blocks


def _campaigns(org: Organization, period: Period) -> list[Block]:
    """专项行动: the campaigns of the organization or beneath it that ran in the period, with
    their progress against their targets (each linked to its page)."""
    from jinlin.campaigns.models import Campaign
    from jinlin.campaigns.services import overall, progress

    blocks = []
    for campaign in Campaign.objects.filter(
        organization__path__startswith=org.path, start__lte=period.end, end__gte=period.start
    ).order_by("start", "pk")[:5]:
        found = progress(campaign)
        targeted = [
            _runs(_("%(label)s %(value)s of %(target)s %(unit)s"), label=p.label,
                  value=number_text(p.value), target=p.target, unit=p.unit)
            for p in found
            if p.target
        ]  # fmt: skip
        sentence = _runs(
            _("“%(name)s” (%(start)s to %(end)s)"),
            name=("link", reverse("campaign-detail", args=[campaign.pk]), campaign.name),
            start=_day(campaign.start), end=_day(campaign.end),
        )  # fmt: skip
        share = overall(found)
        if share is not None:
            sentence += _runs(_(": %(share)s%% of its targets met, %(list)s."), share=share,
                              list=_join(targeted))  # fmt: skip
        else:
            sentence += _runs(_(": no targets set."))
        blocks.append(_p(sentence))
    return blocks


def briefing_write(
    org: Organization,
    period: Period,
    report: Callable[[str, int, int], None] | None = None,
) -> dict[str, Any]:
    """The generated briefing: title, blocks and the figures' values."""
    from jinlin.care.models import Team
    from jinlin.needs.models import METRICS

    report = report or (lambda phase, done, total: None)
    report("figures", 0, 3)
    values = dict((f.key, v) for f, v in fig.overview(org, period))
    every = fig.all_figures()
    for key in every:
        values.setdefault(key, 0)
    report("writing", 1, 3)
    start, end = _day(period.start), _day(period.end)
    F = _figure

    teams = [
        _runs(_("%(kind)s: %(count)s"), kind=label, count=F(f"teams_{kind}"))
        for kind, label in Team.Kind.choices
        if values.get(f"teams_{kind}")
    ]
    outcomes = [
        _runs(_("%(label)s %(value)s %(unit)s"), label=label, value=F(f"outcome_{metric}"),
              unit=unit)
        for metric, (label, unit) in METRICS.items()
        if values.get(f"outcome_{metric}")
    ]  # fmt: skip
    others = [
        _runs(_("%(count)s %(who)s"), count=F(key), who=who)
        for key, who in (
            ("other_party_registered", _("other party members (retired, students …)")),
            ("volunteers_registered", _("resident volunteers")),
        )
        if values.get(key)
    ]
    blocks: list[Block] = [
        _p(
            _runs(
                _(
                    "From %(start)s to %(end)s, %(org)s kept party building in the lead of "
                    "the civilized-city campaign and carried the dual registration (双报到) "
                    "work forward, "
                    "bringing in-service party members down to the communities to serve "
                    "their neighbours. By now %(members)s in-service party members and "
                    "%(units)s unit party organizations have registered with the communities; "
                    "in the period %(activities)s volunteer activities were held, party "
                    "members and volunteers served %(credits)s times and %(hours)s hours "
                    "were credited."
                ),
                start=start, end=end, org=org.name, members=F("members_registered"),
                units=F("units_registered"), activities=F("activities"),
                credits=F("credits"), hours=F("hours"),
            )
        ),
        _h(_("I. Registration and teams")),
        _p(
            _runs(
                _(
                    "By %(end)s, %(members)s in-service party members had registered with "
                    "the communities they live in and %(units)s unit party organizations "
                    "with their partner communities."
                ),
                end=end, members=F("members_registered"), units=F("units_registered"),
            ),
            [_gap(), *_runs(_("Also registered: %(list)s."), list=_join(others))]
            if others
            else [],
            [_gap(), *_runs(_("Teams formed: %(list)s."), list=_join(teams))]
            if teams
            else [],
        ),
        _h(_("II. Service in the communities")),
        _p(
            _runs(
                _(
                    "%(activities)s volunteer activities were held; %(served)s party members "
                    "and %(volunteers)s resident volunteers served %(credits)s times, "
                    "%(hours)s hours in all."
                ),
                activities=F("activities"), served=F("members_served"),
                volunteers=F("volunteers_served"), credits=F("credits"), hours=F("hours"),
            ),
            [_gap(), *_runs(_("Results: %(list)s."), list=_join(outcomes))]
            if outcomes
            else [],
        ),
        _h(_("III. Pairing with households")),
        _p(
            _runs(
                _(
                    "Members are paired with %(households)s households and made %(visits)s "
                    "visits in the period; %(captained)s of %(entrances)s entrances have a "
                    "stairwell captain (楼道长)."
                ),
                households=F("households_paired"), visits=F("visits"),
                captained=F("captained"), entrances=F("entrances"),
            )
        ),
        _h(_("IV. Problems found and put right")),
        _p(*_problems(values)),
    ]  # fmt: skip
    typical = _typical(org, period)
    if typical:
        blocks += [_h(_("V. Typical practices")), *typical]
    campaigns = _campaigns(org, period)
    if campaigns:
        blocks += [_h(_("VI. Campaigns") if typical else _("V. Campaigns")), *campaigns]
    blocks.append(
        _p(
            _runs(
                _(
                    "Next, %(org)s will keep the needs list current, answer every need with "
                    "registered members and partner units, put right what supervision finds "
                    "by its deadline, and make dual registration (双报到) a habit of every "
                    "party member."
                ),
                org=org.name,
            )
        )
    )
    report("writing", 2, 3)
    return {
        "title": _("%(org)s: the dual registration (双报到) work") % {"org": org.name},
        "subtitle": _("%(start)s to %(end)s") % {"start": start, "end": end},
        "blocks": blocks,
        "values": {k: _value_text(v) for k, v in values.items() if k in every},
        "written_at": timezone.now().isoformat(),
    }


def _value_text(value: int | Decimal) -> str:
    return number_text(value)


def _problems(values: dict[str, Any]) -> list[list[Run]]:
    """Self-inspection and supervision, each said only when something happened."""
    F = _figure
    said: list[list[Run]] = []
    if values.get("self_inspections") or values.get("self_problems") or values.get("measures"):
        said.append(_runs(
            _("%(inspections)s self-inspections found %(problems)s problems, and %(measures)s "
              "measures were taken."),
            inspections=F("self_inspections"), problems=F("self_problems"),
            measures=F("measures"),
        ))  # fmt: skip
    if values.get("round_problems") or values.get("round_closed") or values.get("round_overdue"):
        said.append(_runs(
            # The overdue are counted as of today and include problems found before the
            # period: said so, or 19 overdue of 17 found reads as a mistake.
            _("In the period supervision found %(found)s problems and %(closed)s problems "
              "were closed; as of today %(overdue)s problems, those found earlier included, "
              "are past their deadline."),
            found=F("round_problems"), closed=F("round_closed"), overdue=F("round_overdue"),
        ))  # fmt: skip
    if not said:
        return [[{"t": _("No problems were recorded in the period.")}]]
    return [said[0]] + [[_gap(), *more] for more in said[1:]]


def refresh_values(org: Organization, period: Period) -> dict[str, str]:
    every = fig.all_figures()
    values = {f.key: v for f, v in fig.overview(org, period)}
    return {key: _value_text(values.get(key, 0)) for key in every}


# Checking an edit ---------------------------------------------------------------------------


MASTHEAD_LIMITS = {"name": 30, "issue": 30, "issued_by": 60, "date": 30, "send_to": 200,
                   "copy_to": 200}  # fmt: skip


def clean_masthead(given: Any, current: dict[str, str]) -> dict[str, str]:
    """The masthead's and closing block's words as edited (a field not sent stays as it was);
    each bounded, and the briefing's name, 期号, 编印单位 and date never empty."""
    labels = {"name": _("Name of the briefing"), "issue": _("Issue (期号)"),
              "issued_by": _("Issued by (编印单位)"), "date": _("Date"),
              "send_to": _("Sent up to (报送)"), "copy_to": _("Copied to (抄送)")}  # fmt: skip
    out = dict(current)
    if not isinstance(given, dict):
        return out
    for key, limit in MASTHEAD_LIMITS.items():
        if key not in given:
            continue
        text = " ".join(str(given[key] or "").split())
        if len(text) > limit:
            raise InvalidInput(
                _("%(label)s: at most %(n)d characters.") % {"label": labels[key], "n": limit},
                fields={f"masthead_{key}": _("Too long.")},
            )
        if not text and key not in ("send_to", "copy_to"):
            raise InvalidInput(
                _("%(label)s: required.") % {"label": labels[key]},
                fields={f"masthead_{key}": _("Required.")},
            )
        out[key] = text
    return out


def clean(title: Any, blocks: Any, values: dict[str, str]) -> tuple[str, list[Block]]:
    """The edited title and blocks, checked: figures only those the briefing has, links only
    to this site's own pages, bounded sizes. Errors name the paragraph."""
    title = str(title or "").strip()
    if not title:
        raise InvalidInput(_("Give the briefing a title."), fields={"title": _("Required.")})
    if len(title) > MAX_TITLE:
        raise InvalidInput(
            _("The title is at most %(n)d characters.") % {"n": MAX_TITLE},
            fields={"title": _("Too long.")},
        )
    if not isinstance(blocks, list) or len(blocks) > MAX_BLOCKS:
        raise InvalidInput(
            _("The briefing could not be read; reload the page and edit again."),
            fields={"blocks": _("At most %(n)d paragraphs.") % {"n": MAX_BLOCKS}},
        )
    out: list[Block] = []
    size = 0
    for number, block in enumerate(blocks, start=1):
        where = _("Paragraph %(n)d") % {"n": number}
        if not isinstance(block, dict) or block.get("kind") not in ("h", "p"):
            raise InvalidInput(
                _("%(where)s: not a heading or a paragraph.") % {"where": where},
                fields={"blocks": where},
            )
        runs: list[Run] = []
        for run in block.get("runs") or []:
            if not isinstance(run, dict):
                raise InvalidInput(_("%(where)s: unreadable.") % {"where": where},
                                   fields={"blocks": where})  # fmt: skip
            if "f" in run:
                if run["f"] not in values:
                    raise InvalidInput(
                        _("%(where)s: “%(key)s” is not a figure of this briefing.")
                        % {"where": where, "key": str(run["f"])[:40]},
                        fields={"blocks": where},
                    )
                shown = run.get("v")
                if shown is not None and str(shown).strip() != values[run["f"]]:
                    label = fig.all_figures()[run["f"]].label if run["f"] in fig.all_figures() \
                        else run["f"]  # fmt: skip
                    raise InvalidInput(
                        _("%(where)s: “%(label)s” reads %(value)s, as read from the records; a "
                          "figure cannot be changed (delete it if it should not be there).")
                        % {"where": where, "label": label, "value": values[run["f"]]},
                        fields={"blocks": where},
                    )  # fmt: skip
                runs.append({"f": str(run["f"])})
                continue
            text = str(run.get("t", ""))
            size += len(text)
            if "l" in run:
                href = own_path(run["l"])
                if not href or len(href) > 300:
                    raise InvalidInput(
                        _("%(where)s: a link may only lead to a page of this site.")
                        % {"where": where},
                        fields={"blocks": where},
                    )
                runs.append({"l": href[:300], "t": text})
            else:
                runs.append({"t": text})
        runs = _tidy([{"t": r["t"].replace("\u00a0", " ")} if set(r) == {"t"} else r
                      for r in runs])  # fmt: skip
        if any(r.get("t", "").strip() or "f" in r for r in runs):
            out.append({"kind": block["kind"], "runs": runs})
    if size > MAX_TEXT:
        raise InvalidInput(
            _("The briefing is at most %(n)d characters.") % {"n": MAX_TEXT},
            fields={"blocks": _("Too long.")},
        )
    return title, out


# Files --------------------------------------------------------------------------------------


def figure_url(org: Organization, start: Any, end: Any, key: str) -> str:
    query = urlencode({"from": start.isoformat(), "to": end.isoformat()})
    return f"{reverse('cloudmap-figure', args=[org.pk, key])}?{query}"


def rendered(export: Any, base: str = "") -> dict[str, Any]:
    """The briefing ready for a template: each run with its text and address."""
    content = export.content
    values = content.get("values", {})
    every = fig.all_figures()
    blocks = []
    used: dict[str, dict[str, Any]] = {}
    for block in content.get("blocks", []):
        runs = []
        for run in block["runs"]:
            if "f" in run:
                href = base + figure_url(export.organization, export.start, export.end, run["f"])
                runs.append({"text": clean_text(values.get(run["f"], "0")), "href": href,
                             "figure": run["f"]})  # fmt: skip
                if run["f"] in every:
                    used.setdefault(run["f"], {"label": every[run["f"]].label, "href": href,
                                               "value": values.get(run["f"], "0")})  # fmt: skip
            elif "l" in run and own_path(run["l"]):
                # Judged again as written: a link stored before a rule tightened stays text.
                link = own_path(run["l"])
                runs.append({"text": clean_text(run["t"]), "href": base + link, "link": link})
            else:
                runs.append({"text": clean_text(run["t"])})
        blocks.append({"kind": block["kind"], "runs": runs})
    written = content.get("written_at")
    return {"title": clean_text(content.get("title", "")),
            "subtitle": clean_text(content.get("subtitle", "")),
            "blocks": blocks, "figures": list(used.values()),
            "written_at": dt.datetime.fromisoformat(written) if written else None}  # fmt: skip


# Layout of a 公文 (GB/T 9704-2012) as a 简报 is printed: A4, type area 156 × 225 mm (margins
# 37 top, 35 bottom, 28 left, 26 right), 22 lines of 28 characters, 三号 (16 pt) 仿宋 text,
# 黑体 first-level headings, a 小标宋 二号 (22 pt) title, page numbers “— 1 —” in 四号 宋体
# on the outer side, a red masthead (简报名称, 期号, 编印单位 and date over a red rule) and a
# closing block (报送, 抄送, 编印单位 and the date between rules).
PT_PER_LINE = 225 / 22 * 72 / 25.4  # 28.95 pt: 22 lines in the 225 mm type area
BODY, HEADING, TITLE, SEAL = "仿宋", "黑体", "方正小标宋简体", "宋体"
RED = "C00000"


def masthead_defaults(org: Organization, start: Any, end: Any) -> dict[str, str]:
    """What the masthead and the closing block say, until the editor changes it: the
    organization's own 期号 (its briefings of the year, counted), its name, today."""
    from jinlin.reports.models import Export

    issue = Export.objects.filter(
        kind=Export.KIND_BRIEFING, organization=org, created_at__year=timezone.localdate().year
    ).count()
    return {
        "name": _("Dual registration work briefing"),
        "issue": _("No. %(n)d") % {"n": max(issue, 1)},
        "issued_by": org.name,
        "date": formats.date_format(timezone.localdate(), "DATE_FORMAT"),
        "send_to": "",
        "copy_to": "",
    }


MASTHEAD_FIELDS = ("name", "issue", "issued_by", "date", "send_to", "copy_to")


def masthead_of(export: Any) -> dict[str, str]:
    found = export.content.get("masthead") or {}
    defaults = masthead_defaults(export.organization, export.start, export.end)
    return {key: clean_text(str(found.get(key, defaults[key]))) for key in MASTHEAD_FIELDS}


def closing_lines(masthead: dict[str, str]) -> list[str]:
    said = []
    if masthead["send_to"].strip():
        said.append(_("Sent up to: %(who)s") % {"who": masthead["send_to"].strip()})
    if masthead["copy_to"].strip():
        said.append(_("Copied to: %(who)s") % {"who": masthead["copy_to"].strip()})
    return said


def briefing_docx(export: Any, base: str) -> bytes:
    """The briefing as a Word document laid out as a 简报 (GB/T 9704-2012): A4, the type
    area and line grid of a 公文, masthead, title, text with figures as links to their lists,
    the closing block, and page numbers; written by the organization."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    data = rendered(export, base)
    masthead = masthead_of(export)
    doc = Document()
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(21)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(PT_PER_LINE * 20)))
    grid.set(qn("w:charSpace"), "0")

    def font(target: Any, east_asia: str, size: float, *, bold: bool = False,
             color: str = "000000") -> None:  # fmt: skip
        target.font.name = "Times New Roman"
        target.font.size = Pt(size)
        target.font.bold = bold
        target.font.color.rgb = RGBColor.from_string(color)
        target.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)

    normal = doc.styles["Normal"]
    font(normal, BODY, 16)
    layout = normal.paragraph_format
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(PT_PER_LINE)
    layout.space_before = layout.space_after = Pt(0)
    heading = doc.styles["Heading 1"]
    font(heading, HEADING, 16)
    heading.font.italic = False
    heading.paragraph_format.space_before = heading.paragraph_format.space_after = Pt(0)
    heading.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    heading.paragraph_format.line_spacing = Pt(PT_PER_LINE)
    heading.paragraph_format.first_line_indent = Pt(32)
    heading.paragraph_format.keep_with_next = True

    def rule(paragraph: Any, side: str, color: str, size: int) -> None:
        borders = OxmlElement("w:pBdr")
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size))  # eighths of a point
        line.set(qn("w:space"), "1")
        line.set(qn("w:color"), color)
        borders.append(line)
        paragraph._p.get_or_add_pPr().append(borders)

    def line(text: str = "", *, align: Any = None, size: float = 16, east_asia: str = BODY,
             color: str = "000000", exact: float | None = None) -> Any:  # fmt: skip
        paragraph = doc.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        if exact is not None:
            paragraph.paragraph_format.line_spacing = Pt(exact)
        if text:
            font(paragraph.add_run(text), east_asia, size, color=color)
        return paragraph

    # 版头: the briefing's name in red, its 期号, then 编印单位 and date over a red rule.
    line(masthead["name"], align=WD_ALIGN_PARAGRAPH.CENTER, size=36, east_asia=TITLE,
         color=RED, exact=54)  # fmt: skip
    line(masthead["issue"], align=WD_ALIGN_PARAGRAPH.CENTER)
    issued = line()
    width = Mm(156)
    issued.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    font(issued.add_run(f"{masthead['issued_by']}\t{masthead['date']}"), BODY, 16)
    rule(issued, "bottom", RED, 16)
    line()
    line(data["title"], align=WD_ALIGN_PARAGRAPH.CENTER, size=22, east_asia=TITLE, exact=36)
    line(data["subtitle"], align=WD_ALIGN_PARAGRAPH.CENTER, east_asia="楷体")
    line()

    def hyperlink(paragraph: Any, text: str, url: str) -> None:
        rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        run = OxmlElement("w:r")
        text_el = OxmlElement("w:t")
        text_el.text = text
        text_el.set(qn("xml:space"), "preserve")
        run.append(text_el)
        link.append(run)
        paragraph._p.append(link)

    for block in data["blocks"]:
        if block["kind"] == "h":
            paragraph = doc.add_paragraph(style="Heading 1")
        else:
            paragraph = doc.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(32)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for run in block["runs"]:
            if "href" in run:
                hyperlink(paragraph, run["text"], run["href"])
            else:
                paragraph.add_run(run["text"])

    # 版记: 报送 and 抄送 (those given), then 编印单位 and date, between rules.
    line()
    closing = closing_lines(masthead)
    first = None
    for text in closing:
        paragraph = line(text, size=14)
        paragraph.paragraph_format.left_indent = Pt(14)
        first = first or paragraph
    last = line(size=14)
    last.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    font(last.add_run(f" {masthead['issued_by']}\t{masthead['date']}"), BODY, 14)
    rule(first or last, "top", "000000", 8)
    rule(last, "bottom", "000000", 8)

    # Page numbers: “— 1 —” in 四号 宋体, odd pages on the right, even on the left.
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):  # fmt: skip
        paragraph = footer.paragraphs[0]
        paragraph.alignment = align
        paragraph.paragraph_format.first_line_indent = Pt(0)
        font(paragraph.add_run("— "), SEAL, 14)
        number = OxmlElement("w:fldSimple")
        number.set(qn("w:instr"), "PAGE")
        inner = OxmlElement("w:r")
        value = OxmlElement("w:t")
        value.text = "1"
        inner.append(value)
        number.append(inner)
        paragraph._p.append(number)
        font(paragraph.add_run(" —"), SEAL, 14)
        paragraph.paragraph_format.left_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.LEFT else 0
        paragraph.paragraph_format.right_indent = (
            Pt(14) if align == WD_ALIGN_PARAGRAPH.RIGHT else 0
        )

    properties = doc.core_properties
    properties.author = properties.last_modified_by = masthead["issued_by"]
    properties.title = data["title"]
    properties.subject = masthead["name"]
    properties.comments = ""
    properties.keywords = ""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def briefing_pdf(export: Any, base: str) -> bytes:
    from django.template.loader import render_to_string

    from jinlin.reports.services import html_to_pdf

    masthead = masthead_of(export)
    html = render_to_string(
        "reports/briefing_print.html",
        {"b": rendered(export, base), "m": masthead, "closing": closing_lines(masthead)},
    )
    return html_to_pdf(html)
