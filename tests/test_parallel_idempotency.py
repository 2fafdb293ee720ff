"""Idempotency keys under real parallel retries (PostgreSQL): ten copies of one claim with one
key make one claim; each copy gets the first answer or is told to retry in a moment."""

import json
import urllib.request

import pytest
from django.db import connection

from jinlin.needs.models import Claim
from tests.conftest import PASSWORD
from tests.needs_helpers import confirm_registration, publish
from tests.parallel import in_parallel, token_for

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _claim(base, need_id, token, key):
    request = urllib.request.Request(
        f"{base}/api/v1/needs/{need_id}/claims", data=b"{}", method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}",
                 "Idempotency-Key": key},
    )  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def test_ten_parallel_retries_with_one_key_make_one_claim(cast, live_server):
    assert connection.vendor == "postgresql"
    need = publish(cast, slots=5)
    confirm_registration(cast.member, cast.community)
    token = token_for(live_server.url, "member", PASSWORD)
    answers = in_parallel(
        [lambda: _claim(live_server.url, need.pk, token, "same-key") for _ in range(10)],
        workers=10,
    )
    assert Claim.objects.filter(member=cast.member).count() == 1
    statuses = [status for status, _ in answers]
    assert set(statuses) <= {201, 409} and 201 in statuses, answers
    created = {body["id"] for status, body in answers if status == 201}
    assert len(created) == 1
    waiting = [body for status, body in answers if status == 409]
    assert all(b["error"]["code"] == "idempotency_in_progress" for b in waiting), waiting
    # Once the first call is done, a retry gets its answer.
    assert _claim(live_server.url, need.pk, token, "same-key")[0] == 201
