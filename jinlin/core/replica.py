"""Reads from a PostgreSQL streaming replica, never older than what the reader wrote.

With ``DATABASE_REPLICA_URL`` set, the heavy readers (党群云图 and the figures, ratings and
evaluations, the 台账, national workbook and briefings the worker makes) read through
:func:`replica_reads`; everything else, every write and every read inside a transaction stays
on the primary. The router decides per query, from a context variable, so a view opts in with
:func:`reads_from_replica` and nothing else changes.

Read-your-writes, by WAL position rather than by a guess of the lag:

- after a state-changing request by a signed-in person, :class:`ReplicaWriteMarkMiddleware`
  keeps the primary's WAL insert position in the shared cache under that person
  (``REPLICA_STICKY_SECONDS``);
- a page reads from the replica only if the replica has replayed at least that position (so
  whoever just wrote sees it) and is no further behind than ``REPLICA_MAX_LAG_SECONDS`` for
  everyone else; otherwise from the primary;
- queued work (:func:`replica_reads` with ``strict=True``) waits up to
  ``REPLICA_WAIT_SECONDS`` for the replica to replay everything the primary had committed when
  the work began, else reads the primary: a 台账 asked for right after a credit contains it.

A replica that does not answer is left alone for ``REPLICA_RETRY_SECONDS`` (reads go to the
primary, and it is logged), then tried again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)
View = TypeVar("View", bound=Callable[..., Any])

PRIMARY = "default"
REPLICA = "replica"
UNKNOWN = "unknown"  # a writer's mark when the primary's position could not be read
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

# Whether this context's reads go to the replica, and whether it wrote since (then its later
# reads go to the primary, which has what it wrote).
_reading: ContextVar[bool] = ContextVar("jinlin_replica_reading", default=False)
_wrote: ContextVar[bool] = ContextVar("jinlin_replica_wrote", default=False)
_watch_writes: ContextVar[bool] = ContextVar("jinlin_replica_watch", default=True)
_down_until = 0.0


def configured() -> bool:
    return REPLICA in settings.DATABASES


def _mark_key(user_id: Any) -> str:
    return f"jinlin:replica:wrote:{user_id}"


# Who may see what is always read from the primary, so that a role taken away, an account
# switched off or a token revoked holds at once, whatever the replica's lag.
PRIMARY_ONLY = frozenset(
    {"auth.user", "members.roleassignment", "sessions.session", "api.apitoken"}
)


class ReplicaRouter:
    """Reads inside :func:`replica_reads` go to the replica; the rest to the primary."""

    def db_for_read(self, model: Any, **hints: Any) -> str:
        if (
            _reading.get()
            and not _wrote.get()
            and model._meta.label_lower not in PRIMARY_ONLY
            and not connections[PRIMARY].in_atomic_block
        ):
            return REPLICA
        return PRIMARY

    def db_for_write(self, model: Any, **hints: Any) -> str:
        if _reading.get() and _watch_writes.get():
            _wrote.set(True)
        return PRIMARY

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # one database, two copies of it

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == PRIMARY


def _primary_position() -> str:
    with connections[PRIMARY].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_insert_lsn()::text")
        return str(cursor.fetchone()[0])


def _replica_has(position: str | None) -> bool:
    """Whether the replica has replayed ``position`` (if any) and lags no more than allowed."""
    with connections[REPLICA].cursor() as cursor:
        cursor.execute(
            "SELECT (%s::pg_lsn IS NULL OR pg_last_wal_replay_lsn() >= %s::pg_lsn),"
            " (NOT pg_is_in_recovery()"
            "  OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()"
            "  OR now() - pg_last_xact_replay_timestamp() <= make_interval(secs => %s))",
            [position, position, settings.REPLICA_MAX_LAG_SECONDS],
        )
        replayed, fresh = cursor.fetchone()
    return bool(replayed and fresh)


def _usable(position: str | None, wait: float) -> bool:
    global _down_until
    if time.monotonic() < _down_until:
        return False
    deadline = time.monotonic() + wait
    try:
        while True:
            if _replica_has(position):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
    except DatabaseError:
        logger.warning("the read replica does not answer; reading from the primary", exc_info=True)
        _down_until = time.monotonic() + settings.REPLICA_RETRY_SECONDS
        connections[REPLICA].close()
        return False


@contextmanager
def replica_reads(*, user_id: Any = None, strict: bool = False) -> Iterator[bool]:
    """Send this block's reads to the replica when it holds what they must see: what
    ``user_id`` wrote last or, ``strict``, everything committed before now. Yields whether it
    does."""
    use = False
    if configured():
        if strict:
            use = _usable(_primary_position(), settings.REPLICA_WAIT_SECONDS)
        else:
            position = cache.get(_mark_key(user_id)) if user_id is not None else None
            use = position != UNKNOWN and _usable(position, 0)
    tokens = (_reading.set(use), _wrote.set(False), _watch_writes.set(not strict))
    try:
        yield use
    finally:
        _watch_writes.reset(tokens[2])
        _wrote.reset(tokens[1])
        _reading.reset(tokens[0])


def reads_from_replica(view: View) -> View:
    """A page whose reads may come from the replica (put it innermost: sign-in and session
    checks before it read the primary). An API route enters :func:`replica_reads` in its body
    instead (django-ninja reads the route's own signature)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.method not in SAFE_METHODS:
            return view(request, *args, **kwargs)  # a form posted here reads the primary
        user = getattr(request, "user", None)
        user_id = user.pk if user is not None and user.is_authenticated else None
        with replica_reads(user_id=user_id):
            return view(request, *args, **kwargs)

    return cast(View, wrapped)


class ReplicaWriteMarkMiddleware:
    """Remember where the primary's WAL stood after a signed-in person's state-changing
    request, so that their next pages read nothing older (only with a replica)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        if not configured():
            raise MiddlewareNotUsed  # nothing on the request path without a replica
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method in SAFE_METHODS or response.status_code >= 500:
            return response
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return response
        try:
            position = _primary_position()
        except DatabaseError:
            # The primary went away after answering: where it stood is unknown, so this
            # person's pages read the primary until the mark is set again.
            position = UNKNOWN
        cache.set(_mark_key(user.pk), position, settings.REPLICA_STICKY_SECONDS)
        return response
