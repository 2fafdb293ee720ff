"""Figures that mean what they say (#18): people counted by group, work counted only once
credited, outcomes once per activity; one definition read by every page, paper and API."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.members import services as member_services
from jinlin.needs import services as need_services
from jinlin.service import services as service_services
from jinlin.service.models import ActivityOutcome, LedgerDay
from jinlin.service.outcomes import activity_outcomes_set
from tests.needs_helpers import confirm_registration, new_member, publish, register_unit

pytestmark = pytest.mark.django_db


def _value(org, period, key):
    return fig.value_of(fig.all_figures()[key], org, period)


def _person(cast, name, phone, *, party=True, in_service=True):
    member = member_services.member_create(
        name=name, phone=phone, branch=cast.branch if party else None, community=cast.community,
        is_party_member=party, in_service=in_service,
    )  # fmt: skip
    member_services.member_account_issue(member=member)
    member.refresh_from_db()
    confirm_registration(member, cast.community)
    return member


def _credit(cast, need, member, hours="1", outcomes=None):
    token, _ = service_services.site_code_issue(need=need, by=cast.community_admin)
    claim = need.claims.get(member=member)
    service_services.scan_record(token=token, member=member)
    service_services.claim_accept(
        claim=claim, hours=hours, outcomes=outcomes, by=cast.community_admin
    )
    return service_services.scan_record(token=token, member=member)


@pytest.fixture
def mixed(cast):
    """岑东社区: two in-service party members, one retired member, two resident volunteers;
    one cleanup of five where four were accepted and three credited."""
    people = {
        "在职甲": _person(cast, "在职甲", "13900000001"),
        "在职乙": _person(cast, "在职乙", "13900000002"),
        "退休丙": _person(cast, "退休丙", "13900000003", in_service=False),
        "群众丁": _person(cast, "群众丁", "13900000004", party=False),
        "群众戊": _person(cast, "群众戊", "13900000005", party=False),
    }
    need = publish(cast, slots=10, metrics=["truckloads", "bags"])
    for member in people.values():
        need_services.claim_create(need=need, member=member)
    for name in ("在职甲", "在职乙", "群众丁"):
        _credit(cast, need, people[name], hours="1.5")
    # 退休丙 was accepted but never scanned again: accepted, not credited.
    token, _ = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=people["退休丙"])
    service_services.claim_accept(
        claim=need.claims.get(member=people["退休丙"]), hours="1.5", by=cast.community_admin
    )
    return cast, need, people


def test_people_are_counted_by_group(mixed):
    cast, _need, _people = mixed
    period = Period.last_weeks(4)
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    assert values["members_registered"] == 2  # 在职党员 only
    assert values["other_party_registered"] == 1
    assert values["volunteers_registered"] == 2
    assert values["credits"] == 3  # 人次: credited, not accepted
    assert values["members_served"] == 2 and values["volunteers_served"] == 1
    assert values["hours"] == Decimal("4.5")


def test_the_headline_count_is_in_service_members_everywhere(mixed, as_user):
    cast, _need, _people = mixed
    client = as_user(cast.district_admin)
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert re.search(r'id="home-members_registered"[^>]*><div class="value">2<', home)
    assert re.search(r'id="home-volunteers_registered"[^>]*><div class="value">2<', home)
    stats = client.get("/registrations/figures/").content.decode()
    assert "在职党员报到" in stats and "其中党员" not in stats
    figures = client.get(f"/cloudmap/o/{cast.district.pk}/").content.decode()
    shown = dict(
        re.findall(r'id="figure-([a-z_]+)" href="[^"]+"><div class="value">([^<]+)', figures)
    )
    assert shown["members_registered"] == "2" and shown["other_party_registered"] == "1"


def test_a_unit_registered_with_three_communities_is_one_unit_party_organization(
    cast, as_user
):
    """单位报到 is per partner community, but “N个单位党组织报到” counts organizations: 城管局
    registered with 岑东 and 大社 (集美街道) and 孙厝 (侨英街道) is one, and 教育局 with 孙厝 is
    another — two at the district, not four."""
    from django.utils.translation import override

    from jinlin.reports.briefing import briefing_write

    register_unit(cast.unit, cast.community, cast.community2, cast.community3)
    register_unit(cast.unit2, cast.community3)
    period = Period.last_weeks(4)
    figure = fig.all_figures()["units_registered"]
    expected = {cast.district: 2, cast.street: 1, cast.street2: 2, cast.community: 1,
                cast.community3: 2}  # fmt: skip
    for org, count in expected.items():
        assert fig.value_of(figure, org, period) == count, org.name
    (row,) = [r for r in figure.rows(cast.district, period) if r.pk == cast.unit.pk]
    assert row.communities == 3
    assert {f.key: v for f, v in fig.overview(cast.district, period)}["units_registered"] == 2

    client = as_user(cast.district_admin)
    home = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert re.search(r'id="home-units_registered"[^>]*><div class="value">2<', home)
    assert "单位党组织报到（每个单位计一次）" in home
    assert "在各区域行中分别计入，在合计中只计一次" in home  # under its table by street
    # Beside it, the units the area holds, named as such: a community's partner units that
    # registered with it mostly lie outside it.
    community = as_user(cast.community3_admin).get("/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    page = community.content.decode()
    assert re.search(r'id="home-units_registered"[^>]*><div class="value">2<', page)
    assert re.search(r'<div class="value">0</div><div class="label">辖区内单位<', page)
    # The table by street: 城管局 in both streets' rows, once in the total.
    stats = client.get("/registrations/figures/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    total = r'<div class="stat"><div class="value">2</div><div class="label">单位党组织报到'
    assert re.search(total, stats) and "在各区域行中分别计入，在合计中只计一次" in stats
    units_by_street = {}
    for row in stats.split("<tr>")[1:]:
        street = re.search(r"\?parent=(\d+)", row)
        if street:
            cells = re.findall(r'<td class="num">(\d+)</td>', row)
            units_by_street[int(street.group(1))] = int(cells[5])  # Units confirmed
    assert units_by_street == {cast.street.pk: 1, cast.street2.pk: 2}
    listing = client.get(f"/cloudmap/o/{cast.district.pk}/f/units_registered/",
                         HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()  # fmt: skip
    assert re.search(r'id="figure-value"><div class="value">2<', listing)
    assert listing.count(cast.unit.name) == 1 and "报到社区数" in listing
    with override("zh-hans"):
        written = briefing_write(cast.district, period)
    assert written["values"]["units_registered"] == "2"


def test_a_units_admin_sees_where_its_people_serve_not_an_empty_area(cast, as_user):
    """A unit's admin reads no area: “0 社区（村）” and “1 辖区内单位” (their own) said nothing.
    Their overview counts the communities the unit or its members are confirmed with — each
    once, a pending registration not — and the unit's party branches."""
    register_unit(cast.unit, cast.community, cast.community2)
    confirm_registration(cast.member, cast.community)  # 岑东 again: counted once
    other = new_member(cast, "王五", "13700137001", registered=False)
    member_services.registration_create_for_member(member=other, community=cast.community3)
    page = as_user(cast.unit_admin).get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    shown = dict((label, value) for value, label in re.findall(
        r'<div class="value">([^<]+)</div><div class="label">([^<]+)<', page))  # fmt: skip
    assert shown["本单位或其党员已确认报到的社区（村）"] == "2"
    assert shown["党支部"] == "1"
    assert "辖区内单位" not in shown and "社区（村）" not in shown
    assert "各社区（村）报到情况" in page and "分区域报到情况" not in page
    # An area's admin keeps the area's own counts.
    street = as_user(cast.street_admin).get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "辖区内单位" in street and "本单位或其党员" not in street


