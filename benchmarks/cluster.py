"""The cluster tier: Jinlin on more than one machine, started on this one and stormed.

    .venv/bin/python benchmarks/cluster.py [--members 400] [--needs 4] [--slots 60]
        [--scans 200] [--apply-delay 3]

It needs PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup: Debian's postgresql
package), redis-server, nginx and openssl; it starts its own of each in a temporary folder
and touches no running service (as root, PostgreSQL runs as the ``postgres`` user):

- a PostgreSQL primary and a streaming replica fed by ``pg_basebackup``, the replica applying
  what it receives ``--apply-delay`` seconds late so that a stale read shows;
- Redis, the shared cache and throttle store;
- two app servers (`jinlin serve`, each a "host" of its own: its own data folder, node name and
  metrics, the uploads folder shared) and two workers (`jinlin worker`) sharing the queue;
- nginx with ``docs/deploy/nginx.conf`` as README gives it, filled in, over TLS.

Through nginx it then runs a claim storm (``--members`` claim places on ``--needs`` needs of
``--slots`` places) and a scan storm (``--scans`` members signed in, accepted and credited),
and checks: no place overbooked, no credit lost or doubled, the ledger's chain intact; both app
servers answered (nginx's log and their own /metrics); failed sign-ins are counted, and a
revoked token refused, across both servers (Redis); both workers ran queued 台账 and
briefings, which contain the credits made just before they were asked for and download
through either server; a page that reads from the replica shows a need to the community admin
who just published it (read your writes) while another reader, who wrote nothing, still sees
the replica's older figures, and both see it once the replica has applied it; with the replica
stopped, the same page reads the primary. Last line:

    cluster servers=2/2 workers=2/2 claims=… overbooked=0 credits=… lost=0 duplicated=0
        chain=ok replica_reads=yes read_your_writes=ok replica_down=ok exports=ok shared_cache=ok
        pages=ok

The exit status is 0 only if every check holds; the temporary folder (logs, both database
clusters) is then removed, unless ``--keep``, and kept when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import glob
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness

NGINX_EXAMPLE = harness.ROOT / "docs" / "deploy" / "nginx.conf"


def missing_programs() -> list[str]:
    needed = ["redis-server", "nginx", "openssl"]
    missing = [name for name in needed if not _which(name)]
    if not pg_bin():
        missing.append("postgresql (initdb, pg_ctl, pg_basebackup)")
    return missing


def _which(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


class Postgres:
    """A PostgreSQL primary and its streaming replica in ``folder``."""

    def __init__(self, folder: Path, apply_delay: float) -> None:
        self.folder, self.apply_delay = folder, apply_delay
        self.bin = pg_bin()
        self.primary_port, self.replica_port = harness.free_port(), harness.free_port()
        # As root, the server runs as postgres (it refuses root).
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(folder, "postgres")

    def _run(self, program: str, *args: str) -> None:
        assert self.bin is not None
        subprocess.run(
            [*self.as_owner, str(self.bin / program), *args],
            check=True, capture_output=True, timeout=180, cwd="/",
        )  # fmt: skip

    def start(self) -> None:
        primary, replica = self.folder / "primary", self.folder / "replica"
        self._run("initdb", "-D", str(primary), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-locale")  # fmt: skip
        self._configure(primary, self.primary_port, [
            "wal_level = replica", "max_wal_senders = 4", "max_connections = 200",
            # A test cluster: durability is not what is tested here.
            "fsync = off", "full_page_writes = off", "synchronous_commit = off",
        ])  # fmt: skip
        self._start(primary, "primary")
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", str(self.primary_port), "-U",
                  "postgres", "-D", str(replica), "-R", "-X", "stream", "-c", "fast")  # fmt: skip
        self._configure(replica, self.replica_port, [
            "hot_standby = on", f"recovery_min_apply_delay = '{int(self.apply_delay * 1000)}ms'",
        ])  # fmt: skip
        self._start(replica, "replica")

    def _configure(self, data: Path, port: int, lines: list[str]) -> None:
        settings = [f"port = {port}", "listen_addresses = '127.0.0.1'",
                    f"unix_socket_directories = '{self.folder}'", *lines]  # fmt: skip
        with (data / "postgresql.auto.conf").open("a") as conf:
            conf.write("\n".join(settings) + "\n")

    def _start(self, data: Path, which: str) -> None:
        """Start a server. A port found free may be taken before the server binds it (the
        system gives ports of the same range to outgoing connections, and initdb and the base
        backup take seconds): then another port is taken and the start tried again."""
        log = self.folder / f"{data.name}.log"
        for attempt in range(3):
            try:
                self._ctl(data, "start")
                return
            except subprocess.CalledProcessError:
                last_start = log.read_text(errors="replace").rsplit("starting PostgreSQL", 1)[-1]
                if "could not bind" not in last_start or attempt == 2:
                    raise
            port = harness.free_port()
            setattr(self, f"{which}_port", port)
            with (data / "postgresql.auto.conf").open("a") as conf:
                conf.write(f"port = {port}\n")  # the last setting of a name is the one used

    def _ctl(self, data: Path, action: str) -> None:
        self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / f"{data.name}.log"),
                  "-w", "-t", "120", action)  # fmt: skip

    def stop_replica(self) -> None:
        self._ctl(self.folder / "replica", "stop")

    def stop(self) -> None:
        for name in ("replica", "primary"):
            if (self.folder / name / "postmaster.pid").exists():
                with contextlib.suppress(subprocess.CalledProcessError):
                    self._ctl(self.folder / name, "stop")

    def url(self, port: int) -> str:
        return f"postgres://postgres@127.0.0.1:{port}/jinlin"


def certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", f"/CN={harness.HOST}"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def nginx_config(folder: Path, apps: list[int], https_port: int, media: Path) -> Path:
    """README's example, filled in, inside a main file of this folder's own."""
    cert, key = certificate(folder)
    site = NGINX_EXAMPLE.read_text()
    for word, value in [
        ("APP1", f"127.0.0.1:{apps[0]}"),
        ("APP2", f"127.0.0.1:{apps[1]}"),
        ("SERVER_NAME", harness.HOST),
        ("HTTPS_PORT", f"127.0.0.1:{https_port}"),
        ("HTTP_PORT", f"127.0.0.1:{harness.free_port()}"),
        ("CERT_KEY", str(key)),
        ("CERT", str(cert)),
        ("MEDIA_ROOT", str(media)),
    ]:
        site = site.replace(word, value)
    (folder / "jinlin.conf").write_text(site)
    main = folder / "nginx.conf"
    main.write_text(
        "daemon off;\nworker_processes 1;\n"
        + ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {folder}/nginx.pid;\nerror_log {folder}/nginx-error.log warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        "  log_format upstream '$upstream_addr $status $request';\n"
        f"  access_log {folder}/nginx-access.log upstream;\n"
        + "".join(
            f"  {kind}_temp_path {folder}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"  include {folder}/jinlin.conf;\n"
        "}\n"
    )
    return main


def build(members: int, needs: int, slots: int, scans: int) -> dict[str, Any]:
    """The district: needs to claim, an ongoing need with members to scan, tokens, a
    district admin who reads figures and asks for files."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from jinlin.api.security import token_issue
    from jinlin.members.services import role_grant
    from jinlin.needs.models import Claim, Need
    from jinlin.needs.services import need_publish
    from jinlin.organizations.models import Organization
    from jinlin.service.services import site_code_issue

    community, branch, admin = harness.bench_community()
    now = timezone.now()

    def publish(title: str, starts: dt.datetime, hours: int, places: int) -> Any:
        return need_publish(
            community=community, title=title, category="clean_home", place="集群广场",
            starts_at=starts, ends_at=starts + dt.timedelta(hours=hours), slots=places,
            mode="open", unit=None, metrics=["bags"], grace_minutes=30, by=admin,
        )  # fmt: skip

    start = now + dt.timedelta(days=1)
    claim_needs = [publish(f"集群需求{i}", start + dt.timedelta(hours=3 * i), 2, slots).pk
                   for i in range(needs)]  # fmt: skip
    claimers = harness.bench_members(members, prefix="claim", phones="191", community=community,
                                     branch=branch)  # fmt: skip
    ongoing = publish("集群扫码", now - dt.timedelta(minutes=10), 3, scans)
    scanners = harness.bench_members(scans, prefix="scan", phones="192", community=community,
                                     branch=branch)  # fmt: skip
    claims = Claim.objects.bulk_create(
        [Claim(need=ongoing, member=m, status="confirmed", confirmed_at=now) for m, _u in scanners]
    )
    Need.objects.filter(pk=ongoing.pk).update(confirmed_count=scans)
    code, _expires = site_code_issue(need=ongoing, poster=True)
    reader = get_user_model().objects.create_user(username="cluster-district", password="x" * 12)
    district = Organization.objects.get(code="B")
    role_grant(user=reader, role="district_admin", organization=district)
    return {
        "community": community.pk,
        "district": district.pk,
        # The first day every period asked for starts from: the ongoing need's local day, which
        # is yesterday for a run in the ten minutes after local midnight.
        "first_day": str(timezone.localtime(ongoing.starts_at).date()),
        "admin": admin.pk,
        "admin_token": token_issue(user=admin)[0],
        "reader": reader.pk,
        "reader_token": token_issue(user=reader)[0],
        "claims": [
            (claim_needs[i % needs], token_issue(user=u)[0]) for i, (_m, u) in enumerate(claimers)
        ],
        "scans": [
            (c.pk, token_issue(user=u)[0])
            for c, (_m, u) in zip(claims, scanners, strict=True)
        ],
        "code": code,
        "need_ids": claim_needs,
    }


