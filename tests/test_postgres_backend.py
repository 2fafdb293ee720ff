"""The PostgreSQL backend's health check (``jinlin.core.postgresql``): a healthy idle
connection is not asked ``SELECT 1`` before each request; one the server closed is found and
replaced before a request uses it."""

import time

import pytest
from django.db import connection, connections
from django.db.backends.postgresql import base as django_base

pytestmark = [pytest.mark.postgres]


@pytest.fixture
def own_connection(db):
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"
    wrapper = connections.create_connection("default")
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


@pytest.fixture
def asked(monkeypatch):
    """How often the backend fell back to Django's own check (a ``SELECT 1``)."""
    calls = []
    original = django_base.DatabaseWrapper.is_usable

    def counted(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(django_base.DatabaseWrapper, "is_usable", counted)
    return calls


def test_a_healthy_idle_connection_costs_no_round_trip(own_connection, asked):
    assert type(own_connection).__module__ == "jinlin.core.postgresql.base"
    for _ in range(3):
        assert own_connection.is_usable()
    assert asked == []


def test_a_connection_the_server_closed_is_found_and_replaced(own_connection, asked):
    pid = own_connection.connection.info.backend_pid
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        assert cursor.fetchone()[0] is True
    deadline = time.monotonic() + 5
    while own_connection.is_usable() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not own_connection.is_usable()
    assert asked, "a readable socket is checked with a query, not trusted"
    # What Django does before a request's first query: the dead connection is replaced.
    own_connection.health_check_done = False
    own_connection.close_if_health_check_failed()
    with own_connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != pid


def test_in_a_transaction_the_check_asks_the_server(own_connection, asked):
    own_connection.set_autocommit(False)
    with own_connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    assert own_connection.is_usable()
    assert asked == [1]
    own_connection.rollback()
    own_connection.set_autocommit(True)
