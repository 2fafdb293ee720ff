"""``stream_values`` gives a values_list's rows as the ORM does, on either database; ``one_of``
and ``read_in_parallel`` read what the ORM reads; ``read_beside`` reads on a second connection
while its caller goes on."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL

from jinlin.core.sql import planner_settings, read_beside, read_in_parallel, stream_values
from jinlin.organizations.models import Organization


def test_streamed_rows_equal_the_querysets(cast):
    Organization.objects.filter(pk=cast.community.pk).update(longitude="118.0978", latitude="24.5")
    rows = Organization.objects.order_by("path").values_list(
        "pk", "name", "path", "longitude", "depth", "parent__name"
    )
    streamed = list(stream_values(rows, chunk_size=2))
    assert streamed == list(rows) and len(streamed) == Organization.objects.count()
    assert any(r[3] is not None for r in streamed)
    # Flat and annotated lists, which need Django's own handling, are read by the ORM.
    flat = Organization.objects.order_by("pk").values_list("name", flat=True)
    assert list(stream_values(flat)) == list(flat)
    doubled = Organization.objects.order_by("pk").values_list("pk", F("depth") * 2)
    assert list(stream_values(doubled)) == list(doubled)
    assert list(stream_values(rows.filter(name="没有"))) == []


def test_one_of_finds_what_in_finds_with_the_numbers_as_one_parameter(cast):
    """``one_of``: the rows ``IN`` finds; on PostgreSQL as ``= ANY(%s)``, one array parameter
    however many numbers (a district's 3,000 chains were 3,000 parameters to parse and plan)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jinlin.core.sql import one_of

    ids = list(Organization.objects.order_by("pk").values_list("pk", flat=True))
    wanted = [*ids[::2], 10**9]  # and one that is nobody
    found = Organization.objects.filter(one_of("id", wanted)).order_by("pk")
    with CaptureQueriesContext(connection) as seen:
        rows = list(found.values_list("pk", flat=True))
    assert rows == ids[::2] and len(rows) > 2
    assert list(Organization.objects.filter(one_of("id", []))) == []
    others = Organization.objects.exclude(one_of("id", wanted)).order_by("pk")
    assert list(others.values_list("pk", flat=True)) == ids[1::2]  # ordered: PostgreSQL need not
    if connection.vendor == "postgresql":
        assert "= ANY(" in seen.captured_queries[0]["sql"]


@pytest.mark.postgres
def test_one_of_sends_the_numbers_as_the_columns_own_type(cast):
    """psycopg sends small numbers as a smallint[]; ``bigint = smallint`` is an operator
    PostgreSQL cannot hash, so each row was compared with the list's numbers one by one (a
    city's month of credits against its 3,000 chains: 3.5 s). The plan shows the list as the
    column's own type: the comparison PostgreSQL hashes."""
    from django.db import connection

    from jinlin.core.sql import one_of
    from jinlin.service.models import ServiceRecord

    def plan(rows):
        sql, params = rows.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql, params)
            return "\n".join(line for (line,) in cursor.fetchall())

    assert "'{1,2,3}'::bigint[]" in plan(ServiceRecord.objects.filter(one_of("chain", [1, 2, 3])))
    pk_type = Organization._meta.pk.cast_db_type(connection)
    assert f"'{{4,5}}'::{pk_type}[]" in plan(Organization.objects.filter(one_of("id", [4, 5])))


def test_a_read_in_parallel_gives_the_querysets_rows(cast):
    rows = Organization.objects.order_by("path").values_list("pk", "name")
    assert read_in_parallel(rows) == list(rows) and len(rows) > 3


@pytest.mark.postgres
def test_a_read_in_parallel_may_use_workers_and_puts_the_setting_back(cast):
    """Connections start with no parallel workers; the read is given two, and the setting is
    what it was afterwards, within the same transaction too."""
    setting = "SELECT current_setting('max_parallel_workers_per_gather')"

    def now() -> str:
        with connection.cursor() as cursor:
            cursor.execute(setting)
            return cursor.fetchone()[0]

    assert now() == "0"
    during = Organization.objects.filter(pk=cast.community.pk).values_list(
        RawSQL(setting, []), flat=True
    )
    assert read_in_parallel(during.all()) == ["2"]
    assert read_in_parallel(during.all(), workers=3) == ["3"]
    assert now() == "0"


@pytest.mark.postgres
def test_planner_settings_hold_inside_the_block_and_are_put_back(cast):
    def now(name: str) -> str:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting(%s)", [name])
            return cursor.fetchone()[0]

    before = now("random_page_cost")
    with planner_settings(random_page_cost=1.1, work_mem="8MB"):
        assert (now("random_page_cost"), now("work_mem")) == ("1.1", "8MB")
    assert now("random_page_cost") == before and now("work_mem") != "8MB"
    # A block that fails is rolled back with its settings.
    with pytest.raises(ZeroDivisionError), planner_settings(random_page_cost=1.2):
        1 / 0  # noqa: B018
    assert now("random_page_cost") == before


