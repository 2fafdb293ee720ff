"""Reports' work on the queue."""

from __future__ import annotations

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def export_job(export_id: str, language: str) -> None:
    from jinlin.reports.exports import export_failed, export_run

    try:
        export_run(export_id, language)
    except Exception:
        logger.exception("export %s failed", export_id)
        export_failed(export_id)
        raise
