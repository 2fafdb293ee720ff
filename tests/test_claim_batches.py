"""Claims made together (PostgreSQL, #21): the claims a server process's threads send at the
same time go to the database in one call and one transaction (``fastpath.claim_calls``), each
decided by the claim's own function in order of arrival, as if made one after another; the
batch takes its locks in one order; a failed batch leaves each claim to be made alone."""

import datetime as dt
import threading
import time

import pytest
from django.db import OperationalError, connection, connections
from django.utils import timezone

from jinlin.needs import fastpath
from jinlin.needs import services as need_services
from jinlin.needs.models import Claim
from jinlin.notifications.models import Notification
from tests.needs_helpers import new_member, publish

pytestmark = [pytest.mark.postgres]

NOTICES = need_services.CLAIM_NOTICE_ARGUMENTS


def _on(cast, day, **fields):
    starts = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=day)
    return publish(cast, starts_at=starts, ends_at=starts + dt.timedelta(hours=2), **fields)


def _calls(claims):
    return fastpath.claim_calls(
        [(n, m.pk, m.user_id) for n, m in claims],
        at=timezone.now(),
        around=("/needs/", "/"),
        zone="Asia/Shanghai",
        notices=NOTICES,
    )


def test_claims_in_one_call_are_decided_in_order_as_one_after_another(cast):
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"
    one = _on(cast, 2, slots=1)
    same_time = _on(cast, 2, slots=5)
    elsewhere = _on(cast, 3, slots=5, community=cast.community2)
    other = new_member(cast, "林秀英", "13900000417")
    me = cast.member
    answers = _calls([
        (one.pk, me), (one.pk, other), (one.pk, me), (same_time.pk, me),
        (elsewhere.pk, me), (999_999_999, me), (same_time.pk, other),
    ])  # fmt: skip
    codes = [code for code, _claim, _other in answers]
    assert codes == [
        "confirmed", "waitlisted", "held", "overlap", "not_eligible", "missing",
        "confirmed",  # only waitlisted for ``one``: free at that time
    ]  # fmt: skip
    assert answers[3][2] == one.pk
    claims = {(c.need_id, c.member_id): c for c in Claim.objects.filter(need__in=[one, same_time])}
    assert set(claims) == {(one.pk, me.pk), (one.pk, other.pk), (same_time.pk, other.pk)}
    assert (answers[0][1], answers[1][1]) == (claims[one.pk, me.pk].pk, claims[one.pk, other.pk].pk)
    one.refresh_from_db()
    assert (one.confirmed_count, one.waitlisted_count) == (1, 1)
    notices = Notification.objects.filter(kind__in=["claim_confirmed", "claim_waitlisted"])
    assert sorted(n.kind for n in notices) == ["claim_confirmed"] * 2 + ["claim_waitlisted"]
    assert {(n.user_id, n.url) for n in notices} == {
        (me.user_id, f"/needs/{one.pk}/"), (other.user_id, f"/needs/{one.pk}/"),
        (other.user_id, f"/needs/{same_time.pk}/"),
    }  # fmt: skip


