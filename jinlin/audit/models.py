"""安全审计 (等保 2.0): an append-only, hash-chained log of security-relevant events across
the system — who did what, from where, to what, and with what result.

Each row is sealed with HMAC-SHA-256 under the ledger's key over its fields and the previous
row's seal; the head row, locked for every append, orders them. Rows are never updated or
deleted (the model refuses); ``jinlin verify_audit`` recomputes the chain and names the first
row that fails.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AuditHead(models.Model):
    seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"audit head #{self.seq}"


class AuditQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise PermissionError("The audit log is append-only.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("The audit log is append-only.")


class AuditEvent(models.Model):
    class Result(models.TextChoices):
        OK = "ok", pgettext_lazy("audit result", "Done")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    seq = models.BigIntegerField(unique=True, editable=False)
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(_("actor"), max_length=150, blank=True)
    ip = models.CharField(_("client address"), max_length=45, blank=True)
    action = models.CharField(_("action"), max_length=40, db_index=True)
    object = models.CharField(_("object"), max_length=200, blank=True)
    result = models.CharField(_("result"), max_length=8, choices=Result.choices, default="ok")
    prev_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, unique=True, editable=False)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-seq"]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.actor_name}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("The audit log is append-only.")
