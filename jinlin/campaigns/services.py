"""Campaigns: set up by an organization's admins, with targets; needs, supervision rounds and
problems of the organization (or beneath it) grouped under them; progress read from what they
group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from jinlin.campaigns.models import Campaign, CampaignPlan, Publicity
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access
from jinlin.needs.models import METRICS, Need
from jinlin.organizations.models import Organization
from jinlin.oversight.models import Problem, Round

MAX_TARGET = 10_000_000


def target_labels() -> dict[str, Any]:
    """What a campaign can set a target for, and its unit."""
    labels: dict[str, Any] = {
        # Counted as the figures count them (credited work): short labels, as a sentence of
        # the briefing reads them (“开展活动38/80场”).
        "activities": (gettext_lazy("Activities held"), pgettext_lazy("unit", "activities")),
        "credits": (gettext_lazy("Times served (人次)"), gettext_lazy("person-times")),
        "hours": (gettext_lazy("Hours of service"), pgettext_lazy("unit", "hours")),
    }
    labels.update({f"outcome_{key}": value for key, value in METRICS.items()})
    labels["problems_closed"] = (gettext_lazy("Problems closed"), pgettext_lazy("unit", "problems"))
    labels["rounds"] = (gettext_lazy("Supervision rounds"), pgettext_lazy("unit", "rounds"))
    return labels


# Who ----------------------------------------------------------------------------------------


def campaigns_visible(user: Any) -> QuerySet[Campaign]:
    """Campaigns of the organizations the caller reads, and of those above them (a district's
    campaign is its streets' and communities' too)."""
    return Campaign.objects.filter(access.of_organizations_in_reach(user))


def can_run(user: Any, campaign: Campaign) -> bool:
    return access.can_manage_organization(user, campaign.organization)


# Writing ------------------------------------------------------------------------------------


def _targets(raw: dict[str, Any]) -> dict[str, int]:
    labels = target_labels()
    out = {}
    for key, value in (raw or {}).items():
        if key not in labels:
            raise InvalidInput(_("“%(key)s” cannot be a target.") % {"key": str(key)[:40]},
                               fields={f"target_{key}"[:60]: _("Not a target.")})  # fmt: skip
        text = str(value).strip()
        if text == "":
            continue
        try:
            number = int(text)
        except ValueError:
            raise InvalidInput(
                _("The target for %(label)s is a whole number.") % {"label": labels[key][0]},
                fields={f"target_{key}": _("Not a whole number.")},
            ) from None
        if not 0 < number <= MAX_TARGET:
            raise InvalidInput(
                _("The target for %(label)s is between 1 and %(max)d.")
                % {"label": labels[key][0], "max": MAX_TARGET},
                fields={f"target_{key}": _("Out of range.")},
            )
        out[key] = number
    return out


def campaign_save(
    *, organization: Organization, name: str, kind: str, start: dt.date, end: dt.date,
    description: str = "", targets: dict[str, Any] | None = None, by: Any,
    campaign: Campaign | None = None,
) -> Campaign:  # fmt: skip
    if not access.can_manage_organization(by, organization) or organization.kind not in (
        Organization.Kind.DISTRICT, Organization.Kind.STREET, Organization.Kind.COMMUNITY
    ):  # fmt: skip
        raise NotAllowed(_("Only the admins of a district, street or community run campaigns."))
    if campaign is not None and not can_run(by, campaign):
        raise NotAllowed(_("Only the admins of the campaign's organization change it."))
    name = (name or "").strip()
    if not name:
        raise InvalidInput(_("Give the campaign a name."), fields={"name": _("Required.")})
    if len(name) > 100:
        raise InvalidInput(
            _("The name is at most 100 characters."), fields={"name": _("Too long.")}
        )
    if kind not in Campaign.Kind.values:
        raise InvalidInput(_("Choose the kind of campaign."), fields={"kind": _("Not a choice.")})
    if end < start:
        raise InvalidInput(_("The period ends before it starts."),
                           fields={"end": _("Before the start.")})  # fmt: skip
    if (end - start).days > 366:
        raise InvalidInput(_("A campaign lasts at most a year."),
                           fields={"end": _("More than a year after the start.")})  # fmt: skip
    clean = _targets(targets or {})
    campaign = campaign or Campaign(created_by=by if getattr(by, "is_authenticated", False)
                                    else None)  # fmt: skip
    campaign.organization, campaign.name, campaign.kind = organization, name, kind
    campaign.start, campaign.end = start, end
    campaign.description = (description or "").strip()[:2000]
    campaign.targets = clean
    campaign.save()
    return campaign


PARTS: dict[str, Any] = {"needs": Need, "rounds": Round, "problems": Problem}


def _under(part: str, campaign: Campaign) -> Q:
    path = campaign.organization.path
    if part == "needs":
        return Q(community__path__startswith=path)
    return Q(organization__path__startswith=path)


def candidates(campaign: Campaign, part: str, limit: int = 100) -> QuerySet[Any]:
    """What could be grouped under the campaign: of its organization or beneath it, in its
    period, not grouped yet."""
    model = PARTS[part]
    since = timezone.make_aware(dt.datetime.combine(campaign.start, dt.time.min))
    until = timezone.make_aware(dt.datetime.combine(campaign.end + dt.timedelta(days=1),
                                                    dt.time.min))  # fmt: skip
    found = model.objects.filter(_under(part, campaign)).exclude(campaigns=campaign)
    if part == "needs":
        found = (
            found.filter(starts_at__gte=since, starts_at__lt=until)
            .exclude(status=Need.Status.CANCELLED)
            .select_related("community")
            .order_by("starts_at")
        )
    elif part == "rounds":
        found = found.filter(date__gte=campaign.start, date__lte=campaign.end).order_by("date")
    else:
        found = found.filter(created_at__gte=since, created_at__lt=until).select_related(
            "organization").order_by("deadline")  # fmt: skip
    return found[:limit]


def campaign_link(*, campaign: Campaign, part: str, ids: list[int], by: Any,
                  remove: bool = False) -> int:  # fmt: skip
    """Group (or ungroup) needs, rounds or problems under the campaign: all or none; each
    must be of the campaign's organization or beneath it."""
    if not can_run(by, campaign):
        raise NotAllowed(_("Only the admins of the campaign's organization change it."))
    if part not in PARTS:
        raise InvalidInput(_("Needs, rounds or problems."), fields={"part": _("Not a choice.")})
    ids = sorted({int(i) for i in ids})[:500]
    if not ids:
        raise InvalidInput(_("Choose at least one."), fields={part: _("Nothing chosen.")})
    model = PARTS[part]
    found = list(model.objects.filter(_under(part, campaign), pk__in=ids))
    missing = sorted(set(ids) - {o.pk for o in found})
    if missing:
        raise InvalidInput(
            _("Not of %(org)s or beneath it: %(ids)s.")
            % {"org": campaign.organization.name, "ids": ", ".join(map(str, missing[:10]))},
            fields={part: _("Outside the campaign's organization.")},
        )
    with transaction.atomic():
        relation = getattr(campaign, part)
        if remove:
            relation.remove(*found)
        else:
            relation.add(*found)
    return len(found)


