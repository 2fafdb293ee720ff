"""Scheduled jobs on the queue: the apps register what must run (reminders every few minutes,
overdue problems escalated daily …); one ``tick`` task on the queue runs what is due and
queues the next tick. ``jinlin worker`` starts the chain; a second chain (two workers started
at once) ends itself at its next tick, and a job's turn is taken under a row lock, so a job
runs once per turn whatever the number of workers.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

TICK = dt.timedelta(minutes=1)
TICK_TASK = "jinlin.core.tasks.tick"


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[dt.datetime], Any]  # given the time of the turn; returns what it did
    every: dt.timedelta = dt.timedelta(days=1)
    at: dt.time | None = None  # daily jobs: the local time of day they run at


_JOBS: dict[str, Job] = {}


def scheduled(job: Job) -> None:
    """Register a job (from an app's ready())."""
    _JOBS[job.name] = job


def jobs() -> dict[str, Job]:
    return dict(_JOBS)


def next_turn(job: Job, now: dt.datetime) -> dt.datetime:
    if job.at is None:
        return now + job.every
    local = timezone.localtime(now)
    day = local.date() if local.time() < job.at else local.date() + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(day, job.at))


def run_due(now: dt.datetime | None = None) -> dict[str, str]:
    """Run every job whose turn has come; each takes its turn under a row lock first."""
    from jinlin.core.models import ScheduledRun

    now = now or timezone.now()
    heartbeat(now)
    done: dict[str, str] = {}
    for job in _JOBS.values():
        with transaction.atomic():
            state, _created = ScheduledRun.objects.select_for_update().get_or_create(name=job.name)
            if state.next_run_at is not None and state.next_run_at > now:
                continue
            state.last_run_at = now
            state.next_run_at = next_turn(job, now)
            state.save(update_fields=["last_run_at", "next_run_at"])
        try:
            result = str(job.run(now))[:200]
        except Exception:
            logger.exception("scheduled job %s failed", job.name)
            result = "failed"
        ScheduledRun.objects.filter(name=job.name).update(last_result=result)
        done[job.name] = result
    return done


HEARTBEAT = "worker-heartbeat"


def heartbeat(now: dt.datetime | None = None) -> None:
    """A worker checked in (each tick, once a minute): what /readyz and the metrics read."""
    from jinlin.core.models import ScheduledRun

    now = now or timezone.now()
    if not ScheduledRun.objects.filter(name=HEARTBEAT).update(last_run_at=now):
        ScheduledRun.objects.get_or_create(name=HEARTBEAT, defaults={"last_run_at": now})


def last_heartbeat() -> dt.datetime | None:
    from jinlin.core.models import ScheduledRun

    return (
        ScheduledRun.objects.filter(name=HEARTBEAT).values_list("last_run_at", flat=True).first()
    )


def worker_paused() -> bool:
    """No worker checked in within ``READY_WORKER_SECONDS``: queued work waits."""
    from django.conf import settings

    seen = last_heartbeat()
    return seen is None or (timezone.now() - seen).total_seconds() > settings.READY_WORKER_SECONDS


def _pending_ticks() -> int:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=TICK_TASK, status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    ).count()


def tick_queue(after: dt.timedelta = TICK, *, running: int = 0) -> bool:
    """Queue the next tick, unless another chain already has one waiting (``running``: the
    ticks that are this call's own). Only where the queue can run work later (the database
    backend; inline jobs in tests run nothing on their own)."""
    from django_tasks import default_task_backend

    from jinlin.core.tasks import tick

    if not default_task_backend.supports_defer:
        return False
    if _pending_ticks() > running:
        return False
    tick.using(run_after=timezone.now() + after).enqueue()
    return True
