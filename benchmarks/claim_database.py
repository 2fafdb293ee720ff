"""A claim in PostgreSQL alone, and where its CPU goes: the claim's database function against
the floor's one INSERT, called from as many connections, in the same run.

    .venv/bin/python benchmarks/claim_database.py [--members 2000] [--needs 10] [--slots 100]
        [--connections 4] [--rounds 3] [--history 0] [--profile]

Needs PostgreSQL (BENCH_DATABASE_URL, as for claim_storm.py; the database is recreated).
``claim_storm.py``'s ``cpu_ratio`` counts the server's CPU and PostgreSQL's together; under
the storm the server's half is at the floor's, and what remains is PostgreSQL's (README,
Performance). This measures that half without a server: each round, fresh members (as
claim_storm's, registered with the community) claim fresh needs by calling the claim's
function as the API's claim lane does (one prepared statement, its own transaction, from
``--connections`` connections, one thread each), and as many single-row INSERTs into the
floor's table are made the same way. CPU from /proc, PostgreSQL's processes only (its own
background processes included); figures are medians over the rounds, after one round that
warms the connections (untimed). The claims' slot rule is checked afterwards.

``--profile`` (Linux ``perf``; root, or ``kernel.perf_event_paranoid`` ≤ 1) samples the
backends' call stacks in one more round, the floor's and the claims', and puts each sample
in the layer it belongs to (``LAYERS``): the claim's statements inside its function (their
start, the CHECK constraints, the rows read, locked and written), the commit (the WAL's
flush, the foreign keys checked, the rest) and the call around them (protocol, bind,
portal). Each layer is shown in µs a call: its share of the samples × the call's CPU in the
timed rounds.

Last line:

    claim_database claim_us=… floor_us=… ratio=… claims_per_s=… overbooked=…
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import claim_storm, harness

# Where a sample of a backend's stack belongs: the first layer whose frame the stack holds
# (in this order; a layer with no frame takes what no other took).
LAYERS: tuple[tuple[str, str | None], ...] = (
    ("commit: WAL flushed (fsync)", "XLogFlush"),
    ("commit: foreign keys checked", "AfterTriggerFireDeferred"),
    ("commit: the rest", "CommitTransactionCommand"),
    ("statements: CHECK constraints", "ExecConstraints"),
    ("statements: started and ended", "standard_ExecutorStart"),
    ("statements: started and ended", "standard_ExecutorEnd"),
    ("statements: planned", "GetCachedPlan"),
    ("statements: rows read, locked, written", "SPI_execute_plan_with_paramlist"),
    ("the function's own steps", "plpgsql_exec_function"),
    ("the call: protocol, bind, portal, snapshot", "PostgresMain"),
    ("outside a call (kernel, waiting)", None),
)


def layer_of(stack: Iterable[str]) -> str:
    """The layer of one sample, its stack's function names (any order)."""
    frames = set(stack)
    for name, frame in LAYERS:
        if frame is None or frame in frames:
            return name
    raise AssertionError("the last layer takes every sample")


def stacks(perf_script: str) -> list[list[str]]:
    """The samples' stacks from ``perf script -F ip,sym`` (a blank line between samples, a
    frame a line: address, then the function's name or ``[unknown]``)."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in perf_script.splitlines():
        if not line.strip():
            current = None
            continue
        if line[0] not in " \t":  # a sample's header line (its process, when asked for)
            current = None
            continue
        if current is None:
            current = []
            found.append(current)
        parts = line.split(None, 1)
        if len(parts) == 2:
            current.append(parts[1].split(" (")[0].strip())
    return [stack for stack in found if stack]


def layers(samples: list[list[str]]) -> dict[str, float]:
    """Each layer's share of the samples, in ``LAYERS``' order (those with none left out)."""
    counted = Counter(layer_of(stack) for stack in samples)
    total = sum(counted.values()) or 1
    names = dict.fromkeys(name for name, _frame in LAYERS)
    return {name: counted[name] / total for name in names if counted[name]}


def _cpu(pids: list[int]) -> float:
    return sum(harness.process_stat(pid)[2] for pid in pids)


def _postgres_pids() -> list[int]:
    return [pid for pid, _parent, name, _cpu in harness._processes() if name.startswith("postgres")]


class Connections:
    """``count`` connections to the benchmark's database, one thread each, calling one
    prepared statement (autocommit: each call its own transaction, as the claim lane's)."""

    def __init__(self, url: str, count: int) -> None:
        import psycopg

        self.conns = [psycopg.connect(url, autocommit=True) for _ in range(count)]
        self.pids = [conn.info.backend_pid for conn in self.conns]

    def call(self, sql: str, rows: list[list[Any]]) -> tuple[float, float]:
        """Each row's call, spread over the connections: (CPU seconds PostgreSQL's processes
        used, wall seconds)."""
        count = len(self.conns)
        errors: list[BaseException] = []

        def work(k: int) -> None:
            try:
                for row in rows[k::count]:
                    cursor = self.conns[k].execute(sql, row, prepare=True)
                    if cursor.description is not None:
                        cursor.fetchall()
            except BaseException as error:  # said after the threads end
                errors.append(error)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(count)]
        pids = _postgres_pids()
        before, started = _cpu(pids), time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
        used = _cpu(pids) - before
        if errors:
            raise errors[0]
        return used, seconds

    def close(self) -> None:
        for conn in self.conns:
            conn.close()


