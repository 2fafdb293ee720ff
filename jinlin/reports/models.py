"""评议 (the community's yearly evaluation of registered units and members) and the
quarterly feedback sheets that go back to each unit (双向反馈)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.members.models import Member
from jinlin.organizations.models import Organization


class Evaluation(models.Model):
    class Grade(models.TextChoices):
        EXCELLENT = "excellent", _("Excellent (优秀)")
        GOOD = "good", _("Qualified (合格)")
        FAIR = "fair", _("Basically qualified (基本合格)")
        POOR = "poor", _("Unqualified (不合格)")

    community = models.ForeignKey(
        Organization,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="evaluations_given",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evaluations",
    )
    unit = models.ForeignKey(
        Organization,
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evaluations",
    )
    grade = models.CharField(_("grade"), max_length=10, choices=Grade.choices)
    comment = models.CharField(_("comment"), max_length=300, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-year", "community_id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(member__isnull=False, unit__isnull=True)
                | Q(member__isnull=True, unit__isnull=False),
                name="evaluation_of_member_or_unit",
            ),
            models.UniqueConstraint(
                fields=["community", "year", "member"],
                condition=Q(member__isnull=False),
                name="evaluation_one_per_member_year",
            ),
            models.UniqueConstraint(
                fields=["community", "year", "unit"],
                condition=Q(unit__isnull=False),
                name="evaluation_one_per_unit_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.member or self.unit}: {self.get_grade_display()}"


class FeedbackSheet(models.Model):
    """A unit's quarterly feedback, kept once generated (by the job or on demand)."""

    unit = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="feedback_sheets")
    quarter = models.CharField(max_length=6)  # 2026Q3
    xlsx = models.FileField(upload_to="feedback/")
    pdf = models.FileField(upload_to="feedback/", blank=True)
    rows = models.PositiveIntegerField(default=0)
    generated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("feedback sheet")
        verbose_name_plural = _("feedback sheets")
        ordering = ["-quarter", "unit_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "quarter"], name="feedback_one_per_unit_quarter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.quarter}"


class Export(models.Model):
    """A file asked for and made by the worker (台账 …): offered for download to the person who
    asked and to the admins of the organization it is about."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        RUNNING = "running", _("Being made")
        DONE = "done", _("Ready")
        FAILED = "failed", pgettext_lazy("export", "Failed")

    KIND_LEDGER = "ledger"
    KIND_BRIEFING = "briefing"  # 工作简报: content holds the text, edited in the browser
    KIND_NATIONAL = "national"  # the workbook for 全国志愿服务信息系统 (340号 arts. 6–7)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=16, default=KIND_LEDGER)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    start = models.DateField()
    end = models.DateField()
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.JSONField(default=dict, blank=True)
    file = models.FileField(upload_to="exports/", blank=True)
    error = models.CharField(max_length=300, blank=True)
    content = models.JSONField(default=dict, blank=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} {self.organization_id} {self.start}–{self.end}"


class Certificate(models.Model):
    """志愿服务证明: a member's hours for a period, as recorded by the organization that issues
    it (谁记录谁证明). Numbered, with a verification code anyone can check."""

    number = models.CharField(max_length=24, unique=True)
    code = models.CharField(max_length=16)
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="certificates")
    issuer = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    start = models.DateField()
    end = models.DateField()
    hours = models.DecimalField(max_digits=8, decimal_places=2)
    records = models.PositiveIntegerField(default=0)
    # What the paper states of its issuer and the service, as they were when it was issued
    # (民政部令第67号): a later change of the community's head or seal changes no paper.
    content = models.CharField(_("service content"), max_length=300, blank=True)
    issuer_head = models.CharField(_("person in charge (负责人)"), max_length=50, blank=True)
    handler = models.CharField(_("handled by (经办人)"), max_length=100, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    seal = models.CharField(max_length=100, blank=True)  # the issuer's seal file at issue
    issued_at = models.DateTimeField(default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("service certificate")
        verbose_name_plural = _("service certificates")
        ordering = ["-issued_at"]

    def __str__(self) -> str:
        return self.number


class RatingRule(models.Model):
    """星级创评: how members, party branches or units earn one to five stars in a period.

    Members are rated by the hours the ledger credits them in the period; branches and units by
    a score out of 100 made of participation, rectification closure, supervision results and
    评议 grades, each with its weight. ``thresholds`` are the five values that earn one to five
    stars (a value equal to a threshold earns it)."""

    class Subject(models.TextChoices):
        MEMBER = "member", _("Members")
        BRANCH = "branch", _("Party branches")
        UNIT = "unit", _("Units")

    organization = models.ForeignKey(
        Organization, verbose_name=_("applies under"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=100)
    subject = models.CharField(_("rated"), max_length=8, choices=Subject.choices)
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    thresholds = models.JSONField(_("thresholds for one to five stars"))
    weights = models.JSONField(_("weights"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rating rule")
        verbose_name_plural = _("rating rules")
        ordering = ["-end", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")),
                                   name="rating_rule_period_in_order"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return self.name


class CertificateApplication(models.Model):
    """A member's application for a 志愿服务证明 (民政部令第67号): answered by the community that
    recorded the hours, by issuing the certificate or refusing with reasons."""

    class Status(models.TextChoices):
        APPLIED = "applied", _("Waiting for the community")
        ISSUED = "issued", pgettext_lazy("certificate", "Issued")
        REFUSED = "refused", _("Refused")

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="certificate_applications"
    )
    issuer = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    start = models.DateField()
    end = models.DateField()
    purpose = models.CharField(_("what it is for"), max_length=100, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.APPLIED)
    applied_at = models.DateTimeField(default=timezone.now)
    certificate = models.OneToOneField(
        Certificate, on_delete=models.SET_NULL, null=True, blank=True, related_name="application"
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate application")
        verbose_name_plural = _("certificate applications")
        ordering = ["-applied_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "start", "end"],
                condition=Q(status="applied"),
                name="certificate_application_one_open_per_period",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} {self.start}–{self.end} ({self.status})"
