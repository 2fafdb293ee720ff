"""A text progress bar for long commands (imports, the demo generator)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.last_draw = 0.0
        self.phase = ""
        self.last: tuple[str, int, int] = ("", -1, -1)

    def __call__(self, phase: str, done: int, total: int) -> None:
        if (phase, done, total) == self.last:
            return
        now = time.monotonic()
        finished = total > 0 and done >= total
        if phase == self.phase and not finished and now - self.last_draw < 0.2:
            return
        if phase != self.phase and self.phase:
            self.stream.write("\n")
        self.phase = phase
        self.last_draw = now
        self.last = (phase, done, total)
        share = done / total if total else 0.0
        filled = int(self.width * share)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{phase:<9} [{bar}] {share:6.1%} {done}/{total}")
        self.stream.flush()

    def close(self) -> None:
        if self.phase:
            self.stream.write("\n")
            self.stream.flush()
