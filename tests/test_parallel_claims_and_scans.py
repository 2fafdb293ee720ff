"""The rules that must hold under load, with real parallel HTTP requests on PostgreSQL."""

import pytest
from django.db import connection

from jinlin.api.security import token_issue
from jinlin.members import services as member_services
from jinlin.needs import services as need_services
from jinlin.needs.models import Claim, Need
from jinlin.service import services as service_services
from jinlin.service.models import ServiceRecord
from tests.needs_helpers import confirm_registration, publish
from tests.parallel import call, in_parallel

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
WORKERS = 60  # PostgreSQL's default 100 connections bound how many requests run at once


@pytest.fixture(autouse=True)
def _on_postgres():
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"


def make_members(cast, count):
    members, tokens = [], []
    for i in range(count):
        member = member_services.member_create(
            name=f"队员{i}", phone=f"1370{i:07d}", branch=cast.branch2, community=cast.community
        )
        user, _password = member_services.member_account_issue(member=member)
        confirm_registration(member, cast.community)
        members.append(member)
        tokens.append(token_issue(user=user)[0])
    return members, tokens


@pytest.mark.parametrize("together", [False, True], ids=["alone", "made_together"])
def test_300_simultaneous_claims_on_20_slots(cast, live_server, settings, together):
    settings.CLAIM_BATCHES = together
    need = publish(cast, slots=20)
    _members, tokens = make_members(cast, 300)
    path = f"/api/v1/needs/{need.pk}/claims"
    made = list(need_services._claim_batches.made)
    results = in_parallel(
        [(lambda t=t: call(live_server.url, "POST", path, None, t)) for t in tokens],
        workers=WORKERS,
    )
    assert {status for status, _ in results} == {201}, [r for r in results if r[0] != 201][:3]
    statuses = [body["status"] for _status, body in results]
    assert statuses.count("confirmed") == 20 and statuses.count("waitlisted") == 280
    need.refresh_from_db()
    assert (need.confirmed_count, need.waitlisted_count) == (20, 280)
    assert need.claims.filter(status="confirmed").count() == 20
    # With CLAIM_BATCHES, the server's threads made claims that arrived together in one call
    # (#21): fewer calls than claims, every claim in one; without, none.
    calls, carried = (now - before for now, before in zip(need_services._claim_batches.made,
                                                           made, strict=True))  # fmt: skip
    if together:
        assert carried == 300 and calls < 300, (calls, carried)
    else:
        assert (calls, carried) == (0, 0)


def test_50_simultaneous_credit_scans_credit_once(cast, live_server):
    need = publish(cast, slots=1)
    members, tokens = make_members(cast, 1)
    claim = need_services.claim_create(need=need, member=members[0])
    code, _ = service_services.site_code_issue(need=need)
    service_services.scan_record(token=code, member=members[0])
    service_services.claim_accept(claim=claim, hours=2, by=cast.community_admin)
    results = in_parallel(
        [
            (lambda: call(live_server.url, "POST", "/api/v1/scans", {"token": code}, tokens[0]))
            for _ in range(50)
        ],
        workers=50,
    )
    ok = [body for status, body in results if status == 200]
    assert ok == [{"claim": claim.pk, "kind": "credit", "hours": 2.0}]
    refused = [body["error"]["code"] for status, body in results if status == 409]
    assert refused == ["already_credited"] * 49
    assert ServiceRecord.objects.filter(claim=claim).count() == 1