def test_a_community_admin_is_not_shown_their_community_twice(cast, as_user):
    """A community's overview has one area, its own: the table by area repeated the figures
    above it in one row. A street's admin still reads a row per community."""
    confirm_registration(cast.member, cast.community)
    page = as_user(cast.community_admin).get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "在职党员报到" in page and "分区域报到情况" not in page
    street = as_user(cast.street_admin).get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "分区域报到情况" in street and street.count(cast.community.name) >= 1


# What a figure's Chinese label says it counts, at its end (before a note in brackets).
COUNTED_ORGANIZATIONS = re.compile(r"(党组织|党支部|单位)(报到)?(（[^）]*）)?$")
COUNTED_PEOPLE = re.compile(r"(党员|群众志愿者)(报到)?(（[^）]*）)?$")


def test_a_figure_named_for_organizations_or_people_counts_each_one_once(cast):
    """A label ending in 党组织, 党支部 or 单位 counts organizations, one in 党员 or 群众志愿者
    counts people: its rows are those organizations or people, or registrations of them, each
    once. (单位党组织报到 once counted registrations, one per unit and partner community;
    制定活动方案的党组织 counted plans, one per organization and campaign.)"""
    from django.utils.translation import override

    from jinlin.members.models import Member, Registration
    from jinlin.organizations.models import Organization

    register_unit(cast.unit, cast.community, cast.community2, cast.community3)
    period = Period.last_weeks(4)
    checked = []
    with override("zh-hans"):
        for figure in fig.all_figures().values():
            label = str(figure.label)
            if not (COUNTED_ORGANIZATIONS.search(label) or COUNTED_PEOPLE.search(label)):
                continue
            rows = figure.rows(cast.district, period)
            wanted = Organization if COUNTED_ORGANIZATIONS.search(label) else Member
            if rows.model is Registration:
                who = set(rows.values_list("member_id", "unit_id"))
            else:
                assert rows.model is wanted, f"{figure.key} ({label}) counts {rows.model}"
                who = set(rows.values_list("pk", flat=True))
            assert len(who) == fig.value_of(figure, cast.district, period), figure.key
            checked.append(figure.key)
    assert {"units_registered", "members_registered", "other_party_registered",
            "volunteers_registered", "members_served", "branches_served", "brands"} <= set(checked)


