"""Requests by route and status with their latency on /metrics (#22 item 6): one series per
URL pattern (not per URL), the host's every process summed, and the counts of an ended
process kept once, never lost nor counted twice."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from django.test import Client

from jinlin.core import request_metrics
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _value(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_requests_are_counted_by_route_status_and_time(cast, settings, tmp_path):
    settings.METRICS_DIR = tmp_path
    member = client_for(cast.member_user)
    before = Client().get("/metrics").content.decode()
    for _ in range(3):
        assert member.get("/me/hours/").status_code == 200
    assert member.get("/needs/999999/").status_code == 404
    assert Client().get("/no/such/page/").status_code == 404
    text = Client().get("/metrics").content.decode()
    route = "me/hours/"
    assert _value(text, "jinlin_http_requests_total", route=route, method="GET", status="200") \
        == _value(before, "jinlin_http_requests_total", route=route, status="200") + 3
    # One series per pattern, not per object; what matched nothing is "unmatched".
    assert 'route="needs/<need:pk>/"' in text and "999999" not in text
    assert _value(text, "jinlin_http_requests_total", route="unmatched", status="404") >= 1
    # The histogram: buckets never go down, +Inf is the count, the sum is a time.
    buckets = [float(v) for v in re.findall(
        r'jinlin_http_request_duration_seconds_bucket\{route="me/hours/",method="GET",'
        r'le="[^"]+"\} (\S+)', text)]  # fmt: skip
    assert len(buckets) == len(request_metrics.BUCKETS) + 1
    assert buckets == sorted(buckets) and buckets[-1] >= 3
    assert _value(text, "jinlin_http_request_duration_seconds_count", route=route) == buckets[-1]
    assert 0 < _value(text, "jinlin_http_request_duration_seconds_sum", route=route) < 60


def test_an_ended_process_is_counted_once_and_kept(settings, tmp_path):
    settings.METRICS_DIR = tmp_path
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    host = settings.NODE_NAME
    shard = {"counts": {"needs/\tPOST\t201": 5}, "times": {"needs/\tPOST": [1.0] * 13}}
    (tmp_path / f"{host}-{ended.pid}.json").write_text(json.dumps(shard))
    for _ in range(2):  # two scrapes: moved into the retired counts once, counted once
        text = "\n".join(request_metrics.exposition())
        assert _value(text, "jinlin_http_requests_total", route="needs/", status="201") == 5
    assert not (tmp_path / f"{host}-{ended.pid}.json").exists()
    assert json.loads((tmp_path / "retired.json").read_text())["counts"]["needs/\tPOST\t201"] == 5


def _count_one_and_leave() -> None:
    """A forked worker's request, not yet written out (its flush not due), then the worker
    returns as granian's do on SIGTERM: multiprocessing ends it with ``os._exit``."""
    import time

    request_metrics._last_flush = time.monotonic()
    request_metrics.record("forked/", "GET", 200, 0.01)


def test_a_worker_forked_by_multiprocessing_writes_its_last_counts_as_it_ends(settings, tmp_path):
    """Granian's workers are multiprocessing's children, which skip ``atexit``: the counts
    of their last seconds were lost at every graceful stop."""
    import multiprocessing

    settings.METRICS_DIR = tmp_path
    worker = multiprocessing.get_context("fork").Process(target=_count_one_and_leave)
    worker.start()
    worker.join(30)
    assert worker.exitcode == 0
    shard = tmp_path / f"{settings.NODE_NAME}-{worker.pid}.json"
    assert shard.exists(), list(tmp_path.iterdir())
    counts = json.loads(shard.read_text(encoding="utf-8"))["counts"]
    assert counts["forked/\tGET\t200"] == 1
