"""Calendars of claims (.ics), written with the ``icalendar`` library: every text is escaped
by it (a bare carriage return in a place once broke a hand-written line), and what older data
may hold in control characters is stripped first."""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from collections.abc import Callable
from typing import Any

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from jinlin.core.nul import clean_text
from jinlin.needs.models import CalendarFeed, Claim, Need


def _calendar(name: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Jinlin//Needs//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", clean_text(name))
        calendar.add("x-published-ttl", "PT1H")  # how often a phone asks again
    return calendar


def _event(claim: Claim, url: str) -> Event:
    """One claim as an event; its uid stays the same for the claim's life, so a phone that
    subscribes updates the event (a moved time, a cancellation) instead of adding another."""
    need = claim.need
    event = Event()
    event.add("uid", f"claim-{claim.pk}@jinlin")
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", need.starts_at.astimezone(dt.UTC))
    event.add("dtend", need.ends_at.astimezone(dt.UTC))
    event.add("summary", clean_text(need.title))
    event.add("location", clean_text(need.place))
    event.add("description", clean_text(f"{need.community.name} · {need.description}"))
    event.add("url", url)
    cancelled = claim.status == Claim.Status.CANCELLED or need.status == Need.Status.CANCELLED
    waiting = claim.status == Claim.Status.WAITLISTED
    event.add("status", "CANCELLED" if cancelled else "TENTATIVE" if waiting else "CONFIRMED")
    if not cancelled:
        alarm = Alarm()
        alarm.add("trigger", dt.timedelta(hours=-1))
        alarm.add("action", "DISPLAY")
        alarm.add("description", clean_text(need.title))
        event.add_component(alarm)
    return event


def claim_ics(claim: Claim, url: str) -> bytes:
    calendar = _calendar()
    calendar.add_component(_event(claim, url))
    return bytes(calendar.to_ical())


FEED_PAST = dt.timedelta(days=90)


def member_feed_ics(member_id: int, name: str, url_of: Callable[[Need], str]) -> bytes:
    """A member's claims as one calendar to subscribe to: the last 90 days and everything
    ahead, waitlisted and cancelled ones marked as such."""
    calendar = _calendar(name)
    claims = (
        Claim.objects.filter(member_id=member_id, need__ends_at__gte=timezone.now() - FEED_PAST)
        .select_related("need", "need__community")
        .order_by("need__starts_at")[:500]
    )
    for claim in claims:
        calendar.add_component(_event(claim, url_of(claim.need)))
    return bytes(calendar.to_ical())


# The private feed ----------------------------------------------------------------------------


def feed_of(member: Any) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(member=member).first()


def feed_renew(*, member: Any) -> CalendarFeed:
    """A new secret address for the member's calendar; the old one stops answering at once."""
    secret = secrets.token_urlsafe(32)
    fresh = {"secret": secret, "created_at": timezone.now(), "last_read_at": None}
    feed, _created = CalendarFeed.objects.update_or_create(member=member, defaults=fresh)
    return feed


def feed_end(*, member: Any) -> bool:
    """The member ends their calendar address; whoever held it reads nothing more."""
    return CalendarFeed.objects.filter(member=member).delete()[0] > 0


def feed_by_secret(secret: str) -> CalendarFeed | None:
    if not (20 <= len(secret) <= 64) or not secret.replace("-", "").replace("_", "").isalnum():
        return None
    feed = CalendarFeed.objects.select_related("member").filter(secret=secret).first()
    if feed is not None and not hmac.compare_digest(feed.secret, secret):
        return None
    return feed
