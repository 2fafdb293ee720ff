"""The cluster tier: two app servers behind nginx (README's example config), two workers
sharing the queue, Redis, and a PostgreSQL streaming replica read through the router with
read-your-writes — all really started, on this machine, by ``benchmarks/cluster.py``, which
then runs the claim and scan storms through nginx and checks what must hold."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.cluster import missing_programs

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.postgres, pytest.mark.cluster, pytest.mark.long_module]


def test_the_cluster_holds_every_rule_through_both_app_servers() -> None:
    missing = missing_programs()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the cluster tier needs {', '.join(missing)} (scripts/system-deps.sh)")
        pytest.skip(f"the cluster tier needs {', '.join(missing)}")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DATABASE_REPLICA_URL", "REDIS_URL", "DEBUG",
                       "JINLIN_DATA_DIR", "JINLIN_MEDIA_DIR", "METRICS_DIR"}
    }  # fmt: skip
    run = subprocess.run(
        [sys.executable, "benchmarks/cluster.py", "--members", "240", "--needs", "4",
         "--slots", "40", "--scans", "120", "--concurrency", "40", "--apply-delay", "3"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    output = run.stdout + run.stderr
    last = [line for line in run.stdout.splitlines() if line.startswith("cluster servers=")]
    assert last, output
    figures = dict(re.findall(r"(\w+)=(\S+)", last[-1]))
    assert figures["servers"] == "2/2", output  # both app servers answered claims
    assert figures["workers"] == "2/2", output  # both workers ran queued files
    assert figures["claims"] == "240/240", output
    assert figures["overbooked"] == "0", output
    assert figures["credits"] == "120/120", output
    assert (figures["lost"], figures["duplicated"], figures["chain"]) == ("0", "0", "ok"), output
    # The replica really serves reads (a reader who wrote nothing saw its older figures) …
    assert figures["replica_reads"] == "yes", output
    # … yet whoever just wrote saw it at once, and everyone once the replica applied it.
    assert figures["read_your_writes"] == "ok", output
    assert figures["replica_down"] == "ok", output  # the replica stopped: pages read the primary
    assert figures["exports"] == "ok", output  # the 台账 holds the credits; downloads via nginx
    assert figures["shared_cache"] == "ok", output  # throttle and token revocation via Redis
    assert figures["pages"] == "ok", output  # 党群云图 and the figures pages on the replica
    assert run.returncode == 0, output