def accept_all(admin_id: int, need_title: str) -> int:
    from django.contrib.auth import get_user_model

    from jinlin.needs.models import Claim
    from jinlin.service.services import claim_accept

    admin = get_user_model().objects.get(pk=admin_id)
    claims = Claim.objects.select_related("need", "need__community", "member").filter(
        need__title=need_title
    )
    for claim in claims:
        claim_accept(claim=claim, hours="1.5", outcomes={"bags": 2}, by=admin)
    return claims.count()


def served_by(folder: Path, port: int, path_part: str) -> tuple[int, int]:
    """Requests whose path has ``path_part`` that nginx sent to the app server on ``port``
    (its access log), and that the app server counted itself (its /metrics, read directly,
    as far as its processes have written their counts)."""
    import urllib.request

    sent = sum(
        1
        for line in (folder / "nginx-access.log").read_text().splitlines()
        if line.startswith(f"127.0.0.1:{port} ") and path_part in line
    )
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
        text = answer.read().decode()
    counted = sum(
        int(float(line.rsplit(" ", 1)[1]))
        for line in text.splitlines()
        if line.startswith("jinlin_http_requests_total{") and path_part in line
    )
    return sent, counted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=400)
    parser.add_argument("--needs", type=int, default=4)
    parser.add_argument("--slots", type=int, default=60)
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=60)
    parser.add_argument("--apply-delay", type=float, default=3.0)
    parser.add_argument("--app-workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true",
                        help="keep the folder of logs and data (kept anyway when a check fails)")
    args = parser.parse_args()
    missing = missing_programs()
    if missing:
        print(f"cluster cannot start: missing {', '.join(missing)}")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="jinlin-cluster-"))
    folder.chmod(0o755)
    (folder / "pg").mkdir()
    postgres = Postgres(folder / "pg", args.apply_delay)
    processes: list[harness.Process] = []
    status = 1
    try:
        status = _run(args, folder, postgres, processes)
        return status
    finally:
        for process in reversed(processes):
            process.stop()
        postgres.stop()
        if status == 0 and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)  # two database clusters' worth
        else:
            print(f"logs in {folder}")


