"""Idempotency keys on the API (#22 item 3): a retry with the same key and body gets the first
answer and the work is done once; the same key with another request is 422; without a key a
replayed claim's 409 carries the claim and a replayed credit's 409 the hours credited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from jinlin.api.models import IdempotentRequest
from jinlin.needs.models import Claim
from tests.api import api_as
from tests.needs_helpers import confirm_registration
from tests.test_api_needs import _body

pytestmark = pytest.mark.django_db


def _post(api, path, body=None, key=None):
    extra = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}
    return api.client.post(f"/api/v1{path}", json.dumps(body or {}),
                           content_type="application/json", **api._headers(), **extra)  # fmt: skip


def _need(cast):
    need = api_as("community").post("/needs", _body(cast, slots=3)).json()
    confirm_registration(cast.member, cast.community)
    return need


def test_a_retried_claim_gets_the_first_answer_and_makes_one_claim(cast):
    need = _need(cast)
    member = api_as("member")
    first = _post(member, f"/needs/{need['id']}/claims", key="k-1")
    again = _post(member, f"/needs/{need['id']}/claims", key="k-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert Claim.objects.filter(member=cast.member).count() == 1
    mismatch = _post(member, f"/needs/{need['id']}/claims", {"note": "another body"}, key="k-1")
    assert mismatch.status_code == 422
    assert mismatch.json()["error"]["code"] == "idempotency_mismatch"
    # The same key on another operation is another call.
    other = api_as("community").post("/needs", _body(cast, slots=3, title="另一个")).json()
    elsewhere = _post(member, f"/needs/{other['id']}/claims", key="k-1")
    assert "idempotency" not in elsewhere.json().get("error", {}).get("code", "")
    # Keys are per caller: another member's same key is their own.
    assert _post(api_as("other"), f"/needs/{need['id']}/claims", key="k-1").status_code != 422


def test_without_a_key_a_replayed_claim_and_credit_say_what_stands(cast):
    need = _need(cast)
    member = api_as("member")
    claim = member.post(f"/needs/{need['id']}/claims").json()
    replay = member.post(f"/needs/{need['id']}/claims")
    assert replay.status_code == 409
    assert replay.json()["error"]["claim"] == {"id": claim["id"], "status": "confirmed"}
    token = api_as("community").get(f"/needs/{need['id']}/site-code").json()["token"]
    member.post("/scans", {"token": token})
    api_as("community").post(f"/claims/{claim['id']}/accept", {"hours": 1.5})
    assert member.post("/scans", {"token": token}).json()["kind"] == "credit"
    lost = member.post("/scans", {"token": token})
    assert lost.status_code == 409
    error = lost.json()["error"]
    assert (error["code"], error["hours"], error["claim"]) == ("already_credited", 1.5, claim["id"])


def test_a_retried_credit_with_its_key_gets_the_credit(cast):
    need = _need(cast)
    member = api_as("member")
    claim = member.post(f"/needs/{need['id']}/claims").json()
    token = api_as("community").get(f"/needs/{need['id']}/site-code").json()["token"]
    member.post("/scans", {"token": token})
    api_as("community").post(f"/claims/{claim['id']}/accept", {"hours": 2})
    first = _post(member, "/scans", {"token": token}, key="scan-7")
    retry = _post(member, "/scans", {"token": token}, key="scan-7")
    assert first.json() == retry.json() == {"claim": claim["id"], "kind": "credit", "hours": 2.0}
    assert retry.status_code == 200


def test_answers_that_should_be_retried_are_not_kept(cast, settings):
    settings.EXPORTS_PER_DAY = 0
    api = api_as("street")
    body = {"kind": "ledger", "organization": cast.street.pk,
            "period_from": "2026-11-01", "period_to": "2026-11-30"}  # fmt: skip
    assert _post(api, "/exports", body, key="e-1").status_code == 429
    settings.EXPORTS_PER_DAY = 40
    assert _post(api, "/exports", body, key="e-1").status_code == 202  # the work done now


def test_a_bad_key_is_refused_and_old_keys_are_let_go(cast):
    need = _need(cast)
    member = api_as("member")
    assert _post(member, f"/needs/{need['id']}/claims", key="x" * 201).status_code == 400
    assert _post(member, f"/needs/{need['id']}/claims", key="含中文").status_code == 400
    _post(member, f"/needs/{need['id']}/claims", key="old")
    IdempotentRequest.objects.update(created_at=timezone.now() - dt.timedelta(hours=25))
    from jinlin.core.schedule import jobs

    jobs()["idempotency_keys"].run(timezone.now())
    assert not IdempotentRequest.objects.exists()


def test_the_schema_declares_the_header_on_every_write(cast):
    from jinlin.api.v1 import api

    schema = api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            names = {p["name"] for p in operation.get("parameters", [])}
            if method.upper() in ("POST", "PUT", "PATCH", "DELETE") and "/auth/" not in path:
                assert "Idempotency-Key" in names and "422" in operation["responses"], path


def test_a_first_call_whose_process_died_is_taken_over_at_once(cast):
    """A server killed mid-call leaves its key "in progress": a retry asks whether the process
    holding it still runs on this host, and takes the key over at once when it does not."""
    import subprocess
    import sys

    from jinlin.core.jobs import worker_id

    need = _need(cast)
    member = api_as("member")
    path = f"/needs/{need['id']}/claims"
    assert _post(member, path, key="k-held").status_code == 201
    row = IdempotentRequest.objects.get()
    assert row.holder == worker_id()
    host = worker_id().rpartition(":")[0]
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        IdempotentRequest.objects.update(status=0, body=b"", holder=f"{host}:{running.pid}")
        busy = _post(member, path, key="k-held")
        assert busy.status_code == 409 and busy["Retry-After"] == "1"
        assert busy.json()["error"]["code"] == "idempotency_in_progress"
    finally:
        running.kill()
        running.wait()
    # Its process is gone: the retry does the call now, and the rules answer it (the claim
    # was made: 409 carrying it), never a second claim.
    taken = _post(member, path, key="k-held")
    assert taken.status_code == 409 and taken.json()["error"]["claim"]["status"] == "confirmed"
    assert Claim.objects.filter(member=cast.member).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_key_is_let_go_once_the_database_is_back(monkeypatch):
    """The call failed because the database went away, so letting its key go fails too: a
    thread keeps trying, and the key goes as soon as the database answers again."""
    from django.db import DatabaseError

    from jinlin.api import idempotency

    row = IdempotentRequest.objects.create(caller="user:1", key="k", fingerprint="f")
    real_filter = IdempotentRequest.objects.filter
    calls = {"n": 0}

    class Down:
        def delete(self):
            raise DatabaseError("the database is restarting")

    def flaky(**lookup):
        calls["n"] += 1
        return Down() if calls["n"] <= 2 else real_filter(**lookup)

    class RunNow:
        def __init__(self, target, args, daemon):
            self.target, self.args = target, args

        def start(self):
            self.target(*self.args)

    monkeypatch.setattr(IdempotentRequest.objects, "filter", flaky)
    monkeypatch.setattr(idempotency.threading, "Thread", RunNow)
    monkeypatch.setattr(idempotency.time, "sleep", lambda seconds: None)
    idempotency._forget(row.pk)
    assert calls["n"] == 3  # refused at once, refused once more, then let go
    assert not real_filter(pk=row.pk).exists()
