"""The indexes of the tables every claim, credit and notice writes.

Each index is an entry more for every row written: on these tables none repeats the leading
columns of another, and no text column has PostgreSQL's second (LIKE) index. The ledger's
(chain, day) index holds what a district's figures read of each row, so that PostgreSQL can
answer them from the index alone; the ledger is vacuumed often enough for its newest rows to be
read that way."""

import re

import pytest
from django.db import connection

from jinlin.cloudmap import figures
from jinlin.cloudmap.indicators import Period

# Written by every claim (its row and notice), every credit scan (the ledger's row, its day
# sums) and every notice.
HOT_TABLES = (
    "needs_claim",
    "notifications_notification",
    "service_servicerecord",
    "service_ledgerday",
    "service_attendance",
)


def _indexes(table: str) -> list[tuple[str, list[str], bool, bool, str]]:
    """(name, key columns, unique, partial, definition) of each index of the table."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname,
                   ARRAY(SELECT a.attname
                         FROM unnest(i.indkey[0:i.indnkeyatts - 1]) WITH ORDINALITY k(attnum, n)
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         ORDER BY k.n),
                   i.indisunique, i.indpred IS NOT NULL, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = %s::regclass
            """,
            [table],
        )
        return [(name, list(cols), unique, partial, d) for name, cols, unique, partial, d in cursor]


@pytest.mark.postgres
@pytest.mark.parametrize("table", HOT_TABLES)
def test_no_index_of_a_hot_table_repeats_the_start_of_another(db, table):
    indexes = _indexes(table)
    assert len(indexes) >= 2, table  # the table is there, with its key and an index
    repeated = [
        f"{name} {cols} is the start of {other} {longer}"
        for name, cols, unique, partial, _d in indexes
        if not unique and not partial
        for other, longer, _u, other_partial, _d2 in indexes
        if other != name and not other_partial and longer[: len(cols)] == cols
    ]
    assert not repeated
    assert not [name for name, *_rest, definition in indexes if "pattern_ops" in definition]


@pytest.mark.postgres
def test_the_ledgers_hash_is_still_unique(db):
    unique = [cols for _n, cols, is_unique, partial, _d in _indexes("service_servicerecord")
              if is_unique and not partial]  # fmt: skip
    assert ["hash"] in unique and ["chain", "seq"] in unique


def test_the_ledgers_index_holds_every_column_the_figures_read_of_a_row(cast):
    """The figures' read of a period's credits (``figures.credit_rows``) names no column of the
    ledger's rows that its (chain, day) index does not hold, so PostgreSQL can answer it from
    the index alone (at a tenth of a city: an index-only scan with no heap fetch after a
    vacuum). A column added to that read but not to the index fails here."""
    from jinlin.service.models import ServiceRecord

    sql, _params = figures.credit_rows(cast.district, Period.last_weeks(4)).query.sql_with_params()
    read = set(re.findall(r'"service_servicerecord"\."(\w+)"', sql))
    assert {"chain", "activity_date", "member_id", "hours"} <= read  # the pattern finds them
    (index,) = [i for i in ServiceRecord._meta.indexes if i.name == "ledger_chain_day_covering"]
    held = {ServiceRecord._meta.get_field(name).column for name in [*index.fields, *index.include]}
    assert read <= held, read - held


@pytest.mark.postgres
def test_the_ledger_is_vacuumed_after_a_few_thousand_appends(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reloptions FROM pg_class WHERE oid = 'service_servicerecord'::regclass"
        )
        (options,) = cursor.fetchone()
    assert "autovacuum_vacuum_insert_threshold=10000" in options
    assert "autovacuum_vacuum_insert_scale_factor=0.002" in options
