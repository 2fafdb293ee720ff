"""Homes that lead to the work: what waits on each person, counted, with the link to the list
where it is done; registrations confirmed in bulk; a member told where a claim stands."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from jinlin.care import services as care_services
from jinlin.members import services as member_services
from jinlin.members.models import Registration
from jinlin.needs import services as need_services
from jinlin.notifications.models import Notification
from jinlin.oversight import services as oversight_services
from jinlin.service import services as service_services
from tests.care_helpers import household, pairing
from tests.needs_helpers import new_member, publish
from tests.standing_helpers import submit


def _work(page: str) -> dict[str, tuple[int, str]]:
    """{key: (count, url)} of the worklist on a home page."""
    items = re.findall(r'<li id="work-([a-z_]+)" data-count="(\d+)"[^>]*><a href="([^"]+)">', page)
    return {key: (int(count), url.replace("&amp;", "&")) for key, count, url in items}


def test_the_community_home_lists_what_waits_with_links(cast, as_user):
    # Two pending registrations, one member signed in on site, one new request, one overdue
    # problem, one overdue visit.
    for name, phone in (("王五", "13700137000"), ("赵六", "13600136000")):
        member = new_member(cast, name, phone, registered=False)
        member_services.registration_create_for_member(member=member, community=cast.community)
    worker = new_member(cast, "钱七", "13500135000")
    need = publish(cast)
    need_services.claim_create(need=need, member=worker)
    token, _expires = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=worker)
    submit(cast)
    oversight_services.problem_create(
        organization=cast.community,
        title="楼道堆物",
        source="round",
        severity="high",
        deadline=timezone.localdate() - dt.timedelta(days=2),
        by=cast.supervisor,
    )
    pairing(cast, household(cast), days_ago=90, cadence=30)

    client = as_user(cast.community_admin)
    work = _work(client.get("/").content.decode())
    assert work["registrations"] == (2, "/registrations/?status=pending")
    assert work["acceptance"] == (1, "/needs/manage/?status=to_accept")
    assert work["requests"] == (1, "/requests/manage/?status=submitted")
    assert work["overdue_problems"] == (1, "/oversight/problems/?overdue=1")
    assert work["overdue_visits"] == (1, f"/care/c/{cast.community.pk}/households/?overdue=1")
    assert "reports" not in work  # nothing waits there: not listed
    # Each link opens the list with exactly that work in it.
    listed = client.get(work["acceptance"][1]).content.decode()
    assert need.title in listed
    assert client.get(work["overdue_visits"][1]).content.decode().count("badge declined") == 1
    assert "楼道堆物" in client.get(work["overdue_problems"][1]).content.decode()
    # The street sees the overdue problem and visit in its area, not the community's queues.
    street = _work(as_user(cast.street_admin).get("/").content.decode())
    assert street["overdue_problems"][0] == 1 and street["overdue_visits"][0] == 1
    assert "registrations" not in street and "acceptance" not in street


def test_a_member_home_separates_now_from_later_and_says_to_scan_again(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    now = publish(cast, title="正在进行的清洁")
    later = publish(
        cast,
        title="明天的劝导",
        starts_at=timezone.now() + dt.timedelta(days=1),
        ends_at=timezone.now() + dt.timedelta(days=1, hours=2),
    )
    claim = need_services.claim_create(need=now, member=member)
    need_services.claim_create(need=later, member=member)
    token, _expires = service_services.site_code_issue(need=now, by=cast.community_admin)
    service_services.scan_record(token=token, member=member)
    service_services.claim_accept(
        claim=claim, hours="2", outcomes={}, note="", by=cast.community_admin
    )
    client = as_user(member.user)
    home = client.get("/").content.decode()
    under_way = home[home.index('id="home-now"') : home.index('id="home-upcoming"')]
    assert "正在进行的清洁" in under_way and "明天的劝导" not in under_way
    assert "明天的劝导" in home[home.index('id="home-upcoming"') :]
    assert _work(home)["to_credit"] == (1, "/me/claims/")
    detail = client.get(f"/needs/{now.pk}/").content.decode()
    state = re.search(r'<p id="claim-state">(.*?)</p>', detail, re.S).group(1)
    assert "已确认" not in state and "已验收" in state


def test_registrations_are_confirmed_in_bulk_and_each_member_is_told(cast, as_user):
    pending = []
    for name, phone in (("王五", "13700137000"), ("赵六", "13600136000"), ("孙八", "13300133000")):
        member = new_member(cast, name, phone, registered=False)
        pending.append(
            member_services.registration_create_for_member(member=member, community=cast.community)
        )
    other = member_services.registration_create_for_member(
        member=cast.other_member, community=cast.community3
    )
    client = as_user(cast.community_admin)
    page = client.get("/registrations/?status=pending").content.decode()
    assert page.count('name="registrations"') == 3  # only those this admin may decide
    response = client.post(
        "/registrations/confirm/",
        {"registrations": [pending[0].pk, pending[1].pk, other.pk], "next": "/registrations/"},
    )
    assert response.status_code == 302 and response["Location"] == "/registrations/"
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses[pending[0].pk] == statuses[pending[1].pk] == "confirmed"
    assert statuses[pending[2].pk] == "pending" and statuses[other.pk] == "pending"


def test_a_member_is_told_when_the_community_decides(cast):
    registration = member_services.registration_create_for_member(
        member=cast.other_member, community=cast.community3
    )
    member_services.registration_decline(
        registration=registration, reason="不在本社区居住", by=cast.community3_admin
    )
    notice = Notification.objects.get(user=cast.other_member_user)
    assert notice.kind == "registration" and notice.params["reason"] == "不在本社区居住"
    assert notice.url == "/me/registration/"


def test_the_overdue_visit_count_follows_the_visits(cast):
    home = household(cast)
    paired = pairing(cast, home, days_ago=45, cadence=30)
    from jinlin.care.models import Pairing

    assert Pairing.objects.overdue().count() == 1
    care_services.visit_log(
        pairing=paired, date=timezone.localdate(), kind="comfort", by=cast.member_user
    )
    assert Pairing.objects.overdue().count() == 0
