"""Calls that arrive together, made as one (a server process's threads combining their work).

Under a claim storm every thread of a server process makes the same call — the claim's
database function — and each call pays what a call costs besides its work: a round trip, a
transaction's start and its commit (the WAL flushed), the function's entry. ``Batches`` lets
the threads share it: the first thread to arrive makes the call (it leads) for every job
waiting when it starts; jobs arriving meanwhile wait for the next call, which the first of
them makes when the running one has returned. A lone job is made at once, alone: nothing
waits for company.

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
    __slots__ = ("answer", "failed", "job", "lead", "ready")

    def __init__(self, job: Job) -> None:
        self.job = job
        self.answer: Answer | None = None
        self.failed: BaseException | None = None
        self.lead = False  # woken to lead the next call rather than with an answer
        self.ready = threading.Event()


class Batches(Generic[Job, Answer]):
    """``make`` takes the jobs in their order of arrival and answers each, in the same order.
    ``made`` counts the calls and the jobs they carried (for tests and benchmarks)."""

    def __init__(self, make: Callable[[list[Job]], Sequence[Answer]], *, most: int = 64) -> None:
        self._make = make
        self._most = most  # a call carries at most this many jobs
        self._lock = threading.Lock()
        self._waiting: list[_Slot[Job, Answer]] = []
        self._busy = False
        self.made = [0, 0]

    def submit(self, job: Job) -> Answer:
        slot: _Slot[Job, Answer] = _Slot(job)
        with self._lock:
            self._waiting.append(slot)
            leads = not self._busy
            self._busy = True
        if not leads:
            slot.ready.wait()
            if not slot.lead:
                return self._answer(slot)
        self._lead()
        return self._answer(slot)

    def _lead(self) -> None:
        with self._lock:
            batch = self._waiting[: self._most]
            del self._waiting[: self._most]
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
                    self._waiting[0].lead = True
                    self._waiting[0].ready.set()
                else:
                    self._busy = False
            for slot in batch:
                slot.ready.set()

    @staticmethod
    def _answer(slot: _Slot[Job, Answer]) -> Answer:
        if slot.failed is not None:
            raise BatchFailed(str(slot.failed)) from slot.failed
        return slot.answer  # type: ignore[return-value]
