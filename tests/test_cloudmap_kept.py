"""A city-sized district's figures page is counted every few minutes and kept (with the time
it was counted, said on the page); a district of ordinary size, a street and every figure's
own list are counted on every visit."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import override_settings

from jinlin.cloudmap import kept
from jinlin.cloudmap.indicators import Period
from tests.conftest import client_for
from tests.needs_helpers import new_member
from tests.standing_helpers import served_need
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _value(page: str, key: str) -> str:
    found = re.search(rf'id="figure-{key}"[^>]*><div class="value">([^<]*)', page)
    assert found, key
    return found.group(1).strip()


def _listed(client, path: str) -> tuple[int, str]:
    """The figure heading a figure's list, and the list's page."""
    page = client.get(path).content.decode()
    value = re.search(r'id="figure-value"><div class="value">([^<]*)', page)
    assert value
    return int(value.group(1).strip()), page


def _page(client, org) -> str:
    response = client.get(f"/cloudmap/o/{org.pk}/")
    assert response.status_code == 200
    return response.content.decode()


@override_settings(FIGURES_LIVE_COMMUNITIES=2)  # the district's 3 communities make it large
def test_a_large_district_reads_its_figures_as_counted_and_says_when(district):  # noqa: F811
    cast = district
    cache.clear()
    reader = client_for(cast.district_admin)
    assert kept.is_large(cast.district) and not kept.is_large(cast.street)
    first = _page(reader, cast.district)
    assert 'id="kept-note"' in first and "统计于" in first
    street_before = _page(reader, cast.street)
    assert 'id="kept-note"' not in street_before  # a street of two: counted on every visit
    credits = int(_value(first, "credits"))
    served_need(cast, new_member(cast, "新队员", "13700137999"))
    # The district's page still shows what was counted; the street's and the figure's own
    # list count the new credit at once.
    assert int(_value(_page(reader, cast.district), "credits")) == credits
    assert int(_value(_page(reader, cast.street), "credits")) == credits + 1
    listed = reader.get(f"/cloudmap/o/{cast.district.pk}/f/credits/").content.decode()
    assert "新队员" in listed
    # The worker's turn counts the default period again: the page shows the new credit.
    assert kept.refresh_large() == "1 kept"
    again = _page(reader, cast.district)
    assert int(_value(again, "credits")) == credits + 1 and 'id="kept-note"' in again


def test_a_district_of_ordinary_size_is_counted_on_every_visit(district):  # noqa: F811
    cast = district
    reader = client_for(cast.district_admin)
    first = _page(reader, cast.district)
    assert 'id="kept-note"' not in first and kept.refresh_large() == "0 kept"
    served_need(cast, new_member(cast, "新队员", "13700137999"))
    assert int(_value(_page(reader, cast.district), "credits")) == int(_value(first, "credits")) + 1


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_the_kept_page_holds_what_counting_now_gives(district):  # noqa: F811
    """Kept or counted now, the page's parts are the same numbers (one definition)."""
    cast = district
    cache.clear()
    period = Period.last_weeks(4)
    parts, as_of = kept.kept(
        "page", cast.district, period, lambda: kept.page_parts(cast.district, period)
    )
    assert as_of is not None
    assert parts["values"] == kept.page_parts(cast.district, period)["values"]
    again, same_time = kept.kept("page", cast.district, period, lambda: pytest.fail("recounted"))
    assert same_time == as_of and again["values"] == parts["values"]


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_a_cache_that_does_not_answer_leaves_the_figures_counted_now(district, monkeypatch):  # noqa: F811
    cast = district

    def down(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(kept.cache, "get", down)
    monkeypatch.setattr(kept.cache, "set", down)
    page = _page(client_for(cast.district_admin), cast.district)
    assert 'id="kept-note"' not in page and _value(page, "credits")


def test_the_worker_counts_them_every_five_minutes():
    import datetime as dt

    from jinlin.core.schedule import jobs

    job = jobs()["kept_figures"]
    assert job.run is kept.refresh_large and job.every == dt.timedelta(minutes=5)
    assert job.at is None and kept.settings.FIGURES_KEEP_SECONDS > 5 * 60


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_the_map_and_its_api_are_kept_for_a_reader_of_many_communities(district):  # noqa: F811
    """党群云图 for the district's reader (3 communities) is kept; the community's own admin
    (one community) reads what they just wrote at once."""
    from tests.api import api_as

    cast = district
    cache.clear()
    page = client_for(cast.district_admin).get("/cloudmap/").content.decode()
    assert 'id="kept-note"' in page and "统计于" in page

    def places(username):
        body = api_as(username).get("/cloudmap/communities").json()
        row = next(r for r in body["results"] if r["community"] == cast.community.pk)
        return row["indicators"]["places"], body["counted_at"]

    district_places, counted_at = places(cast.district_admin.username)
    own_places, own_counted = places(cast.community_admin.username)
    assert counted_at is not None and own_counted is None and own_places == district_places
    served_need(cast, new_member(cast, "新队员", "13700137999"))  # a need of 2 places
    assert places(cast.community_admin.username)[0] == own_places + 2
    assert places(cast.district_admin.username) == (district_places, counted_at)
    assert kept.refresh_large() == "1 kept"
    assert places(cast.district_admin.username)[0] == district_places + 2


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_a_large_districts_list_keeps_its_counts_per_community_and_reads_its_rows_now(
    district,  # noqa: F811
):
    """Paging through a city's 850,000 registered people does not count them all again on
    every page: the list's counts per community are kept (and said so), each page's rows
    are read as they are; a street's list is counted whole on every visit."""
    cast = district
    cache.clear()
    reader = client_for(cast.district_admin)
    path = f"/cloudmap/o/{cast.district.pk}/f/members_registered/"

    before, page = _listed(reader, path)
    assert 'id="kept-note"' in page and "每个社区的记录数统计于" in page
    street_path = f"/cloudmap/o/{cast.street.pk}/f/members_registered/"
    street_before, street_page = _listed(reader, street_path)
    assert 'id="kept-note"' not in street_page
    new_member(cast, "新报到", "13700137998")  # an in-service party member, registered
    # The district's list keeps its counts until they are counted again (the page says so);
    # the street counts the new registration at once.
    after, page = _listed(reader, path)
    assert after == before
    assert _listed(reader, street_path)[0] == street_before + 1
    cache.clear()
    recounted, page = _listed(reader, path)
    assert recounted == before + 1 and "新报到" in page


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_a_large_districts_list_of_times_served_is_headed_by_the_pages_figure(
    district,  # noqa: F811
):
    """The times served heading a city's list are the figure its page shows (kept, said so),
    not a month of 3,000 communities' day sums summed on every page of the list; the rows are
    read as they are, so a credit since then is listed before the figure counts it."""
    cast = district
    cache.clear()
    reader = client_for(cast.district_admin)
    path = f"/cloudmap/o/{cast.district.pk}/f/credits/"

    # Before the page is counted the figure is counted alone, and kept.
    alone, page = _listed(reader, path)
    assert 'id="kept-note"' in page and "与统计页所示一致" in page
    assert alone == int(_value(_page(reader, cast.district), "credits"))
    served_need(cast, new_member(cast, "新队员", "13700137999"))
    listed, page = _listed(reader, path)
    assert listed == alone and "新队员" in page  # the row at once, the figure as kept
    street_before, street_page = _listed(reader, f"/cloudmap/o/{cast.street.pk}/f/credits/")
    assert 'id="kept-note"' not in street_page  # a street: counted now, with the new one
    assert street_before == int(_value(_page(reader, cast.street), "credits")) >= 1
    # The worker counts the page again: the list reads the page's new figure.
    assert kept.refresh_large() == "1 kept"
    now = int(_value(_page(reader, cast.district), "credits"))
    assert _listed(reader, path)[0] == alone + 1 == now


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_a_large_districts_list_of_hours_counts_its_rows_once_for_each_count_of_the_sum(
    district,  # noqa: F811
):
    """A sum's list says how many rows it sums; under a city-sized district they are counted
    once for each count of the sum (a month's ledger, not on every page of the list)."""
    cast = district
    cache.clear()
    reader = client_for(cast.district_admin)
    path = f"/cloudmap/o/{cast.district.pk}/f/hours/"

    def rows_said() -> tuple[int, str]:
        page = reader.get(path).content.decode()
        said = re.search(r"为下列 (\d+) 条记录之和", page)
        assert said, page[:2000]
        return int(said.group(1)), page

    before, _page_text = rows_said()
    assert before >= 1
    served_need(cast, new_member(cast, "新队员", "13700137999"))
    after, page = rows_said()
    assert after == before and "新队员" in page  # the row listed, the count as kept
    assert kept.refresh_large() == "1 kept"  # the sum counted again: its rows with it
    assert rows_said()[0] == before + 1


@override_settings(FIGURES_LIVE_COMMUNITIES=2)
def test_a_large_districts_lists_of_who_served_walk_to_the_rows_the_figure_counts(
    district, monkeypatch,  # noqa: F811
):
    """Under a city-sized district the lists of party members, resident volunteers and
    branches who served read each page by walking people (branches) in order and asking each
    whether the period's standing credits name them: the same rows, in the same order, as the
    figure counts — a credit since reversed, or of another street, names no one."""
    from jinlin.cloudmap import figures as fig
    from jinlin.members import services as member_services
    from jinlin.needs import services as need_services
    from jinlin.service import services as service_services
    from jinlin.service.models import ServiceRecord
    from tests.needs_helpers import confirm_registration, publish

    cast = district
    cache.clear()
    volunteer = member_services.member_create(
        name="群众丁", phone="13900000004", branch=None, community=cast.community,
        is_party_member=False,
    )  # fmt: skip
    member_services.member_account_issue(member=volunteer)
    volunteer.refresh_from_db()
    confirm_registration(volunteer, cast.community)
    served_need(cast, volunteer)
    reversed_member = new_member(cast, "撤销者", "13700137001")
    _need, claim = served_need(cast, reversed_member)
    record = ServiceRecord.objects.get(claim=claim, kind="credit")
    service_services.record_reverse(record=record, reason="录错", by=cast.community_admin)
    # 李四 serves in 孙厝社区, in the second street: the district's, not the first street's.
    elsewhere = publish(cast, community=cast.community3)
    theirs = need_services.claim_create(need=elsewhere, member=cast.other_member)
    code, _expires = service_services.site_code_issue(need=elsewhere, by=cast.community3_admin)
    service_services.scan_record(token=code, member=cast.other_member)
    service_services.claim_accept(claim=theirs, hours="1", outcomes={}, note="",
                                  by=cast.community3_admin)  # fmt: skip
    service_services.scan_record(token=code, member=cast.other_member)
    period = Period.last_weeks(4)
    reader = client_for(cast.district_admin)
    walks = []
    read_walked = fig.read_walked
    monkeypatch.setattr(fig, "read_walked", lambda rows: walks.append(1) or read_walked(rows))
    for key, org, expected in (
        ("members_served", cast.district, {"王五", "李四"}),
        ("volunteers_served", cast.district, {"群众丁"}),
        ("members_served", cast.street, {"王五"}),
        ("branches_served", cast.district, {cast.branch.name, cast.branch2.name}),
        ("branches_served", cast.street, {cast.branch.name}),
    ):
        figure = fig.all_figures()[key]
        rows = list(figure.rows(org, period))
        assert figure.walked is not None
        walked = read_walked(figure.walked(org, period))
        assert [r.pk for r in walked] == [r.pk for r in rows], key
        assert {r.name for r in rows} == expected, (key, org.name)
        assert fig.value_of(figure, org, period) == len(rows)
        walks.clear()
        page = reader.get(f"/cloudmap/o/{org.pk}/f/{key}/").content.decode()
        assert all(name in page for name in expected), key
        assert "撤销者" not in page
        assert walks == ([1] if org == cast.district else []), (key, org.name)  # a street: as is
