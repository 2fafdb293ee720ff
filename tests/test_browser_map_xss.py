"""In Chromium: a service point whose name and address hold markup shows them as text in the
public map's tooltip; no script runs (escaped by charts.js, and refused by the policy)."""

import pytest

from jinlin.care import services as care_services
from tests.browser import PHONE, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOAD = '<img src=x onerror="window.__owned=1">'


def test_markup_in_a_service_point_stays_text(cast, live_server, chromium):
    cast.community.longitude, cast.community.latitude = 118.1, 24.6
    cast.community.save()
    care_services.service_point_save(
        community=cast.community,
        name="雷锋服务站" + PAYLOAD,
        kind="leifeng",
        address="岑东路 1 号" + PAYLOAD,
        longitude="118.1000",
        latitude="24.6000",
        opening_hours="9:00-17:00" + PAYLOAD,
    )
    page = chromium.new_context(**PHONE).new_page()
    blocked = []
    page.on(
        "console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None
    )
    page.goto(f"{live_server.url}/points/")
    page.wait_for_function("document.querySelector('[data-chart] canvas') !== null")
    page.evaluate(
        """() => {
        const chart = echarts.getInstanceByDom(document.querySelector('[data-chart]'));
        const option = chart.getOption();
        const index = option.series.findIndex((s) => s.type === 'scatter');
        chart.dispatchAction({type: 'showTip', seriesIndex: index, dataIndex: 0});
    }"""
    )
    tooltip = page.locator("div", has_text="岑东路 1 号").last
    tooltip.wait_for()
    text = tooltip.inner_text()
    shot(page, "points-tooltip-escaped")
    assert "<img" in text and "开放时间" in text and "地址" in text
    assert page.evaluate("window.__owned") is None
    assert page.locator("img[src=x]").count() == 0
