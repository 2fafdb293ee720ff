"""Fixed SQL on the claim path (see ``benchmarks/claim_storm.py``): reading the need with
what decides who may claim it, and writing the claim with its counter and its notice.

On PostgreSQL a claim is one round trip: ``claim_call`` runs the claim's database function
(at the end of this module), which takes the need's and the member's locks and decides the
rules itself. On SQLite, whose writes are serialized by the write transaction, ``services.py``
and ``access.py`` decide the same rules, in the same order, from what ``need_get`` reads, and
``claim_write`` writes one statement at a time. Both are built from the same SQL fragments.

Rows are built with ``Model.from_db`` from an explicit column list: a raw queryset resolved
its columns afresh on every call, which cost more than the query (0.24 ms).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import connection

from jinlin.core import dbfunctions
from jinlin.core.sql import from_row, hot_cursor, quote
from jinlin.members.models import Member, Registration
from jinlin.needs.models import Claim, Need
from jinlin.notifications.models import Notification
from jinlin.organizations.models import Organization, Partnership

NEED = quote(Need._meta.db_table)
CLAIM = quote(Claim._meta.db_table)
MEMBER = quote(Member._meta.db_table)
_FIELDS = [f for f in Need._meta.concrete_fields]
_ATTNAMES = tuple(f.attname for f in _FIELDS)
COLUMNS = ", ".join(f"n.{quote(str(f.column))}" for f in _FIELDS)

# The member may claim open needs of this community: registered (confirmed) with it, or in a
# unit partnered with it. ``access.may_claim_open`` asks the same on its own. Written once with
# named places, filled with ``%s`` for a statement and with arguments for ``claim_function``.
_ORG = quote(Organization._meta.db_table)
_REGISTERED = (
    f"EXISTS (SELECT 1 FROM {quote(Registration._meta.db_table)} r WHERE r.member_id = {{member}} "
    "AND r.community_id = n.community_id AND r.status = 'confirmed')"
)
_PARTNERED = (
    f"EXISTS (SELECT 1 FROM {quote(Partnership._meta.db_table)} p "
    f"JOIN {_ORG} u ON u.id = p.unit_id AND u.kind = 'unit' "
    f"JOIN {MEMBER} m ON m.id = {{member}} "
    f"JOIN {_ORG} b ON b.id = m.branch_id AND b.path LIKE u.path || '%%' "
    "WHERE p.community_id = n.community_id)"
)
_ELIGIBLE = f"{_REGISTERED} OR {_PARTNERED}"
ELIGIBLE = _ELIGIBLE.format(member="%s")

# Another published need the member is confirmed for at an overlapping time. Only claims on
# needs not closed are read (``Claim.need_closed``, in the member's index), not the member's
# whole history; the need's own status still decides. The member's claims are read first and
# each one's need looked up by its id: the need's look-ups are scalar subqueries, which
# PostgreSQL never turns into a join it might start from the needs' side (planned while the
# claims were few, the join scanned the claims once for every published need in the period).
_NEED_OF_CLAIM = f"(SELECT o.starts_at FROM {NEED} o WHERE o.id = oc.need_id"
_OVERLAP = (
    f"SELECT oc.need_id FROM {CLAIM} oc "
    "WHERE oc.member_id = {member} AND oc.status = 'confirmed' AND NOT oc.need_closed "
    f"AND {_NEED_OF_CLAIM} AND o.status = 'published' "
    "AND o.starts_at < {ends} AND o.ends_at > {starts}) IS NOT NULL "
    "AND oc.need_id <> {need} "
    f"ORDER BY {_NEED_OF_CLAIM}), oc.need_id LIMIT 1"
)
OVERLAP = _OVERLAP.format(member="%s", ends="%s", starts="%s", need="%s")


def _need(row: Any) -> Need:
    return from_row(Need, _ATTNAMES, row[: len(_FIELDS)])


def need_get(need_id: int, member_id: int | None = None) -> Need | None:
    """The need; with ``member_id``, also whether that member may claim it when it is open
    (``need.jinlin_may_claim``), in the same query."""
    with connection.cursor() as cursor:
        if member_id is None:
            cursor.execute(f"SELECT {COLUMNS} FROM {NEED} n WHERE n.id = %s", [need_id])
        else:
            cursor.execute(
                f"SELECT {COLUMNS}, ({ELIGIBLE}) FROM {NEED} n WHERE n.id = %s",
                [member_id, member_id, need_id],
            )
        row = cursor.fetchone()
    if row is None:
        return None
    need = _need(row)
    if member_id is not None:
        need.jinlin_may_claim = bool(row[-1])  # type: ignore[attr-defined]
    return need


def overlapping(member_id: int, need: Need) -> Need | None:
    """Another published need this member is confirmed for at a time overlapping ``need``."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {COLUMNS} FROM {NEED} n WHERE n.id = ({OVERLAP})",
            [member_id, need.ends_at, need.starts_at, need.pk],
        )
        row = cursor.fetchone()
    return _need(row) if row else None


