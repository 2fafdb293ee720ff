"""党群云图 pages: the map page's figures equal the indicators, scope, the card, and the
rebalancer's pages (make, edit, approve) as the district's admin."""

from __future__ import annotations

import json
import re

import pytest

from jinlin.cloudmap.models import Proposal
from jinlin.needs.models import Need
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)
from tests.test_cloudmap_rebalance import short_district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_the_map_page_lists_each_community_with_its_figures(district, as_user):  # noqa: F811
    cast = district
    page = as_user(cast.district_admin).get("/cloudmap/").content.decode()
    row = re.search(rf'<tr id="community-{cast.community.pk}">(.*?)</tr>', page, re.S).group(1)
    cells = re.findall(r'<td class="num">(?:<strong>)?([^<]*)', row)
    # score, registered, partners, needs, fill rate, left short, hours/member, 楼道长 coverage,
    # overdue visits, open problems, overdue problems
    assert cells[:6] == ["41.7", "2", "1", "2", "67%", "1"]
    assert cells[7:] == ["50%", "1", "2", "1"]
    assert 'data-cloudmap="cloudmap-data"' in page and "50 ×" in page
    # A community admin sees their own community only.
    own = as_user(cast.community_admin).get("/cloudmap/").content.decode()
    assert f'id="community-{cast.community2.pk}"' not in own
    assert as_user(cast.member_user).get("/cloudmap/").status_code == 403


def test_a_communitys_street_is_named_only_where_the_rows_span_streets(district, as_user):  # noqa: F811
    """Under every community of a street's page its own street said nothing; the district's
    page, whose rows span two streets, names each one's."""
    cast = district

    def street_under(user, community):
        page = as_user(user).get("/cloudmap/").content.decode()
        row = re.search(rf'<tr id="community-{community.pk}">(.*?)</tr>', page, re.S).group(1)
        return re.findall(r'<small class="muted">([^<]*)</small>', row)

    assert street_under(cast.district_admin, cast.community) == [cast.street.name]
    assert street_under(cast.district_admin, cast.community3) == [cast.street2.name]
    assert street_under(cast.street_admin, cast.community) == []


def test_the_map_names_its_shapes_which_the_browser_keeps(district, as_user):  # noqa: F811
    """The shapes are a file of their own, named by a digest of them: a city's are a megabyte,
    which the page no longer carries with every page of its table."""
    from jinlin.organizations.models import Organization

    cast = district
    for i, community in enumerate([cast.community, cast.community2]):
        place = Organization.objects.filter(pk=community.pk)
        place.update(longitude=118.1 + i / 100, latitude=24.5)
    client = as_user(cast.district_admin)
    page = client.get("/cloudmap/").content.decode()
    spec = json.loads(re.search(r'id="cloudmap-data"[^>]*>(.*?)</script>', page, re.S).group(1))
    assert spec["geo"] is None and spec["geo_url"].startswith("/cloudmap/shapes.json?v=")
    assert '"coordinates"' not in page
    response = client.get(spec["geo_url"])
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert "immutable" in response["Cache-Control"] and "private" in response["Cache-Control"]
    mapped = Organization.objects.filter(
        kind="community", path__startswith=cast.district.path, longitude__isnull=False
    )
    shown = {f["properties"]["name"] for f in response.json()["features"]}
    assert shown == {f"c{c.pk}" for c in mapped} and len(shown) >= 2
    # Asked for without its digest, or by an old one: checked with the server each time.
    assert "no-cache" in client.get("/cloudmap/shapes.json")["Cache-Control"]
    # A community's admin gets their own community's shape, under another digest.
    own = as_user(cast.community_admin)
    own_spec = re.search(r'"geo_url": "([^"]+)"', own.get("/cloudmap/").content.decode())
    assert own_spec and own_spec.group(1) != spec["geo_url"]
    names = {f["properties"]["name"] for f in own.get(own_spec.group(1)).json()["features"]}
    assert names == {f"c{cast.community.pk}"}
    assert as_user(cast.member_user).get("/cloudmap/shapes.json").status_code == 403
    # A centre moved: new shapes, a new name.
    Organization.objects.filter(pk=cast.community.pk).update(longitude=118.2)
    again = client.get("/cloudmap/").content.decode()
    assert spec["geo_url"] not in again and "/cloudmap/shapes.json?v=" in again


