"""Health, readiness and metrics (#22 item 6): /healthz answers while the process lives;
/readyz says 503 and names the check when the database, the migrations, the worker or the
disk is not right; /metrics is read from the database and answered only to the scraper."""

from __future__ import annotations

import pytest
from django.db import OperationalError, connection
from django.test import Client

from jinlin.core import health
from jinlin.core.schedule import heartbeat

pytestmark = pytest.mark.django_db


def test_healthz_answers():
    response = Client().get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_ready_once_a_worker_checked_in():
    waiting = Client().get("/readyz")
    assert waiting.status_code == 503 and waiting.json()["failing"] == ["worker"]
    assert "jinlin worker" in waiting.json()["checks"]["worker"]
    heartbeat()
    ready = Client().get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_each_failing_check_is_named(settings, monkeypatch):
    heartbeat()
    settings.READY_MIN_FREE_MB = 10**12
    assert Client().get("/readyz").json()["failing"] == ["disk"]
    settings.READY_MIN_FREE_MB = 1
    health._MIGRATED.clear()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM django_migrations WHERE app = 'core' AND name = "
                       "'0002_attempt_count'")  # fmt: skip
    answer = Client().get("/readyz").json()
    assert answer["failing"] == ["migrations"] and "1 not applied" in answer["checks"]["migrations"]

    def down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", down)
    gone = Client().get("/readyz")
    assert gone.status_code == 503 and "database" in gone.json()["failing"]


def test_metrics_for_the_scraper_only(cast, settings):
    heartbeat()
    text = Client().get("/metrics").content.decode()  # the test client comes from 127.0.0.1
    for name in ("jinlin_queue_tasks{state=\"ready\"}", "jinlin_worker_heartbeat_age_seconds",
                 "jinlin_ledger_rows", "jinlin_exports_waiting", "jinlin_imports_waiting",
                 "jinlin_signin_failures_15m", "jinlin_ledger_unsealed_rows 0",
                 "jinlin_up 1"):  # fmt: skip
        assert name in text, name
    Client().post("/signin/", {"username": "member", "password": "wrong"})
    assert "jinlin_signin_failures_15m 1" in Client().get("/metrics").content.decode()
    assert Client().get("/metrics", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 404
    assert Client().get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 404
    settings.METRICS_TOKEN = "s3cret-token"
    assert Client().get("/metrics").status_code == 404
    scraped = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert scraped.status_code == 200 and scraped["Content-Type"].startswith("text/plain")


def test_the_icon_browsers_ask_for_is_the_sites():
    """Pages that name no icon (the back office, JSON, a PDF) make browsers ask /favicon.ico:
    it leads to the site's icon for anyone, signed in or not, instead of a 404 in every such
    page's console."""
    from django.templatetags.static import static

    answer = Client().get("/favicon.ico")
    assert answer.status_code == 301 and answer["Location"] == static("core/favicon.svg")
