"""Long work on a real queue: Django's tasks framework (the django-tasks backport) with its
database backend, run by ``jinlin worker``; the same with SQLite and PostgreSQL.

A worker that dies mid-task (killed, out of memory, the machine restarted) — or whose loop a
fault ended mid-task (the database restarted) — leaves its task marked running. Every worker,
as it starts its loop, finds such tasks — their worker is itself, or its process is gone from
this machine, or (another machine's) they have run longer than JOB_LOST_AFTER — and runs
each again once (as often as needed for its own tasks, which a fault of the database ended and
not the task itself); a task lost twice is marked failed, and the app that queued it is told (so a
roster import says it stopped and imported nothing, never spins forever).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 2
LostHook = Callable[[list[Any], dict[str, Any]], None]
_ON_LOST: dict[str, LostHook] = {}


def on_lost(task_path: str, hook: LostHook) -> None:
    """``hook(args, kwargs)`` runs when a task of ``task_path`` is given up as lost."""
    _ON_LOST[task_path] = hook


def worker_id() -> str:
    return f"{settings.NODE_NAME}:{os.getpid()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def process_gone(holder: str) -> bool | None:
    """Whether the process named ``host:pid`` (``worker_id()``) has ended: True or False for
    a process of this host, None for another host's (unknown from here)."""
    host, _sep, pid = holder.rpartition(":")
    if host != settings.NODE_NAME or not pid.isdigit():
        return None
    return int(pid) != os.getpid() and not _alive(int(pid))


def _lost(worker: str, started_at: dt.datetime | None, now: dt.datetime) -> bool:
    if worker == worker_id():
        # This very worker, starting its loop again after a fault (the database restarted
        # under it): it runs nothing now, so what it had running was lost with the fault.
        return True
    gone = process_gone(worker)
    if gone is not None:
        return gone
    limit = dt.timedelta(seconds=settings.JOB_LOST_AFTER)
    return started_at is None or now - started_at > limit


def recover_lost_tasks(now: dt.datetime | None = None) -> tuple[int, int]:
    """(run again, given up): what became of the tasks whose worker was lost."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    retried = failed = 0
    for result in DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING):
        worker = result.worker_ids[-1] if result.worker_ids else ""
        if not _lost(worker, result.started_at, now):
            continue
        with transaction.atomic():
            locked = (
                DBTaskResult.objects.select_for_update()
                .filter(pk=result.pk, status=TaskResultStatus.RUNNING)
                .first()
            )
            if locked is None:
                continue
            if worker == worker_id():
                # Ended by a fault outside the task (the database went away under this
                # worker), not by the task: run it again without counting the attempt.
                locked.status = TaskResultStatus.READY
                locked.started_at = None
                locked.worker_ids = locked.worker_ids[:-1]
                locked.save(update_fields=["status", "started_at", "worker_ids"])
                retried += 1
                logger.warning("task %s (%s) ended by a fault of the database: queued again",
                               locked.pk, locked.task_path)  # fmt: skip
                continue
            if len(locked.worker_ids) < MAX_ATTEMPTS:
                locked.status = TaskResultStatus.READY
                locked.started_at = None
                locked.save(update_fields=["status", "started_at"])
                retried += 1
                logger.warning(
                    "task %s (%s) lost by %s: queued again", locked.pk, locked.task_path, worker
                )
                continue
            locked.status = TaskResultStatus.FAILED
            locked.finished_at = now
            locked.exception_class_path = "jinlin.core.jobs.WorkerLost"
            locked.traceback = f"The worker running it ({worker}) stopped, twice."
            locked.save(
                update_fields=["status", "finished_at", "exception_class_path", "traceback"]
            )
            failed += 1
            logger.error("task %s (%s) lost twice: failed", locked.pk, locked.task_path)
            hook = _ON_LOST.get(locked.task_path)
            if hook is not None:
                hook(locked.args_kwargs.get("args", []), locked.args_kwargs.get("kwargs", {}))
    return retried, failed
