"""In Chromium: the cloud map draws the communities (not a blank canvas) with its legend, and
clicking a community opens its card with the trend; the proposal page draws its arrows."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from jinlin.cloudmap import services
from tests.browser import DESKTOP, PHONE, shot, sign_in
from tests.conftest import PASSWORD
from tests.test_cloudmap_rebalance import WHERE, short_district  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _colours(png: bytes) -> int:
    image = Image.open(io.BytesIO(png)).convert("RGB").resize((120, 90))
    return len(image.getcolors(maxcolors=120 * 90) or [])


def test_the_map_draws_and_a_click_opens_the_card(short_district, live_server, chromium):  # noqa: F811
    cast = short_district
    for viewport in (DESKTOP, PHONE):
        page = chromium.new_context(**viewport).new_page()
        errors: list[str] = []

        def record(error: object, errors: list[str] = errors) -> None:
            errors.append(str(error))

        page.on("pageerror", record)
        sign_in(page, live_server.url, "district", PASSWORD)
        page.goto(f"{live_server.url}/cloudmap/")
        page.wait_for_selector("#cloudmap[data-drawn=true] canvas")
        page.wait_for_timeout(600)  # the first frame of the animation
        assert _colours(page.locator("#cloudmap").screenshot()) > 20, "the map is blank"
        option = page.evaluate(
            "() => { const o = echarts.getInstanceByDom(document.getElementById('cloudmap'))"
            ".getOption(); return {legend: o.visualMap.length, areas: o.series[0].data.length,"
            " names: o.geo[0].label.show}; }"
        )
        assert option == {"legend": 1, "areas": 3, "names": True}  # three names fit a phone
        lon, lat = (float(v) for v in WHERE["community2"])
        x, y = page.evaluate(
            "([lon, lat]) => echarts.getInstanceByDom(document.getElementById('cloudmap'))"
            ".convertToPixel({geoIndex: 0}, [lon, lat])",
            [lon, lat],
        )
        box = page.locator("#cloudmap").bounding_box()
        page.mouse.click(box["x"] + x, box["y"] + y)
        card = page.locator("#community-card")
        card.get_by_role("heading", name=cast.community2.name).wait_for()
        card.locator("[data-chart=card-trend] canvas").wait_for()
        shot(page, "cloudmap-" + ("phone" if viewport is PHONE else "desktop"))
        assert errors == []


def test_a_map_whose_shapes_do_not_arrive_says_so(short_district, live_server, chromium):  # noqa: F811
    """The shapes are a file of their own: when it does not come (the network, the server),
    the map says so instead of staying blank; the table below is there either way."""
    page = chromium.new_context(**PHONE).new_page()
    sign_in(page, live_server.url, "district", PASSWORD)
    page.route("**/cloudmap/shapes.json*", lambda route: route.abort())
    page.goto(f"{live_server.url}/cloudmap/")
    said = page.locator("#cloudmap [role=alert]")
    said.wait_for()
    assert said.inner_text() == "地图未能加载，请刷新页面重试。"
    assert page.locator("#cloudmap").get_attribute("aria-busy") is None
    assert page.locator("#communities tbody tr").count() == 3


def test_the_proposal_map_draws_its_arrows(short_district, live_server, chromium):  # noqa: F811
    cast = short_district
    proposal = services.proposal_create(district=cast.district, weeks=2)
    page = chromium.new_context(**DESKTOP).new_page()
    sign_in(page, live_server.url, "district", PASSWORD)
    page.goto(f"{live_server.url}/cloudmap/rebalance/{proposal.pk}/")
    page.wait_for_selector("#cloudmap[data-drawn=true] canvas")
    arrows = page.evaluate(
        "() => echarts.getInstanceByDom(document.getElementById('cloudmap')).getOption()"
        ".series[1].data.length"
    )
    assert arrows == 2
    shot(page, "cloudmap-proposal")


def test_an_intranet_tile_server_is_drawn_beneath(short_district, live_server, chromium, settings):  # noqa: F811
    """With CLOUDMAP_TILE_URL set, the map asks the tile server for the tiles of its view."""
    settings.CLOUDMAP_TILE_URL = live_server.url + "/static/core/favicon.svg?z={z}&x={x}&y={y}"
    page = chromium.new_context(**DESKTOP).new_page()
    asked: list[str] = []

    def record(request: object, asked: list[str] = asked) -> None:
        url = getattr(request, "url", "")
        if "favicon.svg?z=" in url:
            asked.append(url)

    page.on("request", record)
    sign_in(page, live_server.url, "district", PASSWORD)
    page.goto(f"{live_server.url}/cloudmap/")
    page.wait_for_selector("#cloudmap[data-drawn=true] canvas")
    page.wait_for_function(
        "() => (echarts.getInstanceByDom(document.getElementById('cloudmap')).getOption()"
        ".graphic || [{elements: []}])[0].elements.length > 0"
    )
    page.wait_for_timeout(300)
    assert asked and all("z=" in u and "&x=" in u and "&y=" in u for u in asked)
