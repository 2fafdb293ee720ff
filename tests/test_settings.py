import os
import subprocess
import sys
from pathlib import Path

from config.settings import database_from_url

ROOT = Path(__file__).resolve().parent.parent


def test_it_reads_a_postgres_url():
    db = database_from_url("postgres://jin:p%40ss@db.example:5433/jinlin?sslmode=require")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "jinlin",
        "jin",
        "p@ss",
        "db.example",
        "5433",
    )
    assert db["OPTIONS"] == {"sslmode": "require"}


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
