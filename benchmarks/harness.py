"""Shared pieces of the HTTP benchmarks: a fresh PostgreSQL database, Jinlin served as in
production (`jinlin serve`: granian, or gunicorn), a lean asyncio HTTP/1.1 client with
keep-alive connections, and the machine's raw single-row INSERT rate measured in the same run.

The benchmarks need PostgreSQL: BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/jinlin_bench); the database is dropped and recreated.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/jinlin_bench"
HOST = "jinlin.test"  # the name a TLS proxy in front answers for (benchmarks/cluster.py)


def database_url() -> str:
    return os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)


def _admin_dsn(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(scheme="postgresql", path="/postgres").geturl()
    return admin, name


def recreate_database(url: str) -> None:
    import psycopg

    admin, name = _admin_dsn(url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def settle(url: str) -> None:
    """``VACUUM (ANALYZE)`` the benchmark's database once its rows are written, as autovacuum
    keeps a database in use: its statistics are what the planner chooses the plans by (this
    machine's PostgreSQL runs with autovacuum off, and a table never analyzed is planned by
    guesses)."""
    with connect(url) as conn:
        conn.execute("VACUUM (ANALYZE)")
        for line in long_transactions(conn):
            print(f"WARNING: {line}", file=sys.stderr, flush=True)


def written(url: str) -> None:
    """Have PostgreSQL write the pages a load left dirty (``CHECKPOINT``, which waits for it),
    so that what is timed next is not timed against the checkpointer's writes: after a city's
    load (12 GB) a 12 ms page measured 19 ms at the city's size, and 13–15 ms when timed again
    once the writes were done (README, twenty-eighth pass)."""
    with connect(url) as conn:
        conn.execute("CHECKPOINT")


LONG_TRANSACTION_S = 60


def long_transactions(conn: Any, seconds: float = LONG_TRANSACTION_S) -> list[str]:
    """The cluster's transactions open longer than ``LONG_TRANSACTION_S``, in any database: one
    holds back every snapshot's horizon, so no backend can prune the versions a hot row leaves
    (a need's counter, a chain's head) and each claim reads more of them than the last — a
    claim's PostgreSQL CPU rose from 0.4 to 1.5 ms over 200 claims of one need while a city was
    loading in another database. A benchmark run beside one measures that, not the code."""
    rows = conn.execute(
        "SELECT datname, pid, extract(epoch FROM now() - xact_start)::int, left(query, 60) "
        "FROM pg_stat_activity WHERE xact_start < now() - make_interval(secs => %s) "
        "AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        [seconds],
    ).fetchall()
    return [
        f"a transaction open {age} s in database {db} (pid {pid}: {query!r}) holds back "
        "pruning in every database: the figures below are not the code's"
        for db, pid, age, query in rows
    ]


def setup_django(url: str) -> Path:
    """Point this process at the benchmark database, migrate it, return the data folder."""
    data = Path(tempfile.mkdtemp(prefix="jinlin-bench-"))
    os.environ.update(
        DATABASE_URL=url,
        SECRET_KEY="benchmark-" + "x" * 40,
        JINLIN_DATA_DIR=str(data),
        DJANGO_SETTINGS_MODULE="config.settings",
        ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    os.environ.pop("DEBUG", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return data


def connect(url: str) -> Any:
    """A psycopg connection in autocommit mode to the benchmark database."""
    import psycopg

    return psycopg.connect(urlsplit(url)._replace(scheme="postgresql").geturl(), autocommit=True)


def raw_insert_rate(url: str, seconds: float = 3.0) -> float:
    """Single-row INSERTs per second from one client, each its own transaction (fsync'd)."""
    with connect(url) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_raw_insert")
        conn.execute(
            "CREATE TABLE bench_raw_insert (id bigserial PRIMARY KEY, member bigint, "
            "hours numeric(6,2), note text, created_at timestamptz DEFAULT now())"
        )
        count = 0
        deadline = time.perf_counter() + seconds
        started = time.perf_counter()
        while time.perf_counter() < deadline:
            conn.execute(
                "INSERT INTO bench_raw_insert (member, hours, note) VALUES (%s, %s, %s)",
                (count, 1.5, "raw"),
            )
            count += 1
        elapsed = time.perf_counter() - started
        conn.execute("DROP TABLE bench_raw_insert")
    return count / elapsed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def floor_table(url: str) -> None:
    """The table of the floor's one INSERT (``benchmarks/floor.py``)."""
    with connect(url) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_floor")
        conn.execute(
            "CREATE TABLE bench_floor (id bigserial PRIMARY KEY, need_id bigint, token text, "
            "created_at timestamptz DEFAULT now())"
        )


class Served(int):
    """The port a server listens on; ``pid``: the server's first process."""

    pid = 0


@contextmanager
def serve(
    workers: int = 0, threads: int = 0, *, floor: bool = False, server: str = "granian"
) -> Iterator[Served]:
    """`jinlin serve` in a subprocess, as in production; yields its port. ``floor``: the
    bare one-INSERT Django view of ``benchmarks/floor.py`` instead, served by the same server
    with the same settings as `jinlin serve --server SERVER` gives (0: its defaults)."""
    from jinlin.core.management.commands.serve import server_argv

    port = Served(free_port())
    env = dict(os.environ)
    bind = f"127.0.0.1:{port}"
    if floor:
        env["BENCH_DATABASE_URL"] = database_url()
        command = server_argv(
            server, bind=bind, workers=workers, threads=threads,
            app="benchmarks.floor:application",
        )  # fmt: skip
    else:
        command = [
            sys.executable, "-m", "jinlin.cli", "serve", "--bind", bind, "--server", server,
            "--workers", str(workers), "--threads", str(threads),
        ]  # fmt: skip
    # The server's log goes to a file, not a pipe nobody reads (a full pipe would stall it),
    # and is shown when a request failed.
    handle, name = tempfile.mkstemp(prefix="jinlin-bench-", suffix=".log")
    log = os.fdopen(handle, "wb")
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if listening(port):
                break
            if process.poll() is not None:
                raise RuntimeError(Path(name).read_text(errors="replace"))
            time.sleep(0.2)
        time.sleep(1.0)  # let every worker boot
        port.pid = process.pid
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        text = Path(name).read_text(errors="replace")
        Path(name).unlink()
        if "Traceback" in text:
            print("the server's log, from its first traceback:", file=sys.stderr)
            print(text[text.index("Traceback") :][-6000:], file=sys.stderr)


def process_stat(pid: int) -> tuple[int, str, float]:
    """(parent pid, command name, CPU seconds used) of a process, from /proc (Linux);
    ``OSError`` when it is gone."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    name = stat[stat.index("(") + 1 : stat.rindex(")")]
    fields = stat[stat.rindex(")") + 2 :].split()
    # After the name: state, ppid, …; utime and stime are the 14th and 15th of the line.
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return int(fields[1]), name, cpu


def _processes() -> list[tuple[int, int, str, float]]:
    """(pid, parent pid, command name, CPU seconds used) of every process this machine shows."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            parent, name, cpu = process_stat(int(entry))
        except OSError:
            continue  # gone meanwhile
        found.append((int(entry), parent, name, cpu))
    return found


def _cpu_by_side(server_pid: int, worker_pid: int = 0) -> dict[int, tuple[str, float]]:
    """CPU seconds so far of the server's processes (it and its descendants), of the
    worker's (``worker_pid`` and its descendants, when given) and of PostgreSQL's, by pid,
    each marked "server", "worker", "database" (a client's backend) or "background"
    (PostgreSQL's own processes: checkpointer, WAL writer, autovacuum …)."""
    processes = _processes()
    children: dict[int, list[int]] = {}
    for pid, parent, _name, _cpu in processes:
        children.setdefault(parent, []).append(pid)

    def tree(root: int) -> set[int]:
        found, todo = set(), [root] if root else []
        while todo:
            pid = todo.pop()
            found.add(pid)
            todo.extend(children.get(pid, []))
        return found

    ours, workers = tree(server_pid), tree(worker_pid)
    sides = {}
    for pid, _parent, name, cpu in processes:
        if pid in ours:
            sides[pid] = ("server", cpu)
        elif pid in workers:
            sides[pid] = ("worker", cpu)
        elif name.startswith("postgres"):
            sides[pid] = ("database" if _backend(pid) else "background", cpu)
    return sides


_CLIENT = re.compile(r" (\S+\(\d+\)|\[local\]) ")


def serves_a_client(title: str) -> bool:
    """Whether a PostgreSQL process serves a client, by its title: a backend's names the
    client's address, "postgres: [cluster:] user database host(port) state" (or "[local]");
    the postmaster's is its command, the others' their task ("postgres: 15/main: autovacuum
    worker db")."""
    return title.startswith("postgres: ") and _CLIENT.search(title + " ") is not None


def _backend(pid: int) -> bool:
    try:
        title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return False
    return serves_a_client(title.strip())


@dataclass
class CpuUsed:
    server: float = 0.0
    database: float = 0.0
    worker: float = 0.0  # the worker's own processes; its database backend is in ``database``
    # Of ``database``, PostgreSQL's own processes (checkpointer, WAL writer, autovacuum …):
    # work a phase caused or inherited from the one before it.
    background: float = 0.0

    @property
    def total(self) -> float:
        return self.server + self.database


@contextmanager
def cpu_used(server_pid: int, worker_pid: int = 0) -> Iterator[CpuUsed]:
    """The CPU the server (all its workers), ``jinlin worker`` (when its pid is given) and
    PostgreSQL (all its processes) used while the block ran — not the client's. From /proc
    (Linux); a process that ended meanwhile is not counted, one that started is counted
    whole. ``total`` is the server's and PostgreSQL's."""
    used = CpuUsed()
    before = _cpu_by_side(server_pid, worker_pid)
    yield used
    for pid, (side, cpu) in _cpu_by_side(server_pid, worker_pid).items():
        spent = cpu - before.get(pid, (side, 0.0))[1]
        if side == "background":
            used.background += spent
            side = "database"
        setattr(used, side, getattr(used, side) + spent)


class Process:
    """A command in its own process group, killed with SIGKILL as a crash would, and started
    again on the same arguments."""

    def __init__(
        self, name: str, command: list[str], log: Path, env: dict[str, str] | None = None
    ) -> None:
        self.name, self.command, self.log, self.env = name, command, log, env or {}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command, cwd=ROOT, env={**os.environ, **self.env}, stdout=out,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def listening(port: int) -> bool:
    """Whether something accepts connections on this local port (a server not yet up: no)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def wait_for(predicate: Any, seconds: float, step: float = 0.5) -> bool:
    """Whether ``predicate()`` came true within ``seconds``, asked every ``step``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


# What a client gets when no answer comes (a server killed, a connection cut, half an answer).
NO_ANSWER = (ConnectionError, OSError, asyncio.IncompleteReadError, TimeoutError, ValueError,
             IndexError)  # fmt: skip


@dataclass
class Results:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    bodies: list[Any] = field(default_factory=list)

    def add(self, status: int, latency_ms: float, body: Any) -> None:
        self.latencies_ms.append(latency_ms)
        self.statuses[status] = self.statuses.get(status, 0) + 1
        self.bodies.append(body)

    def percentile(self, share: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


class Connection:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, port: int, tls: ssl.SSLContext | None = None) -> None:
        self.port, self.tls = port, tls
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: Any, token: str, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                "127.0.0.1", self.port, ssl=self.tls, server_hostname=HOST if self.tls else None
            )
        assert self.reader is not None
        payload = json.dumps(body).encode() if body is not None else b""
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: {HOST if self.tls else '127.0.0.1'}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Accept-Language: zh-hans\r\nContent-Length: {len(payload)}\r\n"
            + "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
            + "\r\n"
        )
        self.writer.write(head.encode() + payload)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length = 0
        keep, chunked = True, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _sep, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value.strip())
            if name.lower() == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
            if name.lower() == "connection" and value.strip().lower() == "close":
                keep = False
        if chunked:  # an answer made before a middleware set its length
            raw = b""
            while size := int((await self.reader.readline()).split(b";")[0].strip() or b"0", 16):
                raw += await self.reader.readexactly(size)
                await self.reader.readline()
            await self.reader.readline()
        else:
            raw = await self.reader.readexactly(length) if length else b""
        if not keep:
            self.writer.close()
            self.writer = None
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, raw.decode(errors="replace")


