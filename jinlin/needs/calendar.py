"""Calendars of claims (.ics), written with the ``icalendar`` library: every text is escaped
by it (a bare carriage return in a place once broke a hand-written line), and what older data
may hold in control characters is stripped first."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from jinlin.core.nul import clean_text
from jinlin.needs.models import Claim, Need


def claim_ics(claim: Claim, url: str) -> bytes:
    need = claim.need
    calendar = Calendar()
    calendar.add("prodid", "-//Jinlin//Needs//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
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
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    alarm = Alarm()
    alarm.add("trigger", dt.timedelta(hours=-1))
    alarm.add("action", "DISPLAY")
    alarm.add("description", clean_text(need.title))
    event.add_component(alarm)
    calendar.add_component(event)
    return bytes(calendar.to_ical())
