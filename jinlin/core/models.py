"""The state of the scheduled jobs (jinlin.core.schedule)."""

from __future__ import annotations

from django.db import models


class ScheduledRun(models.Model):
    """When a scheduled job last ran and is next due; one row per job."""

    name = models.CharField(max_length=40, unique=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    next_run_at = models.DateTimeField(null=True, blank=True)
    last_result = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return f"{self.name} next {self.next_run_at}"