def test_a_read_beside_inside_a_transaction_runs_at_once_in_the_callers_thread(cast):
    """Inside a transaction (here the test's) a second connection would not see what it
    wrote: the read runs at once, where it is asked for, and sees it; its error is raised
    there."""
    import threading

    Organization.objects.filter(pk=cast.community.pk).update(name="读在旁边社区")
    seen: list[str] = []

    def read() -> list[str]:
        seen.append(threading.current_thread().name)
        names = Organization.objects.filter(pk=cast.community.pk).values_list("name", flat=True)
        return list(names)

    result = read_beside(read)
    assert seen == [threading.current_thread().name]  # already read, before ``result()``
    assert result() == ["读在旁边社区"] and result() == ["读在旁边社区"]
    with pytest.raises(ZeroDivisionError):
        read_beside(lambda: 1 / 0)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_read_beside_runs_on_a_second_connection_in_the_callers_context():
    """On PostgreSQL outside a transaction the read runs in its own thread on its own
    connection while the caller goes on (here the read waits for the caller to say it went
    on), in the caller's language and zone; its connection is closed once it is done, and
    its error is raised to the caller."""
    import threading
    import time

    from django.utils import timezone, translation

    def backend() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return cursor.fetchone()[0]

    went_on = threading.Event()

    def read() -> tuple[bool, int, str, str, str]:
        return (went_on.wait(10), backend(), threading.current_thread().name,
                translation.get_language(), timezone.get_current_timezone_name())  # fmt: skip

    mine = backend()
    with translation.override("en"), timezone.override("Asia/Urumqi"):
        result = read_beside(read)
        went_on.set()
        waited, pid, thread, language, zone = result()
    assert waited, "the read ran before its caller went on"
    assert pid != mine and thread == "jinlin-read-beside"
    assert (language, zone) == ("en", "Asia/Urumqi")
    with connection.cursor() as cursor:
        for _ in range(50):  # the server ends the backend a moment after its client closes
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid])
            if not cursor.fetchone()[0]:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the second connection was left open")
    failed = read_beside(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        failed()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_stream_outside_a_transaction_reads_ahead_on_its_own_connection(cast):
    """Outside a transaction the stream's cursor is another connection's: the rows are the
    queryset's, and what the caller writes between them is committed at once (seen from a
    third connection) — an export's progress is. A caller who stops early stops the reading,
    whose connection is closed; an error of the read reaches the caller."""
    import threading

    from django.db.models import F, Value

    rows = Organization.objects.order_by("pk").values_list("pk", "name", "depth")

    def committed_name(pk: int) -> str:
        return read_beside(lambda: Organization.objects.get(pk=pk).name)()

    streamed = []
    for row in stream_values(rows, chunk_size=2):
        assert connection.get_autocommit() and not connection.in_atomic_block
        Organization.objects.filter(pk=row[0]).update(name=f"{row[1]}·读过")
        assert committed_name(row[0]) == f"{row[1]}·读过"
        streamed.append(row)
    assert streamed == [(pk, name.removesuffix("·读过"), depth) for pk, name, depth in rows]
    assert len(streamed) == Organization.objects.count() > 4

    stream = stream_values(rows, chunk_size=2)
    assert next(stream)[0] == streamed[0][0]
    assert stream_backends() == 1  # the stream's own
    stream.close()
    assert not [t for t in threading.enumerate() if t.name == "jinlin-stream"]
    assert stream_backends_end()
    broken = Organization.objects.order_by("pk").values_list(Value(1) / (F("depth") - F("depth")))
    with pytest.raises(Exception, match="division by zero"):
        list(stream_values(broken))


def stream_backends() -> int:
    """The backends of this test's database whose last statement read a stream's cursor (a
    count of all of them raced with the backends of the loop before, still ending)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND query LIKE %s AND pid <> pg_backend_pid()",
            ["%jinlin_stream%"],
        )
        return cursor.fetchone()[0]


def stream_backends_end() -> bool:
    """Whether the streams' backends end: the server ends one a moment after its client
    closes."""
    import threading

    for _ in range(100):
        if stream_backends() == 0:
            return True
        threading.Event().wait(0.05)
    return False


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_stream_left_open_is_stopped_after_the_test(cast):
    """A stream its caller neither reads to the end nor closes — a failed test's traceback
    keeps it — holds a transaction open, and the next test's TRUNCATE waited on it for ever:
    the PostgreSQL tier hung at 98 %. ``stop_streams`` (called after every test) ends it."""
    from jinlin.core.sql import stop_streams

    rows = Organization.objects.order_by("pk").values_list("pk", "name")
    left = stream_values(rows, chunk_size=2)
    assert next(left)
    assert stream_backends() == 1
    assert stop_streams() == 1
    assert stream_backends_end()
    assert stop_streams() == 0  # none left
    # Its caller, coming back, has the rows read ahead and then an error, not a short end
    # that an export would take for the whole.
    with pytest.raises(RuntimeError, match="stopped before its end"):
        list(left)
