"""Health, readiness and metrics for whoever runs Jinlin.

- ``/healthz``: the process answers (no database asked): for a process supervisor.
- ``/readyz``: ready to serve: the database answers, every migration is applied, a worker
  checked in within ``READY_WORKER_SECONDS``, and the data folder's disk has more than
  ``READY_MIN_FREE_MB`` free. ``200``, or ``503`` naming each failing check: for a load
  balancer, and for an alert.
- ``/metrics``: Prometheus text format, read from the database at each scrape so that every
  app server answers the same: queue depth and oldest task age, worker heartbeat age, ledger
  rows, exports and imports waiting, failed sign-ins in the last 15 minutes. Answered only to
  ``Authorization: Bearer METRICS_TOKEN`` or, without a token, to an address in
  ``METRICS_ALLOWED_IPS`` reached directly (a request that came through a proxy is refused).
"""

from __future__ import annotations

import ipaddress
import shutil
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from jinlin.core.security import same_secret

_MIGRATED: dict[str, float] = {}  # "at": when the migrations were last seen all applied


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    return _no_store(JsonResponse({"status": "ok"}))


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    return response


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return f"unreachable ({error.__class__.__name__})"
    return "ok"


def _migrations() -> str:
    if time.monotonic() - _MIGRATED.get("at", -1e9) < 60:
        return "ok"
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        return f"unknown ({error.__class__.__name__})"
    if pending:
        return f"{len(pending)} not applied (run: jinlin migrate)"
    for check in _AFTER_MIGRATE:
        problem = check()
        if problem:
            return f"{problem} (run: jinlin migrate)"
    _MIGRATED["at"] = time.monotonic()
    return "ok"


# What ``migrate`` writes besides migrations (a database function an app calls): each check
# answers "" when it is there, else what is missing. Apps register theirs when ready.
_AFTER_MIGRATE: list[Callable[[], str]] = []


def register_after_migrate(check: Callable[[], str]) -> None:
    if check not in _AFTER_MIGRATE:
        _AFTER_MIGRATE.append(check)


def _worker() -> str:
    from jinlin.core.schedule import last_heartbeat

    try:
        seen = last_heartbeat()
    except DatabaseError:
        return "unknown"
    if seen is None:
        return "never checked in (run: jinlin worker)"
    age = (timezone.now() - seen).total_seconds()
    if age > settings.READY_WORKER_SECONDS:
        return f"last checked in {int(age)} s ago (is jinlin worker running?)"
    return "ok"


def _disk() -> str:
    free = shutil.disk_usage(settings.DATA_DIR).free // (1024 * 1024)
    if free < settings.READY_MIN_FREE_MB:
        return f"{free} MB free, below {settings.READY_MIN_FREE_MB} MB"
    return "ok"


@never_cache
@require_safe
def readyz(request: HttpRequest) -> HttpResponse:
    checks = {"database": _database()}
    checks["migrations"] = _migrations() if checks["database"] == "ok" else "unknown"
    checks["worker"] = _worker() if checks["database"] == "ok" else "unknown"
    checks["disk"] = _disk()
    failing = [name for name, state in checks.items() if state != "ok"]
    body: dict[str, Any] = {"status": "not ready" if failing else "ready", "checks": checks}
    if failing:
        body["failing"] = failing
    return _no_store(JsonResponse(body, status=503 if failing else 200))


# Metrics --------------------------------------------------------------------------------------


def _may_scrape(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    if token:
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        return same_secret(given, token)
    if request.META.get("HTTP_X_FORWARDED_FOR") or request.META.get("HTTP_X_REAL_IP"):
        return False  # came through a proxy: the public side
    try:
        address = ipaddress.ip_address(str(request.META.get("REMOTE_ADDR", "")))
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(n, strict=False)
               for n in settings.METRICS_ALLOWED_IPS)  # fmt: skip


Samples = list[tuple[str, float]]
_GAUGES: dict[str, tuple[str, Callable[[], Samples]]] = {}


def register_gauge(name: str, help_text: str, read: Callable[[], Samples]) -> None:
    """An app's gauge (from its ready()): ``read`` returns (labels, value) pairs, asked at
    every scrape."""
    _GAUGES[name] = (help_text, read)


def _gauges() -> list[tuple[str, str, Samples]]:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from jinlin.core.schedule import last_heartbeat

    now = timezone.now()
    queue = DBTaskResult.objects
    ready = queue.filter(status=TaskResultStatus.READY).filter(
        Q(run_after__isnull=True) | Q(run_after__lte=now)
    )
    oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    seen = last_heartbeat()
    found: list[tuple[str, str, Samples]] = [
        ("jinlin_queue_tasks", "Tasks on the queue by state.", [
            ('{state="ready"}', ready.count()),
            ('{state="running"}', queue.filter(status=TaskResultStatus.RUNNING).count()),
        ]),
        ("jinlin_queue_oldest_task_age_seconds", "Age of the oldest task waiting to run.",
         [("", (now - oldest).total_seconds() if oldest else 0)]),
        ("jinlin_worker_heartbeat_age_seconds", "Seconds since a worker last checked in "
         "(-1: never).", [("", (now - seen).total_seconds() if seen else -1)]),
    ]  # fmt: skip
    found += [(name, help_text, read()) for name, (help_text, read) in sorted(_GAUGES.items())]
    found.append(("jinlin_up", "1 when the database answered this scrape.", [("", 1)]))
    return found


@never_cache
@require_safe
def metrics(request: HttpRequest) -> HttpResponse:
    if not _may_scrape(request):
        return HttpResponse(status=404)
    lines = []
    try:
        gauges = _gauges()
    except DatabaseError:
        gauges = [("jinlin_up", "1 when the database answered this scrape.", [("", 0)])]
    for name, help_text, samples in gauges:
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} gauge")
        lines += [f"{name}{labels} {value:g}" for labels, value in samples]
    from jinlin.core.request_metrics import exposition

    lines += exposition()
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; version=0.0.4")
