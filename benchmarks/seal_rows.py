"""What sealing the ledger costs PostgreSQL, a row, against a statement a row.

    .venv/bin/python benchmarks/seal_rows.py [--rows 2000] [--chains 10] [--rounds 3]

Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jinlin_bench;
the database is recreated). Each round writes ``--rows`` credits waiting for their seal over
``--chains`` chains (as a scan burst leaves them) and seals them twice over, alternating:
  baseline  the chains' rows sealed by the same sealer, its UPDATE sent a row at a time
            (``one_statement=False``: ``executemany``, as before the eighteenth pass)
  sealer    ``services.ledger_seal`` as it stands (on PostgreSQL a chain's batch in one
            statement)
The CPU is the PostgreSQL backend's (/proc) and the sealer's own (``time.process_time``), a
row. Every row must end sealed and the ledger intact. Last line:

    seal_rows rows=… backend_ms=… baseline_backend_ms=… ratio=… sealer_ms=… intact=…

where ``ratio`` is the sealer's backend CPU a row over the baseline's (medians of the rounds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from decimal import Decimal
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness


def _waiting_rows(count: int, chains: list[int], member_ids: list[int]) -> None:
    from django.utils import timezone

    from jinlin.service.models import ServiceRecord

    now = timezone.now()
    ServiceRecord.objects.bulk_create(
        [
            ServiceRecord(
                chain=chains[i % len(chains)], prev_hash="", hash=None, seq=None,
                kind="credit", source="need", hours=Decimal("1.50"), points=Decimal("15.00"),
                member_id=member_ids[i % len(member_ids)], activity_name="洁净家园",
                activity_date=dt.date(2026, 12, 6), place="3号楼", served="岑东社区",
                content="洁净家园", evaluation="验收通过", lead="黄书记", recorder="黄书记",
                created_at=now,
            )
            for i in range(count)
        ]
    )


def _backend_cpu() -> float:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    return harness.process_stat(pid)[2]


def _seal(one_statement: bool) -> tuple[int, float, float]:
    """(rows sealed, backend CPU s, sealer CPU s) of one ``ledger_seal``, its chains' batches
    in one statement or a statement a row."""
    from jinlin.service import services

    backend, own = _backend_cpu(), time.process_time()
    sealed = services.ledger_seal(one_statement=one_statement)
    return sealed, _backend_cpu() - backend, time.process_time() - own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--chains", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    url = harness.database_url()
    harness.recreate_database(url)
    harness.setup_django(url)

    from jinlin.service import services

    community, branch, _admin = harness.bench_community()
    members = harness.bench_members(
        200, prefix="seal", phones="139", community=community, branch=branch
    )
    member_ids = [member.pk for member, _user in members]
    chains = list(range(90_000, 90_000 + args.chains))
    figures: dict[str, list[tuple[float, float]]] = {"baseline": [], "sealer": []}
    for number in range(1, args.rounds + 1):
        line = []
        for name, one_statement in (("baseline", False), ("sealer", True)):
            _waiting_rows(args.rows, chains, member_ids)
            sealed, backend, own = _seal(one_statement)
            if sealed != args.rows:
                raise SystemExit(f"{name}: {sealed} rows sealed of {args.rows}")
            figures[name].append((1000 * backend / sealed, 1000 * own / sealed))
            line.append(f"{name} {figures[name][-1][0]:.3f} + {figures[name][-1][1]:.3f}")
        print(f"round {number}: ms a row, PostgreSQL + the sealer's own: " + "; ".join(line))
    _count, _bad, why = services.ledger_verify()
    backend = median(b for b, _o in figures["sealer"])
    baseline = median(b for b, _o in figures["baseline"])
    own = median(o for _b, o in figures["sealer"])
    print(
        f"seal_rows rows={args.rows} backend_ms={backend:.3f} baseline_backend_ms={baseline:.3f} "
        f"ratio={backend / baseline:.2f} sealer_ms={own:.3f} intact={'no' if why else 'yes'}"
    )


if __name__ == "__main__":
    main()
