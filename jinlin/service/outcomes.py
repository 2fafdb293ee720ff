"""成效: an activity's outcomes (清理出杂物28车), recorded once per activity as its total.

The community records the total on the roster page (or the API's ``PUT
/needs/{id}/outcomes``). A member's share, sent with the acceptance of their claim (the API's
per-claim ``outcomes``), is kept on the attendance; until the community has recorded a total
for that outcome, the shares' sum stands in for it (``from_shares``), and once it has, shares
never change it. The figures count these rows, one per activity and outcome.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import IntegerField, Sum
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.needs import access as need_access
from jinlin.needs.models import METRICS, Need
from jinlin.service.models import ActivityOutcome, Attendance

MAX_COUNT = 1_000_000


def clean_counts(value: Any, need: Need, *, blank_is_none: bool = False) -> dict[str, int | None]:
    """Counts by outcome key, each a whole number from 0 to a million, each an outcome the need
    counts. With ``blank_is_none`` an empty value means “not recorded” (None)."""
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise InvalidInput(_("Outcomes are counts by name."), fields={"outcomes": _("Invalid.")})
    cleaned: dict[str, int | None] = {}
    for key, count in value.items():
        if key not in need.metrics or key not in METRICS:
            raise InvalidInput(
                _("“%(name)s” is not an outcome this need counts.") % {"name": str(key)[:40]},
                fields={"outcomes": _("Unknown outcome %(name)s.") % {"name": str(key)[:40]}},
            )
        if blank_is_none and (count is None or str(count).strip() == ""):
            cleaned[key] = None
            continue
        try:
            number = int(str(count).strip()) if isinstance(count, str) else int(count)
            if isinstance(count, bool) or not 0 <= number <= MAX_COUNT or float(count) != number:
                raise ValueError
        except (TypeError, ValueError, OverflowError) as exc:
            label = METRICS[key][0]
            raise InvalidInput(
                _("%(label)s: a whole number from 0 to %(max)s.") % {"label": label,
                                                                     "max": MAX_COUNT},
                fields={"outcomes": _("Invalid count for %(name)s.") % {"name": key}},
            ) from exc  # fmt: skip
        cleaned[key] = number
    return cleaned


def activity_outcomes_set(*, need: Need, outcomes: Any, by: Any = None) -> list[ActivityOutcome]:
    """The community records the activity's outcomes as its totals (a blank leaves an outcome
    unrecorded). Only the need's community admins, once the activity has begun."""
    if by is not None and not need_access.can_manage_need(by, need):
        raise NotAllowed(_("Only the need's community admins record its outcomes."))
    if need.status == Need.Status.CANCELLED:
        raise Conflict(_("This need was cancelled."), code="cancelled")
    if timezone.now() < need.starts_at:
        raise Conflict(
            _("Outcomes are recorded once the activity has begun."), code="not_started"
        )
    cleaned = clean_counts(outcomes, need, blank_is_none=True)
    recorder = by if by is not None and getattr(by, "is_authenticated", False) else None
    with transaction.atomic():
        Need.objects.select_for_update().filter(pk=need.pk).values_list("pk").first()
        for metric, count in cleaned.items():
            if count is None:
                ActivityOutcome.objects.filter(need=need, metric=metric).delete()
                continue
            ActivityOutcome.objects.update_or_create(
                need=need,
                metric=metric,
                defaults={
                    "count": count,
                    "from_shares": False,
                    "recorded_by": recorder,
                    "recorded_at": timezone.now(),
                },
            )
    return list(ActivityOutcome.objects.filter(need=need).order_by("metric"))


def share_value(metric: str) -> Cast:
    """A member's share of one outcome (their attendance's ``outcomes`` JSON), as a number."""
    return Cast(KeyTextTransform(metric, "outcomes"), IntegerField())


def shares_roll_up(*, need: Need, metrics: list[str]) -> None:
    """After an acceptance with shares: each of these outcomes the community has not recorded
    as a total becomes the sum of the accepted members' shares. The caller's transaction
    holds the need's row, so simultaneous acceptances sum in turn."""
    for metric in metrics:
        existing = ActivityOutcome.objects.filter(need=need, metric=metric).first()
        if existing is not None and not existing.from_shares:
            continue
        total = (
            Attendance.objects.filter(
                claim__need=need,
                decision=Attendance.Decision.ACCEPTED,
                outcomes__has_key=metric,
            ).aggregate(n=Sum(share_value(metric)))["n"]
            or 0
        )
        ActivityOutcome.objects.update_or_create(
            need=need,
            metric=metric,
            defaults={"count": min(total, MAX_COUNT), "from_shares": True},
        )


def activity_outcomes(need: Need) -> dict[str, ActivityOutcome]:
    return {o.metric: o for o in ActivityOutcome.objects.filter(need=need)}