def claim_write(
    *, need: Need, member_id: int, confirmed: bool, at: dt.datetime, notice: Any = None
) -> tuple[int | None, int | None]:
    """SQLite, in the write transaction: a confirmed claim is refused when the member is
    confirmed for an overlapping need; otherwise the claim is inserted, counted on the need,
    and ``notice`` (an unsaved Notification) written. Returns (claim id, overlapping need id):
    (None, id) for an overlap, (None, None) when the member already holds an active claim on
    this need (the partial unique index decides)."""
    status = Claim.Status.CONFIRMED if confirmed else Claim.Status.WAITLISTED
    counter = "confirmed_count" if confirmed else "waitlisted_count"
    claim_columns = (
        "need_id, member_id, status, dispatched_by_id, created_at, confirmed_at, cancelled_at"
    )
    claim_params: list[Any] = [need.pk, member_id, str(status), at, at if confirmed else None]
    overlap_params: list[Any] = [member_id, need.ends_at, need.starts_at, need.pk]
    conflict = (
        "ON CONFLICT (need_id, member_id) WHERE status IN ('confirmed', 'waitlisted') "
        "DO NOTHING RETURNING id"
    )
    with connection.cursor() as cursor:
        if confirmed:
            cursor.execute(OVERLAP, overlap_params)
            row = cursor.fetchone()
            if row is not None:
                return None, int(row[0])
        cursor.execute(
            f"INSERT INTO {CLAIM} ({claim_columns}) VALUES (%s, %s, %s, NULL, %s, %s, NULL) "
            + conflict,
            claim_params,
        )
        row = cursor.fetchone()
        if row is None:
            return None, None
        cursor.execute(f"UPDATE {NEED} SET {counter} = {counter} + 1 WHERE id = %s", [need.pk])
    if notice is not None:
        from jinlin.core.sql import insert_row

        insert_row(notice)
    return int(row[0]), None


# The claim as one database function (PostgreSQL) ------------------------------------------
#
# A claim on PostgreSQL is one round trip: ``SELECT`` of this function, in autocommit, is its
# own transaction, so there is no BEGIN and no COMMIT to wait for. Its statements are the ones
# above (the locks with eligibility, the overlap, the insert under the partial unique index, the
# counter, the notice), each with a fresh snapshot as in READ COMMITTED; the rules are the ones
# ``services.claim_create`` decides on SQLite, in the same order, and every rule's test runs on
# both databases. It answers a code; the service turns a refusal into the same error.

_NOTICE = Notification._meta
_NOTICE_TABLE = quote(_NOTICE.db_table)
CLAIM_CODES = (
    "missing", "order", "not_eligible", "not_published", "ended", "overlap", "held",
    "confirmed", "waitlisted",
)  # fmt: skip


