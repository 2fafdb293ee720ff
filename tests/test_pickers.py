"""Member pickers: among thousands of a community's members, a name or a phone's last digits
finds the right person, and two people of the same name can be told apart."""

from __future__ import annotations

import re

from jinlin.care import services as care_services
from jinlin.members.models import Member

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"


def _many_members(cast, count=5000):
    rows = []
    for n in range(count):
        name = SURNAMES[n % len(SURNAMES)] + GIVEN[(n // len(SURNAMES)) % len(GIVEN)] + GIVEN[n % 7]
        rows.append(
            Member(name=name, phone=f"139{n:08d}", community=cast.community, branch=cast.branch)
        )
    rows.append(
        Member(name="侯晓", phone="13612340001", community=cast.community, is_party_member=False)
    )
    rows.append(
        Member(name="侯晓", phone="13612340002", community=cast.community, branch=cast.branch)
    )
    Member.objects.bulk_create(rows)


def test_the_captain_picker_finds_one_among_five_thousand(cast, as_user):
    _many_members(cast)
    building = care_services.building_create(
        community=cast.community,
        name="3号楼",
        entrances=["1单元", "2单元"],
        by=cast.community_admin,
    )
    entrance = building.entrances.first()
    client = as_user(cast.community_admin)
    page = client.get(f"/care/c/{cast.community.pk}/buildings/").content.decode()
    assert "侯晓" not in page and page.count("<option") < 50  # nobody is listed up front
    url = f"/care/c/{cast.community.pk}/members/pick/"
    assert f'hx-get="{url}"' in page

    both = client.get(url, {"q": "侯晓"}).content.decode()
    assert both.count('data-pick="') == 2
    assert "…0001" in both and "…0002" in both and "城管局党支部" in both  # told apart

    one = client.get(url, {"q": "340002"}).content.decode()
    assert one.count('data-pick="') == 1
    chosen = int(re.search(r'data-pick="(\d+)"', one).group(1))
    assert Member.objects.get(pk=chosen).phone == "13612340002"

    crowd = client.get(url, {"q": "王"}).content.decode()
    assert crowd.count('data-pick="') == 20 and 'class="muted more"' in crowd

    response = client.post(f"/care/entrances/{entrance.pk}/captain/", {"captain": chosen})
    entrance.refresh_from_db()
    assert response.status_code == 302 and entrance.captain_id == chosen


def test_a_picker_shows_whom_the_form_already_holds(cast, as_user):
    from jinlin.care.models import Team

    care_services.team_save(
        organization=cast.community,
        name="岑东亲邻先锋队",
        kind=Team.Kind.QINLIN,
        leader=cast.member,
        members=[cast.member],
        by=cast.community_admin,
    )
    team = Team.objects.get()
    page = as_user(cast.community_admin).get(f"/care/teams/{team.pk}/").content.decode()
    assert f'name="leader" value="{cast.member.pk}"' in page
    assert f'name="members" value="{cast.member.pk}"' in page


def test_only_those_who_manage_the_community_may_search_it(cast, as_user):
    url = f"/care/c/{cast.community.pk}/members/pick/"
    assert as_user(cast.community2_admin).get(url, {"q": "张"}).status_code in (403, 404)
    assert as_user(cast.member_user).get(url, {"q": "张"}).status_code in (403, 404)
    assert "张三" in as_user(cast.community_admin).get(url, {"q": "张"}).content.decode()


def test_namesakes_without_phone_or_branch_are_told_apart_by_community(cast, as_user):
    from jinlin.members.models import Member
    from jinlin.members.pickers import describe

    a = Member.objects.create(name="侯晓", is_party_member=False, community=cast.community)
    b = Member.objects.create(name="侯晓", is_party_member=False, community=cast.community2)
    assert describe(a) != describe(b) and "岑东社区" in describe(a)


def test_the_community_members_are_those_living_there_or_registered_either_way(
    cast, monkeypatch
):
    """Named by id (the registered) or by a subquery past REGISTERED_LISTED: the same people,
    each once, those of another community not among them."""
    from jinlin.care import forms as care_forms
    from tests.needs_helpers import new_member

    registered = new_member(cast, "报到者", "13700137555")  # lives elsewhere, registered here
    Member.objects.filter(pk=registered.pk).update(community=cast.community2)
    resident = Member.objects.create(name="住户", phone="13700137556", community=cast.community)
    elsewhere = Member.objects.create(name="外人", phone="13700137557", community=cast.community2)
    named = list(care_forms.community_members(cast.community))
    assert registered in named and resident in named and elsewhere not in named
    assert len(named) == len(set(named))
    assert "members_registration" not in str(care_forms.community_members(cast.community).query)
    monkeypatch.setattr(care_forms, "REGISTERED_LISTED", 0)
    assert "members_registration" in str(care_forms.community_members(cast.community).query)
    assert list(care_forms.community_members(cast.community)) == named
