"""A burst of 先验收后扫码 on site: 500 members sign in, are accepted, and scan to be credited.

    .venv/bin/python benchmarks/scan_burst.py [--members 500] [--concurrency 50]
        [--workers N] [--threads T]

Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jinlin_bench;
the database is recreated). Jinlin runs as in production (`jinlin serve`, gunicorn); the
members' phones are an asyncio client with `--concurrency` keep-alive connections, so that
many scans are in flight at every moment. In the same run it measures the machine's raw
single-row INSERT rate (one client, one transaction per row). The last line reads

    scan_burst ratio=<scans/s ÷ raw inserts/s> p50_ms=… p99_ms=… errors=… lost=… duplicated=…

where lost counts accepted members without a credit in the ledger and duplicated counts
claims credited more than once.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness


def build(members: int) -> tuple[int, str, list[tuple[int, str]]]:
    """A community, an ongoing need with a place for everyone, members with tokens."""
    from django.utils import timezone

    from jinlin.api.security import token_issue
    from jinlin.needs.models import Claim, Need
    from jinlin.needs.services import need_publish
    from jinlin.service.services import site_code_issue

    community, branch, admin = harness.bench_community()
    now = timezone.now()
    need = need_publish(
        community=community,
        title="基准扫码",
        category="clean_home",
        place="基准广场",
        starts_at=now - dt.timedelta(minutes=10),
        ends_at=now + dt.timedelta(hours=3),
        slots=members,
        mode="open",
        unit=None,
        metrics=["bags"],
        grace_minutes=30,
        by=admin,
    )
    pairs = harness.bench_members(members, prefix="bench", phones="199", community=community,
                                  branch=branch)  # fmt: skip
    people = [m for m, _u in pairs]
    users = [u for _m, u in pairs]
    claims = Claim.objects.bulk_create(
        [Claim(need=need, member=m, status="confirmed", confirmed_at=now) for m in people]
    )
    Need.objects.filter(pk=need.pk).update(confirmed_count=members)
    tokens = [(c.pk, token_issue(user=u)[0]) for c, u in zip(claims, users, strict=True)]
    code, _expires = site_code_issue(need=need, poster=True)
    return admin.pk, code, tokens


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
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    url = harness.database_url()
    harness.recreate_database(url)
    harness.setup_django(url)
    admin_id, code, tokens = build(args.members)
    raw = harness.raw_insert_rate(url)
    print(f"raw single-row INSERT rate (1 client, autocommit): {raw:,.0f}/s")

    from django.db import connections
    from django.db.models import Count

    from jinlin.service.models import ServiceRecord
    from jinlin.service.services import ledger_verify

    connections.close_all()
    results = harness.Results()
    with harness.serve(args.workers, args.threads) as port:
        sign_ins = [("POST", "/api/v1/scans", {"token": code}, token) for _c, token in tokens]
        seconds_in = asyncio.run(harness.run_jobs(port, sign_ins, args.concurrency, results))
        kinds = [b.get("kind") for b in results.bodies if isinstance(b, dict)]
        print(
            f"sign-in scans: {len(sign_ins)} in {seconds_in:.2f}s, "
            f"{kinds.count('sign_in')} signed in"
        )
        accepted = accept_all(admin_id)
        connections.close_all()
        credits = [("POST", "/api/v1/scans", {"token": code}, token) for _c, token in tokens]
        seconds_credit = asyncio.run(harness.run_jobs(port, credits, args.concurrency, results))
        print(f"credit scans: {len(credits)} in {seconds_credit:.2f}s")
    scans = len(sign_ins) + len(credits)
    per_second = scans / (seconds_in + seconds_credit)
    credited = dict(
        ServiceRecord.objects.filter(kind="credit").values_list("claim_id").annotate(n=Count("id"))
    )
    lost = sum(1 for claim_id, _t in tokens if claim_id not in credited) if accepted else 0
    duplicated = sum(n - 1 for n in credited.values() if n > 1)
    bad = sum(n for status, n in results.statuses.items() if status != 200)
    errors = results.errors + bad
    count, _bad, why = ledger_verify()
    print(
        f"statuses: {results.statuses}; ledger {count} rows, "
        f"{'intact' if not why else 'BROKEN: ' + why}"
    )
    print(
        f"scans/s {per_second:,.0f} over {args.concurrency} connections, server "
        f"{args.workers} workers × {args.threads} threads"
    )
    print(
        f"scan_burst ratio={per_second / raw:.3f} p50_ms={results.p50:.1f} "
        f"p99_ms={results.percentile(0.99):.1f} errors={errors} lost={lost} "
        f"duplicated={duplicated}"
    )


if __name__ == "__main__":
    main()
