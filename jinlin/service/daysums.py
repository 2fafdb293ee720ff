"""The ledger's running sums per community and day, computed from its rows: what
``ledger_append`` keeps one row at a time, and what ``ledger_days_rebuild``, ``verify_ledger``
and the migrations recompute. Plain data in and out, so that a migration can call it with its
historical models."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

# (pk, kind, hours, activity_date, the need's community or None, the reversed row's pk or None)
Row = tuple[int, str, Decimal, dt.date, int | None, int | None]


def day_sums(
    rows: Iterable[Row], report_community: dict[int, int]
) -> dict[tuple[int, dt.date], tuple[int, Decimal]]:
    """(community, day) → (credits standing, net hours). ``rows`` in ledger order. A row counts
    for its need's community, else its report's; a reversal for the reversed row's. The day is
    the row's ``activity_date`` (a reversal carries the reversed row's), and a reversal takes
    its credit away again."""
    credits: dict[tuple[int, dt.date], int] = defaultdict(int)
    hours_of: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    community_of_row: dict[int, int | None] = {}
    for pk, kind, hours, day, need_community, reverses in rows:
        community = need_community or report_community.get(pk)
        if reverses is not None and community is None:
            community = community_of_row.get(reverses)
        community_of_row[pk] = community
        if community is None:
            continue
        credits[(community, day)] += credit_change(kind)
        hours_of[(community, day)] += hours
    return {key: (credits[key], hours_of[key]) for key in hours_of}


def credit_change(kind: str) -> int:
    """What one row does to the number of credits standing."""
    return 1 if kind == "credit" else -1
