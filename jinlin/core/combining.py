"""Calls that arrive together, made as one (a server process's threads combining their work).

Under a claim storm every thread of a server process makes the same call — the claim's
database function — and each call pays what a call costs besides its work: a round trip, a
transaction's start and its commit (the WAL flushed), the function's entry. ``Batches`` lets
the threads share it (the claims, with ``CLAIM_BATCHES``): while fewer than ``calls`` calls
are under way (one, unless asked), a job is made at once (alone: nothing waits for company);
otherwise it waits, and when a call returns, the first of the jobs waiting makes the next
call for all of them. (Two claim calls at a time per process were measured and not kept:
smaller batches, and two batches of one process waiting for each other's needs — 1,072–1,406
claims/s against 1,463–1,552 with one.)

A job's answer is given to its own thread, as if it had made the call itself. When the
combined call fails (the database aborted it, a connection broke), nothing of it was done —
it is one statement in autocommit — and every waiting thread is told ``BatchFailed``, so that
each makes its own call as it would have without batching.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

Job = TypeVar("Job")
Answer = TypeVar("Answer")


class BatchFailed(Exception):
    """The combined call that carried this job failed: nothing of it was done."""


class _Slot(Generic[Job, Answer]):
    __slots__ = ("answer", "batch", "failed", "job", "ready")

    def __init__(self, job: Job) -> None:
        self.job = job
        self.answer: Answer | None = None
        self.failed: BaseException | None = None
        self.batch: list[_Slot[Job, Answer]] | None = None  # the call this job's thread makes
        self.ready = threading.Event()


class Batches(Generic[Job, Answer]):
    """``make`` takes the jobs in their order of arrival and answers each, in the same order.
    At most ``calls`` calls are under way at once (each on its own thread's connection); a job
    arriving while fewer are waits for none. ``made`` counts the calls and the jobs they
    carried (for tests and benchmarks)."""

    def __init__(
        self, make: Callable[[list[Job]], Sequence[Answer]], *, calls: int = 1, most: int = 64
    ) -> None:
        self._make = make
        self._calls = calls
        self._most = most  # a call carries at most this many jobs
        self._lock = threading.Lock()
        self._waiting: list[_Slot[Job, Answer]] = []
        self._running = 0  # calls under way, or handed to the thread that makes them next
        self.made = [0, 0]

    def submit(self, job: Job) -> Answer:
        slot: _Slot[Job, Answer] = _Slot(job)
        with self._lock:
            self._waiting.append(slot)
            if self._running < self._calls:
                self._running += 1
                slot.batch = self._take()
        if slot.batch is None:
            slot.ready.wait()  # answered, or handed the next call (with this job in it)
        if slot.batch is not None:
            self._call(slot.batch)
        if slot.failed is not None:
            raise BatchFailed(str(slot.failed)) from slot.failed
        return slot.answer  # type: ignore[return-value]

    def _take(self) -> list[_Slot[Job, Answer]]:
        """The jobs of the next call, from the first waiting (the lock held)."""
        batch = self._waiting[: self._most]
        del self._waiting[: self._most]
        return batch

    def _call(self, batch: list[_Slot[Job, Answer]]) -> None:
        following: _Slot[Job, Answer] | None = None
        try:
            answers = self._make([s.job for s in batch])
            if len(answers) != len(batch):
                raise RuntimeError(f"{len(batch)} jobs, {len(answers)} answers")
        except BaseException as exc:  # every waiting thread must wake, whatever happened
            for slot in batch:
                slot.failed = exc
        else:
            for slot, answer in zip(batch, answers, strict=True):
                slot.answer = answer
        finally:
            with self._lock:
                self.made[0] += 1
                self.made[1] += len(batch)
                if self._waiting:  # the first of those who came meanwhile makes the next call
                    following = self._waiting[0]
                    following.batch = self._take()
                else:
                    self._running -= 1
            for slot in batch:
                slot.ready.set()
            if following is not None:
                following.ready.set()
