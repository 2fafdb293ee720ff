"""Campaigns: set up by an organization's admins with targets, needs, rounds and problems of
the organization grouped under them (all or none, nothing from outside), progress read from
what they group, the pages for admins only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from jinlin.campaigns import services
from jinlin.campaigns.models import Campaign
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.needs.models import Need
from jinlin.oversight.models import Problem
from tests.conftest import client_for
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _campaign(cast, **extra):
    today = timezone.localdate()
    fields = {
        "organization": cast.street, "name": "文明创建百日攻坚", "kind": "hundred_days",
        "start": today - dt.timedelta(days=10), "end": today + dt.timedelta(days=89),
        "targets": {"activities": "2", "hours": "3", "outcome_truckloads": "4"},
        "by": cast.street_admin,
    }  # fmt: skip
    fields.update(extra)
    return services.campaign_save(**fields)


def test_progress_is_read_from_what_it_groups(district):  # noqa: F811
    cast = district
    campaign = _campaign(cast)
    assert campaign.targets == {"activities": 2, "hours": 3, "outcome_truckloads": 4}
    assert {p.key: p.value for p in services.progress(campaign)}["activities"] == 0
    needs = services.candidates(campaign, "needs")
    assert needs and all(n.community.path.startswith(cast.street.path) for n in needs)
    assert not any(n.status == Need.Status.CANCELLED for n in needs)
    services.campaign_link(campaign=campaign, part="needs", ids=[n.pk for n in needs],
                           by=cast.street_admin)  # fmt: skip
    found = {p.key: p for p in services.progress(campaign)}
    # The fixture's needs of the period: one held with a member credited 1.5 h and 2 loads;
    # the other had a place taken but nobody credited, so it is not an activity held.
    assert found["activities"].value == 1 and found["activities"].percent == 50
    assert found["hours"].value == Decimal("1.50") and found["hours"].percent == 50
    assert found["outcome_truckloads"].value == 2 and found["outcome_truckloads"].percent == 50
    assert services.overall(list(found.values())) == 50  # (50 + 50 + 50) / 3
    problems = list(services.candidates(campaign, "problems"))
    services.campaign_link(campaign=campaign, part="problems", ids=[p.pk for p in problems],
                           by=cast.street_admin)  # fmt: skip
    assert campaign.problems.count() == len(problems) == 3  # 岑东's, its branch's, 大社's
    Problem.objects.filter(pk=problems[0].pk).update(status="closed", closed_at=timezone.now())
    assert {p.key: p.value for p in services.progress(campaign)}["problems_closed"] == 1


def test_nothing_from_outside_and_all_or_none(district):  # noqa: F811
    cast = district
    campaign = _campaign(cast)
    mine = services.candidates(campaign, "problems")[0]
    theirs = Problem.objects.exclude(organization__path__startswith=cast.street.path).first()
    outside = Problem.objects.create(
        organization=cast.community3, title="外街道问题", source="self", severity="low",
        deadline=timezone.localdate(),
    ) if theirs is None else theirs  # fmt: skip
    with pytest.raises(InvalidInput) as refused:
        services.campaign_link(campaign=campaign, part="problems", ids=[mine.pk, outside.pk],
                               by=cast.street_admin)  # fmt: skip
    assert str(outside.pk) in refused.value.message
    assert campaign.problems.count() == 0  # not even the good one
    with pytest.raises(NotAllowed):
        services.campaign_link(campaign=campaign, part="problems", ids=[mine.pk],
                               by=cast.community_admin)  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"name": "  "}, "name"),
        ({"kind": "party"}, "kind"),
        ({"targets": {"hours": "-1"}}, "target_hours"),
        ({"targets": {"hours": "many"}}, "target_hours"),
        ({"targets": {"weather": "3"}}, "target_weather"),
        ({"end": dt.date(2020, 1, 1)}, "end"),
    ],
)
def test_a_campaign_that_does_not_hold_is_refused(district, extra, field):  # noqa: F811
    with pytest.raises(InvalidInput) as refused:
        _campaign(district, **extra)
    assert field in refused.value.fields
    assert Campaign.objects.count() == 0


def test_the_pages(district):  # noqa: F811
    cast = district
    client = client_for(cast.street_admin)
    today = timezone.localdate()
    response = client.post("/campaigns/new/", {
        "organization": cast.street.pk, "name": "党员活动日", "kind": "activity_day",
        "start": today - dt.timedelta(days=10), "end": today, "target_activities": "5",
    })  # fmt: skip
    campaign = Campaign.objects.get()
    assert response["Location"] == f"/campaigns/{campaign.pk}/"
    need = services.candidates(campaign, "needs")[0]
    client.post(f"/campaigns/{campaign.pk}/needs/", {"id": [need.pk]})
    assert list(campaign.needs.all()) == [need]
    page = client.get(f"/campaigns/{campaign.pk}/").content.decode()
    assert need.title in page and 'id="progress"' in page and "campaign-data" in page
    listing = client.get("/campaigns/").content.decode()
    assert "党员活动日" in listing and "<progress" in listing
    # The community's admin reads the street's campaign but cannot change it.
    other = client_for(cast.community_admin)
    assert other.get(f"/campaigns/{campaign.pk}/").status_code == 200
    other.post(f"/campaigns/{campaign.pk}/needs/", {"id": [need.pk], "remove": "1"})
    assert campaign.needs.count() == 1
    assert other.get(f"/campaigns/{campaign.pk}/edit/").status_code == 403
    assert client_for(cast.member_user).get(f"/campaigns/{campaign.pk}/").status_code == 404
    client.post(f"/campaigns/{campaign.pk}/needs/", {"id": [need.pk], "remove": "1"})
    assert campaign.needs.count() == 0