def test_credits_of_many_members_while_the_sealer_runs_are_all_sealed_once(
    cast, live_server, settings
):
    """80 members of one community credited at once while ``jinlin worker``'s sealer seals in
    rounds every 50 ms: every credit is one row, every row is sealed once, in one chain
    without gaps, and the ledger verifies."""
    import threading

    from jinlin.service import sealing

    settings.LEDGER_SEAL_SECONDS = 0.05
    need = publish(cast, slots=80)
    members, tokens = make_members(cast, 80)
    code, _ = service_services.site_code_issue(need=need)
    claims = []
    for member in members:
        claims.append(need_services.claim_create(need=need, member=member))
        service_services.scan_record(token=code, member=member)
    for claim in claims:
        claim.refresh_from_db()
        service_services.claim_accept(claim=claim, hours="1.5", by=cast.community_admin)
    stop = threading.Event()
    sealer = sealing.start(stop)
    try:
        results = in_parallel(
            [
                (lambda t=t: call(live_server.url, "POST", "/api/v1/scans", {"token": code}, t))
                for t in tokens
            ],
            workers=40,
        )
    finally:
        stop.set()
        sealer.join(10)
    assert {status for status, _ in results} == {200}, [r for r in results if r[0] != 200][:3]
    assert {body["kind"] for _status, body in results} == {"credit"}
    rows = ServiceRecord.objects.filter(chain=need.community_id)
    assert rows.filter(hash__isnull=True).count() < 80  # the sealer sealed as they came
    service_services.ledger_seal()  # those credited after its last round
    assert rows.count() == 80 and not rows.filter(hash__isnull=True).exists()
    assert sorted(rows.values_list("seq", flat=True)) == list(range(1, 81))
    assert sorted(rows.values_list("claim_id", flat=True)) == sorted(c.pk for c in claims)
    count, bad, why = service_services.ledger_verify()
    assert (count, bad, why) == (80, None, "")


def test_a_cancel_during_a_claim_storm_promotes_exactly_one(cast, live_server):
    need = publish(cast, slots=20)
    members, tokens = make_members(cast, 150)
    first = [need_services.claim_create(need=need, member=m) for m in members[:30]]
    waitlisted_before = [c.pk for c in first if c.status == "waitlisted"]
    assert len(waitlisted_before) == 10
    cancel_token = tokens[0]
    storm = [
        (lambda t=t: call(live_server.url, "POST", f"/api/v1/needs/{need.pk}/claims", None, t))
        for t in tokens[30:]
    ]
    storm.insert(
        60,
        lambda: call(
            live_server.url, "POST", f"/api/v1/claims/{first[0].pk}/cancel", None, cancel_token
        ),
    )
    results = in_parallel(storm, workers=WORKERS)
    assert all(status in (200, 201) for status, _ in results), results[:3]
    need.refresh_from_db()
    assert need.confirmed_count == 20 == need.claims.filter(status="confirmed").count()
    promoted = Claim.objects.filter(pk__in=waitlisted_before, status="confirmed")
    assert promoted.count() == 1
    assert promoted.get().pk == min(waitlisted_before)  # the earliest waiting
    assert need.claims.filter(member__in=members[30:], status="confirmed").count() == 0


def test_one_member_claiming_overlapping_needs_at_once_is_confirmed_for_one(cast, live_server):
    """The member's lock orders their claims across needs: of ten claims on needs at the same
    time, sent at once (each need twice), one is confirmed; the others meet the overlap or
    the claim already held, and nothing is counted that was not written."""
    needs = [publish(cast, slots=5, title=f"同时段{i}") for i in range(10)]
    _members, tokens = make_members(cast, 1)
    calls = [
        (lambda n=n: call(live_server.url, "POST", f"/api/v1/needs/{n.pk}/claims", None,
                          tokens[0]))
        for n in needs * 2
    ]  # fmt: skip
    results = in_parallel(calls, workers=20)
    created = [body for status, body in results if status == 201]
    refused = sorted(body["error"]["code"] for status, body in results if status == 409)
    assert len(created) == 1 and created[0]["status"] == "confirmed", results
    assert set(refused) <= {"time_overlap", "already_claimed"} and len(refused) == 19
    assert refused.count("already_claimed") == 1  # the confirmed need's second claim
    assert Claim.objects.filter(need__in=needs).count() == 1
    assert sum(Need.objects.filter(pk__in=[n.pk for n in needs]).values_list(
        "confirmed_count", flat=True)) == 1  # fmt: skip
