"""The demo district: realistic, deterministic, and every README account signs in."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from jinlin.demo.generator import demo_build
from jinlin.members.models import Member, Registration, RoleAssignment
from jinlin.organizations.models import Organization, Partnership

ACCOUNTS = [
    "admin",
    "district",
    "street",
    "community",
    "community2",
    "unit",
    "supervisor",
    "member",
    "m0001",
    "m0200",
]


@pytest.fixture
def demo(db):
    call_command("load_demo", members=1500)


def test_it_is_shaped_like_jimei(demo):
    count = Organization.objects.filter
    assert count(kind="street").count() == 6
    assert {o.subkind for o in count(kind="street")} == {"street", "town"}
    assert 100 <= count(kind="community").count() <= 120
    assert 280 <= count(kind="unit").count() <= 320
    assert count(name="双乐社区", parent__name="灌口镇").exists()
    assert count(subkind="property").exists() and count(subkind="owners").exists()
    assert Member.objects.count() == 1500 + 201
    assert Member.objects.filter(is_party_member=False).exists()
    statuses = set(Registration.objects.values_list("status", flat=True))
    assert statuses == {"pending", "confirmed", "declined", "withdrawn"}
    assert Registration.objects.filter(kind="unit").exists()


def test_every_readme_account_signs_in_with_demo(demo):
    for username in ACCOUNTS:
        client = Client()
        response = client.post("/signin/", {"username": username, "password": "demo"})
        assert response.status_code == 302, username
        assert client.get("/").status_code in (200, 302)


def test_the_named_accounts_fit_together(demo):
    community = RoleAssignment.objects.get(user__username="community").organization
    community2 = RoleAssignment.objects.get(user__username="community2").organization
    street = RoleAssignment.objects.get(user__username="street").organization
    unit = RoleAssignment.objects.get(user__username="unit").organization
    assert community != community2 and community.parent == community2.parent == street
    assert Partnership.objects.filter(unit=unit, community=community).exists()
    assert RoleAssignment.objects.get(user__username="supervisor").role == "supervisor"
    for username in ["member", "m0001", "m0100", "m0200"]:
        member = Member.objects.get(user__username=username)
        assert Registration.objects.get(member=member).status == "confirmed"
        assert Registration.objects.get(member=member).community == community


def test_the_same_seed_builds_the_same_district(db):
    def snapshot():
        with transaction.atomic():
            demo_build(seed=7, members=300)
            names = list(Member.objects.order_by("id").values_list("name", "phone"))
            orgs = list(Organization.objects.order_by("code").values_list("code", "name"))
            transaction.set_rollback(True)
        return names, orgs

    first = snapshot()
    assert first == snapshot()
    with transaction.atomic():
        demo_build(seed=8, members=300)
        other = list(Member.objects.order_by("id").values_list("name", "phone"))
        transaction.set_rollback(True)
    assert other != first[0]


def test_loading_twice_keeps_the_first(demo, capsys):
    call_command("load_demo")
    assert "already loaded" in capsys.readouterr().out
    assert Member.objects.count() == 1500 + 201
