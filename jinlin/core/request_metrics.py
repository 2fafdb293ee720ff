"""Requests by route and status, and their latency, for ``/metrics`` (Prometheus).

Every request is counted in its process by the route it matched (the URL pattern, so that
``/needs/17/`` and ``/needs/18/`` are one series; ``unmatched`` for what matched none), its
method and its status, and its time falls into a histogram's buckets. Each process writes
its counts to a file of its own under ``METRICS_DIR`` (``DATA_DIR/metrics``) at most every
two seconds (and as it exits); a scrape sums the files of every process of this host:
gunicorn's workers answer scrapes in turn, and each must give the host's totals. The counts
of a process that ended are moved into one file of retired counts, so that totals never go
down and the folder does not grow with every restart. A process killed outright loses at
most its last two seconds.
"""

from __future__ import annotations

import atexit
import fcntl
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from multiprocessing.util import Finalize, register_after_fork
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
FLUSH_SECONDS = 2.0
RETIRED = "retired.json"

_lock = threading.Lock()
_counts: dict[str, int] = {}  # "route\tmethod\tstatus" -> requests
_times: dict[str, list[float]] = {}  # "route\tmethod" -> bucket counts…, +Inf count, sum
_last_flush = 0.0


def folder() -> Path:
    return Path(settings.METRICS_DIR)


def _shard() -> Path:
    return folder() / f"{settings.NODE_NAME}-{os.getpid()}.json"


def record(route: str, method: str, status: int, seconds: float) -> None:
    global _last_flush
    series = f"{route}\t{method}"
    with _lock:
        key = f"{series}\t{status}"
        _counts[key] = _counts.get(key, 0) + 1
        row = _times.get(series)
        if row is None:
            row = _times[series] = [0.0] * (len(BUCKETS) + 2)
        for index, bound in enumerate(BUCKETS):
            if seconds <= bound:
                row[index] += 1
        row[-2] += 1
        row[-1] += seconds
        due = time.monotonic() - _last_flush >= FLUSH_SECONDS
    if due:
        flush()


def flush() -> None:
    """Write this process's counts to its file (atomically: readers see the old or the new)."""
    global _last_flush
    with _lock:
        _last_flush = time.monotonic()
        data = {"counts": dict(_counts), "times": {k: list(v) for k, v in _times.items()}}
    if not data["counts"]:
        return
    try:
        folder().mkdir(parents=True, exist_ok=True)
        temporary = folder() / f".{settings.NODE_NAME}-{os.getpid()}-{uuid.uuid4().hex}.tmp"
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, _shard())
    except OSError:
        pass  # a full disk must not fail the request being answered; counts stay in memory


atexit.register(flush)


def _flush_at_exit_in_child(_function: object) -> None:
    """A worker that multiprocessing forked (granian's) leaves by ``os._exit``, which skips
    ``atexit``: there its last counts are written by multiprocessing's own exit finalizers."""
    Finalize(None, flush, exitpriority=10)


register_after_fork(_flush_at_exit_in_child, _flush_at_exit_in_child)


def _merge(into: dict[str, Any], data: dict[str, Any]) -> None:
    for key, value in data.get("counts", {}).items():
        into["counts"][key] = into["counts"].get(key, 0) + value
    for key, values in data.get("times", {}).items():
        row = into["times"].setdefault(key, [0.0] * len(values))
        for index, value in enumerate(values):
            row[index] += value


def _read(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def _gone(path: Path) -> bool:
    from jinlin.core.jobs import process_gone

    host, _dash, pid = path.stem.rpartition("-")
    return bool(process_gone(f"{host}:{pid}"))


def totals() -> dict[str, Any]:
    """The host's counts: every live process's file, plus the retired counts (into which the
    files of ended processes are moved first, under a lock, each once)."""
    flush()
    base = folder()
    total: dict[str, Any] = {"counts": {}, "times": {}}
    if not base.is_dir():
        return total
    with (base / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            ended = [p for p in base.glob("*.json") if p.name != RETIRED and _gone(p)]
            if ended:
                retired = _read(base / RETIRED) or {"counts": {}, "times": {}}
                retired.setdefault("counts", {})
                retired.setdefault("times", {})
                for path in ended:
                    _merge(retired, _read(path))
                temporary = base / f".retired-{uuid.uuid4().hex}.tmp"
                temporary.write_text(json.dumps(retired), encoding="utf-8")
                os.replace(temporary, base / RETIRED)
                for path in ended:
                    path.unlink(missing_ok=True)
            for path in base.glob("*.json"):
                _merge(total, _read(path))
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return total


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def exposition() -> Iterable[str]:
    """The request metrics in Prometheus's text format."""
    data = totals()
    yield "# HELP jinlin_http_requests_total Requests answered, by route, method and status."
    yield "# TYPE jinlin_http_requests_total counter"
    for key in sorted(data["counts"]):
        route, method, status = key.split("\t")
        yield (f'jinlin_http_requests_total{{route="{_label(route)}",method="{method}",'
               f'status="{status}"}} {data["counts"][key]:g}')  # fmt: skip
    name = "jinlin_http_request_duration_seconds"
    yield f"# HELP {name} Time to answer a request, by route and method."
    yield f"# TYPE {name} histogram"
    for key in sorted(data["times"]):
        route, method = key.split("\t")
        labels = f'route="{_label(route)}",method="{method}"'
        row = data["times"][key]
        for index, bound in enumerate(BUCKETS):
            yield f'{name}_bucket{{{labels},le="{bound:g}"}} {row[index]:g}'
        yield f'{name}_bucket{{{labels},le="+Inf"}} {row[-2]:g}'
        yield f"{name}_sum{{{labels}}} {row[-1]:.6f}"
        yield f"{name}_count{{{labels}}} {row[-2]:g}"


class RequestMetricsMiddleware:
    """Outermost: times the whole answer, the other middleware included."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        route = (match.route if match is not None and match.route else "unmatched")[:120]
        method = request.method if request.method in KNOWN_METHODS else "other"
        record(route, method, response.status_code, time.perf_counter() - started)
        return response


KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
