"""A claim storm: 2,000 members claim places on 100-slot needs, 200 requests at a time.

    .venv/bin/python benchmarks/claim_storm.py [--members 2000] [--needs 10] [--slots 100]
        [--concurrency 200] [--server granian|gunicorn] [--workers N] [--threads T] [--rounds 3]
        [--history 0] [--claims-together]

Needs PostgreSQL (BENCH_DATABASE_URL, as for scan_burst.py; the database is recreated).
Jinlin runs as in production (`jinlin serve`); every member claims one of the needs through
`POST /api/v1/needs/{id}/claims`, so each need gets far more claims than places and a
waitlist forms. Besides the rate it checks the slot rule in the database afterwards.

In the same run, round after round, it measures the two baselines #21 names: the framework's
floor (``benchmarks/floor.py``: a bare Django view making one INSERT, served by the same
server settings, hit by the same client with the same storm) and the raw single-row INSERT
rate of PostgreSQL from one client. Each round storms the floor and then Jinlin (fresh needs
and members each round; each member's phone makes one untimed call first, as an app does when
it opens, so that its token is warm; the floor is sent the storm once untimed, so that its
workers too have booted and connected); figures are medians over the rounds. Last line:

    claim_storm claims_per_s=… floor_ratio=… insert_ratio=… cpu_ratio=… p50_ms=… p99_ms=…
        overbooked=… errors=… met=yes|no

the line before it gives each of #21's targets (× floor ≥ 0.7, ``cpu_ratio`` ≤ 1.5, p99 ≤ 1 s,
0 overbooked, no errors) with this run's figure and whether it was met.

``--claims-together`` serves Jinlin with ``CLAIM_BATCHES=true``: the claims a process's threads
receive at once made in one call of the database (README, twenty-second pass); without it each
claim is its own call, the default.

``cpu_ratio`` is #21's first measure: the CPU a claim costs the server and PostgreSQL (all
their processes, from /proc; the client's own is not counted) over what a request to the
floor costs them, in the same round. Unlike the rates it does not depend on how the two cores
are shared with the client, so it varies less from run to run.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness
from jinlin.core.management.commands.serve import SERVERS, defaults


def build(
    members: int, needs: int, slots: int, rounds: int, history: int = 0
) -> list[list[tuple[int, str]]]:
    """Needs of one community and members registered with it, a fresh set per round, each
    member with ``history`` claims on past, closed needs; (need id, token) per member, per
    round."""
    community, branch, admin = harness.bench_community()
    past = _past_needs(history, community)
    return [
        _round(r, members, needs, slots, community=community, branch=branch, admin=admin, past=past)
        for r in range(rounds)
    ]


def _past_needs(count: int, community: Any) -> list[Any]:
    """``count`` needs of past weeks, closed (written directly: publishing refuses the past)."""
    from django.utils import timezone

    from jinlin.needs.models import Need

    ends = [timezone.now() - dt.timedelta(days=8 + i) for i in range(count)]
    return Need.objects.bulk_create(
        Need(
            community=community,
            title="往期",
            category="clean_home",
            place="基准广场",
            starts_at=end - dt.timedelta(hours=2),
            ends_at=end,
            slots=1_000_000,
            mode="open",
            status=Need.Status.CLOSED,
        )
        for end in ends
    )


def _history(people: list[Any], past: list[Any]) -> None:
    """Each member confirmed on every past need (as their claims stand after it closed)."""
    from django.db.models import F

    from jinlin.needs.models import Claim, Need

    marked = {"need_closed": True} if hasattr(Claim, "need_closed") else {}  # older code
    Claim.objects.bulk_create(
        (Claim(need=n, member=m, status="confirmed", **marked) for m in people for n in past),
        batch_size=5000,
    )
    # Their counters agree with the rows, as the check at the end asks of every need.
    Need.objects.filter(pk__in=[n.pk for n in past]).update(
        confirmed_count=F("confirmed_count") + len(people)
    )


def _round(
    r: int,
    members: int,
    needs: int,
    slots: int,
    *,
    community: Any,
    branch: Any,
    admin: Any,
    past: list[Any],
) -> list[tuple[int, str]]:
    from jinlin.api.security import token_issue

    need_ids = publish_needs(r, needs, slots, community=community, admin=admin)
    pairs = harness.bench_members(members, prefix=f"storm{r}-", phones=f"19{r}",
                                  community=community, branch=branch)  # fmt: skip
    _history([m for m, _u in pairs], past)
    return [(need_ids[i % needs], token_issue(user=u)[0]) for i, (_m, u) in enumerate(pairs)]


def publish_needs(r: int, needs: int, slots: int, *, community: Any, admin: Any) -> list[int]:
    """Round ``r``'s open needs of ``slots`` places each, published as a community does; at
    different times, so that no claim collides with another in time (nor with another
    round's)."""
    from django.utils import timezone

    from jinlin.needs.services import need_publish

    start = timezone.now() + dt.timedelta(days=1 + r * 3)
    return [
        need_publish(
            community=community,
            title=f"基准需求{r}-{i}",
            category="clean_home",
            place="基准广场",
            starts_at=start + dt.timedelta(hours=3 * i),
            ends_at=start + dt.timedelta(hours=3 * i + 2),
            slots=slots,
            mode="open",
            unit=None,
            metrics=[],
            grace_minutes=30,
            by=admin,
        ).pk
        for i in range(needs)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--needs", type=int, default=10)
    parser.add_argument("--slots", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--server", choices=SERVERS, default="granian")
    parser.add_argument("--workers", type=int, default=0, help="0: the server's default")
    parser.add_argument("--threads", type=int, default=0, help="0: the server's default")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--history", type=int, default=0,
        help="claims each member already has, on past needs now closed (default 0: newcomers)",
    )  # fmt: skip
    parser.add_argument(
        "--claims-together", action="store_true",
        help="CLAIM_BATCHES=true: claims arriving at once made in one call of the database",
    )  # fmt: skip
    args = parser.parse_args()
    os.environ["CLAIM_BATCHES"] = "true" if args.claims_together else "false"  # the server's
    workers, threads = defaults(args.server)
    args.workers, args.threads = args.workers or workers, args.threads or threads

    url = harness.database_url()
    harness.recreate_database(url)
    harness.setup_django(url)
    harness.floor_table(url)
    rounds = build(args.members, args.needs, args.slots, args.rounds, args.history)
    harness.settle(url)

    from django.db import connections
    from django.db.models import Count, Q

    from jinlin.needs.models import Need

    connections.close_all()
    floors, rates, inserts, p50s, p99s, cpus, errors = [], [], [], [], [], [], 0
    statuses: dict[int, int] = {}
    for number, jobs in enumerate(rounds, 1):
        inserts.append(harness.raw_insert_rate(url))
        requests = [
            ("POST", f"/api/v1/needs/{need_id}/claims", None, token) for need_id, token in jobs
        ]
        floor = harness.Results()
        with harness.serve(args.workers, args.threads, floor=True, server=args.server) as port:
            # Warmed as Jinlin is below: every worker booted and connected to the database.
            asyncio.run(harness.run_jobs(port, requests, args.concurrency, harness.Results()))
            with harness.cpu_used(port.pid) as floor_cpu:
                seconds = asyncio.run(harness.run_jobs(port, requests, args.concurrency, floor))
        floors.append(len(requests) / seconds)
        results = harness.Results()
        with harness.serve(args.workers, args.threads, server=args.server) as port:
            # Each phone has opened the app (one call) before it claims: its token is warm.
            warm = [("GET", "/api/v1/me", None, token) for _need_id, token in jobs]
            asyncio.run(harness.run_jobs(port, warm, args.concurrency, harness.Results()))
            with harness.cpu_used(port.pid) as cpu:
                seconds = asyncio.run(harness.run_jobs(port, requests, args.concurrency, results))
        rates.append(len(requests) / seconds)
        cpus.append(cpu.total / floor_cpu.total)
        p50s.append(results.p50)
        p99s.append(results.percentile(0.99))
        for status, n in results.statuses.items():
            statuses[status] = statuses.get(status, 0) + n
        errors += results.errors + sum(n for st, n in results.statuses.items() if st != 201)
        answers = [b.get("status") for b in results.bodies if isinstance(b, dict)]
        print(
            f"round {number}: raw INSERT {inserts[-1]:,.0f}/s; floor {floors[-1]:.0f}/s "
            f"(p99 {floor.percentile(0.99):.0f} ms); Jinlin {rates[-1]:.0f} claims/s "
            f"(p50 {p50s[-1]:.0f} ms, p99 {p99s[-1]:.0f} ms; "
            f"{answers.count('confirmed')} confirmed, {answers.count('waitlisted')} waitlisted); "
            f"CPU a request, server + PostgreSQL: floor {_ms(floor_cpu, len(requests))}, "
            f"Jinlin {_ms(cpu, len(requests))}",
            flush=True,
        )
    overbooked = 0
    for need in Need.objects.annotate(
        confirmed=Count("claims", filter=Q(claims__status="confirmed")),
        waiting=Count("claims", filter=Q(claims__status="waitlisted")),
    ):
        overbooked += max(0, need.confirmed - need.slots)
        # The counters the services keep must agree with the rows.
        overbooked += abs(need.confirmed - need.confirmed_count)
    rate, floor_rate, insert = median(rates), median(floors), median(inserts)
    print(
        f"{args.members} claims a round, {args.rounds} rounds, {args.concurrency} in flight, "
        f"server {args.server}, {args.workers} workers × {args.threads} threads, claims "
        f"{'made together' if args.claims_together else 'alone'}; "
        f"statuses {statuses}"
    )
    floor_ratio, cpu_ratio, p99 = rate / floor_rate, median(cpus), median(p99s)
    targets = [
        harness.Target("floor_ratio", round(floor_ratio, 2), 0.7, at_most=False),
        harness.Target("cpu_ratio", round(cpu_ratio, 2), 1.5, at_most=True),
        harness.Target("p99_ms", round(p99), 1000, at_most=True),
        harness.Target("overbooked", overbooked, 0, at_most=True),
        harness.Target("errors", errors, 0, at_most=True),
    ]
    print(harness.targets_line("claim_storm", targets))
    print(
        f"claim_storm claims_per_s={rate:.0f} floor_ratio={floor_ratio:.2f} "
        f"insert_ratio={rate / insert:.3f} cpu_ratio={cpu_ratio:.2f} "
        f"p50_ms={median(p50s):.0f} p99_ms={p99:.0f} "
        f"overbooked={overbooked} errors={errors} met={harness.met(targets)}"
    )


def _ms(cpu: harness.CpuUsed, requests: int) -> str:
    """Server + PostgreSQL a request (of which PostgreSQL's own processes: checkpointer, WAL
    writer, autovacuum)."""
    return (
        f"{cpu.server / requests * 1000:.2f} + {cpu.database / requests * 1000:.2f} ms "
        f"({cpu.background / requests * 1000:.2f} background)"
    )


if __name__ == "__main__":
    main()
