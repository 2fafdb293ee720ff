"""Every benchmark still starts: its imports resolve and its options parse (`--help`).

The benchmarks run by hand, not in the suite, so one can break unseen: sqlite_responsive.py
stopped at its first line for weeks when helpers it imported moved from faults.py to
harness.py (#21). `--help` exits before any database or server is touched."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(
    path.name
    for path in (ROOT / "benchmarks").glob("*.py")
    if "argparse" in path.read_text(encoding="utf-8")
)


def test_every_benchmark_with_options_is_listed():
    assert {"claim_storm.py", "scan_burst.py", "sqlite_responsive.py", "faults.py"} <= set(
        SCRIPTS
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_benchmark_starts(script):
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
