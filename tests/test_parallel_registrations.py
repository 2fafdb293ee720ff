"""Registration rules under real parallel requests, held by the database (PostgreSQL)."""

import pytest
from django.db import connection

from jinlin.members import services
from jinlin.members.models import Member, Registration
from tests.conftest import PASSWORD
from tests.parallel import call, in_parallel, token_for

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _on_postgres():
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"


def test_twenty_simultaneous_registrations_of_one_member_make_one(cast, live_server):
    base = live_server.url
    token = token_for(base, "member", PASSWORD)
    results = in_parallel(
        [
            lambda: call(
                base, "POST", "/api/v1/registrations", {"community": cast.community.pk}, token
            )
            for _ in range(20)
        ]
    )
    statuses = sorted(status for status, _body in results)
    assert statuses == [201] + [409] * 19, results
    assert Registration.objects.filter(member=cast.member).count() == 1


def test_simultaneous_decisions_leave_exactly_one(cast, live_server):
    base = live_server.url
    registration = services.registration_create_for_member(
        member=cast.member, community=cast.community
    )
    token = token_for(base, "community", PASSWORD)
    path = f"/api/v1/registrations/{registration.pk}"
    jobs = [lambda: call(base, "POST", f"{path}/confirm", None, token) for _ in range(8)]
    jobs += [
        lambda: call(base, "POST", f"{path}/decline", {"reason": "x"}, token) for _ in range(8)
    ]
    results = in_parallel(jobs)
    ok = [body for status, body in results if status == 200]
    assert len(ok) == 1
    assert all(status == 409 for status, _body in results if status != 200)
    registration.refresh_from_db()
    assert registration.status == ok[0]["status"]


def test_many_members_register_at_once_without_errors(cast, live_server):
    base = live_server.url
    tokens = []
    for i in range(30):
        member = services.member_create(
            name=f"队员{i}", phone=f"1370000{i:04d}", branch=cast.branch, community=cast.community
        )
        user, password = services.member_account_issue(member=member)
        tokens.append(token_for(base, user.username, password))
    results = in_parallel(
        [
            (
                lambda t=t: call(
                    base, "POST", "/api/v1/registrations", {"community": cast.community.pk}, t
                )
            )
            for t in tokens
        ]
    )
    assert [status for status, _ in results] == [201] * 30
    assert Registration.objects.filter(community=cast.community).count() == 30
    assert Member.objects.count() == 32
