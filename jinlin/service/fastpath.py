"""Hand-written reads for the scan burst (and the ledger head).

Measured with py-spy on `benchmarks/scan_burst.py`: compiling the ORM's five-join claim query
took 46% of a scan's time (843 µs of SQL compilation per request against a 0.2 ms round trip).
These functions run the same reads as fixed SQL through `Model.objects.raw()` /
the cursor, so nothing is compiled per request. They only read and lock; every rule stays in
`services.py`. Both backends are supported: SQLite returns naive UTC datetimes and JSON text,
PostgreSQL aware datetimes and parsed JSON, and `_aware`/`_json` even that out.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from jinlin.core import dbfunctions, sql
from jinlin.members.models import Member
from jinlin.needs.models import Claim, Need, activity_day
from jinlin.organizations.models import Organization
from jinlin.service.models import Attendance, LedgerDay, LedgerHead


def _aware(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = value.replace(tzinfo=dt.UTC)
    return value


def _json(value: Any, default: Any) -> Any:
    if value in (None, ""):
        return default
    return json.loads(value) if isinstance(value, str) else value


@dataclass(slots=True)
class ScanNeed:
    """What a scan reads of its need: not a model instance (a ``Need`` and its community's
    ``Organization`` built from keywords for every scan were a tenth of a sign-in's CPU)."""

    pk: int
    community_id: int
    community_name: str
    title: str
    place: str
    category: str
    metrics: list[str]
    starts_at: dt.datetime
    ends_at: dt.datetime
    grace_minutes: int

    @property
    def grace(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.grace_minutes)

    @property
    def day(self) -> dt.date:
        return activity_day(self.starts_at)  # as ``Need.day``


@dataclass
class ScanTarget:
    """Everything a scan needs to know about one member's claim on one need."""

    claim_id: int
    claim_status: str
    member_id: int
    member_user_id: int | None
    need: ScanNeed
    attendance_id: int | None
    signed_in_at: dt.datetime | None
    decision: str
    hours: Decimal | None
    outcomes: dict[str, int]
    note: str
    reject_reason: str
    credited_at: dt.datetime | None
    decided_by_id: int | None
    decided_by_name: str


def _table(model: Any) -> str:
    return connection.ops.quote_name(model._meta.db_table)


@functools.cache
def _scan_target_sql(vendor: str, member: str = "%s", need: str = "%s") -> str:
    user_table = connection.ops.quote_name("auth_user")
    return f"""
        SELECT c.id, c.need_id, c.member_id, c.status, c.created_at,
               m.user_id AS x_user_id,
               n.title AS x_title, n.place AS x_place, n.category AS x_category,
               n.metrics AS x_metrics, n.starts_at AS x_starts_at, n.ends_at AS x_ends_at,
               n.grace_minutes AS x_grace, n.community_id AS x_community_id,
               o.name AS x_community_name,
               a.id AS x_att_id, a.signed_in_at AS x_signed_in_at, a.decision AS x_decision,
               a.hours AS x_hours, a.outcomes AS x_outcomes, a.note AS x_note,
               a.reject_reason AS x_reject_reason, a.credited_at AS x_credited_at,
               a.decided_by_id AS x_decided_by_id,
               u.first_name AS x_first, u.last_name AS x_last, u.username AS x_username
        FROM {_table(Claim)} c
        JOIN {_table(Need)} n ON n.id = c.need_id
        JOIN {_table(Organization)} o ON o.id = n.community_id
        JOIN {_table(Member)} m ON m.id = c.member_id
        LEFT JOIN {_table(Attendance)} a ON a.claim_id = c.id
        LEFT JOIN {user_table} u ON u.id = a.decided_by_id
        WHERE c.need_id = {need} AND c.member_id = {member} AND c.status <> 'cancelled'
        ORDER BY c.id DESC
        LIMIT 1
    """


def scan_target(*, need_id: int, member_id: int) -> ScanTarget | None:
    """The member's latest claim on the need that is not cancelled, with its attendance."""
    if connection.vendor == "postgresql":  # the scan's function, signing in nobody
        return _scan_call(need_id, member_id, None)[0]
    # A plain cursor, not raw(): the row is unpacked by position, no model is built for it.
    with sql.hot_cursor() as cursor:
        cursor.execute(_scan_target_sql(connection.vendor), [need_id, member_id])
        row = cursor.fetchone()
    return None if row is None else _target_of(need_id, member_id, row)


# The read (``t``) and the sign-in (``signed``), as the scan's database function runs them.
# The claim may sign in when it is neither waitlisted nor marked absent and the scan falls
# inside the need's window with its grace: ``services._sign_in``'s rules, which explain a
# refusal from the row this returns.
_SCAN_READ = _scan_target_sql("postgresql", "p_member", "p_need")
_SCAN_BODY = f"""
BEGIN
    RETURN QUERY
    WITH t AS ({_SCAN_READ}),
    signed AS (
        INSERT INTO {_table(Attendance)} (claim_id, signed_in_at, decision, outcomes, note,
                                          photo, reject_reason)
        SELECT t.id, p_at, '', '{{}}', '', '', '' FROM t
        WHERE t.x_att_id IS NULL AND t.status NOT IN (p_waitlisted, p_absent)
          AND p_at >= t.x_starts_at - make_interval(mins => t.x_grace)
          AND p_at <= t.x_ends_at + make_interval(mins => t.x_grace)
        ON CONFLICT (claim_id) DO NOTHING
        RETURNING id
    )
    SELECT t.*, (SELECT id FROM signed) FROM t;
END
"""


# The read's columns, in its order, with the sign-in's attendance last.
_SCAN_COLUMNS = (
    (Claim, "id"), (Claim, "need"), (Claim, "member"), (Claim, "status"),
    (Claim, "created_at"), (Member, "user"), (Need, "title"), (Need, "place"),
    (Need, "category"), (Need, "metrics"), (Need, "starts_at"), (Need, "ends_at"),
    (Need, "grace_minutes"), (Need, "community"), (Organization, "name"),
    (Attendance, "id"), (Attendance, "signed_in_at"), (Attendance, "decision"),
    (Attendance, "hours"), (Attendance, "outcomes"), (Attendance, "note"),
    (Attendance, "reject_reason"), (Attendance, "credited_at"), (Attendance, "decided_by"),
    (User, "first_name"), (User, "last_name"), (User, "username"), (Attendance, "id"),
)  # fmt: skip
# A scan's read of the member's latest live claim of the need with its attendance, and the
# sign-in written when the claim may sign in at ``p_at`` (of simultaneous first scans, one
# stands; no sign-in when ``p_at`` is NULL): the read's row and the attendance signed in, if
# this scan did. Every statement a look-up by an index, planned alike whatever the statistics
# (``jinlin.core.dbfunctions``): a read planned while the attendances were few sorted all of
# them at every scan.
SCAN = dbfunctions.Function(
    "jinlin_scan",
    "p_need bigint, p_member bigint, p_at timestamptz, p_waitlisted text, p_absent text",
    _SCAN_BODY,
    returns=dbfunctions.table(
        (f"o_{n}", dbfunctions.column_type(model, name))
        for n, (model, name) in enumerate(_SCAN_COLUMNS)
    ),
)


def scan_sign_in(
    *, need_id: int, member_id: int, at: dt.datetime
) -> tuple[ScanTarget | None, bool]:
    """``scan_target``, and on PostgreSQL the sign-in written in the same statement when the
    claim may sign in at ``at`` (``SCAN``): (the target as it was read, whether this scan
    signed in). One round trip for a sign-in scan, and a credit scan's read. Elsewhere only
    the read: the caller signs in (``services._sign_in``)."""
    if connection.vendor != "postgresql":
        return scan_target(need_id=need_id, member_id=member_id), False
    return _scan_call(need_id, member_id, at)


def _scan_call(
    need_id: int, member_id: int, at: dt.datetime | None
) -> tuple[ScanTarget | None, bool]:
    params = [need_id, member_id, at, Claim.Status.WAITLISTED, Claim.Status.ABSENT]
    with sql.hot_cursor() as cursor:
        cursor.execute(f"SELECT * FROM {SCAN.name}(%s, %s, %s, %s, %s)", params)
        row = cursor.fetchone()
    if row is None:
        return None, False
    return _target_of(need_id, member_id, row[:-1]), row[-1] is not None


def scan_sign_in_as(
    *, key_hash: str, need_id: int, at: dt.datetime
) -> tuple[Any, ScanTarget | None, bool] | None:
    """``scan_sign_in`` for the member a cold bearer token names, the token looked up in the
    same statement (PostgreSQL only; ``jinlin.api.security.caller_sql``): (the caller's row,
    for ``security.caller_of``; the target; whether this scan signed in), or ``None`` for a
    bad or ended token — then nothing was read or written. A member's first scan of the day
    is one round trip, not two (#21)."""
    params = [key_hash, timezone.now(), need_id,
              at, Claim.Status.WAITLISTED, Claim.Status.ABSENT]  # fmt: skip
    with sql.hot_cursor() as cursor:
        cursor.execute(_scan_sign_in_as_sql(), params)
        row = cursor.fetchone()
    if row is None:
        return None
    from jinlin.api.security import CALLER_COLUMNS, CALLER_MEMBER

    caller, target, signed = row[:CALLER_COLUMNS], row[CALLER_COLUMNS:-1], row[-1]
    if target[0] is None:  # no claim (or not a member): the caller alone
        return caller, None, False
    return caller, _target_of(need_id, caller[CALLER_MEMBER], target), signed is not None


@functools.cache
def _scan_sign_in_as_sql() -> str:
    from jinlin.api.security import caller_sql

    return (
        f"WITH caller AS ({caller_sql()}) SELECT caller.*, s.* FROM caller "
        f"LEFT JOIN LATERAL {SCAN.name}(%s, caller.x_member, %s, %s, %s) s ON true"
    )


def _target_of(need_id: int, member_id: int, row: Any) -> ScanTarget:
    (
        claim_id,
        _need_id,
        _member_id,
        claim_status,
        _created_at,
        user_id,
        title,
        place,
        category,
        metrics,
        starts_at,
        ends_at,
        grace,
        community_id,
        community_name,
        attendance_id,
        signed_in_at,
        decision,
        hours,
        outcomes,
        note,
        reject_reason,
        credited_at,
        decided_by_id,
        first,
        last,
        username,
    ) = row
    starts, ends = _aware(starts_at), _aware(ends_at)
    assert starts is not None and ends is not None
    need = ScanNeed(
        pk=need_id,
        community_id=community_id,
        community_name=community_name,
        title=title,
        place=place,
        category=category,
        metrics=_json(metrics, []),
        starts_at=starts,
        ends_at=ends,
        grace_minutes=grace,
    )
    name = f"{first or ''} {last or ''}".strip() or (username or "")
    return ScanTarget(
        claim_id=claim_id,
        claim_status=claim_status,
        member_id=member_id,
        member_user_id=user_id,
        need=need,
        attendance_id=attendance_id,
        signed_in_at=_aware(signed_in_at),
        decision=decision or "",
        hours=Decimal(str(hours)) if hours is not None else None,
        outcomes=_json(outcomes, {}),
        note=note or "",
        reject_reason=reject_reason or "",
        credited_at=_aware(credited_at),
        decided_by_id=decided_by_id,
        decided_by_name=name[:100],
    )


def ledger_head_advance(chain: int = 0) -> tuple[int, str]:
    """Lock the chain's head and take its next sequence number: (seq, previous hash). The
    first append to a chain makes its head.

    The row stays locked until the caller's transaction ends, so appends to one chain are
    serialized; appends to other chains do not wait.

    The chain heads' statements are not prepared (``hot_cursor``): they are the sealer's, once
    a chain a round, and the rarer appends', not a scan's. Planned afresh, they read the heads
    by their index as soon as there are more than a few; a plan kept from a new district's
    first heads would scan all of a city's 3,000 at every one (``tests/test_hot_plans.py``).
    """
    table = _table(LedgerHead)
    with connection.cursor() as cursor:
        for _attempt in range(2):
            if connection.vendor == "postgresql":
                # Lock without writing: ``ledger_insert`` writes the head once, with its hash.
                cursor.execute(
                    f"SELECT seq + 1, last_hash FROM {table} WHERE chain = %s FOR UPDATE", [chain]
                )
            else:
                cursor.execute(
                    f"UPDATE {table} SET seq = seq + 1 WHERE chain = %s RETURNING seq, last_hash",
                    [chain],
                )
            row = cursor.fetchone()
            if row is not None:
                return int(row[0]), str(row[1])
            # The chain's very first append: of simultaneous first appends, one head stands.
            cursor.execute(
                f"INSERT INTO {table} (chain, seq, last_hash) VALUES (%s, 0, %s) "
                "ON CONFLICT (chain) DO NOTHING",
                [chain, "0" * 64],
            )
    raise RuntimeError(f"ledger chain {chain} has no head")


def ledger_head_set(chain: int, seq: int, last_hash: str) -> None:
    """Move the chain's head to its row ``seq`` with this hash (its lock held by the caller)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_table(LedgerHead)} SET seq = %s, last_hash = %s WHERE chain = %s",
            [seq, last_hash, chain],
        )


def attendance_sign_in(*, claim_id: int, at: dt.datetime) -> None:
    """The sign-in row, in one statement (autocommit: no BEGIN/COMMIT round trips). Of
    simultaneous first scans, ON CONFLICT keeps one."""
    with sql.hot_cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table(Attendance)} (claim_id, signed_in_at, decision, outcomes, "
            "note, photo, reject_reason) VALUES (%s, %s, '', %s, '', '', '') "
            "ON CONFLICT (claim_id) DO NOTHING",
            [claim_id, at, "{}"],
        )


def attendance_credit(*, attendance_id: int, at: dt.datetime) -> bool:
    """Set credited_at if nobody has: of any number of simultaneous scans, one wins."""
    with sql.hot_cursor() as cursor:
        cursor.execute(
            f"UPDATE {_table(Attendance)} SET credited_at = %s "
            "WHERE id = %s AND credited_at IS NULL",
            [at, attendance_id],
        )
        return cursor.rowcount == 1


def credit_open(
    *, attendance_id: int, at: dt.datetime, chain: int, notice: Any = None
) -> tuple[int, str] | None:
    """A credit's first step where rows are sealed as they are written (SQLite; PostgreSQL
    writes the whole credit at once, ``credit_write``): set credited_at if nobody has (of any
    number of simultaneous scans, one wins), write the member's ``notice`` (an unsaved
    Notification), and take the head of the ledger's ``chain`` for the next row: (seq,
    previous hash), or None when it was already credited."""
    if not attendance_credit(attendance_id=attendance_id, at=at):
        return None
    if notice is not None:
        sql.insert_row(notice)
    return ledger_head_advance(chain)


def _when_won(insert: str) -> str:
    """``INSERT … VALUES (…) [ON CONFLICT …]`` as ``INSERT … SELECT … WHERE`` the credit was
    won (the values are parameters only)."""
    head, values = insert.split(" VALUES (", 1)
    marks, _paren, tail = values.partition(")")
    return f"{head} SELECT {marks} WHERE EXISTS (SELECT 1 FROM won){tail}"


# Set credited_at if nobody has: the attendance's id when this call did. A function, so that
# its look-up by the attendance's id is planned alike whatever the statistics (a statement
# prepared while the attendances were few scanned them all at every credit).
CREDIT_WIN = dbfunctions.Function(
    "jinlin_credit_win",
    "p_attendance bigint, p_at timestamptz",
    f"""