def test_the_named_file_is_sent_again_without_reading_the_communities(district, as_user):  # noqa: F811
    """Asked for by the digest the reader was just given, the file is the one of that name,
    sent without reading the communities; another reader, or the file unnamed, reads them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jinlin.organizations.models import Organization

    cast = district
    for i, community in enumerate([cast.community, cast.community2]):
        Organization.objects.filter(pk=community.pk).update(longitude=118.3 + i / 100,
                                                            latitude=24.6)  # fmt: skip
    client = as_user(cast.district_admin)
    page = client.get("/cloudmap/").content.decode()
    named = json.loads(re.search(r'id="cloudmap-data"[^>]*>(.*?)</script>', page, re.S)
                       .group(1))["geo_url"]  # fmt: skip
    first = client.get(named).content
    Organization.objects.filter(pk=cast.community.pk).update(longitude=118.4)
    with CaptureQueriesContext(connection) as seen:
        again = client.get(named)
    assert again.content == first and "immutable" in again["Cache-Control"]
    assert not any("longitude" in q["sql"] for q in seen.captured_queries)
    # Unnamed, the file is read afresh: the moved centre, under a new digest.
    fresh = client.get("/cloudmap/shapes.json")
    assert fresh.content != first and fresh["ETag"] != f'"{named.split("=")[1]}"'
    # A community's admin asking by the district's name gets their own community's shape,
    # read for them, not the district's file.
    own = as_user(cast.community_admin).get(named)
    names = {f["properties"]["name"] for f in own.json()["features"]}
    assert names == {f"c{cast.community.pk}"} and "no-cache" in own["Cache-Control"]
    assert as_user(cast.member_user).get(named).status_code == 403


def test_a_bad_period_is_said_on_the_page(district, as_user):  # noqa: F811
    response = as_user(district.district_admin).get("/cloudmap/", {"from": "2026-02-30"})
    assert response.status_code == 200
    assert "YYYY-MM-DD" in response.content.decode()


def test_the_card_and_its_scope(district, as_user):  # noqa: F811
    cast = district
    card = as_user(cast.district_admin).get(f"/cloudmap/c/{cast.community.pk}/card/")
    assert card.status_code == 200 and cast.community.name in card.content.decode()
    assert 'data-chart="card-trend"' in card.content.decode()
    other = as_user(cast.community_admin).get(f"/cloudmap/c/{cast.community2.pk}/card/")
    assert other.status_code == 404


def test_the_district_makes_edits_and_approves_a_proposal(short_district, as_user):  # noqa: F811
    cast = short_district
    client = as_user(cast.district_admin)
    response = client.post("/cloudmap/rebalance/", {"weeks": "2"})
    proposal = Proposal.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{proposal.pk}/")
    page = client.get(f"/cloudmap/rebalance/{proposal.pk}/").content.decode()
    assert cast.unit.name in page and 'data-cloudmap="cloudmap-data"' in page
    # Too many for the unit: refused with the reason, nothing changed.
    page = client.post(
        f"/cloudmap/rebalance/{proposal.pk}/edit/",
        {"unit": cast.unit.pk, "community": cast.community2.pk, "members": "5"},
        follow=True,
    ).content.decode()
    assert "5" in page and proposal.assignments.get(community=cast.community2).members == 1
    client.post(
        f"/cloudmap/rebalance/{proposal.pk}/edit/",
        {"unit": cast.unit.pk, "community": cast.community2.pk, "members": "0"},
    )
    assert proposal.assignments.count() == 1
    # A street admin may neither read nor decide it.
    street = as_user(cast.street_admin)
    assert street.get(f"/cloudmap/rebalance/{proposal.pk}/").status_code == 404
    assert street.post(f"/cloudmap/rebalance/{proposal.pk}/approve/").status_code == 404
    client.post(f"/cloudmap/rebalance/{proposal.pk}/approve/")
    proposal.refresh_from_db()
    assert proposal.status == "approved"
    assert Need.objects.filter(mode="order", unit=cast.unit).count() == 1
    # A supervisor reads it, cannot decide.
    supervisor = as_user(cast.supervisor)
    assert supervisor.get(f"/cloudmap/rebalance/{proposal.pk}/").status_code == 200
    assert supervisor.post(f"/cloudmap/rebalance/{proposal.pk}/discard/").status_code == 403


def test_the_map_colours_every_community_and_the_table_lists_them_fifty_at_a_time(
    district, as_user  # noqa: F811
):
    import json

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jinlin.organizations.services import organization_create

    cast = district
    client = as_user(cast.district_admin)
    client.get("/cloudmap/")  # the first visit's own (the session, the shapes)
    with CaptureQueriesContext(connection) as few:
        client.get("/cloudmap/")
    for i in range(52):
        organization_create(
            name=f"新社区{i:02d}", kind="community", parent=cast.street, code=f"N{i:02d}",
            longitude=118.05 + i * 0.01, latitude=24.6,
        )  # fmt: skip
    with CaptureQueriesContext(connection) as many:
        first = client.get("/cloudmap/", {"show": "fill_rate"}).content.decode()
    # The communities are read with what the page shows of them: no query per community.
    assert len(many.captured_queries) == len(few.captured_queries)
    spec = json.loads(re.search(r'id="cloudmap-data"[^>]*>(.*?)</script>', first, re.S).group(1))
    assert len(spec["communities"]) == 55  # the map: every community
    rows = re.findall(r'<tr id="community-(\d+)">', first)
    assert len(rows) == 50 and "第 1 / 2 页 · 共 55 条" in first
    # The next page keeps the indicator shown and lists the rest, most short first throughout.
    assert "show=fill_rate&amp;page=2" in first or "page=2&amp;show=fill_rate" in first
    second = client.get("/cloudmap/", {"show": "fill_rate", "page": 2}).content.decode()
    rest = re.findall(r'<tr id="community-(\d+)">', second)
    assert len(rest) == 5 and not set(rows) & set(rest)
    assert str(cast.community.pk) in rows  # the short community comes first