# Progress -----------------------------------------------------------------------------------


@dataclass
class Progress:
    key: str
    label: Any
    unit: Any
    value: int | Decimal
    target: int | None

    @property
    def percent(self) -> int | None:
        if not self.target:
            return None
        return min(100, int(Decimal(self.value) * 100 / self.target))


def progress(campaign: Campaign) -> list[Progress]:
    """Each target (and each figure with none) against what the campaign's items achieved:
    its needs' credited work counted as the figures count it (``cloudmap.figures``)."""
    from jinlin.cloudmap.figures import work_of_needs

    values: dict[str, int | Decimal] = {
        **work_of_needs(campaign.needs.all()),
        "problems_closed": campaign.problems.filter(status=Problem.Status.CLOSED).count(),
        "rounds": campaign.rounds.count(),
    }
    out = []
    for key, (label, unit) in target_labels().items():
        target = campaign.targets.get(key)
        if target or values[key]:
            out.append(Progress(key, label, unit, values[key], target))
    return out


def overall(found: list[Progress]) -> int | None:
    """The campaign's progress: the mean of its targets' (None when it set none)."""
    shares = [p.percent for p in found if p.percent is not None]
    return round(sum(shares) / len(shares)) if shares else None


# 活动方案 and 宣传 ----------------------------------------------------------------------------

