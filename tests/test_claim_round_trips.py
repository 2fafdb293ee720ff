"""A claim's round trips on PostgreSQL (#21): with a warm token, one statement — the claim's
database function, which locks the need and the member, decides who may claim, checks the
overlap, writes the claim, its counter and its notice. Counted, so that a change that adds a
round trip to the hottest write is seen (one such change once failed to apply without any test
noticing). What the function writes is compared with what the rules write on SQLite."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jinlin.needs import fastpath
from jinlin.needs.models import Claim, Need
from jinlin.notifications.models import Notification
from jinlin.service.fastpath import CREDIT_WIN, SCAN
from tests.api import api_as
from tests.needs_helpers import new_member, publish

pytestmark = [pytest.mark.postgres]


def test_a_claim_is_one_statement_with_a_warm_token(cast):
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"
    cache.clear()
    need = publish(cast, slots=1)
    member = api_as("member")
    assert member.get("/me").status_code == 200  # the phone opened the app: the token is warm
    with CaptureQueriesContext(connection) as seen:
        response = member.post(f"/needs/{need.pk}/claims")
    assert response.status_code == 201, response.content
    statements = [q["sql"] for q in seen.captured_queries]
    assert len(statements) == 1, "\n".join(s[:120] for s in statements)
    assert fastpath.CLAIM_FUNCTION in statements[0]


def test_the_function_writes_what_the_rules_write(cast):
    """Confirmed, then waitlisted: the claims, the counters and the notices (kind, message,
    the need's title, place and local start, its link) as the SQLite path writes them."""
    starts = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=2, minutes=7)
    need = publish(cast, slots=1, starts_at=starts, ends_at=starts + dt.timedelta(hours=2))
    other = new_member(cast, "林秀英", "13900000417")
    first = api_as("member").post(f"/needs/{need.pk}/claims")
    assert first.status_code == 201 and first.json()["status"] == "confirmed"
    from jinlin.needs import services

    second = services.claim_create(need=Need(pk=need.pk), member=other, by=other.user)
    assert second.status == Claim.Status.WAITLISTED
    need.refresh_from_db()
    assert (need.confirmed_count, need.waitlisted_count) == (1, 1)
    rows = {c.member_id: c for c in Claim.objects.filter(need=need)}
    assert rows[other.pk].status == "waitlisted" and rows[other.pk].confirmed_at is None
    confirmed = rows[cast.member.pk]
    assert confirmed.status == "confirmed" and confirmed.confirmed_at == confirmed.created_at
    notices = {
        n.kind: n for n in Notification.objects.filter(kind__in=["claim_confirmed",
                                                                 "claim_waitlisted"])
    }  # fmt: skip
    when = timezone.localtime(starts).strftime("%Y-%m-%d %H:%M")
    for kind, user in (("claim_confirmed", cast.member.user), ("claim_waitlisted", other.user)):
        notice = notices[kind]
        assert notice.user_id == user.pk
        assert notice.params == {"title": need.title, "place": need.place, "when": when}
        assert notice.url == f"/needs/{need.pk}/"
    assert notices["claim_confirmed"].message.startswith("You are confirmed for")
    assert notices["claim_waitlisted"].message.endswith("you are on its waitlist.")


def test_the_database_holds_the_function_its_code_calls(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_proc WHERE proname = %s", [fastpath.CLAIM_FUNCTION])
        assert cursor.fetchone()[0] == 1


def test_a_credit_scan_is_two_statements_and_takes_no_lock(cast):
    """The scan that credits: its read, then one statement — the conditional credit with the
    notice, the ledger's row (sealed a moment later) and the day sums — in no transaction
    and under no chain's lock (#21: credits of one community do not queue)."""
    from jinlin.service import services as service
    from jinlin.service.models import LedgerDay, LedgerHead, ServiceRecord

    # A chain that has a row (the chain's first credit makes its head).
    LedgerHead.objects.get_or_create(chain=cast.community.pk)
    need = publish(cast, slots=1)
    claim = need_services_claim(need, cast.member)
    code, _expires = service.site_code_issue(need=need)
    service.scan_record(token=code, member=cast.member)
    service.claim_accept(claim=claim, hours=2, by=cast.community_admin)
    member = api_as("member")
    assert member.get("/me").status_code == 200
    with CaptureQueriesContext(connection) as seen:
        response = member.post("/scans", {"token": code})
    assert response.status_code == 200 and response.json()["kind"] == "credit", response.content
    statements = [q["sql"] for q in seen.captured_queries]
    assert len(statements) == 2, "\n".join(s[:120] for s in statements)
    write = statements[1]
    assert write.startswith(f"WITH won AS (SELECT id FROM {CREDIT_WIN.name}(")
    assert "FOR UPDATE" not in write
    for table in ("notifications_notification", "service_servicerecord", "service_ledgerday"):
        assert f'INSERT INTO "{table}"' in write, table
    record = ServiceRecord.objects.get(claim=claim)
    assert (record.seq, record.hash) == (None, None)  # waiting for its seal
    day = LedgerDay.objects.get(community=cast.community, day=record.activity_date)
    assert (day.credits, day.hours) == (1, record.hours)
    assert Notification.objects.filter(user=cast.member.user, kind="credited").count() == 1
    assert service.ledger_seal() == 1
    record.refresh_from_db()
    head = LedgerHead.objects.get(chain=cast.community.pk)
    assert (record.chain, head.seq, head.last_hash) == (cast.community.pk, record.seq, record.hash)


def need_services_claim(need, member):
    from jinlin.needs import services

    return services.claim_create(need=need, member=member)


def test_readiness_says_when_the_claim_function_is_missing(db, client):
    """Code upgraded without ``jinlin migrate`` would refuse every claim: /readyz says so."""
    from jinlin.core import health

    health._MIGRATED.clear()
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER FUNCTION {fastpath.CLAIM_FUNCTION} RENAME TO jinlin_claim_away")
    try:
        checks = client.get("/readyz").json()["checks"]
        expected = f"database functions missing: {fastpath.CLAIM_FUNCTION} (run: jinlin migrate)"
        assert checks["migrations"] == expected
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER FUNCTION jinlin_claim_away RENAME TO {fastpath.CLAIM_FUNCTION}")
        health._MIGRATED.clear()
    assert client.get("/readyz").json()["checks"]["migrations"] == "ok"


def test_the_hottest_statements_are_prepared_once_per_connection(cast):
    """A claim's call and a scan's statements are planned once per connection (a prepared
    statement), not at every call; with prepared statements off (behind a pooler that cannot
    keep them) the same calls run unprepared."""
    from jinlin.service import services as service

    def prepared():
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
            return [row[0] for row in cursor.fetchall()]

    need = publish(cast, slots=2)
    code, _expires = service.site_code_issue(need=need)
    before = prepared()
    need_services_claim(need, cast.member)
    assert service.scan_record(token=code, member=cast.member)["kind"] == "sign_in"
    added = [s for s in prepared() if s not in before]
    assert any(fastpath.CLAIM_FUNCTION in s for s in added), added
    assert any(SCAN.name in s for s in added), added
    connection.connection.prepare_threshold = None
    try:
        other = new_member(cast, "林秀英", "13900000417")
        before = prepared()
        assert need_services_claim(need, other).status == Claim.Status.CONFIRMED
        assert service.scan_record(token=code, member=other)["kind"] == "sign_in"
        assert prepared() == before
    finally:
        connection.connection.prepare_threshold = 0
