"""Faults as an operator meets them, on PostgreSQL, with phones retrying as a mobile client does.

    .venv/bin/python benchmarks/faults.py [--members 1500] [--needs 8] [--slots 120]
        [--roster-rows 20000] [--workers 3] [--threads 2]

Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/jinlin_bench;
the database is recreated) and the right to restart its cluster: the command is
FAULTS_PG_RESTART (default ``pg_ctlcluster 15 main restart -m fast`` when pg_ctlcluster is
found; ``-`` skips that fault and says so). Do not run it beside anything else that uses the
cluster.

Jinlin runs as in production (`jinlin serve`, `jinlin worker`). Every member's phone claims a
place with an ``Idempotency-Key`` and, after the community's acceptance, scans to be credited,
each call retried under the same key until it gets an answer that is not a fault (no answer,
5xx, 503, 429, or 409 ``idempotency_in_progress``), as the mobile client does. Meanwhile:

  1. every web server process is killed (SIGKILL) mid-claims, and started again a second later;
  2. PostgreSQL is restarted mid-claims and again mid-credits;
  3. the worker is killed (SIGKILL) while it imports a roster, and started again;
  4. every web server process is killed again mid-credits.

Then it counts, from the database: ``lost`` — claims answered (201, or 409 carrying the claim)
that are not there, accepted
members without their credit, and a roster import that did not finish; ``duplicated`` — a
member with two claims on a need, a claim credited twice, a roster member imported twice;
``overbooked`` — confirmed places beyond a need's slots; the ledger's chain verified; and
whether the worker still runs. Last line:

    faults lost=… duplicated=… overbooked=… chain=ok|broken worker_alive=yes|no
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import shlex
import shutil
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import harness

FAULT_STATUSES = {429, 500, 502, 503, 504}


def pg_restart_command() -> list[str] | None:
    configured = os.environ.get("FAULTS_PG_RESTART")
    if configured == "-":
        return None
    if configured:
        return shlex.split(configured)
    if shutil.which("pg_ctlcluster"):
        return ["pg_ctlcluster", "15", "main", "restart", "-m", "fast"]
    return None


def build(members: int, needs: int, slots: int) -> tuple[int, list[int], list[tuple[int, str]]]:
    """A community with ongoing needs, members registered with it, each with a token."""
    from django.utils import timezone

    from jinlin.api.security import token_issue
    from jinlin.needs.services import need_publish

    community, branch, admin = harness.bench_community()
    now = timezone.now()
    need_ids = [
        need_publish(
            community=community, title=f"故障演练{n}", category="clean_home", place="基准广场",
            starts_at=now + dt.timedelta(minutes=2), ends_at=now + dt.timedelta(hours=3),
            slots=slots, mode="open", unit=None, metrics=["bags"], grace_minutes=30, by=admin,
        ).pk
        for n in range(needs)
    ]  # fmt: skip
    pairs = harness.bench_members(members, prefix="fault", phones="198", community=community,
                                  branch=branch)  # fmt: skip
    tokens = [(m.pk, token_issue(user=u)[0]) for m, u in pairs]
    return admin.pk, need_ids, tokens


def roster_upload(rows: int, admin_id: int) -> str:
    """A roster of ``rows`` members into a new street, checked and confirmed: the worker is
    importing it when it is killed. Returns the job's id."""
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    from jinlin.core.personal import id_check_char
    from jinlin.members.services import role_grant
    from jinlin.organizations.models import Organization
    from jinlin.roster.services import job_create

    user = get_user_model().objects.create_superuser(username="bench-root", password="x" * 12)
    role_grant(user=user, role="district_admin",
               organization=Organization.objects.get(code="B"))  # fmt: skip
    del admin_id
    workbook = Workbook(write_only=True)
    orgs = workbook.create_sheet("组织")
    orgs.append(["编码", "名称", "类型", "上级编码", "地址", "联系电话", "挂钩社区编码"])
    orgs.append(["FAULT", "演练街道", "街道", "B", "", "", ""])
    for c in range(10):
        orgs.append([f"FAULT-C{c}", f"演练{c}社区", "社区", "FAULT", "", "", ""])
        orgs.append([f"FAULT-C{c}-B", f"演练{c}社区党支部", "党支部", f"FAULT-C{c}", "", "", ""])
    sheet = workbook.create_sheet("党员")
    sheet.append(["姓名", "手机号", "身份证号", "性别", "所在支部编码", "居住社区编码", "是否党员",
                  "是否在职"])  # fmt: skip
    for i in range(rows):
        born = dt.date(1965, 1, 1) + dt.timedelta(days=i // 1000)
        first17 = f"350206{born:%Y%m%d}{i % 1000:03d}"
        sheet.append([f"演练{i}", f"177{i:08d}", first17 + id_check_char(first17), "男女"[i % 2],
                      f"FAULT-C{i % 10}-B", f"FAULT-C{i % 10}", "是", "是"])  # fmt: skip
    path = Path(os.environ["JINLIN_DATA_DIR"]) / "fault-roster.xlsx"
    workbook.save(path)
    upload = SimpleUploadedFile("fault-roster.xlsx", path.read_bytes())
    return str(job_create(upload=upload, by=user, language="zh-hans").pk)


async def persist(port: int, jobs: list[tuple[str, str, Any, str]], concurrency: int,
                  answers: dict[int, tuple[int, Any]], tries: dict[str, int]) -> None:  # fmt: skip
    """Each job, retried under one Idempotency-Key until it gets an answer that is not a
    fault (or two minutes pass); ``answers[index]`` is that answer."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(len(jobs)):
        queue.put_nowait(index)
    keys = [str(uuid.uuid4()) for _ in jobs]

    async def worker() -> None:
        connection = harness.Connection(port)
        while not queue.empty():
            index = queue.get_nowait()
            method, path, body, token = jobs[index]
            deadline = time.monotonic() + 120
            delay = 0.2
            while time.monotonic() < deadline:
                tries["calls"] += 1
                try:
                    status, answer = await asyncio.wait_for(
                        connection.request(method, path, body, token,
                                           {"Idempotency-Key": keys[index]}),
                        timeout=30,
                    )  # fmt: skip
                except harness.NO_ANSWER:
                    tries["no_answer"] += 1
                    connection = harness.Connection(port)
                else:
                    in_progress = status == 409 and isinstance(answer, dict) and (
                        answer.get("error", {}).get("code") == "idempotency_in_progress")
                    if status not in FAULT_STATUSES and not in_progress:
                        answers[index] = (status, answer)
                        break
                    name = "in_progress" if in_progress else f"status_{status}"
                    tries[name] = tries.get(name, 0) + 1
                await asyncio.sleep(delay + random.random() * delay)
                delay = min(delay * 2, 3.0)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1500)
    parser.add_argument("--needs", type=int, default=8)
    parser.add_argument("--slots", type=int, default=120)
    parser.add_argument("--roster-rows", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    url = harness.database_url()
    harness.recreate_database(url)
    data = harness.setup_django(url)
    admin_id, need_ids, tokens = build(args.members, args.needs, args.slots)
    port = harness.free_port()
    logs = data / "logs"
    logs.mkdir(exist_ok=True)
    web = harness.Process("web", [sys.executable, "-m", "jinlin.cli", "serve", "--bind",
                          f"127.0.0.1:{port}", "--workers", str(args.workers),
                          "--threads", str(args.threads)], logs / "web.log")  # fmt: skip
    worker = harness.Process(
        "worker", [sys.executable, "-m", "jinlin.cli", "worker"], logs / "worker.log"
    )
    restart_pg = pg_restart_command()
    try:
        _storm(args, port, web, worker, admin_id, need_ids, tokens, restart_pg)
    finally:
        # Whatever happened, no server or worker of this run is left behind (one left running
        # would take the next run's tasks from the same database name).
        web.kill()
        worker.kill()


def _storm(args: Any, port: int, web: harness.Process, worker: harness.Process, admin_id: int,
           need_ids: list[int], tokens: list[tuple[int, str]],
           restart_pg: list[str] | None) -> None:  # fmt: skip
    faults: list[str] = []

    from django.db import connections

    from jinlin.roster.models import ImportJob

    connections.close_all()
    web.start()
    worker.start()
    harness.wait_for(lambda: harness.listening(port), 60)
    job_id = roster_upload(args.roster_rows, admin_id)
    connections.close_all()
    # The check runs first; confirm the import once it is ready, then kill the worker in it.
    ready = harness.wait_for(lambda: ImportJob.objects.get(pk=job_id).status == "ready", 300)
    assert ready, "check"
    from django.contrib.auth import get_user_model

    from jinlin.roster.services import job_confirm

    root = get_user_model().objects.get(username="bench-root")
    job_confirm(job=ImportJob.objects.get(pk=job_id), by=root, language="zh-hans")
    connections.close_all()

    def claims_faults() -> None:
        time.sleep(0.5)
        web.kill()
        faults.append(f"web servers killed ({len(answers)} of {len(claims)} claims answered)")
        time.sleep(1.0)
        web.start()
        status = ImportJob.objects.get(pk=job_id).status
        connections.close_all()
        worker.kill()
        faults.append(f"worker killed (roster import {status})")
        time.sleep(1.0)
        worker.start()
        time.sleep(2.0)
        if restart_pg:
            subprocess.run(restart_pg, check=True, capture_output=True, timeout=120)
            faults.append(f"PostgreSQL restarted ({len(answers)} claims answered)")

    claims = [
        ("POST", f"/api/v1/needs/{need_ids[i % len(need_ids)]}/claims", None, token)
        for i, (_member, token) in enumerate(tokens)
    ]
    answers: dict[int, tuple[int, Any]] = {}
    tries: dict[str, int] = {"calls": 0, "no_answer": 0}
    chaos = threading.Thread(target=claims_faults)
    started = time.perf_counter()
    chaos.start()
    asyncio.run(persist(port, claims, args.concurrency, answers, tries))
    chaos.join()
    claims_s = time.perf_counter() - started
    connections.close_all()

    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.utils import timezone

    from jinlin.needs.models import Claim, Need
    from jinlin.service.models import ServiceRecord
    from jinlin.service.services import claim_accept, ledger_verify, site_code_issue

    # A claim answered 201, or 409 carrying the claim (a retry that found its first call's
    # work done but not its answer kept): each must be in the database.
    answered_ids = {body["id"] for status, body in answers.values()
                    if status == 201 and isinstance(body, dict)}  # fmt: skip
    answered_ids |= {body["error"]["claim"]["id"] for status, body in answers.values()
                     if status == 409 and isinstance(body, dict)
                     and "claim" in body.get("error", {})}  # fmt: skip
    present = set(Claim.objects.values_list("pk", flat=True))
    lost = len(answered_ids - present)
    unanswered = len(claims) - len(answers)
    duplicated = sum(
        n - 1 for n in Claim.objects.values("need", "member").annotate(n=Count("id"))
        .values_list("n", flat=True) if n > 1
    )  # fmt: skip
    overbooked = 0
    for need in Need.objects.filter(pk__in=need_ids):
        confirmed = need.claims.filter(status="confirmed").count()
        overbooked += max(0, confirmed - need.slots)
    others = [
        (status, body.get("error", {}).get("code") if isinstance(body, dict) else str(body)[:80])
        for status, body in answers.values() if status != 201
    ]  # fmt: skip
    if others:
        print(f"claims answered otherwise: {others[:10]}")
    print(f"claims: {len(claims)} in {claims_s:.1f}s, {len(answered_ids)} answered with "
          f"their claim, {unanswered} never answered; calls {tries}")  # fmt: skip

    # The needs begin; members sign in by scanning, are accepted, and scan to be credited.
    Need.objects.filter(pk__in=need_ids).update(starts_at=timezone.now() - dt.timedelta(minutes=5))
    confirmed = list(Claim.objects.filter(status="confirmed").select_related("need", "member"))
    token_of = dict(tokens)
    codes = {need_id: site_code_issue(need=Need.objects.get(pk=need_id), poster=True)[0]
             for need_id in need_ids}  # fmt: skip
    connections.close_all()
    sign_ins = [("POST", "/api/v1/scans", {"token": codes[c.need_id]}, token_of[c.member_id])
                for c in confirmed]  # fmt: skip
    signed: dict[int, tuple[int, Any]] = {}
    asyncio.run(persist(port, sign_ins, args.concurrency, signed, tries))
    admin = get_user_model().objects.get(pk=admin_id)
    for claim in Claim.objects.filter(status="confirmed").select_related("need", "member"):
        claim_accept(claim=claim, hours="1.5", outcomes={"bags": 1}, by=admin)
    accepted = set(Claim.objects.filter(attendance__decision="accepted")
                   .values_list("pk", flat=True))  # fmt: skip
    connections.close_all()

    def credit_faults() -> None:
        time.sleep(0.3)
        if restart_pg:
            subprocess.run(restart_pg, check=True, capture_output=True, timeout=120)
            faults.append(f"PostgreSQL restarted ({len(credited_answers)} credits answered)")
        time.sleep(0.3)
        web.kill()
        faults.append(f"web servers killed ({len(credited_answers)} credits answered)")
        time.sleep(1.0)
        web.start()

    credits = [("POST", "/api/v1/scans", {"token": codes[c.need_id]}, token_of[c.member_id])
               for c in confirmed]  # fmt: skip
    credited_answers: dict[int, tuple[int, Any]] = {}
    chaos = threading.Thread(target=credit_faults)
    chaos.start()
    asyncio.run(persist(port, credits, args.concurrency, credited_answers, tries))
    chaos.join()
    connections.close_all()
    per_claim = dict(ServiceRecord.objects.filter(kind="credit").values_list("claim_id")
                     .annotate(n=Count("id")))  # fmt: skip
    missing = [claim_id for claim_id in accepted if claim_id not in per_claim]
    index_of = {c.pk: i for i, c in enumerate(confirmed)}
    if missing:
        print("accepted, not credited; their scans' last answers:",
              [credited_answers.get(index_of.get(m, -1)) for m in missing[:10]])
    lost += sum(1 for claim_id in accepted if claim_id not in per_claim)
    duplicated += sum(n - 1 for n in per_claim.values() if n > 1)
    print(f"credits: {len(accepted)} accepted, {len(per_claim)} credited; calls {tries}")

    imported = harness.wait_for(lambda: ImportJob.objects.get(pk=job_id).status == "done", 300)
    job = ImportJob.objects.get(pk=job_id)
    from jinlin.members.models import Member

    roster_members = Member.objects.filter(phone__startswith="177", name__startswith="演练").count()
    if not imported:
        lost += 1
    duplicated += max(0, roster_members - args.roster_rows)
    print(f"roster import: {job.status}, {roster_members} of {args.roster_rows} members")
    count, _bad, why = ledger_verify()
    time.sleep(1.0)
    worker_alive = worker.alive
    print(f"faults: {'; '.join(faults)}" + ("" if restart_pg else "; PostgreSQL restart skipped"))
    print(f"ledger {count} rows, {'intact' if not why else 'BROKEN: ' + why}")
    web.stop()
    worker.stop()
    chain = "ok" if not why else "broken"
    print(f"faults lost={lost} duplicated={duplicated} overbooked={overbooked} "
          f"chain={chain} worker_alive={'yes' if worker_alive else 'no'}")  # fmt: skip


if __name__ == "__main__":
    main()
