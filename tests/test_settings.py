import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.settings import database_from_url

ROOT = Path(__file__).resolve().parent.parent


def test_it_reads_a_postgres_url():
    db = database_from_url("postgres://jin:p%40ss@db.example:5433/jinlin?sslmode=require")
    assert db["ENGINE"] == "jinlin.core.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "jinlin",
        "jin",
        "p@ss",
        "db.example",
        "5433",
    )
    # Pages' large reads are not JIT-compiled nor run by parallel workers, and a cursor is
    # planned for all its rows, unless the URL sets the server's options.
    # The hottest statements are prepared on first use (``jinlin.core.sql.hot_cursor``).
    assert db["OPTIONS"] == {
        "sslmode": "require",
        "options": "-c jit=off -c max_parallel_workers_per_gather=0 -c cursor_tuple_fraction=1",
        "prepare_threshold": 0,
    }
    own = database_from_url("postgres://db.example/jinlin?options=-c%20work_mem%3D64MB")
    assert own["OPTIONS"] == {"options": "-c work_mem=64MB", "prepare_threshold": 0}


def test_prepared_statements_can_be_turned_off(monkeypatch):
    """Behind a pooler in transaction mode, which cannot keep a session's prepared statements."""
    monkeypatch.setenv("DATABASE_PREPARED_STATEMENTS", "false")
    assert database_from_url("postgres://db.example/jinlin")["OPTIONS"]["prepare_threshold"] is None


@pytest.mark.postgres
def test_postgres_connections_compile_no_queries_start_no_workers_and_plan_cursors_whole(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"
        cursor.execute("SHOW cursor_tuple_fraction")
        assert cursor.fetchone()[0] == "1"


def test_it_reads_a_sqlite_url():
    db = database_from_url("sqlite:////var/lib/jinlin/db.sqlite3")
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert str(db["NAME"]) == "/var/lib/jinlin/db.sqlite3"


def _start(env_extra, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "JINLIN_TESTING", "DATABASE_URL"}
    }
    env.update(env_extra, JINLIN_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="config.settings")
    return subprocess.run(
        [sys.executable, "-m", "jinlin.cli", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_stops_without_a_secret_key_outside_debug(tmp_path):
    result = _start({}, tmp_path)
    assert result.returncode == 2
    assert "SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_it_starts_with_a_secret_key(tmp_path):
    result = _start({"SECRET_KEY": "x" * 50}, tmp_path)
    assert result.returncode == 0, result.stderr


def _deploy_check(env_extra, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "DEBUG",
            "JINLIN_TESTING",
            "DATABASE_URL",
            "HTTPS",
            "LEDGER_KEY",
            "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests; never in production
        }
    }
    env.update(env_extra, JINLIN_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="config.settings")
    return subprocess.run(
        [sys.executable, "-m", "jinlin.cli", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_documented_production_settings_pass_the_deployment_check(tmp_path):
    """README's production settings: `jinlin check --deploy` finds nothing to warn about."""
    gateway = tmp_path / "lib"
    gateway.mkdir()
    (gateway / "district_sms.py").write_text(
        "class Gateway:\n    def send(self, phone, text):\n        pass\n"
    )
    production = {
        "SECRET_KEY": "x7Kq-9vLz_3mPw2Rt8Yc4Nb6Hf1Jd5Gs0Ua!eQoXiWlMnBvCkTyPrEsDuAhZg",
        "LEDGER_KEY": "fP3kL9qR2wT7yU4iO1pA6sD8gH5jK0zX",
        "ALLOWED_HOSTS": "jinlin.example.gov.cn",
        "HTTPS": "true",
        "SITE_URL": "https://jinlin.example.gov.cn",
        "SMS_BACKEND": "district_sms.Gateway",
        "REQUIRE_ADMIN_MFA": "true",
        "PYTHONPATH": str(gateway),
    }
    result = _deploy_check(production, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    # Without HTTPS or the ledger's own key, it says so.
    result = _deploy_check({**production, "HTTPS": "false", "LEDGER_KEY": ""}, tmp_path)
    assert result.returncode != 0
    assert (
        "jinlin.W001" in result.stderr + result.stdout
        and "jinlin.W002" in result.stderr + result.stdout
    )
    # Without the site's address or a text-message gateway, it names them.
    result = _deploy_check({**production, "SITE_URL": "", "SMS_BACKEND": ""}, tmp_path)
    said = result.stderr + result.stdout
    assert result.returncode != 0 and "SITE_URL" in said and "SMS_BACKEND" in said
    result = _deploy_check({**production, "SMS_BACKEND": "jinlin.core.sms.LogBackend"}, tmp_path)
    assert "jinlin.W004" in result.stderr + result.stdout
    result = _deploy_check({**production, "REQUIRE_ADMIN_MFA": "false"}, tmp_path)
    assert result.returncode != 0 and "jinlin.W005" in result.stderr + result.stdout
    result = _deploy_check({**production, "SMS_BACKEND": "nowhere.Gateway"}, tmp_path)
    assert "jinlin.E001" in result.stderr + result.stdout