def test_every_figure_gives_the_measure_word_of_what_it_counts(cast):
    """Each figure's 量词 stands after its value on the overview and in the 台账 cover's 单位
    column: 人 for people, 个 for organizations, 人次 for times served, 小时 for hours — never
    a bare number a clerk must guess the unit of."""
    from django.utils.translation import override

    words = {}
    with override("zh-hans"):
        for figure in fig.all_figures().values():
            word, label = str(figure.unit), str(figure.label)
            assert word, f"{figure.key} ({label}) has no measure word"
            if COUNTED_PEOPLE.search(label):
                assert word == "人", (figure.key, word)
            if COUNTED_ORGANIZATIONS.search(label):
                assert word == "个", (figure.key, word)
            words[figure.key] = word
    assert (words["credits"], words["hours"], words["households_paired"]) == ("人次", "小时", "户")
    with override("en"):
        assert str(fig.all_figures()["units_registered"].unit) == "organizations"


def test_the_briefing_writes_the_seeds_sentence_with_in_service_members(mixed):
    from django.utils.translation import override

    from jinlin.reports.briefing import briefing_write

    cast, _need, _people = mixed
    with override("zh-hans"):
        written = briefing_write(cast.district, Period.last_weeks(4))
    values = written["values"]

    def said(runs):
        return "".join(r.get("t", "") or values.get(r.get("f", ""), "") for r in runs)

    lead = said(written["blocks"][0]["runs"])
    assert "共有2名在职党员、0个单位党组织到社区报到" in lead
    assert "党员群众参与服务3人次" in lead
    text = "".join(said(b["runs"]) for b in written["blocks"])
    assert "另有其他党员（离退休、学生等）1名、群众志愿者2名到社区报到" in text
    # 典型做法: the people credited, by group (not the 5 who claimed nor the 4 accepted).
    assert "2名党员、1名群众志愿者参与服务并记入时长" in text


