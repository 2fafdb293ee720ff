"""Every page on a 390×844 phone, in Chromium, on the small demo district: nothing reaches past
the right edge of the screen (a page that scrolls sideways hides its buttons; the roster upload
page once did, its file box pushing the page to 470 pixels), and axe-core finds no serious or
critical WCAG 2.1 AA violation — in the standard mode and, for every page a member opens, in
长辈版 too, where type is at least 18 px and every button at least 60 × 60 px; and on a desktop
screen, the first pages the district's, a community's and a member's accounts open.

The page list is the crawl's (``tests/crawl.py``, read from the URL resolver), one object of
each kind, each page as the first role that opens it: a new page is checked the day it exists.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jinlin.core.urlconverters import OBJECT_KINDS
from jinlin.demo.generator import demo_build
from jinlin.members.models import RoleAssignment
from jinlin.roster.services import job_create
from jinlin.roster.template import roster_template
from tests.a11y import serious_violations
from tests.browser import DESKTOP, PHONE, shot, sign_in
from tests.crawl import iterate_fillings, page_patterns, samples_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.long_module,  # one test of a minute and more: handed out first
]

ROLES = ("community", "district", "member", "unit", "supervisor", "resident", "admin")
NOT_HTML = (".xlsx", ".pdf", ".ics", ".csv", ".png", ".svg", ".js", ".json", ".webmanifest")
WIDTH = PHONE["viewport"]["width"]  # type: ignore[index]

# The widest element that ends past the right edge, to name in the failure.
CULPRIT = """(limit) => {
  let found = null;
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.right > limit + 1 && getComputedStyle(el).position !== 'fixed') {
      if (!found || box.width < found.width) found = {width: box.width, right: box.right,
        what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
              (typeof el.className === 'string' && el.className
                ? '.' + el.className.split(' ').join('.') : '')};
    }
  }
  return found;
}"""

# 长辈版's measures (工信部 适老化): body type ≥ 18 px, the page's heading ≥ 30 px, line spacing
# ≥ 1.3, and every visible button, field and top-bar link at least 60 × 60 px.
ELDER_SIZES = """() => {
  const bad = [];
  const body = getComputedStyle(document.body);
  if (parseFloat(body.fontSize) < 18) bad.push('body text ' + body.fontSize);
  if (parseFloat(body.lineHeight) / parseFloat(body.fontSize) < 1.3)
    bad.push('line spacing ' + body.lineHeight);
  const h1 = document.querySelector('main h1');
  if (h1 && parseFloat(getComputedStyle(h1).fontSize) < 30)
    bad.push('h1 ' + getComputedStyle(h1).fontSize);
  const targets = 'main .btn, main button, main select, main textarea, '
    + 'main input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), '
    + '.topbar button, .topbar a, .topbar select';
  for (const el of document.querySelectorAll(targets)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (box.height < 59.5 || box.width < 59.5)
      bad.push('target ' + Math.round(box.width) + '×' + Math.round(box.height) + ' '
        + el.outerHTML.slice(0, 90));
  }
  return bad.slice(0, 5).map(b => '长辈版: ' + b);
}"""


# A table's row names (its first cells' links) of up to five characters, each on one line: the
# headers do not wrap, and Chinese breaks between any two characters, so wide headers once
# squeezed every community's name on the 党群云图 to two characters a line, on a desktop too.
SQUEEZED = """() => [...document.querySelectorAll('table.data td:first-child a')]
  .filter(a => a.textContent.trim().length <= 5 && a.getClientRects().length > 1)
  .slice(0, 3)
  .map(a => 'a row name on ' + a.getClientRects().length + ' lines: ' + a.textContent.trim())"""


# Django's placeholder of an empty choice ("---------") is not a word in either language.
DASHES = """() => [...document.querySelectorAll('select option')]
  .filter(o => /^-{3,}$/.test(o.textContent.trim()))
  .slice(0, 2)
  .map(o => 'a choice shown as dashes in ' + (o.parentElement.name || o.parentElement.id))"""


# Every field a finger taps is styled by the site: 44 px high, or 32 px in a table row's compact
# form beside its small buttons. The date-and-time fields once kept the browser's 20 px, as no
# rule named their type.
LOW_FIELDS = """() => [...document.querySelectorAll(
    'main input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file])'
    + ':not([type=submit]):not([type=button]), main select, main textarea')]
  .filter(el => { const box = el.getBoundingClientRect();
                  return box.width > 0 && box.height < 31.5; })
  .slice(0, 2)
  .map(el => 'a field ' + Math.round(el.getBoundingClientRect().height) + ' px high: '
             + el.outerHTML.slice(0, 80))"""


# A card keeps its sides: a list that was also a card once lost them to the list's own rule,
# its text touching the card's border.
SIDELESS_CARDS = """() => [...document.querySelectorAll('main .card')]
  .filter(el => el.getBoundingClientRect().width > 0
                && parseFloat(getComputedStyle(el).paddingLeft) < 8)
  .slice(0, 2)
  .map(el => 'a card without sides: ' + el.outerHTML.slice(0, 80))"""


# A chart's legend above its plot, not over it: ECharts wraps a long legend onto more rows on
# a phone but leaves the plot where it was (报到统计's five series once hid the top bars).
LEGEND_OVER_PLOT = """() => [...document.querySelectorAll('[data-chart]')].flatMap(el => {
  const chart = window.echarts && echarts.getInstanceByDom(el);
  const legend = chart && chart.getModel().getComponent('legend');
  const grid = chart && chart.getModel().getComponent('grid');
  if (!legend || !grid || !grid.coordinateSystem) return [];
  const box = chart.getViewOfComponentModel(legend).group.getBoundingRect();
  const top = grid.coordinateSystem.getRect().y;
  return box.y + box.height > top
    ? ['a chart legend over its plot: ' + Math.round(box.y + box.height) + ' > ' + top] : [];
})"""


# Cards apart, and their text at their padding: a list that was also a card once lost the card's
# margin (two cards touching), and a form card's heading, after its hidden CSRF field, kept a
# heading's top margin (a blank band above it).
CARD_SPACING = """() => [...document.querySelectorAll('main .card')].flatMap(card => {
  const box = card.getBoundingClientRect();
  if (box.width === 0) return [];
  const shown = el => el.getBoundingClientRect().height > 0
    && !['fixed', 'absolute'].includes(getComputedStyle(el).position);
  const bad = [];
  let next = card.nextElementSibling;
  while (next && !shown(next)) next = next.nextElementSibling;
  if (next && next.classList.contains('card')) {
    const gap = next.getBoundingClientRect().top - box.bottom;
    if (gap > -1 && gap < 6)
      bad.push('two cards ' + Math.round(gap) + ' px apart: ' + card.outerHTML.slice(0, 70));
  }
  const first = [...card.children].find(shown);
  const style = getComputedStyle(card);
  const above = first ? first.getBoundingClientRect().top - box.top
    - parseFloat(style.borderTopWidth) - parseFloat(style.paddingTop) : 0;
  if (above > 6)
    bad.push('a blank band of ' + Math.round(above) + ' px atop a card: '
      + first.outerHTML.slice(0, 70));
  return bad;
}).slice(0, 3)"""


# A word broken inside a data table's cell: a person's name, a team's kind or a button's label
# of up to five Chinese characters, or a date, a phone number or a code of up to sixteen letters
# and digits, each on one line. Columns squeezed to fit a phone once split 彭振芳 as 彭振/芳 and
# 2026-01-01 as 2026-/01-01.
BROKEN_WORDS = """() => {
  const bad = [];
  const range = document.createRange();
  for (const cell of document.querySelectorAll('table.data td')) {
    if (cell.getBoundingClientRect().width === 0) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = new RegExp('(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,5}(?![\u4e00-\u9fff])'
        + '|(?<![0-9A-Za-z:.-])[0-9A-Za-z][0-9A-Za-z:.-]{3,15}(?![0-9A-Za-z:.-])', 'g');
      for (const m of node.data.matchAll(words)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1)
          bad.push('a word broken across ' + tops.size + ' lines in a table: ' + m[0]);
      }
    }
  }
  return bad.slice(0, 3);
}"""


# A table's headers wrap rather than widen their columns past a phone's width: a long header
# kept on one line (报到人员（党员和群众志愿者）) once pushed its column's numbers past the screen's
# edge, 党群云图's rows showing names and no figures until scrolled. No header's text is wider
# than 45 % of the screen (its words are kept whole: it wraps at spaces and punctuation).
WIDE_HEADERS = """(limit) => [...document.querySelectorAll('table.data th')].flatMap(th => {
  const text = document.createRange();
  text.selectNodeContents(th);
  const width = text.getBoundingClientRect().width;
  return width > limit
    ? ['a table header ' + Math.round(width) + ' px wide on one line: '
       + th.textContent.trim().slice(0, 40)] : [];
}).slice(0, 2)"""


# A table wider than its frame shows that it is (``actions.js``): its frame fades on the right,
# and, scrolled to its end, on the left only. Cut off at a column's edge, a phone's table once
# looked whole. (wide tables found, failures)
HIDDEN_COLUMNS = """async () => {
  const bad = [];
  const wide = [...document.querySelectorAll('.table-wrap')].filter(
    w => w.getBoundingClientRect().width > 0 && w.scrollWidth > w.clientWidth + 1);
  for (const w of wide)
    if (!w.classList.contains('more-right') || getComputedStyle(w).maskImage === 'none')
      bad.push('a table wider than the screen that does not show it: ' + w.outerHTML.slice(0, 70));
  const first = wide[0];
  if (first) {
    first.scrollLeft = first.scrollWidth;
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (!first.classList.contains('more-left') || first.classList.contains('more-right'))
      bad.push('a table scrolled to its end, still marked ' + first.className);
    first.scrollLeft = 0;
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
  return [wide.length, bad.slice(0, 2)];
}"""
WIDE_TABLES: list[str] = []


def test_no_page_scrolls_sideways_on_a_phone(live_server: Any, chromium: Any) -> None:
    demo_build(seed=5, members=120)
    community = RoleAssignment.objects.get(user__username="community").organization
    community2 = RoleAssignment.objects.get(user__username="community2").organization
    from django.contrib.auth import get_user_model

    job_create(
        upload=SimpleUploadedFile("roster.xlsx", roster_template()),
        by=get_user_model().objects.get(username="community"),
        language="zh-hans",
    )
    samples = {k.name: samples_of(k, [community, community2])[:1] for k in OBJECT_KINDS.values()}
    pages = {}
    for role in ROLES:
        page = chromium.new_context(**PHONE).new_page()
        sign_in(page, live_server.url, role, "demo")
        pages[role] = page
    # The member again, in 长辈版, switched on as a member does it: the button in the top bar.
    elder = chromium.new_context(**PHONE).new_page()
    sign_in(elder, live_server.url, "member", "demo")
    elder.get_by_role("button", name="长辈版").click()
    elder.wait_for_load_state()
    assert elder.evaluate("document.documentElement.className") == "elder"

    checked: list[str] = []
    opened: dict[str, list[str]] = {}
    checked_elder: list[str] = []
    failures: list[str] = []
    for pattern in page_patterns():
        if pattern.route.endswith(NOT_HTML):
            continue
        url, _sample = next(iterate_fillings(pattern, samples), (None, None))
        if url is None:
            continue
        for role in ROLES:
            page = pages[role]
            # A look first, without drawing (the context's cookies, no rendering): a refusal, an
            # empty 405 or a download costs a navigation a tenth of a second, times every role.
            probe = page.request.get(live_server.url + url)
            if probe.status != 200 or "/signin/" in probe.url:
                continue
            if "text/html" not in (probe.headers.get("content-type") or ""):
                break
            if not probe.text().lstrip().lower().startswith("<!doctype html"):
                break  # an htmx fragment: checked inside the page that holds it
            response = page.goto(live_server.url + url)
            if response is None or response.status != 200 or "/signin/" in page.url:
                continue
            assert page.locator('meta[name="viewport"]').count() == 1, f"{url}: no viewport"
            checked.append(url)
            opened.setdefault(role, []).append(url)
            failures += _check(page, f"{url} as {role}", pattern.name)
            break
        if not checked or checked[-1] != url:
            continue
        # Every page the member opens, again in 长辈版 (looked at first, as above).
        probe = elder.request.get(live_server.url + url)
        if probe.status != 200 or "/signin/" in probe.url:
            continue
        response = elder.goto(live_server.url + url)
        if response is not None and response.status == 200 and "/signin/" not in elder.url:
            failures += _check(elder, f"{url} in 长辈版", pattern.name, elder=True)
            checked_elder.append(url)
    # On an office's desktop screen (1280 wide, the top bar's links laid out, tables and maps
    # wider): axe again, on the first pages each of the three main roles opens.
    checked_desktop: list[str] = []
    for role in ("district", "community", "member"):
        desk = chromium.new_context(**DESKTOP).new_page()
        sign_in(desk, live_server.url, role, "demo")
        for url in opened.get(role, [])[:8]:
            desk.goto(live_server.url + url)
            failures += [f"{url} as {role} on a desktop: {v}" for v in serious_violations(desk)]
            for check in (SQUEEZED, CARD_SPACING, BROKEN_WORDS):
                failures += [f"{url} as {role} on a desktop: {v}" for v in desk.evaluate(check)]
            checked_desktop.append(url)
    # On a phone in English too: its words are longer than their Chinese, so a header or a
    # button that fits in Chinese may not (a header pushing its figures off the screen was seen
    # in English first): the first pages the three main roles open.
    checked_english: list[str] = []
    for role in ("community", "district", "member"):
        english = chromium.new_context(**{**PHONE, "locale": "en-US"}).new_page()
        sign_in(english, live_server.url, role, "demo")
        for url in opened.get(role, [])[:10]:
            english.goto(live_server.url + url)
            assert english.evaluate("document.documentElement.lang") == "en", url
            name = "english" + re.sub(r"[^a-z0-9]+", "-", url)
            failures += _check(english, f"{url} as {role} in English", name)
            checked_english.append(url)
    # Every other page in English as well, as the role that opened it: the layout's checks
    # (axe-core ran on the pages above; what longer words break is the layout).
    english_pages: dict[str, Any] = {}
    for role, urls in opened.items():
        for url in urls:
            if url in checked_english:
                continue
            english = english_pages.get(role)
            if english is None:
                english = chromium.new_context(**{**PHONE, "locale": "en-US"}).new_page()
                sign_in(english, live_server.url, role, "demo")
                english_pages[role] = english
            english.goto(live_server.url + url)
            assert english.evaluate("document.documentElement.lang") == "en", url
            name = "english" + re.sub(r"[^a-z0-9]+", "-", url)
            failures += _check(english, f"{url} as {role} in English", name, axe=False)
            checked_english.append(url)
    # The check ran on the site, not on a handful of pages: every page, in English too.
    assert len(checked) >= 60, checked
    assert sorted(checked_english) == sorted(checked), set(checked) ^ set(checked_english)
    assert len(checked_elder) >= 15, checked_elder
    assert len(checked_desktop) >= 20, checked_desktop
    assert WIDE_TABLES, "no table wider than a phone's screen: the fading was not checked"
    assert not failures, "\n".join(failures)


def _check(
    page: Any, where: str, name: str, *, elder: bool = False, axe: bool = True
) -> list[str]:
    failures = []
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > WIDTH + 1:
        culprit = page.evaluate(CULPRIT, WIDTH)
        failures.append(f"{where}: {width}px wide; {culprit}")
        shot(page, "phone-overflow-" + name + ("-elder" if elder else ""))
    if axe:
        failures += [f"{where}: {v}" for v in serious_violations(page)]
    failures += [f"{where}: {v}" for v in page.evaluate(SQUEEZED)]
    failures += [f"{where}: {v}" for v in page.evaluate(DASHES)]
    failures += [f"{where}: {v}" for v in page.evaluate(LOW_FIELDS)]
    failures += [f"{where}: {v}" for v in page.evaluate(SIDELESS_CARDS)]
    failures += [f"{where}: {v}" for v in page.evaluate(LEGEND_OVER_PLOT)]
    failures += [f"{where}: {v}" for v in page.evaluate(CARD_SPACING)]
    failures += [f"{where}: {v}" for v in page.evaluate(BROKEN_WORDS)]
    failures += [f"{where}: {v}" for v in page.evaluate(WIDE_HEADERS, 0.45 * WIDTH)]
    wide, hidden = page.evaluate(HIDDEN_COLUMNS)
    failures += [f"{where}: {v}" for v in hidden]
    if wide:
        WIDE_TABLES.append(where)
    if elder:
        failures += [f"{where}: {v}" for v in page.evaluate(ELDER_SIZES)]
    return failures
