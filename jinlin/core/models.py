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


class AttemptCount(models.Model):
    """How many times something was tried in one window of time (sign-ins, codes sent …),
    counted by one atomic statement before the thing is done: ``jinlin.core.counters``."""

    key = models.CharField(max_length=80)
    slot = models.BigIntegerField(help_text="The window's number: seconds since 1970 // length.")
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "slot"], name="attempt_count_once")]

    def __str__(self) -> str:
        return f"{self.key} #{self.slot}: {self.count}"
