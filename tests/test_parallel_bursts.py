"""The parallel tier's bursts take turns across test processes (``tests/parallel.py``)."""

import subprocess
import sys
import time
from pathlib import Path

from tests.parallel import in_parallel

ROOT = Path(__file__).resolve().parent.parent


def test_a_burst_waits_until_another_processs_burst_has_ended():
    holder = (
        "import time\n"
        "from tests.parallel import _one_burst_at_a_time\n"
        "with _one_burst_at_a_time():\n"
        "    print('bursting', flush=True)\n"
        "    time.sleep(0.8)\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", holder], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "bursting\n"
        asked = time.monotonic()
        (started,) = in_parallel([time.monotonic], workers=1)
        assert started - asked >= 0.5  # it waited for the other burst
    finally:
        other.wait(10)
    assert other.returncode == 0
