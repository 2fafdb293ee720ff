"""The figures the seed articles print that need more than service: branches that took part,
each kind of service point, 一封信 as its own outcome, activity plans (各级党组织全部制定了活动
方案), 党性体检, 一支部一品牌, publicity by channel, and the breakdowns by kind of service and
by the kind of unit who served."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from jinlin.campaigns import services as campaigns
from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.organizations import services as org_services
from jinlin.oversight import services as oversight
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _values(org):
    return {f.key: v for f, v in fig.overview(org, Period.last_weeks(4))}


def test_branches_that_took_part_and_the_breakdowns(district):  # noqa: F811
    cast = district
    values = _values(cast.district)
    assert values["branches_served"] == 1  # 王五's branch: one credit in the period
    split = fig.breakdown(cast.district, Period.last_weeks(4))
    (row,) = split.by_category
    assert (row["category"], row["activities"], row["credits"], row["people"]) == (
        "clean_home", 1, 1, 1,
    )
    (who,) = split.by_unit_kind
    assert who["label"] in ("Government organ", "机关") and who["credits"] == values["credits"]
    page = fig_page(cast)
    assert 'id="by-category"' in page and 'id="by-unit-kind"' in page


def fig_page(cast):
    from tests.conftest import client_for

    return client_for(cast.district_admin).get(f"/cloudmap/o/{cast.district.pk}/").content.decode()


def test_plans_checkups_brands_and_publicity_are_recorded_and_counted(district):  # noqa: F811
    cast = district
    today = timezone.localdate()
    campaign = campaigns.campaign_save(
        organization=cast.street, name="百日攻坚", kind="hundred_days",
        start=today - dt.timedelta(days=10), end=today + dt.timedelta(days=50),
        targets={}, by=cast.street_admin,
    )  # fmt: skip
    campaigns.plan_save(
        campaign=campaign, organization=cast.community, title="岑东社区方案",
        summary="每周六清理楼道", adopted_on=today, by=cast.community_admin,
    )  # fmt: skip
    with pytest.raises(NotAllowed):
        campaigns.plan_save(campaign=campaign, organization=cast.community2, title="x",
                            summary="y", adopted_on=today, by=cast.community_admin)  # fmt: skip
    with pytest.raises(InvalidInput) as refused:
        campaigns.plan_save(campaign=campaign, organization=cast.community3, title="x",
                            summary="y", adopted_on=today, by=cast.district_admin)  # fmt: skip
    assert "organization" in refused.value.fields
    done, expected = campaigns.plan_coverage(campaign)
    assert done == 1 and expected >= 3
    oversight.party_checkup_record(organization=cast.community_branch, date=today, members=12,
                                   summary="对照检视", by=cast.community_admin)  # fmt: skip
    with pytest.raises(InvalidInput):
        oversight.party_checkup_record(organization=cast.community, date=today, members=3,
                                       by=cast.community_admin)  # fmt: skip
    org_services.organization_update(organization=cast.community_branch, brand="楼道红管家",
                                     brand_note="党员亮身份", by=cast.community_admin)  # fmt: skip
    with pytest.raises(InvalidInput):
        org_services.organization_update(organization=cast.community, brand="x",
                                         by=cast.community_admin)  # fmt: skip
    campaigns.publicity_record(
        organization=cast.community, channel="wechat_group", date=today,
        title="微信群推送创城倡议", reach="300", by=cast.community_admin,
    )  # fmt: skip
    for bad in ({"channel": "fax"}, {"reach": "-1"}, {"date": today + dt.timedelta(days=1)}):
        with pytest.raises(InvalidInput):
            campaigns.publicity_record(**{"organization": cast.community, "channel": "qq",
                                          "date": today, "title": "t", "by": cast.community_admin,
                                          **bad})  # fmt: skip
    values = _values(cast.street)
    assert (values["plans"], values["checkups"], values["brands"], values["publicity"]) == (
        1, 1, 1, 1,
    )
    assert values["publicity_wechat_group"] == 1 and "publicity_qq" not in values


def test_letters_are_their_own_outcome():
    from jinlin.needs.models import METRICS

    label, unit = METRICS["letters"]
    assert "一封信" in str(label)


def test_every_statement_of_the_articles_is_mapped(district):  # noqa: F811
    """docs/seed-figures.md maps each figure the articles print to where Jinlin produces it;
    every figure key it names exists."""
    import re
    from pathlib import Path

    table = (Path(__file__).resolve().parent.parent / "docs" / "seed-figures.md").read_text()
    keys = set(re.findall(r"`figure:([a-z_]+)`", table))
    assert keys and keys <= set(fig.all_figures()), keys - set(fig.all_figures())
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) >= 25
    assert not [r for r in rows[1:] if r.rstrip().endswith("| |") or "TODO" in r or "gap" in r]