def _claim_function_body() -> str:
    # Registered members, nearly every claimant, are found with the need's lock; only for the
    # others is the partnership asked, in a statement of its own (a plan of four tables made
    # ready at every claim cost 5 % of the function).
    registered = _REGISTERED.format(member="p_member")
    partnered = _PARTNERED.format(member="p_member").replace("%%", "%")
    overlap = _OVERLAP.format(
        member="p_member", ends="v_need.ends_at", starts="v_need.starts_at", need="p_need"
    )
    return f"""
DECLARE
    v_need RECORD;
    v_partnered boolean;
    v_full boolean;
BEGIN
    SELECT n.id, n.status, n.mode, n.starts_at, n.ends_at, n.slots, n.confirmed_count,
           n.title, n.place, n.community_id, ({registered}) AS may
      INTO v_need
      FROM {NEED} n, {MEMBER} m
     WHERE n.id = p_need AND m.id = p_member
       FOR UPDATE OF n, m;
    IF NOT FOUND THEN code := 'missing'; RETURN; END IF;
    IF v_need.mode = 'order' THEN code := 'order'; RETURN; END IF;
    IF NOT v_need.may THEN
        SELECT {partnered} INTO v_partnered FROM (SELECT v_need.community_id) n(community_id);
        IF NOT v_partnered THEN code := 'not_eligible'; RETURN; END IF;
    END IF;
    IF v_need.status <> 'published' THEN code := 'not_published'; RETURN; END IF;
    IF p_now >= v_need.ends_at THEN code := 'ended'; RETURN; END IF;
    v_full := v_need.confirmed_count >= v_need.slots;
    IF NOT v_full THEN
        other_id := ({overlap});
        IF other_id IS NOT NULL THEN code := 'overlap'; RETURN; END IF;
    END IF;
    INSERT INTO {CLAIM} (need_id, member_id, status, dispatched_by_id, created_at,
                         confirmed_at, cancelled_at)
    VALUES (p_need, p_member, CASE WHEN v_full THEN 'waitlisted' ELSE 'confirmed' END, NULL,
            p_now, CASE WHEN v_full THEN NULL ELSE p_now END, NULL)
    ON CONFLICT (need_id, member_id) WHERE status IN ('confirmed', 'waitlisted') DO NOTHING
    RETURNING id INTO claim_id;
    IF claim_id IS NULL THEN code := 'held'; RETURN; END IF;
    IF v_full THEN
        UPDATE {NEED} SET waitlisted_count = waitlisted_count + 1 WHERE id = p_need;
    ELSE
        UPDATE {NEED} SET confirmed_count = confirmed_count + 1 WHERE id = p_need;
    END IF;
    IF p_user IS NOT NULL THEN
        INSERT INTO {_NOTICE_TABLE} (user_id, kind, message, params, url, created_at, read_at)
        VALUES (p_user,
                CASE WHEN v_full THEN p_kind_waitlisted ELSE p_kind_confirmed END,
                CASE WHEN v_full THEN p_message_waitlisted ELSE p_message_confirmed END,
                jsonb_build_object(
                    'title', v_need.title, 'place', v_need.place,
                    'when', to_char(v_need.starts_at AT TIME ZONE p_zone, 'YYYY-MM-DD HH24:MI')),
                p_url, p_now, NULL);
    END IF;
    code := CASE WHEN v_full THEN 'waitlisted' ELSE 'confirmed' END;
END
"""


_ARGUMENTS = (
    "p_need bigint, p_member bigint, p_user bigint, p_now timestamptz, p_zone text, "
    "p_url text, p_kind_confirmed text, p_message_confirmed text, p_kind_waitlisted text, "
    "p_message_waitlisted text, OUT code text, OUT claim_id bigint, OUT other_id bigint"
)
_BODY = _claim_function_body()
# Every statement of the function is a look-up by an index (a need, a member, a member's
# registrations and live claims, the claim's unique key); its plans do not depend on the
# statistics (``jinlin.core.dbfunctions``).
CLAIMING = dbfunctions.Function("jinlin_claim", _ARGUMENTS, _BODY)
# Named by what it does: a server whose code differs calls the function its code wrote.
CLAIM_FUNCTION = CLAIMING.name


