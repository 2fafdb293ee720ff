"""Backing up and restoring the database while Jinlin runs.

SQLite: through SQLite's online backup API, which copies a consistent snapshot page by page
while others keep writing (a plain ``cp`` of a file being written can lose the newest rows).
PostgreSQL: ``pg_dump`` in its custom format, restored with ``pg_restore --clean``.

Uploads (``data/media``) are files: copy that folder beside the database backup. The ledger
key (``LEDGER_KEY``) is never in a backup: keep it apart, or the restored ledger cannot be
verified (``verify_ledger`` then says the key is wrong, not that rows were altered).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from django.db import connection, connections

from jinlin.core.sql import analyze


class BackupError(Exception):
    """What went wrong, in words an operator can act on."""


def _pg_env(settings_dict: dict[str, Any]) -> dict[str, str]:
    env = {**os.environ}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"),
                      ("PASSWORD", "PGPASSWORD"), ("NAME", "PGDATABASE")):  # fmt: skip
        if settings_dict.get(key):
            env[name] = str(settings_dict[key])
    return env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client)")
    return found


def backup(path: Path) -> str:
    """Write a backup of the database to ``path``; what was written, in words."""
    path = Path(path)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        source = connection.connection
        with sqlite3.connect(path) as target:
            source.backup(target)
        target.close()
        return f"SQLite database copied with the online backup API to {path}"
    if connection.vendor == "postgresql":
        done = subprocess.run(
            [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={path}"],
            env=_pg_env(connection.settings_dict), capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode:
            raise BackupError(f"pg_dump failed: {done.stderr.strip()[:500]}")
        return f"PostgreSQL database dumped (pg_dump, custom format) to {path}"
    raise BackupError(f"no backup for a {connection.vendor} database")


def restore(path: Path) -> str:
    """Replace the database's contents with the backup at ``path``."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} is not a file")
    if connection.vendor == "sqlite":
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise BackupError(f"{path} is not an SQLite backup")
        connections.close_all()
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()
        return f"SQLite database restored from {path}"
    if connection.vendor == "postgresql":
        connections.close_all()
        done = subprocess.run(
            [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
             f"--dbname={connection.settings_dict['NAME']}", str(path)],
            env=_pg_env(connection.settings_dict), capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode:
            raise BackupError(f"pg_restore failed: {done.stderr.strip()[:500]}")
        # A dump holds no statistics: planned without them, the restored tables would count
        # as a few rows each until autovacuum came (``core.sql.analyze``).
        analyze()
        return f"PostgreSQL database restored from {path}, its statistics taken"
    raise BackupError(f"no restore for a {connection.vendor} database")
