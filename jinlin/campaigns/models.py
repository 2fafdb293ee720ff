"""A campaign and what it groups."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.needs.models import Need
from jinlin.organizations.models import Organization
from jinlin.oversight.models import Problem, Round


class Campaign(models.Model):
    class Kind(models.TextChoices):
        HUNDRED_DAYS = "hundred_days", _("Hundred-day push (百日攻坚)")
        ACTIVITY_DAY = "activity_day", _("Party members' activity day (党员活动日)")
        LETTER = "letter", _("A letter, a talk, an action (一封信一演讲一行动)")
        OTHER = "other", pgettext_lazy("campaign", "Other")

    organization = models.ForeignKey(
        Organization, verbose_name=_("organized by"), on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    description = models.TextField(_("description"), blank=True, max_length=2000)
    targets = models.JSONField(_("targets"), default=dict, blank=True)
    needs = models.ManyToManyField(Need, blank=True, related_name="campaigns")
    rounds = models.ManyToManyField(Round, blank=True, related_name="campaigns")
    problems = models.ManyToManyField(Problem, blank=True, related_name="campaigns")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-start", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")),
                                   name="campaign_period_in_order"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return self.name
