"""Issuing and checking the API's bearer tokens."""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import threading
import time
from typing import Any, NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from ninja.security import HttpBearer

from jinlin.api.models import ApiToken, hash_token, password_stamp, password_stamp_sql
from jinlin.core import dbfunctions
from jinlin.core.cache import bump, stamp_of
from jinlin.core.sql import converted, hot_cursor
from jinlin.members.models import Member


def token_issue(*, user: Any, label: str = "") -> tuple[str, dt.datetime]:
    """A new token for the user; the raw value is returned once and never stored."""
    from jinlin.audit.services import audit

    raw = secrets.token_urlsafe(32)
    expires_at = timezone.now() + dt.timedelta(hours=settings.API_TOKEN_LIFETIME_HOURS)
    audit("token_issue", f"{user.get_username()} {label}".strip(), user=user)
    ApiToken.objects.create(
        key_hash=hash_token(raw),
        user=user,
        expires_at=expires_at,
        password_stamp=password_stamp(user.password),
        label=label[:100],
    )
    # Tidy expired tokens of this user while we are here.
    ApiToken.objects.filter(user=user, expires_at__lt=timezone.now()).delete()
    return raw, expires_at


# The token cache -------------------------------------------------------------------------
#
# A warm token finds its user without a query (#21): the user's row (all but the password,
# which is loaded if something asks for it), their member id and the token's id are kept in
# the shared cache (Redis in a cluster, else the file cache every worker shares) under the
# token's hash, for API_TOKEN_CACHE_SECONDS or the token's remaining life if shorter. An entry
# is dropped whenever its token is deleted (revoked, signed out everywhere, account ended,
# expired and tidied: any ORM delete) and whenever its user's account changes (password,
# active, names, staff) — see ``jinlin/api/signals.py``. A cache that fails is skipped.
#
# A call that read a token from the database just before its revocation committed could write
# the old entry back after the revocation dropped it. So every drop also starts a new
# *generation* (a random value under GENERATION_KEY), dropped again when its transaction
# commits; a call warming the cache reads the generation before the database's read and again
# after its write, and takes the write back if it moved (two cache reads a cold token only).

CACHE_PREFIX = "api-token:"
GENERATION_KEY = CACHE_PREFIX + "generation"
_CACHED_FIELDS = tuple(
    f.attname for f in get_user_model()._meta.concrete_fields if f.attname != "password"
)


def cache_key(key_hash: str) -> str:
    return CACHE_PREFIX + key_hash


# The generation a thread saw when its token was not in the cache, for ``_to_cache``.
_seen = threading.local()


# A worker's own copies of warm entries, on a host whose workers share the file cache
# (``jinlin.core.cache``): an entry read from the folder, or warmed from the database, is kept
# in the process and found there again (no file read) while no token has been dropped on this
# host since it was read — every drop bumps the stamp TOKENS_STAMP after it is made, and a copy
# holds only under the stamp read before its entry was. At most LOCAL_ENTRIES copies, all
# forgotten when full. Redis (a cluster's cache) keeps no stamp: there each call reads it.
TOKENS_STAMP = "api-tokens"
LOCAL_ENTRIES = 5_000
_local: dict[str, tuple[dict[str, Any], Any]] = {}


# In ``_seen.generation`` for a look-up whose caller keeps only its own copy (``cached_caller``):
# the shared generation was not read (a file, or Redis asked, for nothing), and what the
# database gives next is not shared (``_to_cache``).
_UNREAD = object()


def _cached_entry(key_hash: str, *, shared: bool = True) -> dict[str, Any] | None:
    """The token's entry when warm (this process's copy, else the shared cache's); when cold,
    what ``_to_cache`` needs is noted first (with ``shared`` false, the stamp alone)."""
    from django.core.cache import cache

    _seen.generation = None
    try:
        stamp = stamp_of(cache, TOKENS_STAMP)
        if stamp is not None:
            held = _local.get(key_hash)
            if held is not None and held[1] == stamp and held[0]["expires"] > time.time():
                return held[0]
        entry = cache.get(cache_key(key_hash))
        if not entry or entry["expires"] <= time.time():
            # Cold: the database is read next; the generation (and stamp) are read before it.
            generation = cache.get(GENERATION_KEY) if shared else _UNREAD
            _seen.generation = (key_hash, generation, stamp)
            return None
    except Exception:
        return None
    _keep(key_hash, entry, stamp)
    return entry