def _run(args: Any, folder: Path, postgres: Postgres, processes: list[harness.Process]) -> int:
    started = time.monotonic()
    postgres.start()
    primary_url = postgres.url(postgres.primary_port)
    replica_url = postgres.url(postgres.replica_port)
    redis_port = harness.free_port()
    redis = harness.Process("redis", ["redis-server", "--port", str(redis_port), "--bind",
                            "127.0.0.1", "--save", "", "--appendonly", "no"],
                            folder / "redis.log")  # fmt: skip
    redis.start()
    processes.append(redis)
    media = folder / "media"
    media.mkdir()
    os.environ.update(
        DATABASE_REPLICA_URL=replica_url,
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        JINLIN_MEDIA_DIR=str(media),
        LEDGER_KEY="cluster-ledger-key-" + "k" * 40,
        EXPORTS_AT_ONCE="20",
    )
    harness.recreate_database(primary_url)
    harness.setup_django(primary_url)
    world = build(args.members, args.needs, args.slots, args.scans)
    print(f"cluster: databases, Redis and the district ready in {time.monotonic() - started:.1f}s")

    from django.db import connections

    connections.close_all()
    apps = [harness.free_port(), harness.free_port()]
    https_port = harness.free_port()
    common = {
        "HTTPS": "true", "TRUSTED_PROXY_COUNT": "1", "MEDIA_ACCEL_REDIRECT": "/protected-media/",
        "ALLOWED_HOSTS": f"{harness.HOST},127.0.0.1", "SITE_URL": f"https://{harness.HOST}",
        "SECURE_SSL_REDIRECT": "false",
    }  # fmt: skip
    for index, port in enumerate(apps, start=1):
        host = folder / f"app{index}"
        host.mkdir()
        env = {**common, "JINLIN_DATA_DIR": str(host), "JINLIN_NODE": f"app{index}"}
        processes.append(_start(f"app{index}", [sys.executable, "-m", "jinlin.cli", "serve",
                                "--bind", f"127.0.0.1:{port}", "--workers",
                                str(args.app_workers), "--threads", "4"], folder, env))
    for index in (1, 2):
        host = folder / f"worker{index}"
        host.mkdir()
        env = {**common, "JINLIN_DATA_DIR": str(host), "JINLIN_NODE": f"worker{index}",
               "LOG_LEVEL": "INFO"}  # fmt: skip
        processes.append(_start(f"worker{index}", [sys.executable, "-m", "jinlin.cli", "worker",
                                "--interval", "1"], folder, env))  # fmt: skip
    config = nginx_config(folder, apps, https_port, media)
    nginx = _start("nginx", [_which("nginx") or "nginx", "-p", str(folder), "-c", str(config)],
                   folder, {})  # fmt: skip
    processes.append(nginx)
    for port in [*apps, https_port]:
        if not harness.wait_for(lambda p=port: harness.listening(p), 90):
            print(f"cluster: nothing listens on {port}; see the logs")
            return 1
    time.sleep(1.5)  # every worker booted
    tls = ssl.create_default_context(cafile=str(folder / "cert.pem"))
    checks: dict[str, str] = {}

    # 1. The claim storm, through nginx, over TLS.
    results = harness.Results()
    jobs = [("POST", f"/api/v1/needs/{need}/claims", {}, token) for need, token in world["claims"]]
    seconds = asyncio.run(harness.run_jobs(https_port, jobs, args.concurrency, results, tls))
    from django.db.models import Count

    from jinlin.needs.models import Claim, Need

    overbooked = sum(
        max(0, n.confirmed - n.slots)
        for n in Need.objects.filter(pk__in=world["need_ids"]).annotate(
            confirmed=Count("claims", filter=_confirmed())
        )
    )
    doubled = (
        Claim.objects.filter(need_id__in=world["need_ids"])
        .values("need_id", "member_id").annotate(n=Count("id")).filter(n__gt=1).count()
    )  # fmt: skip
    answered = sum(n for status, n in results.statuses.items() if status in (201, 409))
    print(f"claims: {len(jobs)} in {seconds:.1f}s, statuses {results.statuses}, "
          f"errors {results.errors}, overbooked {overbooked}, doubled {doubled}")  # fmt: skip
    claims_ok = answered == len(jobs) and results.errors == 0
    # Each server process writes its counts at most every 2 s; the pause also leaves nginx's
    # kept-alive connections idle, as between real bursts (they must be reused without a 502).
    time.sleep(2.5)
    per_server = [served_by(folder, port, "/claims") for port in apps]
    print("claims (nginx sent, the app server counted): "
          + ", ".join(f"app{i} {sent}, {counted}"
                      for i, (sent, counted) in enumerate(per_server, start=1)))  # fmt: skip
    servers = sum(1 for sent, counted in per_server if sent > 0 and counted > 0)

    # 2. The scan storm: sign in, accepted by the community, scan to be credited.
    scan_results = harness.Results()
    scan_jobs = [("POST", "/api/v1/scans", {"token": world["code"]}, t) for _c, t in world["scans"]]
    asyncio.run(harness.run_jobs(https_port, scan_jobs, args.concurrency, scan_results, tls))
    accepted = accept_all(world["admin"], "集群扫码")
    connections.close_all()
    credit_results = harness.Results()
    seconds = asyncio.run(
        harness.run_jobs(https_port, scan_jobs, args.concurrency, credit_results, tls)
    )
    from jinlin.service.models import ServiceRecord
    from jinlin.service.services import ledger_verify

    credited = dict(
        ServiceRecord.objects.filter(kind="credit").values_list("claim_id").annotate(n=Count("id"))
    )
    lost = sum(1 for claim_id, _t in world["scans"] if claim_id not in credited)
    duplicated = sum(n - 1 for n in credited.values() if n > 1)
    _count, _bad, why = ledger_verify()
    chain = "ok" if not why else "broken"
    print(f"scans: {accepted} accepted, {len(credited)} credited in {seconds:.1f}s, statuses "
          f"{credit_results.statuses}, errors {credit_results.errors}")  # fmt: skip
    scans_ok = credit_results.errors == 0 and set(credit_results.statuses) == {200}

    # 3. Read your writes: the community admin publishes a need and at once reads 党群云图's
    # figures (which read the replica); the district admin, who wrote nothing, reads them too.
    checks["read_your_writes"], checks["replica_reads"] = _read_your_writes(
        https_port, tls, world, args.needs * args.slots + args.scans, args.apply_delay
    )

    # 4. Redis shared: failed sign-ins counted across both servers; a token revoked through one
    # is refused by both at once, though both had it cached.
    checks["shared_cache"] = _shared_cache(https_port, tls, world["scans"][0][1])

    # 5. Queued files on both workers, from the replica once it holds the credits above.
    checks["exports"], workers = _exports(https_port, tls, world, apps, folder)

    # The pages that read the replica, as the district's reader opens them (signed in).
    checks["pages"] = _pages(https_port, tls, world)

    # 6. The replica stopped: the same page reads the primary.
    postgres.stop_replica()
    before = time.monotonic()
    status, body = _get(https_port, tls, _cloudmap_path(world), world["reader_token"])
    places = _places(body, world["community"]) if status == 200 else None
    expected = args.needs * args.slots + args.scans + 7
    checks["replica_down"] = "ok" if places == expected else f"failed({status},{places})"
    print(f"replica stopped: {status} in {time.monotonic() - before:.2f}s, places {places} "
          f"(primary holds {expected})")  # fmt: skip

    ok = (
        claims_ok and scans_ok and overbooked == 0 and doubled == 0 and lost == 0
        and duplicated == 0 and chain == "ok" and servers == 2 and workers == 2
        and all(value in ("ok", "yes") for value in checks.values())
    )  # fmt: skip
    print(f"cluster took {time.monotonic() - started:.0f}s")
    print(
        f"cluster servers={servers}/2 workers={workers}/2 claims={answered}/{len(jobs)} "
        f"overbooked={overbooked + doubled} credits={len(credited)}/{accepted} lost={lost} "
        f"duplicated={duplicated} chain={chain} replica_reads={checks['replica_reads']} "
        f"read_your_writes={checks['read_your_writes']} replica_down={checks['replica_down']} "
        f"exports={checks['exports']} shared_cache={checks['shared_cache']} "
        f"pages={checks['pages']}"
    )
    return 0 if ok else 1