def _in_thread(target, *args):
    """``target`` in a thread of its own (its own database connection, closed at the end)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = target(*args)
        except Exception as exc:  # the test reads it
            outcome["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _locked_elsewhere(need_id):
    """Whether another transaction holds the need's row (asked without waiting, in
    autocommit: a lock taken here ends with the statement)."""
    with connections["default"].cursor() as cursor:
        try:
            cursor.execute("SELECT 1 FROM needs_need WHERE id = %s FOR UPDATE NOWAIT", [need_id])
        except OperationalError:
            return True
    return False


@pytest.mark.django_db(transaction=True)
def test_a_batch_locks_its_needs_in_order_of_id_before_its_first_claim(cast):
    """Arriving in the order (later need, earlier need), a batch still locks the earlier need
    first: while it waits for the later one, the earlier is already its own. Two batches, or a
    batch and a promotion from a waitlist, can then never wait for each other in a circle."""
    early, late = _on(cast, 2, slots=3), _on(cast, 4, slots=3)
    other = new_member(cast, "林秀英", "13900000417")
    assert early.pk < late.pk
    holder = connections.create_connection("default")  # another transaction holds ``late``
    holder.set_autocommit(False)
    with holder.cursor() as cursor:
        cursor.execute("SELECT 1 FROM needs_need WHERE id = %s FOR UPDATE", [late.pk])
    thread, outcome = _in_thread(_calls, [(late.pk, cast.member), (early.pk, other)])
    try:
        deadline = time.monotonic() + 10
        while not _locked_elsewhere(early.pk):  # the batch took ``early`` and waits
            assert time.monotonic() < deadline, "the batch never locked the earlier need"
            time.sleep(0.02)
        assert thread.is_alive()
    finally:
        holder.rollback()
        holder.close()
    thread.join(10)
    assert [code for code, _c, _o in outcome["value"]] == ["confirmed", "confirmed"]


@pytest.mark.django_db(transaction=True)
def test_claims_arriving_together_are_made_in_one_call(cast, monkeypatch, settings):
    """Four members claim while a fifth's claim is in the database: the four wait and go in
    the next call together; each gets its own answer, and the need's counters agree."""
    settings.CLAIM_BATCHES = True
    need = _on(cast, 2, slots=3)
    members = [cast.member] + [new_member(cast, f"队员{i}", f"1390000041{i}") for i in range(4)]
    batches = need_services._claim_batches
    made = list(batches.made)
    calls = []
    claim_calls = fastpath.claim_calls

    def held(claims, **kwargs):
        calls.append([member for _n, member, *_rest in claims])
        if len(calls) == 1:
            deadline = time.monotonic() + 10
            while len(batches._waiting) < 4:
                assert time.monotonic() < deadline
                time.sleep(0.001)
        return claim_calls(claims, **kwargs)

    monkeypatch.setattr(fastpath, "claim_calls", held)

    def claim(member):
        return need_services.claim_own(need_id=need.pk, member_id=member.pk,
                                       user_id=member.user_id)  # fmt: skip

    first = _in_thread(claim, members[0])
    deadline = time.monotonic() + 10
    while not calls:
        assert time.monotonic() < deadline
        time.sleep(0.001)
    rest = [_in_thread(claim, m) for m in members[1:]]
    for thread, _outcome in [first, *rest]:
        thread.join(15)
    answers = [outcome["value"] for _thread, outcome in [first, *rest]]
    assert [len(call) for call in calls] == [1, 4]
    assert sorted(calls[1]) == sorted(m.pk for m in members[1:])
    assert [batches.made[0] - made[0], batches.made[1] - made[1]] == [2, 5]
    statuses = [status for _claim, status in answers]
    assert statuses[0] == "confirmed"
    assert sorted(statuses) == ["confirmed"] * 3 + ["waitlisted"] * 2
    for (claim_id, status), member in zip(answers, members, strict=True):
        assert Claim.objects.filter(pk=claim_id, member=member, status=status).exists()
    need.refresh_from_db()
    assert (need.confirmed_count, need.waitlisted_count) == (3, 2)


@pytest.mark.django_db(transaction=True)
def test_a_failed_batch_leaves_each_claim_to_be_made_alone(cast, monkeypatch, settings):
    settings.CLAIM_BATCHES = True
    need = _on(cast, 2, slots=3)

    def aborted(claims, **kwargs):
        raise OperationalError("deadlock detected")

    monkeypatch.setattr(fastpath, "claim_calls", aborted)
    taken = need_services.claim_own(
        need_id=need.pk, member_id=cast.member.pk, user_id=cast.member.user_id
    )
    assert taken is not None and taken[1] == "confirmed"
    assert list(Claim.objects.filter(need=need).values_list("pk", "status")) == [
        (taken[0], "confirmed")
    ]


def test_in_a_transaction_a_claim_is_its_own_call(cast, monkeypatch, settings):
    """Inside a transaction (a request's, a script's), a claim is not carried by another
    thread's call, which commits on its own: it is made on this connection, in this
    transaction."""
    settings.CLAIM_BATCHES = True
    need = _on(cast, 2, slots=3)
    monkeypatch.setattr(need_services._claim_batches, "submit", None)  # would fail if used
    taken = need_services.claim_own(
        need_id=need.pk, member_id=cast.member.pk, user_id=cast.member.user_id
    )
    assert taken is not None and taken[1] == "confirmed"
