"""The roster import's work on the queue (jinlin.core.jobs)."""

from __future__ import annotations

from django_tasks import task

from jinlin.roster import services


@task()
def roster_job(job_id: str, mode: str, language: str) -> None:
    """Check or import an uploaded roster; progress and the outcome are stored on the job."""
    services.run_job(job_id, mode, language)
