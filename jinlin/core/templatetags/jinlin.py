"""Template filters shared by every app's pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import pgettext

from jinlin.core.numbers import hours_text

register = template.Library()


@register.filter
def hours(value: Any) -> str:
    """1.50 → "1.5", 2.00 → "2": hours as people write them (``numbers.hours_text``)."""
    return hours_text(value)


@register.filter
def outcome_list(outcomes: Any) -> list[tuple[str, Any, str]]:
    """{"truckloads": 4} → [("清理垃圾杂物", 4, "车")], in the reader's language."""
    from jinlin.core.outcomes import outcome_label

    rows = []
    for key, value in (outcomes or {}).items():
        label, unit = outcome_label(key)
        rows.append((str(label), value, str(unit)))
    return rows


@register.filter
def person(user: Any) -> str:
    """Who did it, as the page shows them: the full name, else the username; the system for
    steps nobody took by hand (escalations, scheduled jobs, imports)."""
    if user is None or not getattr(user, "pk", None):
        return pgettext("actor of an automatic step", "System")
    return user.get_full_name() or user.get_username()


@register.inclusion_tag("core/_worker_paused.html")
def worker_paused_notice() -> dict[str, bool]:
    """On a page that waits on queued work: say so when no worker is running."""
    from jinlin.core.schedule import worker_paused

    return {"paused": worker_paused()}
