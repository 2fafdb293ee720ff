"""A burst of 先验收后扫码 on site: 500 members sign in, are accepted, and scan to be credited.

    .venv/bin/python benchmarks/scan_burst.py [--members 500] [--concurrency 50]
        [--communities 10] [--server granian|gunicorn] [--workers N] [--threads T]

The members are spread over ``--communities`` communities, each with its need on site and its
own ledger chain, their scans taking turns (``--communities 1``: one need of one community,
every credit on one chain).

Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jinlin_bench;
the database is recreated). Jinlin runs as in production (`jinlin serve`, granian unless
`--server gunicorn`); the members' phones are an asyncio client with `--concurrency` keep-alive
connections, so that many scans are in flight at every moment. In the same run it measures the
machine's raw single-row INSERT rate (one client, one transaction per row) and the framework's
floor (a bare Django view making one INSERT, ``benchmarks/floor.py``, served alike and sent the
same 1,000 requests). The last line reads

    scan_burst ratio=<scans/s ÷ raw inserts/s> floor_ratio=<scans/s ÷ the floor's requests/s>
        p50_ms=… p99_ms=… errors=… lost=… duplicated=… met=yes|no

where lost counts accepted members without a credit in the ledger and duplicated counts
claims credited more than once; the line before it gives each of #21's targets (≥ 0.25 × the
raw INSERT, p99 ≤ 1 s, 0 lost, 0 duplicated, no errors, the ledger intact) with this run's
figure and whether it was met. ``jinlin worker`` runs beside the server, as in production:
a credit's row is sealed by its batch sealer a moment after the scan is answered (#21), on
the same cores; the run says how long after the last answer every row was sealed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness
from jinlin.core.management.commands.serve import SERVERS, defaults


def build(members: int, communities: int) -> tuple[int, list[tuple[int, str, str]]]:
    """``communities`` communities, each with an ongoing need with a place for each of its
    members, members with tokens: (admin, [(claim, the need's site code, token)]), the
    communities' members taking turns so that a burst reaches every community at once."""
    from django.utils import timezone

    from jinlin.api.security import token_issue
    from jinlin.members.services import role_grant
    from jinlin.needs.models import Claim, Need
    from jinlin.needs.services import need_publish
    from jinlin.organizations.services import organization_create
    from jinlin.service.services import site_code_issue

    first, branch, admin = harness.bench_community()
    now = timezone.now()
    lanes = []
    for number in range(communities):
        community = first
        if number:
            community = organization_create(
                name=f"基准社区{number + 1}", kind="community", parent=first.parent,
                code=f"B1{number + 1:03d}",
            )  # fmt: skip
            role_grant(user=admin, role="community_admin", organization=community)
        share = members // communities + (1 if number < members % communities else 0)
        need = need_publish(
            community=community,
            title="基准扫码",
            category="clean_home",
            place="基准广场",
            starts_at=now - dt.timedelta(minutes=10),
            ends_at=now + dt.timedelta(hours=3),
            slots=share,
            mode="open",
            unit=None,
            metrics=["bags"],
            grace_minutes=30,
            by=admin,
        )
        pairs = harness.bench_members(share, prefix=f"bench{number}-", phones=f"1{number:02d}",
                                      community=community, branch=branch)  # fmt: skip
        claims = Claim.objects.bulk_create(
            [Claim(need=need, member=m, status="confirmed", confirmed_at=now) for m, _u in pairs]
        )
        Need.objects.filter(pk=need.pk).update(confirmed_count=share)
        code, _expires = site_code_issue(need=need, poster=True)
        lanes.append(
            [(c.pk, code, token_issue(user=u)[0]) for c, (_m, u) in zip(claims, pairs, strict=True)]
        )
    jobs = [job for turn in itertools.zip_longest(*lanes) for job in turn if job is not None]
    return admin.pk, jobs


def accept_all(admin_id: int) -> int:
    from django.contrib.auth import get_user_model

    from jinlin.needs.models import Claim
    from jinlin.service.services import claim_accept

    admin = get_user_model().objects.get(pk=admin_id)
    claims = Claim.objects.select_related("need", "need__community", "member")
    for claim in claims:
        claim_accept(claim=claim, hours="1.5", outcomes={"bags": 2}, by=admin)
    return claims.count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument(
        "--communities", type=int, default=10,
        help="spread the members over this many communities (each its own ledger chain)",
    )  # fmt: skip
    parser.add_argument("--server", choices=SERVERS, default="granian")
    parser.add_argument("--workers", type=int, default=0, help="0: the server's default")
    parser.add_argument("--threads", type=int, default=0, help="0: the server's default")
    args = parser.parse_args()
    workers, threads = defaults(args.server)
    args.workers, args.threads = args.workers or workers, args.threads or threads
    if not 1 <= args.communities <= min(100, args.members):
        parser.error("--communities: from 1 to 100, and no more than --members")

    url = harness.database_url()
    harness.recreate_database(url)
    harness.setup_django(url)
    admin_id, jobs = build(args.members, args.communities)
    harness.settle(url)
    raw = harness.raw_insert_rate(url)
    print(f"raw single-row INSERT rate (1 client, autocommit): {raw:,.0f}/s")
    harness.floor_table(url)

    from django.db import connections
    from django.db.models import Count

    from jinlin.service.models import ServiceRecord
    from jinlin.service.services import ledger_verify

    connections.close_all()
    results = harness.Results()
    # ``jinlin worker`` beside the server, as in production: its sealer seals the credits'
    # rows in batches while the burst runs, on the same two cores.
    worker = harness.Process(
        "worker", [sys.executable, "-m", "jinlin.cli", "worker"],
        Path(os.environ["JINLIN_DATA_DIR"]) / "worker.log",
    )  # fmt: skip
    worker.start()
    with harness.serve(args.workers, args.threads, server=args.server) as port:
        sign_ins = [("POST", "/api/v1/scans", {"token": code}, token) for _c, code, token in jobs]
        worker_pid = worker.process.pid if worker.process is not None else 0
        with harness.cpu_used(port.pid, worker_pid) as cpu_in:
            seconds_in = asyncio.run(
                harness.run_jobs(port, sign_ins, args.concurrency, results)
            )
        kinds = [b.get("kind") for b in results.bodies if isinstance(b, dict)]
        print(
            f"sign-in scans: {len(sign_ins)} in {seconds_in:.2f}s, "
            f"{kinds.count('sign_in')} signed in"
        )
        accepted = accept_all(admin_id)
        connections.close_all()
        credits = [("POST", "/api/v1/scans", {"token": code}, token) for _c, code, token in jobs]
        with harness.cpu_used(port.pid, worker_pid) as cpu_credit:
            seconds_credit = asyncio.run(
                harness.run_jobs(port, credits, args.concurrency, results)
            )
        print(f"credit scans: {len(credits)} in {seconds_credit:.2f}s")
        answered = time.monotonic()
        waiting = ServiceRecord.objects.filter(hash__isnull=True)
        sealing = os.environ.get("LEDGER_SEAL_SECONDS", "1") not in ("0", "")
        sealed = sealing and harness.wait_for(lambda: not waiting.exists(), 60, step=0.05)
        print(
            f"every credited row sealed by the worker {time.monotonic() - answered:.2f}s after "
            f"the last scan's answer" if sealed else f"{waiting.count()} rows still unsealed "
            "(sealed by the check below)"
        )
    worker.stop()
    scans = len(sign_ins) + len(credits)
    per_second = scans / (seconds_in + seconds_credit)
    floor = harness.Results()
    with (
        harness.serve(args.workers, args.threads, floor=True, server=args.server) as port,
        harness.cpu_used(port.pid) as cpu_floor,
    ):
        seconds_floor = asyncio.run(
            harness.run_jobs(port, sign_ins + credits, args.concurrency, floor)
        )
    floor_rate = scans / seconds_floor
    print(f"the floor: {scans} requests in {seconds_floor:.2f}s, {floor_rate:,.0f}/s")
    print(
        "CPU a request, server + PostgreSQL (+ the worker, sealing): "
        f"floor {_ms(cpu_floor.server, scans)} + {_ms(cpu_floor.database, scans)} ms; "
        f"sign-in {_ms(cpu_in.server, len(sign_ins))} + {_ms(cpu_in.database, len(sign_ins))} "
        f"(+ {_ms(cpu_in.worker, len(sign_ins))}) ms; credit "
        f"{_ms(cpu_credit.server, len(credits))} + {_ms(cpu_credit.database, len(credits))} "
        f"(+ {_ms(cpu_credit.worker, len(credits))}) ms"
    )
    credited = dict(
        ServiceRecord.objects.filter(kind="credit").values_list("claim_id").annotate(n=Count("id"))
    )
    lost = sum(1 for claim_id, _c, _t in jobs if claim_id not in credited) if accepted else 0
    duplicated = sum(n - 1 for n in credited.values() if n > 1)
    bad = sum(n for status, n in results.statuses.items() if status != 200)
    errors = results.errors + bad
    count, _bad, why = ledger_verify()
    print(
        f"statuses: {results.statuses}; ledger {count} rows, "
        f"{'intact' if not why else 'BROKEN: ' + why}"
    )
    print(
        f"scans/s {per_second:,.0f} over {args.concurrency} connections, "
        f"{args.communities} communities (ledger chains), server "
        f"{args.server}, {args.workers} workers × {args.threads} threads"
    )
    p99 = results.percentile(0.99)
    targets = [
        harness.Target("ratio", round(per_second / raw, 3), 0.25, at_most=False),
        harness.Target("p99_ms", round(p99, 1), 1000, at_most=True),
        harness.Target("lost", lost, 0, at_most=True),
        harness.Target("duplicated", duplicated, 0, at_most=True),
        harness.Target("errors", errors, 0, at_most=True),
        harness.Target("ledger_broken", 1 if why else 0, 0, at_most=True),
    ]
    print(harness.targets_line("scan_burst", targets))
    print(
        f"scan_burst ratio={per_second / raw:.3f} floor_ratio={per_second / floor_rate:.2f} "
        f"p50_ms={results.p50:.1f} "
        f"p99_ms={p99:.1f} errors={errors} lost={lost} "
        f"duplicated={duplicated} met={harness.met(targets)}"
    )


def _ms(seconds: float, requests: int) -> str:
    return f"{1000 * seconds / max(requests, 1):.2f}"


if __name__ == "__main__":
    main()