def _confirmed() -> Any:
    from django.db.models import Q

    return Q(claims__status="confirmed")


def _start(name: str, command: list[str], folder: Path, env: dict[str, str]) -> harness.Process:
    process = harness.Process(name, command, folder / f"{name}.log", env=env)
    process.start()
    return process


def _request(port: int, tls: ssl.SSLContext, method: str, path: str, body: Any, token: str,
             headers: dict[str, str] | None = None) -> tuple[int, Any]:  # fmt: skip
    async def one() -> tuple[int, Any]:
        connection = harness.Connection(port, tls)
        try:
            return await connection.request(method, path, body, token, headers)
        finally:
            if connection.writer is not None:
                connection.writer.close()

    return asyncio.run(one())


def _get(port: int, tls: ssl.SSLContext, path: str, token: str) -> tuple[int, Any]:
    return _request(port, tls, "GET", path, None, token)


def _cloudmap_path(world: dict[str, Any]) -> str:
    first = dt.date.fromisoformat(world["first_day"])
    return f"/api/v1/cloudmap/communities?from={first}&to={first + dt.timedelta(days=6)}"


def _places(body: Any, community: int) -> int | None:
    for row in (body or {}).get("results", []):
        if row["community"] == community:
            return int(row["indicators"]["places"])
    return None


