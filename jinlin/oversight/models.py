"""Supervision rounds and what they find; problems (from rounds or a branch's own
self-inspection) carried through their measures to a verified closure, with a timeline."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.organizations.models import Organization

SEVERITIES = [("low", _("Minor")), ("medium", _("Notable")), ("high", _("Serious"))]


class Round(models.Model):
    """督导: a dated inspection by a group of supervisors."""

    class Kind(models.TextChoices):
        WEEKLY = "weekly", _("Weekly round")
        AD_HOC = "ad_hoc", _("Ad hoc round")

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("for"),
        on_delete=models.PROTECT,
        related_name="rounds",
        help_text=_("The district or street the group works for."),
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.WEEKLY)
    title = models.CharField(_("title"), max_length=100)
    group = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("group"), related_name="rounds"
    )
    places = models.ManyToManyField(
        Organization,
        verbose_name=_("organizations visited"),
        blank=True,
        related_name="rounds_visited",
    )
    other_places = models.CharField(
        _("other places"),
        max_length=300,
        blank=True,
        help_text=_("Markets, scenic spots, road sections …"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("supervision round")
        verbose_name_plural = _("supervision rounds")
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"{self.date} {self.title}"


class Finding(models.Model):
    class Kind(models.TextChoices):
        PROBLEM = "problem", _("Problem")
        SUGGESTION = "suggestion", _("Suggestion")
        TYPICAL = "typical", _("Typical practice (典型)")

    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.CASCADE, related_name="findings"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("responsible organization"),
        on_delete=models.PROTECT,
        related_name="findings",
    )
    title = models.CharField(_("title"), max_length=100)
    text = models.TextField(_("what was seen"), blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    severity = models.CharField(_("severity"), max_length=8, choices=SEVERITIES, default="medium")
    published = models.BooleanField(_("in the publicity list"), default=False)
    # Set by the phone: a finding sent twice over a weak signal is stored once.
    client_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("finding")
        verbose_name_plural = _("findings")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class FindingPhoto(models.Model):
    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to="findings/%Y/%m/")

    def __str__(self) -> str:
        return str(self.file.name)


class SelfInspection(models.Model):
    """A branch examines itself (专题讨论, e.g. “创建文明城市，我该怎么做”)."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="self_inspections",
    )
    title = models.CharField(_("topic"), max_length=100)
    date = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("self-inspection")
        verbose_name_plural = _("self-inspections")
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return self.title


class PartyCheckup(models.Model):
    """党性体检: a branch's yearly examination of its members' party spirit, held and
    recorded once a year (a second in the same year replaces nothing: each is a record)."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("party branch"),
        on_delete=models.CASCADE,
        related_name="party_checkups",
        limit_choices_to={"kind": Organization.Kind.BRANCH},
    )
    date = models.DateField(_("date"))
    members = models.PositiveIntegerField(_("members examined"))
    summary = models.TextField(_("what it found"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("party-spirit check-up (党性体检)")
        verbose_name_plural = _("party-spirit check-ups (党性体检)")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(members__lte=100_000),
                                   name="checkup_members_bounded"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.organization_id} {self.date}"


class Problem(models.Model):
    """查摆问题: carried from being found to being verifiably fixed."""

    class Source(models.TextChoices):
        ROUND = "round", _("Supervision round")
        SELF = "self", _("Self-inspection")

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("problem not yet rectified", "Open")
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted for verification")
        CLOSED = "closed", _("Verified and closed")
        CLOSED_UNFIXED = "closed_unfixed", _("Closed, not fixed")

    class UnfixedReason(models.TextChoices):
        NOT_OURS = "not_ours", _("Not our responsibility")
        DUPLICATE = "duplicate", _("Duplicate")
        CANNOT = "cannot", _("Cannot be fixed")

    DONE = (Status.CLOSED, Status.CLOSED_UNFIXED)

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("responsible organization"),
        on_delete=models.PROTECT,
        related_name="problems",
    )
    title = models.CharField(_("problem"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source"), max_length=6, choices=Source.choices)
    severity = models.CharField(_("severity"), max_length=8, choices=SEVERITIES, default="medium")
    deadline = models.DateField(_("deadline"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    finding = models.OneToOneField(
        Finding, on_delete=models.SET_NULL, null=True, blank=True, related_name="problem"
    )
    self_inspection = models.ForeignKey(
        SelfInspection, on_delete=models.SET_NULL, null=True, blank=True, related_name="problems"
    )
    unfixed_reason = models.CharField(max_length=10, choices=UnfixedReason.choices, blank=True)
    reopen_count = models.PositiveSmallIntegerField(default=0)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("problem")
        verbose_name_plural = _("problems")
        ordering = ["deadline", "id"]
        indexes = [
            models.Index(fields=["organization", "status", "deadline"]),
            # The open problems by deadline, read in order until a page is full: a large
            # district's list of overdue problems without sorting half a city's problems.
            models.Index(
                fields=["deadline", "id"],
                condition=~Q(status__in=["closed", "closed_unfixed"]),
                name="problem_open_by_deadline",
            ),
            # The problems found in a period, newest first, and those closed, last closed
            # first (the figures' lists, read in this order only as far as a page, and their
            # counts, from the index alone): a month of a city's problems was read and sorted
            # by deadline for every page (16–17 ms at a tenth of a city, 29–34 at a city).
            models.Index(
                fields=["source", "created_at", "id"],
                include=["organization"],
                name="problem_found_at",
            ),
            models.Index(
                fields=["source", "closed_at", "id"],
                include=["organization", "status"],
                condition=Q(closed_at__isnull=False),
                name="problem_closed_at",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["closed", "closed_unfixed"], closed_at__isnull=False)
                | (~Q(status__in=["closed", "closed_unfixed"]) & Q(closed_at__isnull=True)),
                name="problem_closed_at_matches_status",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def done(self) -> bool:
        return self.status in self.DONE

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Past its deadline and not closed — counted in the district's own calendar day."""
        return not self.done and (today or timezone.localdate()) > self.deadline

    @property
    def days_to_close(self) -> int | None:
        if self.closed_at is None:
            return None
        return (
            timezone.localtime(self.closed_at).date() - timezone.localtime(self.created_at).date()
        ).days


class Measure(models.Model):
    """整改措施: one step taken against a problem, with its owner and deadline."""

    problem = models.ForeignKey(Problem, on_delete=models.CASCADE, related_name="measures")
    text = models.CharField(_("measure"), max_length=300)
    owner = models.CharField(_("owner"), max_length=100)
    deadline = models.DateField(_("deadline"))
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["deadline", "id"]

    def __str__(self) -> str:
        return self.text


class ProblemEvent(models.Model):
    """The timeline: who did what to a problem, and when. Written by the services only."""

    class Action(models.TextChoices):
        CREATED = "created", _("recorded the problem")
        MEASURE = "measure", _("added a measure")
        STARTED = "started", _("started work")
        SUBMITTED = "submitted", _("submitted evidence")
        VERIFIED = "verified", _("verified and closed it")
        REOPENED = "reopened", _("reopened it")
        CLOSED_UNFIXED = "closed_unfixed", _("closed it as not fixed")
        ESCALATED = "escalated", _("escalated it as overdue")

    problem = models.ForeignKey(Problem, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=16, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    comment = models.TextField(blank=True)
    photo = models.FileField(upload_to="evidence/%Y/%m/", blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.problem_id} {self.action}"