# Claims in batches (PostgreSQL) ------------------------------------------------------------
#
# With ``CLAIM_BATCHES`` (off by default: README, twenty-second pass) the server's threads
# combine their claims (``jinlin.core.combining``): the
# claims waiting together are made in one call of this function, one transaction, each by the
# claim's own function above, in their order of arrival (the first to come is the first
# served), each seeing those before it as a later claim would. What a call costs besides its
# claims — the round trip, the transaction's start and its commit, the function's entry — is
# paid once for all of them (#21: PostgreSQL's CPU a claim 0.30–0.50 → 0.20–0.24 ms with 4
# claims a call from 10 connections).
#
# A batch holds its needs' and members' locks until it commits. So that two batches (or a
# batch and a promotion from the waitlist, or a dispatch) never wait for each other in a
# circle, it takes every lock first, in one order — the needs by id, then the members by id —
# as those paths do (a need, then its members); each claim then finds its locks held.

_MANY_ARGUMENTS = (
    "p_needs bigint[], p_members bigint[], p_users bigint[], p_now timestamptz, p_zone text, "
    "p_url_before text, p_url_after text, p_kind_confirmed text, p_message_confirmed text, "
    "p_kind_waitlisted text, p_message_waitlisted text"
)
_MANY_BODY = f"""
DECLARE
    i integer;
BEGIN
    PERFORM 1 FROM {NEED} n WHERE n.id = ANY(p_needs) ORDER BY n.id FOR UPDATE;
    PERFORM 1 FROM {MEMBER} m WHERE m.id = ANY(p_members) ORDER BY m.id FOR UPDATE;
    FOR i IN 1 .. cardinality(p_needs) LOOP
        SELECT c.code, c.claim_id, c.other_id INTO code, claim_id, other_id
          FROM {CLAIM_FUNCTION}(p_needs[i], p_members[i], p_users[i], p_now, p_zone,
                                p_url_before || p_needs[i] || p_url_after, p_kind_confirmed,
                                p_message_confirmed, p_kind_waitlisted, p_message_waitlisted) c;
        RETURN NEXT;
    END LOOP;
END
"""
CLAIMING_MANY = dbfunctions.Function(
    "jinlin_claims",
    _MANY_ARGUMENTS,
    _MANY_BODY,
    returns="TABLE (code text, claim_id bigint, other_id bigint)",
)
CLAIMS_FUNCTION = CLAIMING_MANY.name


def claim_calls(
    claims: list[tuple[int, int, int | None]], *, at: dt.datetime, around: tuple[str, str],
    zone: str, notices: tuple[str, str, str, str],
) -> list[tuple[str, int | None, int | None]]:  # fmt: skip
    """Claims — (need id, member id, user id) — in one round trip and one transaction, made at
    ``at``, each notice linking to its need's page (the id written ``around``): (code, claim
    id, overlapping need id) of each, in their order. The ids go as array literals: psycopg
    adapting three lists took ten times the rest of the call's parameters (59 against 6 µs)."""
    needs, members, users = zip(*claims, strict=True)
    with hot_cursor() as cursor:
        cursor.execute(
            f"SELECT code, claim_id, other_id FROM {CLAIMS_FUNCTION}(%s::bigint[], "
            "%s::bigint[], %s::bigint[], %s, %s, %s, %s, %s, %s, %s, %s)",
            [_array(needs), _array(members), _array(users), at, zone, *around, *notices],
        )
        rows = cursor.fetchall()
    return [(str(code), claim_id, other_id) for code, claim_id, other_id in rows]


def _array(ids: tuple[int | None, ...]) -> str:
    return "{" + ",".join("NULL" if i is None else str(int(i)) for i in ids) + "}"


def claim_call(
    *, need_id: int, member_id: int, user_id: int | None, at: dt.datetime, url: str,
    zone: str, notices: tuple[str, str, str, str],
) -> tuple[str, int | None, int | None]:  # fmt: skip
    """The claim in one round trip: (code, claim id, overlapping need id)."""
    with hot_cursor() as cursor:
        cursor.execute(
            f"SELECT code, claim_id, other_id FROM {CLAIM_FUNCTION}"
            "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [need_id, member_id, user_id, at, zone, url, *notices],
        )
        code, claim_id, other_id = cursor.fetchone()
    return str(code), claim_id, other_id