def _read_your_writes(port: int, tls: ssl.SSLContext, world: dict[str, Any], base: int,
                      delay: float) -> tuple[str, str]:  # fmt: skip
    path = _cloudmap_path(world)
    # Start from a replica that has applied everything so far (the primary holds ``base``).
    if not harness.wait_for(lambda: _places(_get(port, tls, path, world["reader_token"])[1],
                                    world["community"]) == base, delay * 4 + 10):  # fmt: skip
        print(f"read your writes: the figures never showed {base} places: "
              f"{_get(port, tls, path, world['reader_token'])}")  # fmt: skip
        return "failed", "no"
    starts = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    status, need = _request(port, tls, "POST", "/api/v1/needs", {
        "community": world["community"], "title": "刚发布的需求", "category": "clean_home",
        "place": "集群广场", "starts_at": starts.isoformat(),
        "ends_at": (starts + dt.timedelta(hours=2)).isoformat(), "slots": 7,
    }, world["admin_token"])  # fmt: skip
    if status != 201:
        print(f"read your writes: publishing answered {status}: {need}")
        return "failed", "no"
    writer_sees = _places(_get(port, tls, path, world["admin_token"])[1], world["community"])
    other_sees = _places(_get(port, tls, path, world["reader_token"])[1], world["community"])
    caught_up = harness.wait_for(
        lambda: _places(_get(port, tls, path, world["reader_token"])[1], world["community"])
        == base + 7,
        delay * 4,
    )
    print(f"read your writes: {base} places before; right after publishing 7 more, the writer "
          f"sees {writer_sees}, a reader who wrote nothing {other_sees} (the replica, "
          f"{delay:.0f}s behind); {'both' if caught_up else 'not both'} see {base + 7} "
          f"once it has applied it")  # fmt: skip
    ryw = "ok" if writer_sees == base + 7 and caught_up else "failed"
    return ryw, "yes" if other_sees == base else "no"


