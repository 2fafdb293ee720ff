"""Django's PostgreSQL backend with a health check that costs no round trip, and a cursor
for the hottest statements that the server prepares (``prepared_cursor``).

With ``CONN_HEALTH_CHECKS`` Django asks ``SELECT 1`` before the first query of every request:
a round trip of its own, 0.6 ms of the claim's 5 (#21, an in-process profile of 500 claims).
A connection the server has closed (a restart, ``pg_terminate_backend``, an idle timeout) has
its socket readable (the server's last message and end of file); a healthy idle connection
has nothing to read. So the socket is polled without waiting, and only a connection with
something to read, or in the middle of a transaction, is asked ``SELECT 1`` as before.
"""

from __future__ import annotations

import select
from typing import Any

import psycopg
from django.db.backends.postgresql import base
from django.db.backends.postgresql.operations import DatabaseOperations as Operations
from django.db.backends.postgresql.psycopg_any import register_tzloader
from psycopg import pq


class DatabaseOperations(Operations):
    def last_executed_query(self, cursor: Any, sql: str, params: Any) -> str:
        executed: str | None = super().last_executed_query(cursor, sql, params)
        if executed is not None or params is None:
            return executed if executed is not None else sql
        # A prepared cursor keeps no client-side text of what it ran (the debug log, tests'
        # captured queries): the statement with its parameters, as the client would bind them.
        try:
            return str(self.compose_sql(sql, params))
        except Exception:
            return sql


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations

    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        if connection.info.transaction_status != pq.TransactionStatus.IDLE:
            return bool(super().is_usable())
        try:
            readable, _writable, _failed = select.select([connection.fileno()], [], [], 0)
        except (OSError, ValueError):
            return False
        if readable:
            return bool(super().is_usable())  # it reads what came, and fails if it was a goodbye
        return True

    def prepared_cursor(self) -> Any:
        """A cursor whose statements the server parses and plans once per connection.

        Django's cursors bind parameters in the client, so PostgreSQL parses and plans every
        statement anew: 0.65–0.75 ms to plan a scan's five-table read that then runs in
        0.08–0.14 ms (#21, ``EXPLAIN (ANALYZE, SUMMARY)``). This one binds them on the server,
        and psycopg prepares its statements (the connection's ``prepare_threshold``, 0 unless
        ``DATABASE_PREPARED_STATEMENTS=false``). Only the hottest fixed statements use it
        (``jinlin.core.sql.hot_cursor``); it is wrapped as Django wraps its own, so queries
        are logged and database errors translated the same."""
        self.close_if_health_check_failed()
        self.ensure_connection()
        with self.wrap_database_errors:
            cursor = psycopg.Cursor(self.connection)
            loader = self.connection.adapters.get_loader(base.TIMESTAMPTZ_OID, pq.Format.TEXT)
            if self.timezone != getattr(loader, "timezone", None):
                register_tzloader(self.timezone, cursor)
            return self._prepare_cursor(cursor)  # type: ignore[attr-defined]