def _keep(key_hash: str, entry: dict[str, Any], stamp: Any) -> None:
    if stamp is None:
        return
    if len(_local) >= LOCAL_ENTRIES:
        _local.clear()
    _local[key_hash] = (entry, stamp)


def _user_of(entry: dict[str, Any]) -> Any:
    user: Any = get_user_model().from_db("default", _CACHED_FIELDS, entry["values"])
    user.jinlin_member_id = entry["member"]
    user.jinlin_token_id = entry["token"]
    return user


class Caller(NamedTuple):
    """Who a good token names: their user's and member's ids, and the user, made from the
    token cache only when something asks for it."""

    user_id: int
    member_id: int | None
    user: Any


_USER_ID = _CACHED_FIELDS.index("id")


def token_caller(token: str, *, lazy: bool = True) -> Caller | None:
    """The caller a bearer token names (a warm token from the cache, else the one query,
    which warms it); ``None`` for a bad or ended token. ``lazy``: a warm token's user is made
    only when something asks for it (the API's lanes, ``jinlin.api.lanes``)."""
    found = _cached(token)
    if found is None:
        return None
    key_hash, entry = found
    if entry is None:
        entry = _from_database(key_hash)
        if entry is None:
            return None
    return _caller(entry, lazy=lazy)


def cached_caller(token: str) -> tuple[str, Caller | None] | None:
    """(the token's hash, its caller when the cache holds it, else ``None``: cold); ``None``
    for what cannot be a token. A lane that can look a cold token up in its own statement
    (``caller_sql``) asks this first; what that statement finds is then kept in this process
    only (``caller_of``): a cold token costs such a lane no more round trips than a warm one,
    so a shared entry (a file written, or Redis asked: two-fifths of a cold sign-in's CPU in
    process) would buy it nothing. A lane that cannot leaves the call to the route, which
    looks again and shares what it finds."""
    found = _cached(token, shared=False)
    if found is None:
        return None
    key_hash, entry = found
    return key_hash, None if entry is None else _caller(entry)


def _cached(token: str, *, shared: bool = True) -> tuple[str, dict[str, Any] | None] | None:
    """(the token's hash, its cache entry or ``None``); ``None`` for what cannot be a token."""
    if not token or len(token) > 200:
        return None
    key_hash = hash_token(token)
    cached = settings.API_TOKEN_CACHE_SECONDS > 0
    entry = _cached_entry(key_hash, shared=shared) if cached else None
    return key_hash, entry


def _caller(entry: dict[str, Any], *, lazy: bool = True) -> Caller:
    user = SimpleLazyObject(lambda: _user_of(entry)) if lazy else _user_of(entry)
    return Caller(entry["values"][_USER_ID], entry["member"], user)


def sign_in(request: HttpRequest, caller: Caller) -> None:
    """The request is the caller's, and so are the events it leads to (the audit context)."""
    from jinlin.audit.services import set_context
    from jinlin.members.auth import client_address

    request.user = caller.user
    set_context(user=caller.user, ip=client_address(request))


def _to_cache(key_hash: str, entry: dict[str, Any], expires_at: dt.datetime) -> None:
    from django.core.cache import cache

    left = expires_at.timestamp() - time.time()
    timeout = int(min(settings.API_TOKEN_CACHE_SECONDS, left))
    seen = getattr(_seen, "generation", None)
    _seen.generation = None
    if timeout <= 0 or seen is None or seen[0] != key_hash:
        return  # not a miss of this thread's look-up: what it read may be older than a drop
    kept = {**entry, "expires": time.time() + timeout}
    if seen[1] is _UNREAD:
        # This process's copy alone (``cached_caller``'s look-up): it holds under the stamp
        # read before the database was, so a drop since then (which bumps the stamp after it
        # is made) undoes it.
        _keep(key_hash, kept, seen[2])
        return
    key = cache_key(key_hash)
    try:
        cache.set(key, kept, timeout)
        if cache.get(GENERATION_KEY) != seen[1]:
            cache.delete(key)  # a drop came since the database's read: it may have missed this
            return
    except Exception:
        return
    _keep(key_hash, kept, seen[2])


