"""The PostgreSQL functions the hottest paths call (a claim, a scan, a credit).

Each is written by ``migrate`` from the SQL the code holds, under a name that hashes that SQL,
so a server calls the function its own code wrote, and /readyz reports one missing (code
upgraded without ``migrate``).

Their plans do not depend on when the statistics were taken. PostgreSQL plans a function's
statements once per connection and keeps the plan until the tables' statistics change; a
prepared statement alike. Planned while a table was small — a district's first claims and
scans, or any database ANALYZE has not reached since it grew — a look-up by an index became a
scan of the whole table, kept while the table grew: a claim's overlap check 0.4 → 1.5 ms over
200 claims of one need; a scan's read sorted every attendance of the district. Every statement
of these functions is a look-up by an index, so sequential scans are priced out
(``SET enable_seqscan = off``, for the function's statements only).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Any

SETTINGS = "SET enable_seqscan = off"


@dataclass(frozen=True)
class Function:
    stem: str  # what the function does: its name is the stem and a hash of its SQL
    arguments: str  # "p_need bigint, …" (OUT parameters included)
    body: str  # PL/pgSQL, from DECLARE or BEGIN to END
    returns: str = ""  # "bigint", "TABLE (…)"; empty when OUT parameters say it

    @functools.cached_property
    def name(self) -> str:
        written = self.arguments + self.returns + SETTINGS + self.body
        return f"{self.stem}_{hashlib.sha256(written.encode()).hexdigest()[:12]}"

    def create_sql(self) -> str:
        returns = f" RETURNS {self.returns}" if self.returns else ""
        return (
            f"CREATE OR REPLACE FUNCTION {self.name}({self.arguments}){returns} "
            f"LANGUAGE plpgsql {SETTINGS} AS $jinlin${self.body}$jinlin$"
        )


def column_type(model: Any, name: str) -> str:
    """The PostgreSQL type of a model's column, for a function's result: without its length,
    which a function's result columns do not carry."""
    from django.db.backends.postgresql.base import DatabaseWrapper as PostgreSQL

    field = model._meta.get_field(name)
    if field.is_relation:
        field = field.target_field
    kind = PostgreSQL.data_types[field.get_internal_type()]
    return re.sub(r"\(.*\)", "", kind(vars(field)) if callable(kind) else kind)


def table(columns: Any) -> str:
    """A function's ``RETURNS TABLE (…)`` of (name, type) pairs."""
    return "TABLE (" + ", ".join(f'"{name}" {kind}' for name, kind in columns) + ")"


_FUNCTIONS: list[Function] = []


def register(function: Function) -> Function:
    """Have ``migrate`` write the function (see ``install``): each app registers its own when
    ready."""
    if all(f.name != function.name for f in _FUNCTIONS):
        _FUNCTIONS.append(function)
    return function


def install(using: str = "default", **kwargs: object) -> None:
    """Create (or replace) every registered function: after every ``migrate`` on PostgreSQL
    (``post_migrate``), so the database always has the functions its code calls."""
    from django.db import connections

    target = connections[using]
    if target.vendor != "postgresql":
        return
    with target.cursor() as cursor:
        for function in _FUNCTIONS:
            cursor.execute(function.create_sql())


def missing() -> str:
    """For /readyz: "" when the database has every function the code calls, else which not."""
    from django.db import connection

    if connection.vendor != "postgresql" or not _FUNCTIONS:
        return ""
    names = [f.name for f in _FUNCTIONS]
    with connection.cursor() as cursor:
        cursor.execute("SELECT proname FROM pg_proc WHERE proname = ANY(%s)", [names])
        present = {name for (name,) in cursor.fetchall()}
    absent = [name for name in names if name not in present]
    if not absent:
        return ""
    return "database functions missing: " + ", ".join(absent)
