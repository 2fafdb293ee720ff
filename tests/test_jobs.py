"""Long work on the queue (jinlin.core.jobs): a roster upload waits for the worker, which runs
it and stores its progress; a worker killed mid-run leaves nothing stuck — its task is run
again once, then marked failed and the roster job says so."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jinlin.core.jobs import recover_lost_tasks
from jinlin.members.models import Member
from jinlin.roster.models import ImportJob
from jinlin.roster.services import job_create

pytestmark = pytest.mark.django_db(transaction=True)
ROSTER = "jinlin.roster.tasks.roster_job"
FILES = Path(__file__).resolve().parent / "files"
QUEUE = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
        "ENQUEUE_ON_COMMIT": False,
    }
}


@pytest.fixture
def queued(settings):
    settings.TASKS = QUEUE
    settings.JINLIN_INLINE_JOBS = False


def _upload(cast):
    return job_create(
        upload=SimpleUploadedFile("r.xlsx", (FILES / "clerk_title_row.xlsx").read_bytes()),
        by=cast.district_admin,
        language="zh-hans",
    )


def test_the_upload_waits_for_the_worker_which_runs_it(cast, queued):
    job = _upload(cast)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.CHECKING  # queued, not run in the request
    assert DBTaskResult.objects.get().status == TaskResultStatus.READY
    call_command("worker", batch=True, interval=0.1, verbosity=0)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.READY, job.issues
    assert job.progress == {"phase": "finished", "done": 1, "total": 1}
    assert DBTaskResult.objects.get(task_path=ROSTER).status == TaskResultStatus.SUCCESSFUL


def test_the_worker_keeps_one_tick_of_the_scheduler_waiting(queued):
    """The worker starts the scheduler's chain: a tick runs the due jobs and queues the next;
    a second worker (or a restart) adds no second chain."""
    from jinlin.core.models import ScheduledRun
    from jinlin.core.schedule import TICK_TASK

    call_command("worker", batch=True, interval=0.1, verbosity=0)
    ticks = DBTaskResult.objects.filter(task_path=TICK_TASK)
    assert ticks.filter(status=TaskResultStatus.SUCCESSFUL).count() == 1
    (waiting,) = ticks.filter(status=TaskResultStatus.READY)
    assert waiting.run_after > timezone.now()  # the next turn, a minute on
    assert ScheduledRun.objects.filter(name="reminders", last_run_at__isnull=False).exists()
    call_command("worker", batch=True, interval=0.1, verbosity=0)
    assert ticks.filter(status=TaskResultStatus.READY).count() == 1


def _lose(result: DBTaskResult, worker: str) -> None:
    """As a worker that died mid-run leaves it."""
    result.status = TaskResultStatus.RUNNING
    result.started_at = timezone.now() - dt.timedelta(minutes=5)
    result.worker_ids = [*result.worker_ids, worker]
    result.save()


def test_a_lost_task_runs_again_once_then_fails_and_the_job_says_so(cast, queued):
    job = _upload(cast)
    result = DBTaskResult.objects.get()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid of this machine that no longer runs
    _lose(result, f"{settings.NODE_NAME}:{dead.pid}")
    assert recover_lost_tasks() == (1, 0)
    result.refresh_from_db()
    assert result.status == TaskResultStatus.READY
    _lose(result, f"{settings.NODE_NAME}:{dead.pid}")
    assert recover_lost_tasks() == (0, 1)
    result.refresh_from_db()
    assert result.status == TaskResultStatus.FAILED
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert "未导入任何数据" in job.issues[0]["message"]
    # A task of a live worker, or of another machine's worker within JOB_LOST_AFTER, is left.
    other = _upload(cast)
    live = DBTaskResult.objects.exclude(pk=result.pk).get()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _lose(live, f"{settings.NODE_NAME}:{running.pid}")
        assert recover_lost_tasks() == (0, 0)
    finally:
        running.kill()
        running.wait()
    _lose(live, "elsewhere:123")
    assert recover_lost_tasks() == (0, 0)
    assert other.pk
    # A task this very worker had running when a fault ended its loop (the database restarted
    # under it, and the loop starts again in the same process): lost, run again.
    from jinlin.core.jobs import worker_id

    live.worker_ids = []
    _lose(live, f"{settings.NODE_NAME}:{dead.pid}")
    _lose(live, worker_id())
    assert recover_lost_tasks() == (1, 0)
    # … and that attempt is not counted: ended by the database once more, it runs again.
    live.refresh_from_db()
    assert live.status == TaskResultStatus.READY and len(live.worker_ids) == 1
    _lose(live, worker_id())
    assert recover_lost_tasks() == (1, 0)


def test_a_worker_killed_mid_import_leaves_nothing_stuck(cast, queued):
    """A real worker process killed with SIGKILL while it imports: the next worker takes the
    task back and finishes it; nothing is imported twice."""
    job = _upload(cast)
    env = {**os.environ, "JINLIN_INLINE_JOBS": "false"}
    call_command("worker", batch=True, interval=0.1, verbosity=0)  # the check, first
    job.refresh_from_db()
    assert job.status == ImportJob.Status.READY
    from jinlin.roster.services import job_confirm

    job_confirm(job=job, by=cast.district_admin, language="zh-hans")
    import_task = DBTaskResult.objects.filter(status=TaskResultStatus.READY, task_path=ROSTER).get()
    # The worker that will die: it takes the task, then is killed before it finishes.
    _lose(import_task, "placeholder")
    import_task.worker_ids = []
    import_task.save()
    victim = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], env=env)
    _lose(import_task, f"{settings.NODE_NAME}:{victim.pid}")
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    time.sleep(0.1)
    call_command("worker", batch=True, interval=0.1, verbosity=0)
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE, job.issues
    assert DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count() == 0
    assert Member.objects.filter(name="王五").count() <= 1
