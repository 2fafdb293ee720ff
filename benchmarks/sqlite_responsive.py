"""Is the embedded SQLite still answering members while a big roster is imported?

    .venv/bin/python benchmarks/sqlite_responsive.py [--rows 50000] [--phones 60]
        [--demo-members 3000]

Builds a fresh SQLite database in a temporary data folder (no PostgreSQL), serves it as in
production (`jinlin serve`, `jinlin worker`), and has ``--phones`` members' phones keep
asking — the needs list, who they are, and each a claim — first with nothing else running
(the baseline), then while the worker imports a roster of ``--rows`` members (all or
nothing, one job), and again while it makes the demo district's 台账 of the whole year (the
demo district with ``--demo-members`` members and a year of history is loaded first). Every
request's time is measured; a request fails when it gets no answer
within 30 s, a 5xx or a 503. Last line:

    sqlite_responsive rows=… baseline_p99_ms=… during_p50_ms=… during_p99_ms=…
        during_max_ms=… failed=… ratio=<during p99 ÷ baseline p99> import_s=…
        export_p99_ms=… export_max_ms=… export_failed=… export_s=…

Target (#22 item 4): during_max_ms and export_max_ms ≤ 2000, no failure, the import still
all-or-nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness
from benchmarks.faults import roster_upload
from benchmarks.harness import Process, wait_for


def setup() -> Path:
    data = Path(tempfile.mkdtemp(prefix="jinlin-bench-sqlite-"))
    os.environ.update(
        DATABASE_URL=f"sqlite:///{data}/bench.sqlite3",
        SECRET_KEY="benchmark-" + "x" * 40,
        JINLIN_DATA_DIR=str(data),
        DJANGO_SETTINGS_MODULE="config.settings",
        ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return data


def build(phones: int) -> tuple[list[str], list[int]]:
    from django.utils import timezone

    from jinlin.api.security import token_issue
    from jinlin.needs.services import need_publish

    community, branch, admin = harness.bench_community()
    start = timezone.now() + dt.timedelta(days=2)
    need_ids = [
        need_publish(
            community=community, title=f"响应测试{n}", category="clean_home", place="基准广场",
            starts_at=start + dt.timedelta(hours=3 * n),
            ends_at=start + dt.timedelta(hours=3 * n + 2),
            slots=phones * 4, mode="open", unit=None, metrics=[], grace_minutes=30, by=admin,
        ).pk
        for n in range(phones)
    ]  # fmt: skip
    pairs = harness.bench_members(phones * 4, prefix="resp", phones="196", community=community,
                                  branch=branch)  # fmt: skip
    return [token_issue(user=u)[0] for _m, u in pairs], need_ids


async def phones_ask(port: int, tokens: list[str], need_ids: list[int], phones: int,
                     pairs: Iterator[tuple[str, int]],
                     stop: threading.Event, results: harness.Results,
                     claimed: dict[str, int]) -> None:  # fmt: skip
    """Each phone, in turn: the needs list, who am I, and a claim of a member on a need it
    has not claimed yet (needs three hours apart, so every claim is a new place taken, a
    write), until ``stop`` is set."""
    fresh = pairs

    async def phone(index: int) -> None:
        connection = harness.Connection(port)
        while not stop.is_set():
            token, need = next(fresh, (tokens[index], need_ids[0]))
            for method, path in (("GET", "/api/v1/needs"), ("GET", "/api/v1/me"),
                                 ("POST", f"/api/v1/needs/{need}/claims")):  # fmt: skip
                started = time.perf_counter()
                try:
                    status, _body = await asyncio.wait_for(
                        connection.request(method, path, None, token), timeout=30)
                except harness.NO_ANSWER:
                    results.errors += 1
                    results.latencies_ms.append((time.perf_counter() - started) * 1000)
                    connection = harness.Connection(port)
                    continue
                results.add(status, (time.perf_counter() - started) * 1000, None)
                if method == "POST" and status == 201:
                    claimed[token] = claimed.get(token, 0) + 1

    await asyncio.gather(*(phone(i) for i in range(phones)))


def _failed(results: harness.Results) -> int:
    return results.errors + sum(n for status, n in results.statuses.items() if status >= 500)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--baseline-seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--demo-members", type=int, default=3000)
    args = parser.parse_args()

    data = setup()
    from django.core.management import call_command

    call_command("load_demo", members=args.demo_members, verbosity=0)
    tokens, need_ids = build(args.phones)
    from django.db import connections

    from jinlin.roster.models import ImportJob

    connections.close_all()
    port = harness.free_port()
    logs = data / "logs"
    logs.mkdir(exist_ok=True)
    web = Process("web", [sys.executable, "-m", "jinlin.cli", "serve", "--bind",
                          f"127.0.0.1:{port}", "--workers", str(args.workers),
                          "--threads", str(args.threads)], logs / "web.log")  # fmt: skip
    worker = Process("worker", [sys.executable, "-m", "jinlin.cli", "worker"], logs / "worker.log")
    try:
        web.start()
        worker.start()
        wait_for(lambda: harness.listening(port), 60)
        baseline = harness.Results()
        stop = threading.Event()
        timer = threading.Timer(args.baseline_seconds, stop.set)
        timer.start()
        claimed: dict[str, int] = {}
        pairs = iter(itertools.product(tokens, need_ids))
        asyncio.run(phones_ask(port, tokens, need_ids, args.phones, pairs, stop, baseline,
                               claimed))  # fmt: skip

        job_id = roster_upload(args.rows, 0)
        connections.close_all()
        assert wait_for(lambda: ImportJob.objects.get(pk=job_id).status == "ready", 900), "check"
        from django.contrib.auth import get_user_model

        from jinlin.roster.services import job_confirm

        root = get_user_model().objects.get(username="bench-root")
        job_confirm(job=ImportJob.objects.get(pk=job_id), by=root, language="zh-hans")
        connections.close_all()
        during = harness.Results()
        stop = threading.Event()
        started = time.perf_counter()

        def watch() -> None:
            wait_for(lambda: ImportJob.objects.get(pk=job_id).status in ("done", "failed"), 1800)
            connections.close_all()
            stop.set()

        watcher = threading.Thread(target=watch)
        watcher.start()
        asyncio.run(phones_ask(port, tokens, need_ids, args.phones, pairs, stop, during,
                               claimed))  # fmt: skip
        watcher.join()
        import_s = time.perf_counter() - started
        job = ImportJob.objects.get(pk=job_id)
        from jinlin.members.models import Member

        imported = Member.objects.filter(phone__startswith="177", name__startswith="演练").count()
        exporting, export_s, export_status = export_phase(
            port, tokens, need_ids, args.phones, pairs, claimed)
    finally:
        web.kill()
        worker.kill()
    print(f"baseline: {len(baseline.latencies_ms)} requests, statuses {baseline.statuses}, "
          f"p50 {baseline.p50:.0f} ms, p99 {baseline.percentile(0.99):.0f} ms")  # fmt: skip
    print(f"during the import ({import_s:.1f} s, job {job.status}, {imported} of {args.rows} "
          f"members): {len(during.latencies_ms)} requests, statuses {during.statuses}, "
          f"{during.errors} without an answer")  # fmt: skip
    worst = max(during.latencies_ms, default=0.0)
    ratio = during.percentile(0.99) / max(baseline.percentile(0.99), 0.001)
    print(f"during the year's 台账 ({export_s:.1f} s, {export_status}): "
          f"{len(exporting.latencies_ms)} requests, statuses {exporting.statuses}")  # fmt: skip
    print(f"sqlite_responsive rows={args.rows} baseline_p99_ms={baseline.percentile(0.99):.0f} "
          f"during_p50_ms={during.p50:.0f} during_p99_ms={during.percentile(0.99):.0f} "
          f"during_max_ms={worst:.0f} failed={_failed(during)} ratio={ratio:.2f} "
          f"import_s={import_s:.1f} export_p99_ms={exporting.percentile(0.99):.0f} "
          f"export_max_ms={max(exporting.latencies_ms, default=0.0):.0f} "
          f"export_failed={_failed(exporting)} export_s={export_s:.1f}")  # fmt: skip


def export_phase(port: int, tokens: list[str], need_ids: list[int], phones: int,
                 pairs: Iterator[tuple[str, int]],
                 claimed: dict[str, int]) -> tuple[harness.Results, float, str]:  # fmt: skip
    """The demo district's 台账 of the year, made by the worker while the phones ask."""
    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.utils import timezone

    from jinlin.cloudmap.indicators import Period
    from jinlin.organizations.models import Organization
    from jinlin.reports.exports import export_request
    from jinlin.reports.models import Export

    today = timezone.localdate()
    district = Organization.objects.filter(kind="district").exclude(code="B").get()
    export = export_request(
        kind=Export.KIND_LEDGER, organization=district,
        period=Period(today.replace(month=1, day=1), today),
        by=get_user_model().objects.get(username="district"), language="zh-hans",
    )  # fmt: skip
    connections.close_all()
    results = harness.Results()
    stop = threading.Event()
    started = time.perf_counter()

    def watch() -> None:
        wait_for(lambda: Export.objects.get(pk=export.pk).status in ("done", "failed"), 1800)
        connections.close_all()
        stop.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    asyncio.run(phones_ask(port, tokens, need_ids, phones, pairs, stop, results, claimed))
    watcher.join()
    seconds = time.perf_counter() - started
    status = Export.objects.get(pk=export.pk).status
    return results, seconds, status


if __name__ == "__main__":
    main()

