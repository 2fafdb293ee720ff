"""An import of a roster file: what was checked, what was found, what was written."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    class Status(models.TextChoices):
        CHECKING = "checking", _("Checking")
        INVALID = "invalid", _("Has errors")
        READY = "ready", _("Ready to import")
        IMPORTING = "importing", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    filename = models.CharField(_("file"), max_length=255)
    stored_path = models.CharField(max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CHECKING)
    issue_count = models.PositiveIntegerField(default=0)
    issues = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    # {"phase", "done", "total"}, written by the worker as it goes; the page polls it.
    progress = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("roster import")
        verbose_name_plural = _("roster imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"


class HeaderAlias(models.Model):
    """A header a clerk said is one of Jinlin's columns (“联系方式” is the phone): used for
    their rosters from then on."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roster_header_aliases"
    )
    sheet_key = models.CharField(max_length=32)
    header = models.CharField(max_length=100)  # normalized, as workbook.normalize_header
    column_key = models.CharField(max_length=32)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("roster column name")
        verbose_name_plural = _("roster column names")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "sheet_key", "header"], name="one_meaning_per_header"
            )
        ]

    def __str__(self) -> str:
        return f"{self.sheet_key}: {self.header} → {self.column_key}"
