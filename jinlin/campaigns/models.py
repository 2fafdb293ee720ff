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


class CampaignPlan(models.Model):
    """活动方案: an organization's own plan for a campaign (“各级党组织全部制定了活动方案”):
    each branch, unit or community under the campaign's organization adopts one."""

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="plans"
    )
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=100)
    summary = models.TextField(_("what it plans"), max_length=2000)
    adopted_on = models.DateField(_("adopted on"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("activity plan")
        verbose_name_plural = _("activity plans")
        ordering = ["organization__path"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "organization"],
                                    name="campaign_plan_once_per_organization"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return self.title


class Publicity(models.Model):
    """宣传: publicity an organization did (家校共建, 校园网, QQ群, 微信群, 公众号, 宣传栏 …),
    recorded and counted like the rest of the work."""

    class Channel(models.TextChoices):
        HOME_SCHOOL = "home_school", _("Home and school together (家校共建)")
        CAMPUS_WEB = "campus_web", _("School website (校园网)")
        QQ = "qq", _("QQ group (QQ群)")
        WECHAT_GROUP = "wechat_group", _("WeChat group (微信群)")
        WECHAT_ACCOUNT = "wechat_account", _("WeChat public account (微信公众号)")
        BOARD = "board", _("Notice board or banner (宣传栏、横幅)")
        TALK = "talk", _("Talk or speech (宣讲、演讲)")
        OTHER = "other", pgettext_lazy("publicity", "Other")

    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="+"
    )
    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.SET_NULL, null=True, blank=True,
        related_name="publicity",
    )  # fmt: skip
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=100)
    reach = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("publicity")
        verbose_name_plural = _("publicity")
        ordering = ["-date", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(reach__isnull=True) | Q(reach__lte=10_000_000),
                                   name="publicity_reach_bounded"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return self.title
