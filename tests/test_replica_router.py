"""The replica router's rules, decided without a replica: which reads may go to it. (The
cluster tier, tests/test_cluster.py, runs them against a real streaming replica.)"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from jinlin.core import replica
from jinlin.members.models import Member, RoleAssignment
from jinlin.needs.models import Need


@pytest.fixture
def reading():
    tokens = (replica._reading.set(True), replica._wrote.set(False))
    yield replica.ReplicaRouter()
    replica._wrote.reset(tokens[1])
    replica._reading.reset(tokens[0])


def test_outside_a_replica_block_everything_reads_the_primary():
    router = replica.ReplicaRouter()
    assert router.db_for_read(Need) == replica.PRIMARY
    assert router.db_for_write(Need) == replica.PRIMARY


def test_inside_one_figures_read_the_replica_and_who_may_see_what_the_primary(reading):
    assert reading.db_for_read(Need) == replica.REPLICA
    assert reading.db_for_read(Member) == replica.REPLICA
    # A role taken away or an account switched off holds at once, whatever the lag.
    assert reading.db_for_read(get_user_model()) == replica.PRIMARY
    assert reading.db_for_read(RoleAssignment) == replica.PRIMARY


@pytest.mark.django_db(transaction=True)
def test_inside_a_transaction_and_after_a_write_reads_go_to_the_primary(reading):
    with transaction.atomic():
        assert reading.db_for_read(Need) == replica.PRIMARY  # locks and what it just wrote
    assert reading.db_for_read(Need) == replica.REPLICA
    assert reading.db_for_write(Need) == replica.PRIMARY
    assert reading.db_for_read(Need) == replica.PRIMARY  # this block now wrote: read it back


def test_without_a_replica_the_block_reads_the_primary_and_sets_no_mark(settings):
    assert not replica.configured()
    with replica.replica_reads(user_id=1) as used:
        assert used is False
        assert replica.ReplicaRouter().db_for_read(Need) == replica.PRIMARY
    with replica.replica_reads(strict=True) as used:
        assert used is False


@pytest.fixture
def pretend_replica(monkeypatch):
    """A replica that is there and has replayed whatever position is asked about, unless a
    test says otherwise; the positions asked about are recorded."""
    asked: list[str | None] = []
    monkeypatch.setattr(replica, "configured", lambda: True)
    monkeypatch.setattr(replica, "_primary_position", lambda: "0/AAA")
    monkeypatch.setattr(replica, "_replica_has", lambda position: asked.append(position) or True)
    monkeypatch.setattr(replica, "_down_until", 0.0)
    return asked


def test_a_page_reads_the_replica_for_a_get_and_the_primary_for_a_post(rf, pretend_replica):
    seen = []

    @replica.reads_from_replica
    def view(request):
        seen.append(replica._reading.get())

    view(rf.get("/"))
    view(rf.post("/"))
    assert seen == [True, False]


def test_a_writer_s_position_is_what_the_replica_must_have_replayed(pretend_replica):
    from django.core.cache import cache

    cache.set(replica._mark_key(7), "0/BEEF")
    with replica.replica_reads(user_id=7) as used:
        assert used
    with replica.replica_reads(user_id=8) as used:  # wrote nothing: only the lag bound
        assert used
    with replica.replica_reads(strict=True) as used:  # queued work: all the primary has
        assert used
    assert pretend_replica == ["0/BEEF", None, "0/AAA"]
    cache.set(replica._mark_key(7), replica.UNKNOWN)  # the primary's position was not read
    with replica.replica_reads(user_id=7) as used:
        assert not used


def test_a_replica_behind_the_writer_is_not_read(monkeypatch, settings, pretend_replica):
    from django.core.cache import cache

    monkeypatch.setattr(replica, "_replica_has", lambda position: position is None)
    cache.set(replica._mark_key(7), "0/BEEF")
    with replica.replica_reads(user_id=7) as used:
        assert not used
    settings.REPLICA_WAIT_SECONDS = 0.3
    with replica.replica_reads(strict=True) as used:  # waited 0.3 s, then the primary
        assert not used


def test_a_replica_that_does_not_answer_is_left_alone_for_a_while(monkeypatch, pretend_replica):
    from django.db import OperationalError

    calls = []

    def down(position):
        calls.append(position)
        raise OperationalError("connection refused")

    monkeypatch.setattr(replica, "_replica_has", down)
    monkeypatch.setattr(replica, "connections", {replica.REPLICA: _Closable()})
    with replica.replica_reads(user_id=None) as used:
        assert not used
    with replica.replica_reads(user_id=None) as used:
        assert not used
    assert len(calls) == 1  # the second block did not try it again
    assert replica._down_until > 0


class _Closable:
    closed = False

    def close(self):
        self.closed = True
