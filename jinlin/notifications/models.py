"""In-app notifications: the bell in the header."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Kind(models.TextChoices):
        CLAIM_CONFIRMED = "claim_confirmed", _("Claim confirmed")
        CLAIM_WAITLISTED = "claim_waitlisted", _("Claim waitlisted")
        PROMOTED = "promoted", _("Promoted from the waitlist")
        DEMOTED = "demoted", _("Moved back to the waitlist")
        NEED_CHANGED = "need_changed", _("Need changed")
        NEED_CANCELLED = "need_cancelled", _("Need cancelled")
        CLAIM_CANCELLED = "claim_cancelled", _("Claim cancelled")
        ACCEPTED = "accepted", _("Work accepted")
        REJECTED = "rejected", _("Work not accepted")
        CREDITED = "credited", _("Hours credited")
        DISPATCHED = "dispatched", _("Dispatched by your unit")
        REGISTRATION = "registration", _("Registration")
        REMINDER = "reminder", _("Reminder")
        DISPUTE = "dispute", _("Dispute about a service record")
        OTHER = "other", _("Notice")

    # No index of its own: the (user, read_at) index begins with it (one entry fewer for every
    # notice to write; ``tests/test_hot_indexes.py``).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        db_index=False,
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The English msgid and its parameters: translated when shown, in the reader's language.
    message = models.CharField(max_length=300)
    params = models.JSONField(default=dict, blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        try:
            return gettext(self.message) % self.params
        except (KeyError, TypeError, ValueError):
            return self.message


class Reminder(models.Model):
    """A reminder sent: one row per event and person, so none is ever sent twice."""

    key = models.CharField(max_length=120, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)
    texted = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.key