DECLARE
    v_id bigint;
BEGIN
    UPDATE {_table(Attendance)} SET credited_at = p_at
     WHERE id = p_attendance AND credited_at IS NULL
    RETURNING id INTO v_id;
    RETURN v_id;
END
""",
    returns="bigint",
)


def credit_write(
    *, attendance_id: int, at: dt.datetime, record: Any, day: tuple[int, Any, int, Any],
    notice: Any = None,
) -> bool:  # fmt: skip
    """A credit in one statement, on PostgreSQL: set credited_at if nobody has (of any number
    of simultaneous scans, one wins) and, for the winner, write the member's ``notice``, the
    ledger ``record`` still to be sealed (``services.ledger_seal`` seals it a moment later
    with its chain's other new rows) and its community's ``day`` (``ledger_day_add``'s
    values). No chain's lock is taken, so credits of one community do not queue behind each
    other; the statement is its own transaction. Whether this scan won."""
    params: list[Any] = [attendance_id, at]
    statement = f"WITH won AS (SELECT id FROM {CREDIT_WIN.name}(%s, %s) id WHERE id IS NOT NULL)"
    if notice is not None:
        insert, values = sql.insert_parts(notice)
        statement += f", notice AS ({_when_won(insert)})"
        params += values
    insert, values = sql.insert_parts(record)
    statement += f", row AS ({_when_won(insert)} RETURNING id)"
    params += values
    statement += f", day AS ({_when_won(_DAY_ADD)})"
    params += list(day)
    statement += " SELECT (SELECT id FROM row)"
    with sql.hot_cursor() as cursor:
        cursor.execute(statement, params)
        row_id = cursor.fetchone()[0]
    if row_id is None:
        return False
    record.pk = row_id
    record._state.adding = False
    record._state.db = connection.alias
    return True


def ledger_insert(record: Any, day: tuple[int, Any, int, Any] | None = None) -> None:
    """Insert a hashed ledger row, move its chain's head to its hash, and add the row to its
    community's day (``day``: community, date, credits, hours; see ``ledger_day_add``).

    On PostgreSQL all in one statement, so the head's lock (taken by ``ledger_head_advance``)
    is held for one round trip and the commit; elsewhere, one each.
    """
    if connection.vendor != "postgresql":
        record.save(force_insert=True)
        ledger_head_set(record.chain, record.seq, record.hash)
        if day is not None:
            ledger_day_add(community_id=day[0], day=day[1], credits=day[2], hours=day[3])
        return
    insert, values = sql.insert_parts(record)
    statement = f"WITH row AS ({insert} RETURNING id)"
    params = [*values]
    if day is not None:
        statement += f", day AS ({_DAY_ADD})"
        params += list(day)
    statement += (
        f" UPDATE {_table(LedgerHead)} SET seq = %s, last_hash = %s WHERE chain = %s "
        "RETURNING (SELECT id FROM row)"
    )
    with connection.cursor() as cursor:  # not prepared: see ``ledger_head_advance``
        cursor.execute(statement, [*params, record.seq, record.hash, record.chain])
        record.pk = cursor.fetchone()[0]
    record._state.adding = False
    record._state.db = connection.alias


_DAY = sql.quote(LedgerDay._meta.db_table)
_DAY_ADD = (
    f"INSERT INTO {_DAY} (community_id, day, credits, hours) VALUES (%s, %s, %s, %s) "
    f"ON CONFLICT (community_id, day) DO UPDATE SET "
    f"credits = {_DAY}.credits + excluded.credits, hours = {_DAY}.hours + excluded.hours"
)


def ledger_day_add(*, community_id: int, day: Any, credits: int, hours: Any) -> None:
    """Add a ledger row to its community's day: one upsert (SQLite and PostgreSQL alike)."""
    with sql.hot_cursor() as cursor:
        cursor.execute(_DAY_ADD, [community_id, day, credits, hours])