async def run_jobs(
    port: int,
    jobs: list[tuple[str, str, Any, str]],
    concurrency: int,
    results: Results,
    tls: ssl.SSLContext | None = None,
) -> float:
    """Run (method, path, body, token) jobs over `concurrency` connections (TLS with ``tls``,
    to a proxy answering for ``HOST``); return seconds."""
    queue: asyncio.Queue[tuple[int, tuple[str, str, Any, str]]] = asyncio.Queue()
    for index, job in enumerate(jobs):
        queue.put_nowait((index, job))

    async def worker() -> None:
        connection = Connection(port, tls)
        while not queue.empty():
            _index, (method, path, body, token) = queue.get_nowait()
            started = time.perf_counter()
            try:
                status, answer = await connection.request(method, path, body, token)
            except NO_ANSWER:
                results.errors += 1
                connection = Connection(port, tls)
                continue
            results.add(status, (time.perf_counter() - started) * 1000, answer)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


def bench_community() -> tuple[Any, Any, Any]:
    """(community, party branch, community admin) of a fresh benchmark district."""
    from django.contrib.auth import get_user_model

    from jinlin.members.services import role_grant
    from jinlin.organizations.services import organization_create

    district = organization_create(name="基准区", kind="district", parent=None, code="B")
    street = organization_create(name="基准街道", kind="street", parent=district, code="B1")
    community = organization_create(name="基准社区", kind="community", parent=street, code="B11")
    unit = organization_create(
        name="基准单位", kind="unit", subkind="organ", parent=district, code="BU"
    )
    branch = organization_create(name="基准支部", kind="branch", parent=unit, code="BU-1")
    admin = get_user_model().objects.create_user(username="bench-admin", password="x" * 12)
    role_grant(user=admin, role="community_admin", organization=community)
    return community, branch, admin


