"""In Chromium, as a street admin on a phone: write the street's 工作简报 from its figures page,
edit it in the browser (title, a sentence typed into the text, a figure kept), save, and
download the .docx that carries the edit and the figure's link."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import docx
import pytest

from jinlin.reports.models import Export
from tests.browser import PHONE, shot, sign_in
from tests.conftest import PASSWORD
from tests.test_briefing import docx_figures
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_generate_edit_and_download_a_briefing(district, live_server, chromium):  # noqa: F811
    cast = district
    context = chromium.new_context(**PHONE, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, live_server.url, "street", PASSWORD)
    page.goto(f"{live_server.url}/cloudmap/o/{cast.street.pk}/")
    page.click("#write-briefing")
    editor = page.locator("#briefing-editor")
    editor.wait_for()
    page.locator('#briefing-form[data-ready="true"]').wait_for()  # its script has run
    assert "一、报到与组队情况" in editor.inner_text()
    hours = page.locator('#briefing-editor a.figure[data-figure="hours"]').first
    assert hours.inner_text().strip()
    page.fill("#briefing-title", "集美街道十一月“双报到”简报")
    # Type a sentence at the end of the first paragraph, as a clerk would.
    first = editor.locator("p").first
    first.click()
    page.evaluate(
        "() => { const p = document.querySelector('#briefing-editor p');"
        " const r = document.createRange(); r.selectNodeContents(p); r.collapse(false);"
        " const s = getSelection(); s.removeAllRanges(); s.addRange(r); }"
    )
    page.keyboard.type("群众满意度明显提升。")
    shot(page, "briefing-phone")
    page.click("#briefing-save")
    page.locator(".flash").filter(has_text="简报已保存").wait_for()
    export = Export.objects.get(kind=Export.KIND_BRIEFING)
    assert export.content["title"] == "集美街道十一月“双报到”简报"
    lead = export.content["blocks"][0]["runs"]
    assert lead[-1] == {"t": lead[-1]["t"]} and lead[-1]["t"].endswith("群众满意度明显提升。")
    assert {"f": "hours"} in lead  # the figure survived the edit
    with page.expect_download() as info:
        page.click("#download-docx")
    content = Path(info.value.path()).read_bytes()
    paragraphs = [p.text for p in docx.Document(io.BytesIO(content)).paragraphs]
    assert "集美街道十一月“双报到”简报" in paragraphs[3:6]
    assert any(p.endswith("群众满意度明显提升。") for p in paragraphs)
    assert "hours" in [key for key, _text, _address in docx_figures(content)]
    assert errors == []


def test_figures_stay_locked_and_edits_are_not_lost(district, live_server, chromium):  # noqa: F811
    """Selecting a figure and typing does not change it; clicking one stays in the editor;
    leaving with unsaved edits asks first."""
    cast = district
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    sign_in(page, live_server.url, "street", PASSWORD)
    page.goto(f"{live_server.url}/cloudmap/o/{cast.street.pk}/")
    page.click("#write-briefing")
    editor = page.locator("#briefing-editor")
    editor.wait_for()
    page.locator('#briefing-form[data-ready="true"]').wait_for()  # its script has run
    figure = page.locator('#briefing-editor a.figure[data-figure="hours"]').first
    before = figure.inner_text()
    address = page.url
    figure.click()
    assert page.url == address  # the click placed the caret; the page stayed
    page.evaluate(
        "() => { const f = document.querySelector('#briefing-editor a.figure[data-figure=hours]');"
        " const r = document.createRange(); r.setStartBefore(f); r.setEndAfter(f);"
        " const s = getSelection(); s.removeAllRanges(); s.addRange(r); }"
    )
    page.keyboard.type("99999")
    assert figure.inner_text() == before
    assert page.locator("#figure-locked").is_visible()
    assert "99999" not in editor.inner_text()
    # An edit, then leaving: the browser asks (and staying keeps the edit).
    page.locator("#briefing-title").fill("改过的标题")
    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    with contextlib.suppress(Exception):  # staying on the page cancels the navigation
        page.goto(f"{live_server.url}/", timeout=3000)
    assert asked == ["beforeunload"]
    assert page.locator("#briefing-title").input_value() == "改过的标题"
    context.close()


def test_a_figure_tapped_before_the_editor_is_ready_does_not_leave(
    district, live_server, chromium  # noqa: F811
):
    """On a slow phone the editor shows before its script runs: a tap on a figure then must
    not follow the figure's link (and the unsaved text with it)."""
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    sign_in(page, live_server.url, "street", PASSWORD)
    page.route("**/briefing.js*", lambda route: route.abort())  # the script never arrives
    page.goto(f"{live_server.url}/cloudmap/o/{district.street.pk}/")
    page.click("#write-briefing")
    figure = page.locator('#briefing-editor a.figure[data-figure="hours"]').first
    figure.wait_for()
    assert page.locator("#briefing-form[data-ready]").count() == 0
    figure.scroll_into_view_if_needed()
    box = figure.bounding_box()
    address = page.url
    # A finger's tap where the figure is drawn.
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(500)
    assert page.url == address
    context.close()
