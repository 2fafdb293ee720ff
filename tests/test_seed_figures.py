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


def test_a_branch_is_of_its_nearest_unit_or_of_the_communities(cast):
    """Each branch's row in 谁在服务 is its nearest unit's kind: read from its parent in most
    cases, walked up the tree for a branch under another branch; a branch of a community or a
    street, or under no unit, is a community's."""
    from jinlin.organizations.models import Organization

    def made(name, kind, parent, subkind=""):
        return org_services.organization_create(name=name, kind=kind, parent=parent,
                                                subkind=subkind)  # fmt: skip

    school = made("实验小学", "unit", cast.street, "school")
    of_school = made("实验小学党支部", "branch", school)
    committee = made("实验小学党总支", "branch", school)
    under_committee = made("实验小学第一党支部", "branch", committee)
    deeper = made("实验小学第一党小组", "branch", under_committee)
    of_community = made("岑东社区第二党支部", "branch", cast.community)
    of_street = made("街道机关党支部", "branch", cast.street)
    of_district = made("区直属党支部", "branch", cast.district)
    under_that = made("区直属第一党支部", "branch", of_district)
    kinds = fig._unit_kind_of_branches(
        {b.pk for b in (of_school, committee, under_committee, deeper, of_community, of_street,
                        of_district, under_that)} | {None}
    )  # fmt: skip
    community = str(fig._("Branches of communities"))
    school_label = str(Organization.Subkind.SCHOOL.label)
    assert kinds == {
        of_school.pk: school_label, committee.pk: school_label,
        under_committee.pk: school_label, deeper.pk: school_label,
        of_community.pk: community, of_street.pk: community,
        of_district.pk: community, under_that.pk: community,
    }  # fmt: skip
