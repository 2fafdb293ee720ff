"""The indexes of the tables every claim, credit and notice writes.

Each index is an entry more for every row written: on these tables none repeats the leading
columns of another, and no text column has PostgreSQL's second (LIKE) index. The ledger's
(chain, day) index holds what a district's figures read of each row, so that PostgreSQL can
answer them from the index alone; the ledger is vacuumed often enough for its newest rows to be
read that way."""

import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from jinlin.cloudmap import figures
from jinlin.cloudmap.indicators import Period
from jinlin.needs import fastpath
from tests.api import api_as
from tests.needs_helpers import publish

# Written by every claim (its row and notice), every credit scan (the ledger's row, its day
# sums) and every notice; held to what a claim and a credit insert into by the test below.
HOT_TABLES = (
    "needs_claim",
    "notifications_notification",
    "service_servicerecord",
    "service_ledgerday",
    "service_attendance",
    "service_ledgerhead",  # a chain's first credit inserts its head
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


INSERTED = re.compile(r'INSERT INTO "?(\w+)"?', re.IGNORECASE)


def test_every_table_a_claim_or_a_credit_inserts_into_is_a_hot_table(cast):
    """The list above is not left behind by the code: the tables an API claim and an API
    credit scan insert into (their statements as sent, and on PostgreSQL the claim's database
    function as ``migrate`` writes it) are all in it."""
    from jinlin.service import services as service

    need = publish(cast, slots=2)
    member = api_as("member")
    assert member.get("/me").status_code == 200
    with CaptureQueriesContext(connection) as claiming:
        claimed = member.post(f"/needs/{need.pk}/claims")
    assert claimed.status_code == 201, claimed.content
    code, _expires = service.site_code_issue(need=need)
    service.scan_record(token=code, member=cast.member)
    from jinlin.needs.models import Claim

    claim = Claim.objects.get(need=need, member=cast.member)
    service.claim_accept(claim=claim, hours=2, by=cast.community_admin)
    with CaptureQueriesContext(connection) as crediting:
        credited = member.post("/scans", {"token": code})
    assert credited.status_code == 200 and credited.json()["kind"] == "credit", credited.content
    sent = [q["sql"] for q in [*claiming.captured_queries, *crediting.captured_queries]]
    if connection.vendor == "postgresql":
        sent.append(fastpath._BODY)  # the claim is one call of this function there
    inserted = {table for sql in sent for table in INSERTED.findall(sql)}
    assert {"needs_claim", "service_servicerecord", "notifications_notification"} <= inserted
    assert inserted <= set(HOT_TABLES), inserted - set(HOT_TABLES)


@pytest.mark.postgres
def test_a_members_own_claim_writes_no_entry_for_who_dispatched_it(db):
    """Nearly every claim is a member's own, with no dispatcher: the dispatcher's index (kept
    for removing an account) holds only the claims a unit admin dispatched."""
    found = [i for i in _indexes("needs_claim") if i[1] == ["dispatched_by_id"]]
    assert len(found) == 1, found
    _name, _cols, _unique, partial, definition = found[0]
    assert partial and "dispatched_by_id IS NOT NULL" in definition, definition


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


@pytest.mark.postgres
def test_the_ledger_writes_no_index_entry_that_nothing_reads(db):
    """A ledger row's index entries are written twice (its insert and its seal). The claim has
    one index, the unique one that holds "a claim is credited once" and finds a claim's row;
    nothing reads rows by their recorder or by the time alone, so neither has an index."""
    indexes = _indexes("service_servicerecord")
    on_claim = [(unique, partial) for _n, cols, unique, partial, _d in indexes
                if cols[:1] == ["claim_id"]]  # fmt: skip
    assert on_claim == [(True, False)], on_claim
    assert not [name for name, cols, *_rest in indexes
                if cols[:1] in (["recorded_by_id"], ["created_at"])]  # fmt: skip
    # A claim's rows (as a claim's deletion looks them up) are found through that index (the
    # table of a test is too small for the planner to prefer it unasked).
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN SELECT id FROM service_servicerecord WHERE claim_id IN (1, 2)")
        plan = " ".join(row[0] for row in cursor)
    assert "ledger_one_row_per_claim" in plan, plan


def _ledger_index_names() -> set[str]:
    return {name for name, *_rest in _indexes("service_servicerecord")}


@pytest.mark.postgres
def test_the_ledgers_fewer_indexes_come_online_both_ways_and_again(transactional_db):
    """Migration 0014 on PostgreSQL keeps the ledger open (``core.online_schema``): undone and
    done again through its own steps, each index and constraint is where the models say, a
    step run twice changes nothing, and an index a stopped concurrent build left invalid is
    built again."""
    import importlib

    from django.db.migrations.executor import MigrationExecutor

    migration = importlib.import_module("jinlin.service.migrations.0014_ledger_fewer_indexes")
    (online,) = migration.Migration.operations
    loader = MigrationExecutor(connection).loader
    before = loader.project_state(("service", "0013_ledger_sealed_in_batches"))
    after = loader.project_state(("service", "0014_ledger_fewer_indexes"))
    new = {"ledger_one_row_per_claim"}
    old = {"ledger_one_credit_per_claim", "ledger_created_at",
           "service_servicerecord_claim_id_0f59c5d4"}  # fmt: skip
    assert new <= _ledger_index_names() and not old & _ledger_index_names()

    with connection.schema_editor(atomic=False) as editor:
        online.database_backwards("service", editor, after, before)
    names = _ledger_index_names()
    assert old <= names and not new & names, names
    assert [n for n in names if n.startswith("service_servicerecord_recorded_by_id")]

    # A concurrent build stopped half-way leaves its index invalid.
    with connection.cursor() as cursor:
        cursor.execute("CREATE UNIQUE INDEX ledger_one_row_per_claim "
                       "ON service_servicerecord (claim_id)")  # fmt: skip
        cursor.execute("UPDATE pg_index SET indisvalid = false "
                       "WHERE indexrelid = 'ledger_one_row_per_claim'::regclass")  # fmt: skip
    for _again in range(2):
        with connection.schema_editor(atomic=False) as editor:
            online.database_forwards("service", editor, before, after)
    names = _ledger_index_names()
    assert new <= names and not old & names, names
    assert not [n for n in names if "recorded_by" in n]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conname, contype, convalidated FROM pg_constraint "
            "WHERE conrelid = 'service_servicerecord'::regclass AND conname LIKE 'ledger_%%'"
        )
        constraints = {name: (kind, valid) for name, kind, valid in cursor}
        cursor.execute("SELECT bool_and(indisvalid) FROM pg_index "
                       "WHERE indrelid = 'service_servicerecord'::regclass")  # fmt: skip
        (all_valid,) = cursor.fetchone()
    assert constraints["ledger_one_row_per_claim"] == ("u", True)
    assert constraints["ledger_only_credits_name_a_claim"] == ("c", True)
    assert all_valid


def test_the_online_migration_can_be_written_out_again():
    """Django's migration writer (``squashmigrations``) can write migration 0014's operation:
    its steps are values, not closures, and what it writes reads back the same."""
    import importlib

    from django.db.migrations.writer import OperationWriter

    migration = importlib.import_module("jinlin.service.migrations.0014_ledger_fewer_indexes")
    (online,) = migration.Migration.operations
    text, imports = OperationWriter(online, indentation=0).serialize()
    assert "jinlin.core.online_schema.Online(" in text
    assert "jinlin.core.online_schema.Unique('ledger_one_row_per_claim', ['claim_id'])" in text
    namespace: dict = {}
    # A migration file always imports ``migrations`` (MigrationWriter adds it).
    lines = [*imports, "from django.db import migrations", f"op = {text.rstrip().rstrip(',')}"]
    exec("\n".join(lines), namespace)
    again = namespace["op"]
    assert again.describe() == online.describe() and again.model_name == online.model_name
    for steps in ("forwards", "backwards"):
        assert [s.deconstruct() for s in getattr(again, steps)] == [
            s.deconstruct() for s in getattr(online, steps)
        ]
