"""Every benchmark still starts: its imports resolve and its options parse (`--help`).

The benchmarks run by hand, not in the suite, so one can break unseen: sqlite_responsive.py
stopped at its first line for weeks when helpers it imported moved from faults.py to
harness.py (#21). `--help` exits before any database or server is touched."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(
    path.name
    for path in (ROOT / "benchmarks").glob("*.py")
    if "argparse" in path.read_text(encoding="utf-8")
)


def test_every_benchmark_with_options_is_listed():
    assert {"claim_storm.py", "scan_burst.py", "sqlite_responsive.py", "faults.py"} <= set(
        SCRIPTS
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_benchmark_starts(script):
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout



def test_the_cpu_a_server_uses_is_counted_with_its_workers_and_not_the_client():
    """``harness.cpu_used`` (claim_storm's cpu_ratio) counts the CPU of a server's process
    tree — a worker it started included — and not the CPU of whoever measures."""
    import time

    from benchmarks import harness

    worker = (
        "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
        "print('spun', flush=True)\ntime.sleep(60)"
    )
    starts_worker = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {worker!r}])"
    server = subprocess.Popen(
        [sys.executable, "-c", starts_worker], stdout=subprocess.PIPE, start_new_session=True
    )
    try:
        with harness.cpu_used(server.pid) as used:
            end = time.process_time() + 0.3
            while time.process_time() < end:  # the client's own work: not counted
                pass
            assert server.stdout is not None and server.stdout.readline() == b"spun\n"
    finally:
        import os
        import signal

        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    assert 0.35 <= used.server < 0.65, used


def test_the_workers_cpu_is_counted_on_its_own_side():
    """``harness.cpu_used(server, worker)`` (scan_burst's line by side) counts ``jinlin
    worker``'s process tree as the worker's, not the server's."""
    import os
    import signal

    from benchmarks import harness

    spin = (
        "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
        "print('spun', flush=True)\ntime.sleep(60)"
    )
    idle = "import time; time.sleep(60)"
    started = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                         start_new_session=True)
        for code in (idle, spin)
    ]  # fmt: skip
    server, worker = started
    try:
        with harness.cpu_used(server.pid, worker.pid) as used:
            assert worker.stdout is not None and worker.stdout.readline() == b"spun\n"
    finally:
        for process in started:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert 0.35 <= used.worker < 0.65, used
    assert used.server < 0.15, used


def test_postgresqls_own_processes_are_told_from_its_clients_backends():
    """claim_storm's line gives PostgreSQL's CPU a request and, of it, its own processes'
    (checkpointer, WAL writer, autovacuum): told apart by the process's title."""
    from benchmarks.harness import serves_a_client

    clients = [
        "postgres: 15/main: postgres jinlin_bench 127.0.0.1(50412) idle",
        "postgres: postgres test 127.0.0.1(50412) SELECT",
        "postgres: 15/main: postgres jinlin_bench [local] idle in transaction",
    ]
    own = [
        "/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main",
        "postgres: 15/main: checkpointer",
        "postgres: 15/main: background writer",
        "postgres: 15/main: walwriter",
        "postgres: 15/main: autovacuum worker jinlin_bench",
        "postgres: 15/main: logical replication launcher",
    ]
    assert [serves_a_client(title) for title in clients] == [True] * 3
    assert [serves_a_client(title) for title in own] == [False] * 6


def test_each_sample_of_postgresql_is_put_in_its_layer():
    """claim_database.py --profile: ``perf script``'s stacks read, and each sample put in the
    first layer whose frame it holds (a flush inside the commit is the flush's, a CHECK
    inside a statement the CHECK's), what none holds outside a call."""
    from benchmarks.claim_database import layers, stacks

    script = (
        "postgres 9051\n"
        "\tffffffff8164e870 ext4_sync_file ([kernel.kallsyms])\n"
        "\t          4e3d6a XLogFlush (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          4e56cd CommitTransactionCommand (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          3fa2b4 PostgresMain (/usr/lib/postgresql/15/bin/postgres)\n"
        "\n"
        "\t          5c2766 [unknown] (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          4d0f5b stringToNode (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          4d1f5b ExecConstraints (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          17d60 SPI_execute_plan_with_paramlist (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          17d66 plpgsql_exec_function (/usr/lib/postgresql/15/lib/plpgsql.so)\n"
        "\t          3fa2b4 PostgresMain (/usr/lib/postgresql/15/bin/postgres)\n"
        "\n"
        "\t          3fa2b4 pq_getbyte (/usr/lib/postgresql/15/bin/postgres)\n"
        "\t          3fa2b4 PostgresMain (/usr/lib/postgresql/15/bin/postgres)\n"
        "\n"
        "\tffffffff81650569 finish_task_switch.isra.0 ([kernel.kallsyms])\n"
    )
    samples = stacks(script)
    assert [len(stack) for stack in samples] == [4, 6, 2, 1]
    assert samples[1][:2] == ["[unknown]", "stringToNode"]
    assert layers(samples) == {
        "commit: WAL flushed (fsync)": 0.25,
        "statements: CHECK constraints": 0.25,
        "the call: protocol, bind, portal, snapshot": 0.25,
        "outside a call (kernel, waiting)": 0.25,
    }


