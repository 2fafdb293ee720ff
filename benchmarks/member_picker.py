"""How fast a member picker answers among a community's thousands, against the bare query.

    .venv/bin/python benchmarks/member_picker.py [--members 5000] [--rounds 200]

Builds a fresh SQLite database (or uses DATABASE_URL) in a temporary data folder with one
community of N members, then measures in the same run, for name and phone-tail searches:
  baseline  the same rows read by one raw SQL statement (LIKE, LIMIT 21) on the same connection
  picker    GET /care/c/<id>/members/pick/?q=… through Django as the community's admin
Last line: member_picker members=… p50_ms=… p99_ms=… ratio=<picker p50 / baseline p50>
(goal: p99 well under 1,000 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="jinlin-bench-"))
    os.environ.setdefault("JINLIN_DATA_DIR", str(workdir))
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from jinlin.members.models import Member, RoleAssignment
    from jinlin.organizations.models import Organization
    from jinlin.organizations.services import organization_create

    call_command("migrate", verbosity=0)
    Kind = Organization.Kind
    district = organization_create(name="基准区", kind=Kind.DISTRICT, parent=None, code="BD")
    street = organization_create(name="基准街道", kind=Kind.STREET, parent=district, code="BS")
    community = organization_create(name="基准社区", kind=Kind.COMMUNITY, parent=street, code="BC")
    rng = random.Random(7)
    surnames, given = (
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗",
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平",
    )
    names = [
        rng.choice(surnames) + rng.choice(given) + rng.choice(given) for _ in range(args.members)
    ]
    Member.objects.bulk_create(
        Member(name=name, phone=f"139{n:08d}", community=community, is_party_member=False)
        for n, name in enumerate(names)
    )
    admin = get_user_model().objects.create_user(username="bench-admin", password="x")
    RoleAssignment.objects.create(user=admin, role="community_admin", organization=community)
    client = Client()
    client.force_login(admin)
    url = f"/care/c/{community.pk}/members/pick/"
    queries = [
        rng.choice(names)[:2] if i % 2 else f"{rng.randrange(args.members):04d}"[-4:]
        for i in range(args.rounds)
    ]
    table = Member._meta.db_table

    def baseline(q: str) -> None:
        sql = f"SELECT id, name, phone FROM {table} WHERE %s LIKE %%s ORDER BY name LIMIT 21"
        with connection.cursor() as cursor:
            if q.isdigit():
                cursor.execute(
                    sql % "phone",
                    [f"%{q}"],
                )
            else:
                cursor.execute(
                    sql % "name",
                    [f"%{q}%"],
                )
            cursor.fetchall()

    def timed(fn, q: str) -> float:
        started = time.perf_counter()
        fn(q)
        return (time.perf_counter() - started) * 1000

    def picker(q: str) -> None:
        response = client.get(url, {"q": q})
        assert response.status_code == 200, response.status_code

    for q in queries[:10]:  # warm up
        picker(q)
        baseline(q)
    base = sorted(timed(baseline, q) for q in queries)
    took = sorted(timed(picker, q) for q in queries)
    p50, p99 = statistics.median(took), took[int(len(took) * 0.99) - 1]
    ratio = p50 / statistics.median(base)
    print(
        f"baseline p50_ms={statistics.median(base):.2f}  picker p50_ms={p50:.2f} p99_ms={p99:.2f}"
    )
    print(
        f"member_picker members={args.members} p50_ms={p50:.1f} p99_ms={p99:.1f} ratio={ratio:.1f}"
    )


if __name__ == "__main__":
    main()