PLAN_KINDS = (Organization.Kind.STREET, Organization.Kind.COMMUNITY, Organization.Kind.UNIT,
              Organization.Kind.BRANCH)  # fmt: skip


def plan_save(
    *, campaign: Campaign, organization: Organization, title: str, summary: str,
    adopted_on: dt.date | None, by: Any,
) -> CampaignPlan:  # fmt: skip
    """An organization under the campaign's adopts (or changes) its own activity plan."""
    if not access.can_manage_organization(by, organization):
        raise NotAllowed(_("Only the organization's own admins record its plan."))
    if organization.kind not in PLAN_KINDS or not organization.path.startswith(
        campaign.organization.path
    ):
        raise InvalidInput(
            _("%(org)s is not under %(campaign_org)s, which runs this campaign.")
            % {"org": organization.name, "campaign_org": campaign.organization.name},
            fields={"organization": _("Not under the campaign's organization.")},
        )
    errors = {}
    title = " ".join((title or "").split())
    summary = (summary or "").strip()
    if not title or len(title) > 100:
        errors["title"] = _("Required, at most 100 characters.")
    if not summary or len(summary) > 2000:
        errors["summary"] = _("Required, at most 2000 characters.")
    if adopted_on is None:
        errors["adopted_on"] = _("Required.")
    elif adopted_on > timezone.localdate():
        errors["adopted_on"] = _("Not in the future.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    assert adopted_on is not None
    plan, _created = CampaignPlan.objects.update_or_create(
        campaign=campaign, organization=organization,
        defaults={"title": title, "summary": summary, "adopted_on": adopted_on,
                  "created_by": by if getattr(by, "is_authenticated", False) else None},
    )  # fmt: skip
    return plan


def plan_coverage(campaign: Campaign) -> tuple[int, int]:
    """(organizations with a plan, party branches and communities under the campaign's
    organization): “各级党组织全部制定了活动方案”."""
    path = campaign.organization.path
    expected = Organization.objects.filter(
        path__startswith=path, kind__in=(Organization.Kind.BRANCH, Organization.Kind.COMMUNITY)
    ).count()
    return campaign.plans.count(), expected


def publicity_record(
    *, organization: Organization, channel: str, date: dt.date | None, title: str,
    reach: Any = None, campaign: Campaign | None = None, by: Any,
) -> Publicity:  # fmt: skip
    """宣传 done by an organization (家校共建, QQ群, 微信群 …), recorded to be counted."""
    if not access.can_manage_organization(by, organization):
        raise NotAllowed(_("Only the organization's own admins record its publicity."))
    errors = {}
    if channel not in Publicity.Channel.values:
        errors["channel"] = _("Not a choice.")
    title = " ".join((title or "").split())
    if not title or len(title) > 100:
        errors["title"] = _("Required, at most 100 characters.")
    if date is None:
        errors["date"] = _("Required.")
    elif date > timezone.localdate():
        errors["date"] = _("Not in the future.")
    number = None
    if reach not in (None, ""):
        try:
            number = int(str(reach).strip())
            if not 0 <= number <= 10_000_000:
                raise ValueError
        except ValueError:
            errors["reach"] = _("A whole number from 0 to 10,000,000.")
    if campaign is not None and not organization.path.startswith(campaign.organization.path):
        errors["campaign"] = _("The organization is not under the campaign's.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    assert date is not None
    return Publicity.objects.create(
        organization=organization, channel=channel, date=date, title=title, reach=number,
        campaign=campaign, created_by=by if getattr(by, "is_authenticated", False) else None,
    )  # fmt: skip
