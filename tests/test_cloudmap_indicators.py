"""党群云图's indicators against values computed by hand on a small district, through the API
and against the lists they stand for; and scope."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from jinlin.care import services as care_services
from jinlin.cloudmap.indicators import Period, community_indicators, rollup, total
from jinlin.needs import services as need_services
from jinlin.needs.models import Need
from jinlin.oversight.models import Problem
from jinlin.service import services as service_services
from tests.api import api_as
from tests.care_helpers import household, pairing
from tests.needs_helpers import new_member, publish
from tests.oversight_helpers import problem

pytestmark = pytest.mark.django_db


@pytest.fixture
def district(cast):
    """岑东社区 (community): 2 registered members; needs in the period with 3 places of which 2
    are taken (one need left short), one cancelled and one outside the period; 1.5 hours
    credited; two entrances, one with a 楼道长; one overdue visit; an open problem of the
    community and an overdue one of its branch. 大社社区 (community2): one open problem."""
    now = timezone.now()
    a = new_member(cast, "王五", "13700137000")
    b = new_member(cast, "赵六", "13600136000")
    short = publish(cast, slots=2)  # now, in the period
    need_services.claim_create(need=short, member=a)
    full = publish(
        cast,
        slots=1,
        starts_at=now - dt.timedelta(days=3),
        ends_at=now - dt.timedelta(days=3) + dt.timedelta(hours=2),
    )
    Need.objects.filter(pk=full.pk).update(confirmed_count=1)  # taken before it started
    cancelled = publish(cast, slots=5)
    need_services.need_cancel(need=cancelled, reason="下雨", by=cast.community_admin)
    publish(
        cast,
        slots=9,
        starts_at=now - dt.timedelta(days=60),
        ends_at=now - dt.timedelta(days=60) + dt.timedelta(hours=1),
    )
    token, _expires = service_services.site_code_issue(need=short, by=cast.community_admin)
    service_services.scan_record(token=token, member=a)
    claim = short.claims.get(member=a)
    service_services.claim_accept(
        claim=claim, hours="1.5", outcomes={"truckloads": 2}, note="", by=cast.community_admin
    )
    service_services.scan_record(token=token, member=a)
    building = care_services.building_create(
        community=cast.community, name="3号楼", entrances=["1单元", "2单元"]
    )
    care_services.entrance_set_captain(entrance=building.entrances.first(), captain=b)
    pairing(cast, household(cast), a, days_ago=60, cadence=30)
    problem(cast)
    late = problem(cast, org=cast.community_branch, source="self")
    Problem.objects.filter(pk=late.pk).update(deadline=timezone.localdate() - dt.timedelta(days=2))
    problem(cast, org=cast.community2)
    return cast


def test_each_indicator_equals_the_hand_count(district):
    cast = district
    period = Period.last_weeks(4)
    got = community_indicators([cast.community, cast.community2, cast.community3], period)
    mine = got[cast.community.pk]
    assert mine.registered == 2  # 王五 and 赵六 (张三 of the cast never registered)
    assert (mine.needs, mine.places, mine.filled, mine.unmet_needs) == (2, 3, 2, 1)
    assert mine.fill_rate == pytest.approx(2 / 3)
    assert mine.hours == Decimal("1.5")
    assert mine.hours_per_member == pytest.approx(1.5 / mine.registered)
    assert (mine.entrances, mine.captained, mine.captain_coverage) == (2, 1, 0.5)
    assert mine.overdue_visits == 1
    assert (mine.open_problems, mine.overdue_problems) == (2, 1)
    assert mine.partner_units == 1
    # 50 × (1 − 2/3) + 30 × (1/2) + 20 × (1 − 1/2)
    assert mine.shortfall_score == pytest.approx(round(50 / 3 + 15 + 10, 1))
    other = got[cast.community2.pk]
    assert (other.open_problems, other.needs, other.shortfall_score) == (1, 0, 0.0)
    streets = rollup(got, [cast.community, cast.community2, cast.community3])
    assert streets[cast.street.pk].open_problems == 3
    assert total(got.values()).places == 3


def test_a_period_that_excludes_the_work_counts_nothing_of_it(district):
    cast = district
    long_ago = Period(dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    mine = community_indicators([cast.community], long_ago)[cast.community.pk]
    assert (mine.needs, mine.hours, mine.registered) == (0, 0, 0)
    assert mine.open_problems == 2  # problems and visits are as of today


def test_the_api_gives_the_same_figures_in_the_callers_scope(district):
    cast = district
    body = api_as("district").get("/cloudmap/communities").json()
    rows = {r["community"]: r for r in body["results"]}
    assert set(rows) == {cast.community.pk, cast.community2.pk, cast.community3.pk}
    mine = rows[cast.community.pk]
    assert mine["indicators"]["places"] == 3 and mine["indicators"]["hours"] == 1.5
    assert mine["shortfall"] == mine["indicators"]["shortfall_score"] > 0
    assert mine["street"] == cast.street.pk and "50" in body["formula"]
    # A community's admin sees their own community only; a street admin their street's.
    own = api_as("community").get("/cloudmap/communities").json()["results"]
    assert [r["community"] for r in own] == [cast.community.pk]
    street = api_as("street").get("/cloudmap/communities").json()["results"]
    assert {r["community"] for r in street} == {cast.community.pk, cast.community2.pk}
    assert api_as("member").get("/cloudmap/communities").status_code == 403


@pytest.mark.parametrize(
    ("query", "field"),
    [({"from": "2026-13-01"}, "from"), ({"from": "2026-05-02", "to": "2026-05-01"}, "to"),
     ({"from": "2024-01-01", "to": "2026-01-01"}, "to")],
)  # fmt: skip
def test_a_bad_period_is_400_naming_the_field(cast, query, field):
    response = api_as("district").get("/cloudmap/communities", **query)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert field in (error.get("fields") or {}) or field in error["message"]


def test_weeks_ending_a_day_are_seven_days_each_oldest_first():
    from jinlin.cloudmap.indicators import weeks_ending

    weeks = weeks_ending(dt.date(2026, 11, 30), 3)
    assert [(w.start, w.end) for w in weeks] == [
        (dt.date(2026, 11, 10), dt.date(2026, 11, 16)),
        (dt.date(2026, 11, 17), dt.date(2026, 11, 23)),
        (dt.date(2026, 11, 24), dt.date(2026, 11, 30)),
    ]


def test_the_trend_by_week_is_the_indicators_week_by_week_in_ten_queries(
    district, django_assert_max_num_queries
):
    from jinlin.cloudmap.indicators import weekly_totals, weeks_ending

    cast = district
    communities = [cast.community, cast.community2, cast.community3]
    weeks = weeks_ending(timezone.localdate(), 12)
    with django_assert_max_num_queries(10):  # not seven a week
        fast = weekly_totals(communities, weeks)
    slow = [total(community_indicators(communities, w).values()) for w in weeks]
    assert [w.as_dict() for w in fast] == [w.as_dict() for w in slow]
    assert fast[-1].places == 3 and fast[-1].hours == Decimal("1.5")
    assert fast[-9].places == 9  # the need of sixty days ago, in its own week
    # A trend of one indicator (the figures page shows one) asks only what it is made of.
    for key, queries in (("places", 1), ("hours", 1), ("registered", 1), ("open_problems", 1),
                         ("fill_rate", 1), ("hours_per_member", 2), ("shortfall_score", 2)):
        with django_assert_max_num_queries(queries):
            one = weekly_totals(communities, weeks, only=[key])
        assert [w.value(key) for w in one] == [w.value(key) for w in fast], key
