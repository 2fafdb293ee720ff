"""The rebalancer's proposals: which unit sends how many members to which community."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.organizations.models import Organization


class Proposal(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("proposal", "Draft")
        APPROVED = "approved", pgettext_lazy("proposal", "Approved")
        DISCARDED = "discarded", pgettext_lazy("proposal", "Discarded")

    district = models.ForeignKey(
        Organization, verbose_name=_("district"), on_delete=models.PROTECT, related_name="+"
    )
    weeks = models.PositiveSmallIntegerField(_("weeks ahead"))
    window_start = models.DateTimeField()
    window_end = models.DateTimeField()
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # The optimum as solved (the assignments may since have been edited).
    covered = models.PositiveIntegerField(default=0)
    distance_m = models.BigIntegerField(default=0)
    new_partnerships = models.PositiveIntegerField(default=0)
    shortfall_total = models.PositiveIntegerField(default=0)
    spare_total = models.PositiveIntegerField(default=0)
    solve_ms = models.PositiveIntegerField(default=0)
    # What the plan was made from: per community its shortfall, per unit its spare members
    # ({"communities": {id: {...}}, "units": {id: {...}}}), so that edits are checked against it.
    inputs = models.JSONField(default=dict)
    # What approval created: {"partnerships": [ids], "needs": [ids], "unplaced": n}.
    outcome = models.JSONField(default=dict, blank=True)
    edited = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("rebalancing proposal")
        verbose_name_plural = _("rebalancing proposals")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.district} +{self.weeks}w"


class Assignment(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey(
        Organization, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    community = models.ForeignKey(
        Organization, verbose_name=_("community"), on_delete=models.PROTECT, related_name="+"
    )
    members = models.PositiveIntegerField(_("members"))
    distance_m = models.PositiveIntegerField(default=0)
    partnered = models.BooleanField(default=False)  # when proposed

    class Meta:
        ordering = ["community__path", "distance_m", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "unit", "community"], name="assignment_unique_pair"
            ),
            models.CheckConstraint(
                condition=models.Q(members__gt=0), name="assignment_members_gt_0"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit} → {self.community} × {self.members}"
