"""The plans of the hottest statements do not depend on when the statistics were taken.

PostgreSQL keeps a prepared statement's plan, and each plan of a PL/pgSQL function, until the
tables' statistics change. Made while the tables were small — a district's first claims and
scans, or a database ANALYZE has not reached since — a look-up by an index became a scan of
the whole table, kept while the table grew (#21: a claim's overlap check, a scan's read of the
attendances, a credit's update of its attendance). Here the tables are analysed small and
every plan is made generic at once, as it is kept: no statement a claim, a first scan, a
credit, a community's 代为扫码 or the worker's sealer sends prepared (``hot_cursor``) — nor
any statement of the database functions they call — scans a whole table. (The sealer's own
statements on the chains' heads are not prepared: planned afresh, they follow the table.)
"""

import re

import pytest
from django.db import connection

from jinlin.core import dbfunctions
from jinlin.core import sql as core_sql
from tests.api import api_as
from tests.needs_helpers import new_member, publish

pytestmark = pytest.mark.postgres


def _record_hot_statements(monkeypatch) -> list[str]:
    """The text of every statement sent through ``hot_cursor`` from now on."""
    import jinlin.api.security as security
    import jinlin.needs.fastpath as needs_fastpath

    sent: list[str] = []
    real = core_sql.hot_cursor

    class Recorded:
        def __init__(self, cursor):
            self.cursor = cursor

        def execute(self, statement, params=None):
            sent.append(statement)
            return self.cursor.execute(statement, params)

        def __getattr__(self, name):
            return getattr(self.cursor, name)

    class Recording:
        def __enter__(self):
            self.context = real()
            return Recorded(self.context.__enter__())

        def __exit__(self, *exc):
            return self.context.__exit__(*exc)

    for module in (core_sql, security, needs_fastpath):
        monkeypatch.setattr(module, "hot_cursor", Recording)
    return sent


PLAN = re.compile(r"Query Text: (?P<text>.*?)\n(?P<plan>.*)", re.DOTALL)


def _plans_while(run):
    """Each (statement, plan) PostgreSQL ran while ``run()`` ran, functions' statements
    included, every plan generic (as a prepared statement's kept plan is)."""
    logged: list[str] = []

    def heard(diagnostic):
        if "Query Text:" in (diagnostic.message_primary or ""):
            logged.append(diagnostic.message_primary)

    with connection.cursor() as cursor:
        cursor.execute("LOAD 'auto_explain'")
        for setting in ("plan_cache_mode = force_generic_plan", "client_min_messages = log",
                        "auto_explain.log_min_duration = 0",
                        "auto_explain.log_nested_statements = on"):  # fmt: skip
            cursor.execute(f"SET LOCAL {setting}")
    connection.connection.add_notice_handler(heard)
    try:
        run()
    finally:
        connection.connection.remove_notice_handler(heard)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL auto_explain.log_min_duration = -1")
            cursor.execute("SET LOCAL client_min_messages = notice")
    found = [PLAN.search(message) for message in logged]
    return [(m["text"].strip(), m["plan"]) for m in found if m]


def _normalized(text: str) -> str:
    return " ".join(re.sub(r"%s|\$\d+", "?", text).split())


def test_no_hot_statement_scans_a_whole_table_whatever_the_statistics(cast, monkeypatch):
    from jinlin.needs.models import Claim
    from jinlin.needs.services import _claims_together, claim_create
    from jinlin.service import services as service

    need = publish(cast, slots=2)
    code, _expires = service.site_code_issue(need=need)
    other = new_member(cast, "林秀英", "13900000417")
    third = new_member(cast, "王建国", "13900000418")
    claim_create(need=need, member=other)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # every table analysed as it is: a few rows each
    sent = _record_hot_statements(monkeypatch)

    def claim_sign_in_credit():
        member = api_as("member")
        assert member.post(f"/needs/{need.pk}/claims").status_code == 201
        # Claims arriving together in a server process go in one call (the need is full now).
        [(waiting, _claim, _other)] = _claims_together([(need.pk, third.pk, third.user_id)])
        assert waiting == "waitlisted"
        member = api_as("member")  # a cold token: the scan's lane reads the caller too
        signed = member.post("/scans", {"token": code})
        assert signed.status_code == 200 and signed.json()["kind"] == "sign_in", signed.content
        claim = Claim.objects.get(need=need, member=cast.member)
        service.claim_accept(claim=claim, hours=2, by=cast.community_admin)
        credited = member.post("/scans", {"token": code})
        assert credited.status_code == 200, credited.content
        assert credited.json()["kind"] == "credit", credited.content
        # 代为扫码: the community signs in, accepts and credits a member without a phone.
        done = service.claim_credit_for_member(
            claim=Claim.objects.get(need=need, member=other),
            reason="无智能手机",
            hours=2,
            by=cast.community_admin,
        )
        assert done["kind"] == "credit", done
        assert service.ledger_seal() == 2  # the worker's sealer, a moment later

    plans = _plans_while(claim_sign_in_credit)
    hot = {_normalized(s) for s in sent}
    bodies = " ".join(_normalized(f.body) for f in dbfunctions._FUNCTIONS)
    checked = [
        (text, plan) for text, plan in plans
        if _normalized(text) in hot or _normalized(text) in bodies
    ]  # fmt: skip
    # The claim's function, the scan's, the credit's, and their statements were all seen.
    names = {f.stem: f.name for f in dbfunctions._FUNCTIONS}
    assert {"jinlin_claim", "jinlin_claims", "jinlin_scan", "jinlin_credit_win",
            "jinlin_token"} <= set(names)  # fmt: skip
    for name in names.values():
        assert any(name in text for text, _plan in checked), name
    inside = [text for text, _plan in checked if _normalized(text) in bodies]
    assert len(inside) >= 6, inside  # the claim's lock, overlap, insert …; the scan's read …
    scanning = [f"{text[:160]}\n{plan}" for text, plan in checked if "Seq Scan" in plan]
    assert not scanning, "\n\n".join(scanning)


def test_the_check_sees_a_whole_table_scanned(cast):
    """The test above can fail: a statement planned as those are, on a table analysed small,
    with no function to keep its plan, is seen scanning it."""
    from jinlin.needs.models import Claim

    need = publish(cast, slots=2)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE needs_claim")
    query = Claim.objects.filter(need=need, member=cast.member).values_list("pk")
    plans = _plans_while(lambda: list(query))
    assert [plan for text, plan in plans if "needs_claim" in text and "Seq Scan" in plan]