def forget_tokens(key_hashes: list[str]) -> None:
    """Drop these tokens' cache entries (their tokens ended or their user changed): now, and
    again when the transaction that ended them commits, so that a call that read them from
    the database before the commit cannot leave them behind (see GENERATION_KEY)."""
    if not key_hashes:
        return
    _forget(key_hashes)
    if connection.in_atomic_block:
        transaction.on_commit(functools.partial(_forget, list(key_hashes)), robust=True)


def _forget(key_hashes: list[str]) -> None:
    from django.core.cache import cache

    try:
        # The new generation first: a call writing after the entries' drop then sees it.
        cache.set(GENERATION_KEY, secrets.token_hex(8), None)
        cache.delete_many([cache_key(k) for k in key_hashes])
    except Exception:
        pass
    try:
        bump(cache, TOKENS_STAMP)  # after the drop: no copy read before it holds any more
    except Exception:
        return


class BearerAuth(HttpBearer):
    """Bearer tokens: from the token cache when warm, else one fixed query finds the user
    and, when they are one, their member id."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        caller = token_caller(token, lazy=False)
        if caller is None:
            return None
        sign_in(request, caller)
        return caller.user


# The user's columns a token's query reads: those the cache keeps, and the password (its stamp).
_TOKEN_FIELDS = tuple(f.attname for f in get_user_model()._meta.concrete_fields)
_PASSWORD = _TOKEN_FIELDS.index("password")


def _from_database(key_hash: str) -> dict[str, Any] | None:
    """A cold token's caller, as the cache keeps it (the user's values but the password, their
    member's and the token's ids), from the one query, which warms the cache; ``None`` for a
    bad or ended token. No user is made here: a lane that needs only the ids never makes one
    (a user instance was 10 % of a scan burst's CPU, every member's first scan being cold)."""
    with hot_cursor() as cursor:
        cursor.execute(_token_sql(connection.vendor), [key_hash, timezone.now()])
        row = cursor.fetchone()
    if row is None:
        return None
    count = len(_TOKEN_FIELDS)
    values = converted(get_user_model(), _TOKEN_FIELDS, row[:count])
    member_id, token_id, stamp, expires = row[count:]
    if stamp != password_stamp(values.pop(_PASSWORD)):
        return None  # the password changed since: the token ended with it
    return _warmed(key_hash, values, member_id, token_id, expires)


def _warmed(
    key_hash: str, values: list[Any], member_id: int | None, token_id: int, expires: Any
) -> dict[str, Any]:
    """The cache's entry of a token found good (its user's values but the password), kept:
    in the shared cache and this process's own copy, or the copy only after a look-up that
    shares nothing (``cached_caller``)."""
    entry = {"values": values, "member": member_id, "token": token_id, "expires": 0.0}
    if settings.API_TOKEN_CACHE_SECONDS > 0:
        if isinstance(expires, str):  # SQLite gives them as text
            from django.utils.dateparse import parse_datetime

            expires = parse_datetime(expires)
        if expires is not None and timezone.is_naive(expires):
            expires = timezone.make_aware(expires, dt.UTC)
        if expires is not None:
            _to_cache(key_hash, entry, expires)
    return entry


def caller_sql() -> str:
    """On PostgreSQL, a cold token's look-up as a statement's first part (``WITH caller AS
    (…)``, parameters: the token's hash and now): the user's cached columns, then their
    member's id (``x_member``), the token's id and end; no row for a bad or ended token. The
    password's stamp is compared by the database (``password_stamp_sql``), so that a
    statement going on to write does so only for a good token."""
    q = connection.ops.quote_name
    selected = ", ".join(f"u.{q(column)}" for column in _user_columns() if column != "password")
    return (
        f"SELECT {selected}, u.x_member, u.x_token, u.x_expires FROM {TOKEN.name}(%s, %s) u "
        f"WHERE u.x_stamp = {password_stamp_sql('u.' + q('password'))}"
    )


# Where ``caller_sql``'s row holds the member's id (after the user's cached columns), and how
# many columns it has (the member's, the token's id and its end follow them).
CALLER_MEMBER = len(_CACHED_FIELDS)
CALLER_COLUMNS = CALLER_MEMBER + 3


def caller_of(key_hash: str, row: Any) -> Caller:
    """The caller of a row ``caller_sql`` found (its columns first, as many as it selects);
    the cache is warmed with it (after ``cached_caller``'s look-up, this process's copy only)."""
    values = converted(get_user_model(), _CACHED_FIELDS, row[:CALLER_MEMBER])
    member_id, token_id, expires = row[CALLER_MEMBER:CALLER_COLUMNS]
    return _caller(_warmed(key_hash, values, member_id, token_id, expires))


def _user_columns() -> list[str]:
    return [str(f.column) for f in get_user_model()._meta.concrete_fields]


def _token_read(key_hash: str, now: str) -> str:
    q = connection.ops.quote_name
    user_model = get_user_model()
    selected = ", ".join(f"u.{q(column)}" for column in _user_columns())
    return (
        f"SELECT {selected}, m.id, t.id, t.password_stamp, t.expires_at "
        f"FROM {q(user_model._meta.db_table)} u "
        f"JOIN {q(ApiToken._meta.db_table)} t ON t.user_id = u.id "
        f"LEFT JOIN {q(Member._meta.db_table)} m ON m.user_id = u.id "
        f"WHERE t.key_hash = {key_hash} AND t.expires_at > {now} AND u.is_active"
    )


# The read's columns: the user's, their member's id, the token's id, password stamp and end.
_TOKEN_COLUMNS = [
    *((f.column, dbfunctions.column_type(get_user_model(), f.name))
      for f in get_user_model()._meta.concrete_fields),
    ("x_member", dbfunctions.column_type(Member, "id")),
    ("x_token", dbfunctions.column_type(ApiToken, "id")),
    ("x_stamp", dbfunctions.column_type(ApiToken, "password_stamp")),
    ("x_expires", dbfunctions.column_type(ApiToken, "expires_at")),
]  # fmt: skip
# A cold token's read on PostgreSQL, as a function so that its look-ups by the token's hash
# and the user's id are planned alike whatever the statistics (``jinlin.core.dbfunctions``):
# the user's columns, their member's id, the token's id, password stamp and end.
TOKEN = dbfunctions.Function(
    "jinlin_token",
    "p_key_hash text, p_now timestamptz",
    f"""
#variable_conflict use_column
BEGIN
    RETURN QUERY {_token_read("p_key_hash", "p_now")};
END
""",
    returns=dbfunctions.table(_TOKEN_COLUMNS),
)


@functools.cache
def _token_sql(vendor: str) -> str:
    """A cold token's one query (a fixed statement, prepared on PostgreSQL): the user's
    columns, their member's id, the token's id, password stamp and end."""
    if vendor == "postgresql":
        return f"SELECT * FROM {TOKEN.name}(%s, %s)"
    return _token_read("%s", "%s")


def token_revoke(*, user: Any, token_id: int | None = None) -> int:
    """End one of the user's tokens (or all of them): the number ended."""
    tokens = ApiToken.objects.filter(user=user)
    if token_id is not None:
        tokens = tokens.filter(pk=token_id)
    count, _kinds = tokens.delete()
    from jinlin.audit.services import audit

    audit("token_revoke", f"{user.get_username()}: {count}", user=user)
    return count


class OptionalBearerAuth(BearerAuth):
    """For routes residents use without an account: no header means an anonymous caller;
    a header with a bad or expired token is still refused (401)."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get(self.header):
            from django.contrib.auth.models import AnonymousUser

            request.user = AnonymousUser()
            return request.user  # truthy: the route runs, as nobody in particular
        return super().__call__(request)
