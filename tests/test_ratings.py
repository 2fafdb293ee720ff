"""星级创评: rules per period, stars on boundary values (equal earns it), reasons that say why,
scores of branches and units from participation, rectification, supervision and 评议, the
leaderboards by street and kind, and rules refused whole when they do not hold together."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.reports import ratings
from jinlin.reports.models import Evaluation, RatingRule
from tests.conftest import client_for
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "stars"),
    [(0, 0), ("99.99", 0), (100, 1), ("100.00", 1), ("299.5", 1), (300, 2), (600, 3),
     ("999.99", 3), (1000, 4), ("1499.99", 4), (1500, 5), (99999, 5)],
)  # fmt: skip
def test_stars_on_the_boundaries(value, stars):
    assert ratings.stars_for(Decimal(str(value)), ratings.MEMBER_THRESHOLDS) == stars


def _rule(cast, subject="member", thresholds=(1, 1.5, 2, 3, 4), **extra):
    today = timezone.localdate()
    return ratings.rule_save(
        organization=cast.district, name="年度星级", subject=subject,
        start=today - dt.timedelta(days=30), end=today, thresholds=thresholds,
        weights=extra.get("weights"), by=cast.district_admin,
    )  # fmt: skip


def test_a_member_rating_says_why(district):  # noqa: F811
    cast = district
    rule = _rule(cast)
    (rating,) = ratings.ratings(rule)
    assert rating.name == "王五" and rating.value == Decimal("1.50") and rating.stars == 2
    assert rating.group == "集美街道"
    assert rating.to_next == Decimal("0.50")
    assert any("1.5" in why for why in rating.reasons)
    # The rule changed so that 1.5 hours is exactly the three-star threshold.
    ratings.rule_save(organization=cast.district, name=rule.name, subject="member",
                      start=rule.start, end=rule.end, thresholds=["0.5", 1, "1.5", 3, 4],
                      weights=None, by=cast.district_admin, rule=rule)  # fmt: skip
    (rating,) = ratings.ratings(rule)
    assert rating.stars == 3 and rating.to_next == Decimal("1.50")


def test_a_unit_score_from_its_parts(district):  # noqa: F811
    cast = district
    rule = _rule(cast, "unit", (20, 40, 60, "73.33", 95))
    found = {r.name: r for r in ratings.ratings(rule)}
    unit = found["集美区城市管理局"]
    # One of the three members of its branch served (13.33 of 40), nothing fell due (30 of
    # 30), no supervision problem (20 of 20), no 评议 given (counted qualified: 8 of 10).
    assert unit.value == Decimal("71.33") and unit.stars == 3
    assert "1 of 3" in unit.reasons[0] or "3名党员中1名" in unit.reasons[0]
    Evaluation.objects.create(community=cast.community, year=rule.end.year, unit=cast.unit,
                              grade="excellent")  # fmt: skip
    found = {r.name: r for r in ratings.ratings(rule)}
    assert found["集美区城市管理局"].value == Decimal("73.33")
    assert found["集美区城市管理局"].stars == 4  # equal to the threshold
    assert len(found["集美区城市管理局"].reasons) == 4


def test_a_branch_score_counts_its_problems(district):  # noqa: F811
    cast = district
    rule = _rule(cast, "branch", (20, 40, 60, 80, 95))
    branch = {r.name: r for r in ratings.ratings(rule)}["岑东社区第一党支部"]
    # Its self-inspection problem fell due two days ago and is open: 0 of 1 on time.
    assert any("0" in why and "1" in why for why in branch.reasons[1:2])
    assert branch.value < Decimal("70")


def test_leaderboards_by_street_and_kind(district):  # noqa: F811
    cast = district
    rule = _rule(cast, "unit", (20, 40, 60, 80, 95))
    found = ratings.ratings(rule)
    by_kind = dict(ratings.leaderboards(found, "kind"))
    assert set(by_kind) == {str(cast.unit.get_subkind_display())}
    assert [r.name for r in by_kind[str(cast.unit.get_subkind_display())]] == [
        r.name for r in found
    ]  # best first within the kind
    by_street = dict(ratings.leaderboards(found, "street"))
    assert sum(len(rows) for rows in by_street.values()) == len(found) == 2
    assert sum(ratings.star_counts(found)) == len(found)


@pytest.mark.parametrize(
    ("thresholds", "weights", "field"),
    [
        ((100, 300, 300, 1000, 1500), None, "threshold_3"),
        ((100, 300, 600), None, "thresholds"),
        ((0, 300, 600, 1000, 1500), None, "threshold_1"),
        (("a", 300, 600, 1000, 1500), None, "thresholds"),
    ],
)
def test_a_member_rule_that_does_not_hold_is_refused(district, thresholds, weights, field):  # noqa: F811
    with pytest.raises(InvalidInput) as refused:
        _rule(district, "member", thresholds)
    assert field in refused.value.fields
    assert RatingRule.objects.count() == 0


def test_unit_weights_must_add_up_to_100(district):  # noqa: F811
    with pytest.raises(InvalidInput) as refused:
        _rule(district, "unit", (60, 70, 80, 90, 95),
              weights={"participation": 50, "rectification": 30, "supervision": 20,
                       "evaluation": 10})  # fmt: skip
    assert "weights" in refused.value.fields
    with pytest.raises(InvalidInput):
        _rule(district, "unit", (60, 70, 80, 90, 101))


def test_only_its_admins_set_a_rule_and_the_pages(district):  # noqa: F811
    cast = district
    today = timezone.localdate()
    with pytest.raises(NotAllowed):
        ratings.rule_save(organization=cast.district, name="x", subject="member",
                          start=today, end=today, thresholds=[1, 2, 3, 4, 5], weights=None,
                          by=cast.street_admin)  # fmt: skip
    client = client_for(cast.district_admin)
    response = client.post("/reports/ratings/", {
        "organization": cast.district.pk, "name": "2026年度党员星级", "subject": "member",
        "start": today - dt.timedelta(days=30), "end": today,
        "threshold_1": "1", "threshold_2": "1.5", "threshold_3": "2", "threshold_4": "3",
        "threshold_5": "4",
    })  # fmt: skip
    rule = RatingRule.objects.get()
    assert response["Location"] == f"/reports/ratings/{rule.pk}/"
    page = client_for(cast.street_admin).get(f"/reports/ratings/{rule.pk}/").content.decode()
    assert "王五" in page and "★★☆☆☆" in page and 'data-chart="stars-data"' in page
    assert client_for(cast.member_user).get(f"/reports/ratings/{rule.pk}/").status_code == 404
    # A rule that does not hold: said at the field, the form kept, nothing saved.
    response = client.post("/reports/ratings/", {
        "organization": cast.street.pk, "name": "坏规则", "subject": "member",
        "start": today, "end": today, "threshold_1": "5", "threshold_2": "4",
        "threshold_3": "6", "threshold_4": "7", "threshold_5": "8",
    })  # fmt: skip
    assert response.status_code == 200 and RatingRule.objects.count() == 1
    assert 'value="坏规则"' in response.content.decode()
    # The organizations the admin may set a rule under, the one chosen still chosen.
    form = response.content.decode().split('<select id="organization"')[1].split("</select>")[0]
    assert f'<option value="{cast.street.pk}" selected>{cast.street.name}</option>' in form
    assert f'<option value="{cast.district.pk}">{cast.district.name}</option>' in form


def test_party_member_ratings_rank_party_members_only_and_each_sees_their_own(district):  # noqa: F811
    """A resident volunteer's hours are not ranked among party members (党员星级), and a member
    sees their own stars and why on their home page."""
    from jinlin.members.models import Member
    from jinlin.members.services import member_account_issue
    from jinlin.needs import services as need_services
    from jinlin.service import services as service_services
    from tests.needs_helpers import confirm_registration, publish

    cast = district
    rule = _rule(cast)
    volunteer = Member.objects.create(name="群众甲", phone="13911110000", is_party_member=False,
                                      community=cast.community)  # fmt: skip
    member_account_issue(member=volunteer)
    volunteer.refresh_from_db()
    confirm_registration(volunteer, cast.community)
    need = publish(cast, slots=3)
    need_services.claim_create(need=need, member=volunteer)
    token, _ = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=volunteer)
    service_services.claim_accept(claim=need.claims.get(member=volunteer), hours="2",
                                  by=cast.community_admin)  # fmt: skip
    service_services.scan_record(token=token, member=volunteer)
    assert [r.name for r in ratings.ratings(rule)] == ["王五"]
    wang = Member.objects.get(name="王五")
    page = client_for(wang.user).get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'id="home-stars"' in page and "年度星级" in page and "★★☆☆☆" in page
    assert "1.5" in page.split('id="home-stars"')[1]
    page = client_for(volunteer.user).get("/").content.decode()
    assert 'id="home-stars"' not in page


def test_a_unit_without_grades_is_told_so(district):  # noqa: F811
    cast = district
    rule = _rule(cast, "unit", (20, 40, 60, 80, 95))
    unit = {r.name: r for r in ratings.ratings(rule)}["集美区城市管理局"]
    assert any("counted as qualified" in why or "按合格计" in why for why in unit.reasons)


def test_the_rating_page_counts_people_as_people(district):  # noqa: F811
    cast = district
    rule = _rule(cast)
    page = client_for(cast.district_admin).get(
        f"/reports/ratings/{rule.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans"
    ).content.decode()
    assert "参评党员（人）: 1" in page and "个参评" not in page


def test_a_member_rule_over_a_city_sized_district_is_counted_once_and_kept(district):  # noqa: F811
    """A member rule over more than FIGURES_LIVE_COMMUNITIES communities sums a year of every
    member's hours once and keeps the page (saying when); its steps changed, it is counted
    afresh; over an ordinary district it is counted on every visit."""
    from django.core.cache import cache
    from django.test import override_settings

    cast = district
    rule = _rule(cast)
    live, counted = ratings.rating_page_kept(rule, cast.district, "street")
    assert counted is None and live[1] == 1  # 王五
    with override_settings(FIGURES_LIVE_COMMUNITIES=2):
        cache.clear()
        first, at = ratings.rating_page_kept(rule, cast.district, "street")
        assert at is not None and first[:2] == live[:2]
        assert [r.name for _g, rows in first[2] for r in rows] == ["王五"]
        again, same = ratings.rating_page_kept(rule, cast.district, "street")
        assert same == at and again[0] == first[0]
        page = client_for(cast.district_admin).get(f"/reports/ratings/{rule.pk}/")
        assert 'id="kept-note"' in page.content.decode()
        ratings.rule_save(organization=cast.district, name=rule.name, subject="member",
                          start=rule.start, end=rule.end, thresholds=["0.5", 1, "1.5", 3, 4],
                          weights=None, by=cast.district_admin, rule=rule)  # fmt: skip
        rule.refresh_from_db()
        changed, _at = ratings.rating_page_kept(rule, cast.district, "street")
        assert changed[0] != first[0] and changed[0][3] == 1  # 1.5 hours: three stars now


def test_the_leaderboards_come_a_page_at_a_time(district, monkeypatch):  # noqa: F811
    """A city's rule has a board for each street: the page shows ``BOARDS_PER_PAGE`` of them,
    then a link to the next page that keeps the choice of boards (by street or by kind)."""
    import re

    from jinlin.organizations.services import organization_create
    from jinlin.reports import views

    cast = district
    organization_create(name="实验小学", kind="unit", parent=cast.street, subkind="school")
    rule = _rule(cast, "unit", (20, 40, 60, 80, 95))
    client = client_for(cast.district_admin)
    url = f"/reports/ratings/{rule.pk}/?by=kind"
    everything = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    boards = re.findall(r"<h2>([^<]+)</h2>", everything)
    assert len(boards) >= 2 and 'class="pagination"' not in everything
    monkeypatch.setattr(views, "BOARDS_PER_PAGE", 1)
    first = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert re.findall(r"<h2>([^<]+)</h2>", first) == boards[:1]
    assert f"第 1 / {len(boards)} 页" in first or f"1 of {len(boards)}" in first, first
    assert 'href="?by=kind&amp;page=2"' in first
    second = client.get(url + "&page=2", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert re.findall(r"<h2>([^<]+)</h2>", second) == boards[1:2]