def _pages(port: int, tls: ssl.SSLContext, world: dict[str, Any]) -> str:
    """党群云图, the figures and their lists, ratings and evaluations, each through nginx with
    a session cookie, as the district's reader opens them: 200 and the community named."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(pk=world["reader"]))
    cookie = {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}
    district = world["district"]
    paths = ["/cloudmap/", f"/cloudmap/o/{district}/", f"/cloudmap/o/{district}/f/credits/",
             f"/cloudmap/c/{world['community']}/card/", "/reports/ratings/",
             "/reports/evaluations/"]  # fmt: skip
    answers = {path: _request(port, tls, "GET", path, None, "", cookie) for path in paths}
    statuses = {path: status for path, (status, _body) in answers.items()}
    named = [path for path, (_s, body) in answers.items() if "基准" in str(body)]
    print(f"pages: {statuses}; {len(named)} of {len(paths)} name the district's places")
    return "ok" if set(statuses.values()) == {200} and len(named) == len(paths) else "failed"


def _shared_cache(port: int, tls: ssl.SSLContext, token: str) -> str:
    from django.conf import settings

    tries = settings.SIGNIN_MAX_FAILURES + 1
    statuses = [
        _request(port, tls, "POST", "/api/v1/auth/token",
                 {"username": "cluster-nobody", "password": f"wrong-{i}"}, "")[0]
        for i in range(tries)
    ]  # fmt: skip
    before = [_get(port, tls, "/api/v1/me", token)[0] for _ in range(2)]
    revoked = _request(port, tls, "POST", "/api/v1/auth/token/revoke", None, token)[0]
    after = [_get(port, tls, "/api/v1/me", token)[0] for _ in range(2)]
    print(f"shared cache: {tries} wrong passwords through both servers answered {statuses}; a "
          f"token read {before}, revoked ({revoked}), then read {after}")  # fmt: skip
    throttled = statuses[:-1] == [401] * (tries - 1) and statuses[-1] == 429
    return "ok" if throttled and before == [200, 200] and after == [401, 401] else "failed"


def _exports(port: int, tls: ssl.SSLContext, world: dict[str, Any], apps: list[int],
             folder: Path) -> tuple[str, int]:  # fmt: skip
    """Files asked for through the API right after the credits; both workers make them."""
    from django.utils import timezone

    today, first = timezone.localdate(), dt.date.fromisoformat(world["first_day"])
    ids = []
    for index in range(8):
        kind = "ledger" if index % 2 == 0 else "briefing"
        status, body = _request(port, tls, "POST", "/api/v1/exports", {
            "kind": kind, "organization": world["district"] if index < 4 else world["community"],
            "period_from": str(first - dt.timedelta(days=index)), "period_to": str(today),
        }, world["reader_token"], {"Idempotency-Key": str(uuid.uuid4())})  # fmt: skip
        if status not in (200, 201, 202):
            print(f"exports: asking answered {status}: {body}")
            return "failed", 0
        ids.append(body["id"])
    from django_tasks_db.models import DBTaskResult

    from jinlin.reports.models import Export

    made = Export.objects.filter(pk__in=ids, status="done")
    done = harness.wait_for(lambda: made.count() == len(ids), 180, 1.0)
    hosts = {
        worker.split(":")[0]
        for row in DBTaskResult.objects.filter(task_path__endswith="export_job")
        for worker in row.worker_ids
    }
    print(f"exports: {len(ids)} asked, {'all' if done else 'not all'} made, by {sorted(hosts)}")
    if not done:
        return "failed", len(hosts)
    # The first 台账 (the district, today) lists the credits made just before it was asked.
    ledger = Export.objects.get(pk=ids[0])
    from openpyxl import load_workbook

    book = load_workbook(ledger.file.path, read_only=True)
    text = "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if cell is not None
    )  # fmt: skip
    listed = text.count("集群扫码")
    # Made by one worker "host", read by each app server in turn (nginx's round robin).
    downloads = [
        _get(port, tls, f"/api/v1/exports/{ids[0]}/file?format=xlsx", world["reader_token"])[0]
        for _app in apps
    ]
    said = "".join((folder / f"worker{i}.log").read_text() for i in (1, 2))
    print(f"exports: the 台账 lists 集群扫码 {listed} times; downloads through nginx "
          f"{downloads}; {said.count('reads the replica')} of {len(ids)} read the replica, "
          f"{said.count('reads the primary')} the primary")  # fmt: skip
    ok = listed >= len(world["scans"]) and all(s == 200 for s in downloads)
    return ("ok" if ok else "failed"), len(hosts)


if __name__ == "__main__":
    sys.exit(main())
