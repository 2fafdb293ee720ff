"""A claim's round trips on PostgreSQL (#21): with a warm token, four statements — BEGIN, the
locks with the need and the caller's eligibility, one statement for overlap, claim, counter and
notice, COMMIT. Counted, so that a change that adds a round trip to the hottest write is seen
(one such change once failed to apply without any test noticing)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api import api_as
from tests.needs_helpers import publish

pytestmark = [pytest.mark.postgres]


def test_a_claim_is_four_statements_with_a_warm_token(cast):
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"
    cache.clear()
    need = publish(cast, slots=1)
    member = api_as("member")
    assert member.get("/me").status_code == 200  # the phone opened the app: the token is warm
    with CaptureQueriesContext(connection) as seen:
        response = member.post(f"/needs/{need.pk}/claims")
    assert response.status_code == 201, response.content
    statements = [q["sql"] for q in seen.captured_queries]
    assert len(statements) == 4, "\n".join(s[:120] for s in statements)
    # Inside the test's own transaction, BEGIN and COMMIT are a savepoint and its release.
    assert statements[0].startswith(("BEGIN", "SAVEPOINT"))
    assert statements[-1].startswith(("COMMIT", "RELEASE SAVEPOINT"))
    assert "FOR UPDATE" in statements[1] and "members_registration" in statements[1]
    assert "INSERT INTO \"notifications_notification\"" in statements[2]
