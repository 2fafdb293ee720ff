"""Fixed SQL on the claim path (see ``benchmarks/claim_storm.py``): reading and locking the
need, and writing the claim with its counter. They read, lock and write; every rule stays
in ``services.py``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import connection

from jinlin.core.sql import quote
from jinlin.members.models import Member
from jinlin.needs.models import Claim, Need

NEED = quote(Need._meta.db_table)
CLAIM = quote(Claim._meta.db_table)
MEMBER = quote(Member._meta.db_table)


def need_get(need_id: int) -> Need | None:
    rows = list(Need.objects.raw(f"SELECT * FROM {NEED} WHERE id = %s", [need_id]))
    return rows[0] if rows else None


def need_lock(need_id: int, member_id: int) -> Need | None:
    """The need, its row locked, and the member's row locked too (one round trip): the
    need's lock orders the claims on it, the member's their claims across needs."""
    if not connection.features.has_select_for_update:
        return need_get(need_id)  # SQLite: the write transaction serializes
    rows = list(
        Need.objects.raw(
            f"SELECT n.* FROM {NEED} n, {MEMBER} m WHERE n.id = %s AND m.id = %s FOR UPDATE",
            [need_id, member_id],
        )
    )
    return rows[0] if rows else None


def claim_insert(*, need_id: int, member_id: int, confirmed: bool, at: dt.datetime) -> int | None:
    """Insert the member's claim and count it on the need; None when the member already
    holds an active claim on it (the partial unique index decides)."""
    status = Claim.Status.CONFIRMED if confirmed else Claim.Status.WAITLISTED
    counter = "confirmed_count" if confirmed else "waitlisted_count"
    insert = (
        f"INSERT INTO {CLAIM} (need_id, member_id, status, dispatched_by_id, created_at, "
        "confirmed_at, cancelled_at) VALUES (%s, %s, %s, NULL, %s, %s, NULL) "
        "ON CONFLICT (need_id, member_id) WHERE status IN ('confirmed', 'waitlisted') "
        "DO NOTHING RETURNING id"
    )
    params: list[Any] = [need_id, member_id, str(status), at, at if confirmed else None]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"WITH c AS ({insert}) UPDATE {NEED} SET {counter} = {counter} + 1 "
                "WHERE id = %s AND EXISTS (SELECT 1 FROM c) RETURNING (SELECT id FROM c)",
                [*params, need_id],
            )
            row = cursor.fetchone()
            return int(row[0]) if row else None
        cursor.execute(insert, params)
        row = cursor.fetchone()
        if row is None:
            return None
        cursor.execute(f"UPDATE {NEED} SET {counter} = {counter} + 1 WHERE id = %s", [need_id])
        return int(row[0])