@pytest.mark.postgres
def test_a_long_transaction_elsewhere_is_said_before_the_figures(db):
    """A transaction left open in any database holds back pruning in every one (a need's
    counter then leaves versions each claim reads again): the storms say so when they settle
    their database, so that such figures are not taken for the code's."""
    import time

    import psycopg
    from django.db import connection

    from benchmarks import harness

    settings = connection.settings_dict
    dsn = f"host={settings['HOST']} port={settings['PORT']} user={settings['USER']} dbname=postgres"
    with psycopg.connect(dsn) as holder, psycopg.connect(dsn, autocommit=True) as looker:
        named = f"pid {holder.info.backend_pid}:"

        def said(seconds: float) -> list[str]:
            return [line for line in harness.long_transactions(looker, seconds) if named in line]

        assert said(0) == []  # connected, no transaction yet
        holder.execute("SELECT txid_current()")  # a transaction, left open
        time.sleep(0.05)
        (line,) = said(0)
        assert "holds back pruning in every database" in line and "database postgres" in line
        assert said(3600) == []  # not open that long


@pytest.mark.postgres
def test_a_loads_pages_are_written_before_pages_are_timed(db):
    """pages_scale.py times the pages once PostgreSQL has written what the load left dirty
    (``harness.written``: a CHECKPOINT, counted by the server as one asked for)."""
    import psycopg
    from django.db import connection

    from benchmarks import harness

    settings = connection.settings_dict
    url = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/postgres"
    with psycopg.connect(url, autocommit=True) as conn:

        def asked() -> int:
            conn.execute("SELECT pg_stat_clear_snapshot()")
            return conn.execute("SELECT checkpoints_req FROM pg_stat_bgwriter").fetchone()[0]

        before = asked()
        harness.written(url)
        assert asked() >= before + 1  # (another may have been asked for meanwhile, by WAL's size)


def test_each_target_is_judged_by_its_bound_and_side():
    from benchmarks import harness

    assert harness.Target("ratio", 0.25, 0.25, at_most=False).met
    assert not harness.Target("ratio", 0.249, 0.25, at_most=False).met
    assert harness.Target("p99_ms", 1000, 1000, at_most=True).met
    assert not harness.Target("lost", 1, 0, at_most=True).met
    targets = [harness.Target("a", 1, 2, at_most=True), harness.Target("b", 3, 2, at_most=True)]
    assert harness.met(targets) == "no" and harness.met(targets[:1]) == "yes"
    line = harness.targets_line("x", targets)
    assert line == "#21's targets for x: a 1 ≤ 2: met; b 3 ≤ 2: NOT met"


def test_pages_growth_is_judged_over_pages_and_queued_work_by_its_time():
    """A queued count that grows 400 × (it sums a city) is held to its 30 s, not to a page's
    growth; the slowest page and the worst-growing one are named on the last line."""
    from benchmarks.pages_scale import summary

    small = {"street figures": (209.0, 66), "ratings": (11.0, 9),
             "figures kept (worker)": (15.0, 18), "台账 (queued)": (1975.0, 44)}  # fmt: skip
    large = {"street figures": (171.0, 66), "ratings": (13.0, 9),
             "figures kept (worker)": (6367.0, 216), "台账 (queued)": (16408.0, 108)}  # fmt: skip
    *_, targets, last = summary(small, large).splitlines()
    assert last == (
        "pages worst_growth=1.18 worst_page=ratings worst_ms=171 slowest_page=street_figures "
        "queued_s=16.4 queued=台账_(queued) met=yes"
    )
    assert "worst_growth 1.18 ≤ 1.5: met" in targets and "queued_s 16.4 ≤ 30: met" in targets

    large["ratings"] = (17.0, 9)  # 1.55 ×
    large["台账 (queued)"] = (30500.0, 108)
    *_, targets, last = summary(small, large).splitlines()
    assert last.startswith("pages worst_growth=1.55 worst_page=ratings ") and last.endswith(
        "queued_s=30.5 queued=台账_(queued) met=no"
    )
    assert "worst_growth 1.55 ≤ 1.5: NOT met" in targets
    assert "queued_s 30.5 ≤ 30: NOT met" in targets

    large["ratings"] = (13.0, 9)
    large["台账 (queued)"] = (16408.0, 108)
    large["street figures"] = (301.0, 66)
    assert summary(small, large).endswith("met=no")

    # --as-is: one size, its times judged
    *_, targets, last = summary(None, large).splitlines()
    assert last == (
        "pages worst_ms=301 slowest_page=street_figures queued_s=16.4 queued=台账_(queued) met=no"
    )
    assert "growth" not in targets and "worst_ms 301 ≤ 300: NOT met" in targets
    only = {"ratings": (13.0, 9)}  # --only ratings
    assert summary(None, only).splitlines()[-1] == (
        "pages worst_ms=13 slowest_page=ratings met=yes"
    )