def test_outcomes_are_recorded_once_per_activity(mixed):
    cast, need, _people = mixed
    activity_outcomes_set(
        need=need, outcomes={"truckloads": "28", "bags": ""}, by=cast.community_admin
    )
    period = Period.last_weeks(4)
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    assert values["outcome_truckloads"] == 28  # not 28 × 3 participants
    assert "outcome_bags" not in values  # left blank: not counted
    rows = list(fig.all_figures()["outcome_truckloads"].rows(cast.district, period))
    assert [(r.need_id, r.count, r.from_shares) for r in rows] == [(need.pk, 28, False)]


def test_members_shares_stand_in_until_the_total_is_recorded_and_never_add_after(cast):
    a = new_member(cast, "王五", "13700137000")
    b = new_member(cast, "赵六", "13600136000")
    c = new_member(cast, "孙七", "13500135000")
    need = publish(cast, slots=5, metrics=["truckloads"])
    for m in (a, b, c):
        need_services.claim_create(need=need, member=m)
    _credit(cast, need, a, outcomes={"truckloads": 2})
    _credit(cast, need, b, outcomes={"truckloads": 3})
    row = ActivityOutcome.objects.get(need=need, metric="truckloads")
    assert (row.count, row.from_shares) == (5, True)
    activity_outcomes_set(need=need, outcomes={"truckloads": 4}, by=cast.community_admin)
    _credit(cast, need, c, outcomes={"truckloads": 9})  # a share, after the total: no change
    row.refresh_from_db()
    assert (row.count, row.from_shares) == (4, False)


def test_outcomes_count_only_for_credited_activities(cast):
    a = new_member(cast, "王五", "13700137000")
    need = publish(cast, slots=5, metrics=["truckloads"])
    need_services.claim_create(need=need, member=a)
    token, _ = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=a)
    service_services.claim_accept(
        claim=need.claims.get(member=a), hours="1", by=cast.community_admin
    )
    activity_outcomes_set(need=need, outcomes={"truckloads": 6}, by=cast.community_admin)
    period = Period.last_weeks(4)
    assert _value(cast.district, period, "outcome_truckloads") == 0
    service_services.scan_record(token=token, member=a)  # now credited
    assert _value(cast.district, period, "outcome_truckloads") == 6


def test_recording_outcomes_is_the_communitys_and_refuses_bad_counts(cast):
    from jinlin.core.errors import Conflict, InvalidInput, NotAllowed

    need = publish(cast, slots=5, metrics=["truckloads"])
    with pytest.raises(NotAllowed):
        activity_outcomes_set(need=need, outcomes={"truckloads": 1}, by=cast.community2_admin)
    for bad in ({"truckloads": "-1"}, {"truckloads": "2.5"}, {"truckloads": "x"},
                {"leaflets": 3}, {"truckloads": 10**7}):  # fmt: skip
        with pytest.raises(InvalidInput):
            activity_outcomes_set(need=need, outcomes=bad, by=cast.community_admin)
    assert not ActivityOutcome.objects.filter(need=need).exists()
    later = publish(
        cast, slots=5, metrics=["truckloads"],
        starts_at=timezone.now() + dt.timedelta(days=1),
        ends_at=timezone.now() + dt.timedelta(days=1, hours=2),
    )  # fmt: skip
    with pytest.raises(Conflict):
        activity_outcomes_set(need=later, outcomes={"truckloads": 1}, by=cast.community_admin)


def test_the_roster_page_records_the_activitys_outcomes(mixed, as_user):
    cast, need, _people = mixed
    client = as_user(cast.community_admin)
    page = client.get(f"/needs/{need.pk}/roster/").content.decode()
    assert 'id="activity-outcomes"' in page
    assert 'name="outcome_truckloads"' in page.split('id="activity-outcomes"')[1]
    assert 'name="outcome_' not in page.split('id="activity-outcomes"')[0]  # not per member
    response = client.post(
        f"/needs/{need.pk}/roster/outcomes/", {"outcome_truckloads": "7", "outcome_bags": "x"}
    )
    assert response.status_code == 302
    assert not ActivityOutcome.objects.filter(need=need).exists()  # all or nothing
    client.post(
        f"/needs/{need.pk}/roster/outcomes/", {"outcome_truckloads": "7", "outcome_bags": ""}
    )
    assert dict(ActivityOutcome.objects.filter(need=need).values_list("metric", "count")) == {
        "truckloads": 7
    }