def bench_members(count: int, *, prefix: str, phones: str, community: Any, branch: Any) -> Any:
    """``count`` members with accounts (``{prefix}{i:05d}``, phones ``{phones}{i:08d}``),
    registered and confirmed with the community; their (member, user) pairs."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from jinlin.members.models import Member, Registration

    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        [user_model(username=f"{prefix}{i:05d}", password="!") for i in range(count)]
    )
    people = Member.objects.bulk_create(
        [
            Member(
                user=u,
                name=f"队员{i}",
                phone=f"{phones}{i:08d}",
                branch=branch,
                community=community,
            )
            for i, u in enumerate(users)
        ]
    )
    Registration.objects.bulk_create(
        [
            Registration(
                kind="member",
                member=m,
                community=community,
                status="confirmed",
                decided_at=timezone.now(),
            )
            for m in people
        ]
    )
    return list(zip(people, users, strict=True))


@dataclass(frozen=True)
class Target:
    """One of #21's targets: a figure of this run, how it must compare with its bound."""

    name: str
    value: float
    bound: float
    at_most: bool  # True: the figure must be at most the bound; False: at least

    @property
    def met(self) -> bool:
        return self.value <= self.bound if self.at_most else self.value >= self.bound

    def __str__(self) -> str:
        sign = "≤" if self.at_most else "≥"
        verdict = "met" if self.met else "NOT met"
        return f"{self.name} {self.value:g} {sign} {self.bound:g}: {verdict}"


def targets_line(benchmark: str, targets: list[Target]) -> str:
    """The line a benchmark prints before its last: each target with this run's figure and
    whether it was met; the last line then ends ``met=yes`` or ``met=no``."""
    return f"#21's targets for {benchmark}: " + "; ".join(str(t) for t in targets)


def met(targets: list[Target]) -> str:
    return "yes" if all(t.met for t in targets) else "no"
