"""How the district's picture grows with the district: the overview computed on a generated
district and again after ten times the members and service records (same communities).

    .venv/bin/python benchmarks/dashboard_scale.py [--members 1500] [--rounds 7]

On PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jinlin_bench,
recreated). Builds the demo district with --members members, measures the district overview
(every figure of jinlin.cloudmap.figures for the district over the last four weeks, plus the
indicators of every community — what /cloudmap/ and /cloudmap/o/<district>/ compute), then
adds nine copies of every member (with a confirmed registration each) and of every ledger row
of the period, and measures again. The baseline is the same computation at 1x in the same run.
Last line:
  dashboard growth=<time at 10x / time at 1x> t1_ms=… t10_ms=…
(goal: growth ≤ 1.3).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import database_url, recreate_database, setup_django  # noqa: E402


def measure(rounds: int) -> float:
    from jinlin.cloudmap import figures, indicators
    from jinlin.organizations.models import Organization

    district = Organization.objects.get(kind=Organization.Kind.DISTRICT)
    communities = list(Organization.objects.filter(kind=Organization.Kind.COMMUNITY))
    period = indicators.Period.last_weeks(4)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        figures.overview(district, period)
        indicators.community_indicators(communities, period)
        times.append(time.perf_counter() - started)
    return min(times) * 1000  # the least disturbed run: this machine is shared and noisy


def grow(copies: int) -> tuple[int, int]:
    """Nine more of every member (registered where the original is) and of every ledger row of
    the last four weeks, written as bulk rows (a benchmark's data, not a service's)."""
    from django.db import connection, transaction
    from django.utils import timezone

    from jinlin.members.models import Member, Registration
    from jinlin.service.models import ServiceRecord

    since = timezone.now() - timezone.timedelta(weeks=4)
    members = list(Member.objects.all())
    registered = dict(
        Registration.objects.filter(
            kind=Registration.Kind.MEMBER, status=Registration.Status.CONFIRMED
        ).values_list("member_id", "community_id")
    )
    records = list(ServiceRecord.objects.filter(created_at__gte=since))
    top = ServiceRecord.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    with transaction.atomic():
        for _copy in range(copies):
            clones = [
                Member(
                    name=m.name,
                    phone=None,
                    is_party_member=m.is_party_member,
                    in_service=m.in_service,
                    branch_id=m.branch_id,
                    community_id=m.community_id,
                )
                for m in members
            ]
            Member.objects.bulk_create(clones, batch_size=2000)
            Registration.objects.bulk_create(
                [
                    Registration(
                        kind=Registration.Kind.MEMBER,
                        status=Registration.Status.CONFIRMED,
                        member=clone,
                        community_id=registered[original.pk],
                    )
                    for original, clone in zip(members, clones, strict=True)
                    if original.pk in registered
                ],
                batch_size=2000,
            )
            rows = []
            for r in records:
                top += 1
                rows.append(
                    ServiceRecord(
                        seq=top, member_id=r.member_id, kind=r.kind, source=r.source,
                        claim_id=None, need_id=r.need_id, hours=r.hours, points=r.points,
                        activity_name=r.activity_name, activity_date=r.activity_date,
                        place=r.place, served=r.served, content=r.content,
                        evaluation=r.evaluation, lead=r.lead, recorder=r.recorder,
                        created_at=r.created_at, prev_hash="0" * 64,
                        hash=f"{top:064x}", key_id="bench",
                    )
                )  # fmt: skip
            ServiceRecord.objects.bulk_create(rows, batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return Member.objects.count(), ServiceRecord.objects.filter(created_at__gte=since).count()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    url = database_url()
    recreate_database(url)
    setup_django(url)
    from django.db import connection

    from jinlin.demo.generator import demo_build
    from jinlin.members.models import Member
    from jinlin.service.models import ServiceRecord

    started = time.perf_counter()
    demo_build(seed=7, members=args.members)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(
        f"built the demo district in {time.perf_counter() - started:.0f}s: "
        f"{Member.objects.count()} members, {ServiceRecord.objects.count()} ledger rows"
    )
    measure(2)  # warm the caches
    t1 = measure(args.rounds)
    print(f"1x: {t1:.1f} ms")
    members, records = grow(9)
    print(f"10x: {members} members, {records} ledger rows in the period")
    measure(2)
    t10 = measure(args.rounds)
    print(f"10x: {t10:.1f} ms")
    print(f"dashboard growth={t10 / t1:.2f} t1_ms={t1:.1f} t10_ms={t10:.1f}")


if __name__ == "__main__":
    main()
