"""Counting attempts so that no burst of parallel requests gets past a limit.

A limit checked by reading a count and acting on it lets every request of a burst read the
same count (40 parallel wrong passwords once got 21 password checks past a limit of 5). Here
an attempt is *counted first*, in one statement that adds one and returns the new count (an
upsert on the database, atomic on PostgreSQL and SQLite alike, shared by every worker and
machine), and only an attempt whose number is within the limit goes ahead.

Counts are kept per fixed window (``window`` seconds); a key's old windows are removed as new
ones start, and a daily scheduled job (``expired_counts``) removes whatever expired.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from jinlin.core.models import AttemptCount

TABLE = AttemptCount._meta.db_table


def _key(parts: tuple[str, ...]) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:64]


def _window(seconds: int) -> int:
    return int(time.time()) // max(1, seconds)


def hit(*parts: str, window: int, amount: int = 1) -> int:
    """Count ``amount`` attempts of ``parts`` in the current window; the count including them."""
    key, number = _key(parts), _window(window)
    expires = connection.ops.adapt_datetimefield_value(
        timezone.now() + dt.timedelta(seconds=window)
    )
    q = connection.ops.quote_name
    table, count_ = q(TABLE), q("count")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({q('key')}, {q('slot')}, {count_}, {q('expires_at')}) "
            f"VALUES (%s, %s, %s, %s) ON CONFLICT ({q('key')}, {q('slot')}) "
            f"DO UPDATE SET {count_} = {table}.{count_} + %s RETURNING {count_}",
            [key, number, amount, expires, amount],
        )
        count = int(cursor.fetchone()[0])
    if count == amount:
        AttemptCount.objects.filter(key=key, slot__lt=number).delete()
    return count


def peek(*parts: str, window: int) -> int:
    """The count of ``parts`` in the current window, counting nothing."""
    row = AttemptCount.objects.filter(key=_key(parts), slot=_window(window)).first()
    return row.count if row else 0


def give_back(*parts: str, window: int) -> None:
    """Take one attempt back (it succeeded, and success is not what the limit is about)."""
    AttemptCount.objects.filter(key=_key(parts), slot=_window(window), count__gt=0).update(
        count=F("count") - 1
    )


def forget(*parts: str) -> None:
    """Forget every count of ``parts``."""
    AttemptCount.objects.filter(key=_key(parts)).delete()


def remove_expired() -> int:
    return AttemptCount.objects.filter(expires_at__lt=timezone.now()).delete()[0]
