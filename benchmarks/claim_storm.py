"""A claim storm: 2,000 members claim places on 100-slot needs, 200 requests at a time.

    .venv/bin/python benchmarks/claim_storm.py [--members 2000] [--needs 10] [--slots 100]
        [--concurrency 200] [--workers N] [--threads T]

Needs PostgreSQL (BENCH_DATABASE_URL, as for scan_burst.py; the database is recreated).
Jinlin runs as in production (`jinlin serve`); every member claims one of the needs through
`POST /api/v1/needs/{id}/claims`, so each need gets far more claims than places and a
waitlist forms. Besides the rate it checks the slot rule in the database afterwards. In the
same run it measures the raw single-row INSERT rate, printed for comparison. Last line:

    claim_storm claims_per_s=… p50_ms=… p99_ms=… overbooked=… errors=…
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


def build(members: int, needs: int, slots: int) -> list[tuple[int, str]]:
    """Needs of one community and members registered with it; (need id, token) per member."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from jinlin.api.security import token_issue
    from jinlin.members.models import Member, Registration
    from jinlin.members.services import role_grant
    from jinlin.needs.services import need_publish
    from jinlin.organizations.services import organization_create

    user_model = get_user_model()
    district = organization_create(name="基准区", kind="district", parent=None, code="B")
    street = organization_create(name="基准街道", kind="street", parent=district, code="B1")
    community = organization_create(name="基准社区", kind="community", parent=street, code="B11")
    unit = organization_create(
        name="基准单位", kind="unit", subkind="organ", parent=district, code="BU"
    )
    branch = organization_create(name="基准支部", kind="branch", parent=unit, code="BU-1")
    admin = user_model.objects.create_user(username="bench-admin", password="x" * 12)
    role_grant(user=admin, role="community_admin", organization=community)
    start = timezone.now() + dt.timedelta(days=1)
    # Needs at different times, so that no claim collides with another in time.
    need_ids = [
        need_publish(
            community=community,
            title=f"基准需求{i}",
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
    users = user_model.objects.bulk_create(
        [user_model(username=f"storm{i:05d}", password="!") for i in range(members)]
    )
    people = Member.objects.bulk_create(
        [
            Member(user=u, name=f"队员{i}", phone=f"198{i:08d}", branch=branch, community=community)
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
    return [(need_ids[i % needs], token_issue(user=u)[0]) for i, u in enumerate(users)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--needs", type=int, default=10)
    parser.add_argument("--slots", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    url = harness.database_url()
    harness.recreate_database(url)
    harness.setup_django(url)
    jobs = build(args.members, args.needs, args.slots)
    raw = harness.raw_insert_rate(url)
    print(f"raw single-row INSERT rate (1 client, autocommit): {raw:,.0f}/s")

    from django.db import connections
    from django.db.models import Count, Q

    from jinlin.needs.models import Need

    connections.close_all()
    results = harness.Results()
    with harness.serve(args.workers, args.threads) as port:
        requests = [
            ("POST", f"/api/v1/needs/{need_id}/claims", None, token) for need_id, token in jobs
        ]
        seconds = asyncio.run(harness.run_jobs(port, requests, args.concurrency, results))
    answers = [b.get("status") for b in results.bodies if isinstance(b, dict)]
    overbooked = 0
    for need in Need.objects.annotate(
        confirmed=Count("claims", filter=Q(claims__status="confirmed")),
        waiting=Count("claims", filter=Q(claims__status="waitlisted")),
    ):
        overbooked += max(0, need.confirmed - need.slots)
        # The counters the services keep must agree with the rows.
        overbooked += abs(need.confirmed - need.confirmed_count)
    bad = sum(n for status, n in results.statuses.items() if status != 201)
    per_second = len(requests) / seconds
    print(
        f"{len(requests)} claims in {seconds:.2f}s over {args.concurrency} connections, "
        f"server {args.workers} workers × {args.threads} threads; "
        f"{answers.count('confirmed')} confirmed, {answers.count('waitlisted')} waitlisted; "
        f"statuses {results.statuses}"
    )
    print(f"claims per s / raw inserts per s = {per_second / raw:.3f}")
    print(
        f"claim_storm claims_per_s={per_second:.0f} p50_ms={results.p50:.1f} "
        f"p99_ms={results.percentile(0.99):.1f} overbooked={overbooked} "
        f"errors={results.errors + bad}"
    )


if __name__ == "__main__":
    main()
