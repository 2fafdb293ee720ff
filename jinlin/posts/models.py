"""岗位认领: standing posts a community sets, which members apply for by their skills."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.members.models import Member
from jinlin.organizations.models import Organization

CATEGORIES = [
    ("organization", _("Organization building (组织建设)")),
    ("legal", _("Legal advice and aid (法律咨询与援助)")),
    ("assistance", _("Aid to the poor, the disabled and job seekers (助困扶残与就业援助)")),
    ("governance", _("Community governance (社区治理)")),
    ("health", _("Health and medical care (健康医疗)")),
    ("culture", _("Culture and sports (文化体育)")),
    ("safety", _("Safety publicity and patrols (安全宣传与治安巡逻)")),
    ("environment", _("Environment (环境保护)")),
    ("education", _("Tutoring and education (教育辅导)")),
]
SKILLS = [
    ("law", _("Law")),
    ("medicine", _("Medicine and nursing")),
    ("teaching", _("Teaching")),
    ("arts", _("Arts and performance")),
    ("sports", _("Sports")),
    ("it", _("Computers and IT")),
    ("repair", _("Repairs and electrics")),
    ("psychology", _("Counselling")),
    ("accounting", _("Accounting")),
    ("elder_care", _("Elderly care")),
    ("safety", _("Safety and fire prevention")),
    ("publicity", _("Writing and photography")),
    ("language", _("Languages and dialects")),
    ("driving", _("Driving")),
]


class Post(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("standing post", "Open")
        CLOSED = "closed", pgettext_lazy("standing post", "Closed")

    community = models.ForeignKey(
        Organization, verbose_name=_("community"), on_delete=models.CASCADE, related_name="posts"
    )
    title = models.CharField(pgettext_lazy("standing post", "post"), max_length=100)
    category = models.CharField(_("category"), max_length=16, choices=CATEGORIES)
    description = models.TextField(_("description"), blank=True)
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    skills_wanted = models.JSONField(_("skills wanted"), default=list, blank=True)
    schedule = models.CharField(
        _("schedule"),
        max_length=100,
        blank=True,
        help_text=_("e.g. the first Saturday morning of each month"),
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("standing post")
        verbose_name_plural = _("standing posts")
        ordering = ["community_id", "category", "title"]
        constraints = [models.CheckConstraint(condition=Q(places__gte=1), name="post_has_places")]

    def __str__(self) -> str:
        return self.title

    def skill_labels(self) -> list[str]:
        labels = dict(SKILLS)
        return [str(labels.get(s, s)) for s in self.skills_wanted or []]


class Application(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the community")
        APPROVED = "approved", _("Holds the post")
        DECLINED = "declined", pgettext_lazy("application for a post", "Declined")
        LEAVING = "leaving", _("Asked to leave")
        LEFT = "left", _("Left the post")

    ACTIVE = (Status.PENDING, Status.APPROVED, Status.LEAVING)
    HOLDING = (Status.APPROVED, Status.LEAVING)

    post = models.ForeignKey(
        Post,
        verbose_name=pgettext_lazy("standing post", "post"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="post_applications"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    note = models.CharField(_("why me"), max_length=300, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("post application")
        verbose_name_plural = _("post applications")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "member"],
                condition=Q(status__in=["pending", "approved", "leaving"]),
                name="application_one_active_per_post",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} · {self.post}"