class Profile:
    """``perf record`` of these processes' call stacks while the block runs."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.data = Path(tempfile.mkdtemp(prefix="jinlin-perf-")) / "perf.data"
        self.samples: list[list[str]] = []

    def __enter__(self) -> Profile:
        self.process = subprocess.Popen(
            ["perf", "record", "-F", "999", "--call-graph", "dwarf,16384", "-o", str(self.data),
             "-p", ",".join(map(str, self.pids))],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(1.0)  # perf has attached
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.send_signal(signal.SIGINT)
        _out, err = self.process.communicate(timeout=120)
        if not self.data.exists():
            raise SystemExit(f"perf recorded nothing: {err.decode(errors='replace')[-500:]}")
        script = subprocess.run(
            ["perf", "script", "-i", str(self.data), "-F", "ip,sym"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        self.samples = stacks(script.stdout)
        shutil.rmtree(self.data.parent, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--needs", type=int, default=10)
    parser.add_argument("--slots", type=int, default=100)
    parser.add_argument("--connections", type=int, default=4,
                        help="as many as jinlin serve's workers × threads (default 4: 2 × 2)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--history", type=int, default=0,
                        help="claims each member already has, on past needs now closed")
    parser.add_argument("--profile", action="store_true",
                        help="one more round under perf: the CPU by layer")  # fmt: skip
    args = parser.parse_args()
    if args.profile and shutil.which("perf") is None:
        raise SystemExit("--profile needs Linux perf (Debian: apt-get install linux-perf)")

    url = harness.database_url()
    harness.recreate_database(url)
    harness.setup_django(url)
    harness.floor_table(url)
    from django.conf import settings
    from django.db import connections
    from django.db.models import Count, Q
    from django.utils import timezone

    from jinlin.needs import fastpath
    from jinlin.needs.models import Need
    from jinlin.needs.services import CLAIM_NOTICE_ARGUMENTS, need_path

    community, branch, admin = harness.bench_community()
    past = claim_storm._past_needs(args.history, community)
    calls = []  # (claims, floor rows) of each round; the first warms the connections
    for r in range(args.rounds + 1 + args.profile):
        need_ids = claim_storm.publish_needs(
            r, args.needs, args.slots, community=community, admin=admin
        )
        pairs = harness.bench_members(args.members, prefix=f"claim{r}-", phones=f"18{r}",
                                      community=community, branch=branch)  # fmt: skip
        claim_storm._history([m for m, _u in pairs], past)
        claims, floor, now = [], [], timezone.now()  # the needs start tomorrow or later
        for i, (member, user) in enumerate(pairs):
            need = need_ids[i % args.needs]
            claims.append([need, member.pk, user.pk, now, settings.TIME_ZONE, need_path(need),
                           *CLAIM_NOTICE_ARGUMENTS])  # fmt: skip
            floor.append([need, f"token-{r}-{i}"])
        calls.append((claims, floor))
    harness.settle(url)
    connections.close_all()

    claim_sql = (  # as fastpath.claim_call makes it
        f"SELECT code, claim_id, other_id FROM {fastpath.CLAIM_FUNCTION}"
        "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    )
    floor_sql = "INSERT INTO bench_floor (need_id, token) VALUES (%s, %s)"
    pool = Connections(url, args.connections)
    claim_us, floor_us, rates = [], [], []
    try:
        for number, (claims, floor) in enumerate(calls):
            if number > args.rounds:
                break  # the profile's round, below
            floor_cpu, _floor_s = pool.call(floor_sql, floor)
            claim_cpu, claim_s = pool.call(claim_sql, claims)
            if number == 0:
                continue  # warmed
            floor_us.append(floor_cpu / len(floor) * 1e6)
            claim_us.append(claim_cpu / len(claims) * 1e6)
            rates.append(len(claims) / claim_s)
            print(
                f"round {number}: PostgreSQL's CPU a call: floor {floor_us[-1]:.0f} µs, claim "
                f"{claim_us[-1]:.0f} µs (× {claim_us[-1] / floor_us[-1]:.2f}); "
                f"{rates[-1]:,.0f} claims/s",
                flush=True,
            )
        if args.profile:
            claims, floor = calls[-1]
            shares = {}
            for name, sql, rows, us in (
                ("floor", floor_sql, floor, median(floor_us)),
                ("claim", claim_sql, claims, median(claim_us)),
            ):
                with Profile(pool.pids) as profile:
                    pool.call(sql, rows)
                shares[name] = (layers(profile.samples), us, len(profile.samples))
            print(_layers_table(shares))
    finally:
        pool.close()

    overbooked = 0
    for need in Need.objects.annotate(
        confirmed=Count("claims", filter=Q(claims__status="confirmed"))
    ).filter(~Q(title="往期")):
        overbooked += max(0, need.confirmed - need.slots)
        overbooked += abs(need.confirmed - need.confirmed_count)
    claim, base = median(claim_us), median(floor_us)
    print(
        f"{args.members} claims a round on {args.needs} × {args.slots} places, {args.rounds} "
        f"rounds, {args.connections} connections, {args.history} past claims a member"
    )
    print(
        f"claim_database claim_us={claim:.0f} floor_us={base:.0f} ratio={claim / base:.2f} "
        f"claims_per_s={median(rates):.0f} overbooked={overbooked}"
    )


def _layers_table(shares: dict[str, tuple[dict[str, float], float, int]]) -> str:
    """Each layer's µs a call, the floor's beside the claim's."""
    names = list(dict.fromkeys(name for name, _frame in LAYERS))
    lines = [f"{'PostgreSQL CPU by layer, µs a call':48s} {'floor':>7s} {'claim':>7s}"]
    for name in names:
        cells = [shares[side][0].get(name, 0.0) * shares[side][1] for side in ("floor", "claim")]
        if any(cells):
            lines.append(f"{name:48s} {cells[0]:7.0f} {cells[1]:7.0f}")
    counts = ", ".join(f"{side} {value[2]:,} samples" for side, value in shares.items())
    lines.append(f"({counts}; each layer's share × the call's CPU in the timed rounds)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