def test_the_api_records_and_reads_an_activitys_outcomes(mixed):
    from tests.api import api_as

    cast, need, _people = mixed
    admin = api_as("community")
    answer = admin.put(f"/needs/{need.pk}/outcomes", {"outcomes": {"truckloads": 12}})
    assert answer.status_code == 200, answer.content
    assert answer.json()["outcomes"][0]["count"] == 12
    assert admin.put(
        f"/needs/{need.pk}/outcomes", {"outcomes": {"truckloads": -1}}
    ).status_code == 400
    other = api_as("community2")
    assert other.put(
        f"/needs/{need.pk}/outcomes", {"outcomes": {"truckloads": 1}}
    ).status_code in (403, 404)


def test_the_hours_of_an_activity_belong_to_its_day_across_midnight(cast, as_user):
    """A need from 22:00 to 23:30 credited at 00:10 the next day: the need's day everywhere."""
    from unittest import mock

    a = new_member(cast, "王五", "13700137000")
    today = timezone.localdate()
    start = timezone.make_aware(dt.datetime.combine(today - dt.timedelta(days=2), dt.time(22)))
    need = publish(cast, slots=2, starts_at=start, ends_at=start + dt.timedelta(minutes=90))
    with mock.patch("django.utils.timezone.now", return_value=start - dt.timedelta(hours=1)):
        need_services.claim_create(need=need, member=a)
    with mock.patch("django.utils.timezone.now", return_value=start + dt.timedelta(minutes=5)):
        token, _ = service_services.site_code_issue(need=need, by=cast.community_admin)
        service_services.scan_record(token=token, member=a)
    service_services.claim_accept(
        claim=need.claims.get(member=a), hours="1.5", by=cast.community_admin
    )
    after_midnight = start + dt.timedelta(hours=2, minutes=10)
    with mock.patch("django.utils.timezone.now", return_value=after_midnight):
        token, _ = service_services.site_code_issue(need=need, by=cast.community_admin)
        service_services.scan_record(token=token, member=a)
    day = need.day
    assert day == today - dt.timedelta(days=2)
    assert LedgerDay.objects.get(community=cast.community).day == day
    the_day = Period(day, day)
    assert _value(cast.community, the_day, "hours") == Decimal("1.5")
    next_day = Period(day + dt.timedelta(days=1), day + dt.timedelta(days=1))
    assert _value(cast.community, next_day, "hours") == 0
    page = as_user(a.user).get("/me/hours/").content.decode()
    assert day.isoformat() in page or f"{day.month}月{day.day}日" in page


def test_the_briefing_says_the_overdue_are_counted_today_with_those_found_before(cast):
    """Two problems found in the period, both closed; one found two months ago, still open
    past its deadline: the briefing must not read “found 2 … 1 overdue” as if of the two."""
    from django.utils.translation import override

    from jinlin.oversight.models import Problem
    from jinlin.reports.briefing import briefing_write
    from tests.oversight_helpers import problem

    today = timezone.localdate()
    for title in ("楼道堆物", "车辆乱停"):
        made = problem(cast, title=title, deadline=today + dt.timedelta(days=3))
        Problem.objects.filter(pk=made.pk).update(
            status=Problem.Status.CLOSED, closed_at=timezone.now()
        )
    old = problem(cast, title="垃圾死角", deadline=today - dt.timedelta(days=30))
    Problem.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=60))
    with override("zh-hans"):
        written = briefing_write(cast.district, Period.last_weeks(4))
    values = written["values"]
    runs = [r for block in written["blocks"] for r in block["runs"]]
    text = "".join(r.get("t", "") or values.get(r.get("f", ""), "") for r in runs)
    assert ("期间督导检查发现问题2个，整改销号2个；"
            "截至今日，共有1个问题（含此前发现的）逾期未整改") in text  # fmt: skip
