"""The scheduler's tick on the queue (jinlin.core.schedule)."""

from __future__ import annotations

from django_tasks import task


@task()
def tick() -> dict[str, str]:
    from jinlin.core.schedule import run_due, tick_queue

    try:
        return run_due()
    finally:
        tick_queue(running=1)
