"""Reminders, sent by the scheduler on the queue (jinlin.core.schedule): a claimed need the
day before and within the hour before it starts, a paired household's visit coming due, a
problem's rectification deadline near. To the bell, and by text message to members who chose
it (``Member.sms_reminders``, through SMS_BACKEND). Each is keyed by its event (a need moved
to another time is a new event) and person, under a unique constraint: never sent twice,
whatever the number of workers or turns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_noop, override

from jinlin.notifications.models import Notification, Reminder
from jinlin.notifications.services import notify

DAY_BEFORE = dt.timedelta(hours=24)
HOUR_BEFORE = dt.timedelta(hours=1)
VISIT_AHEAD_DAYS = 3
DEADLINE_AHEAD_DAYS = 2


def _send(*, key: str, user_id: int | None, message: str, params: dict[str, Any], url: str,
          phone: str | None = None) -> bool:  # fmt: skip
    """One reminder, once: the key is taken and the notice written in one transaction; the
    text message goes after it commits."""
    from jinlin.core.sms import send_sms

    if user_id is None:
        return False
    try:
        with transaction.atomic():
            Reminder.objects.create(key=key, user_id=user_id, texted=bool(phone))
            notify(
                user_ids=[user_id], kind=Notification.Kind.REMINDER, message=message,
                params=params, url=url,
            )  # fmt: skip
            if phone:
                with override(settings.LANGUAGE_CODE):
                    text = Notification(message=message, params=params).text
                transaction.on_commit(lambda: send_sms(phone, f"【近邻】{text}"))
    except IntegrityError:
        return False
    return True


def _phone(member: Any) -> str | None:
    return member.phone if member is not None and member.sms_reminders and member.phone else None


def _claims(now: dt.datetime) -> int:
    from jinlin.needs.models import Claim, Need

    sent = 0
    claims = Claim.objects.filter(
        status=Claim.Status.CONFIRMED,
        member__user__isnull=False,
        need__status=Need.Status.PUBLISHED,
        need__starts_at__gt=now,
        need__starts_at__lte=now + DAY_BEFORE,
    ).select_related("need", "member")
    for claim in claims:
        need = claim.need
        soon = need.starts_at - now <= HOUR_BEFORE
        when = timezone.localtime(need.starts_at)
        sent += _send(
            key=f"claim:{claim.pk}:{'hour' if soon else 'day'}:{int(need.starts_at.timestamp())}",
            user_id=claim.member.user_id,
            message=gettext_noop("Within the hour: “%(title)s” starts at %(time)s, %(place)s.")
            if soon
            else gettext_noop("Reminder: “%(title)s” starts at %(time)s, %(place)s."),
            params={
                "title": need.title,
                "time": when.strftime("%Y-%m-%d %H:%M"),
                "place": need.place,
            },
            url=reverse("need-detail", args=[need.pk]),
            phone=_phone(claim.member),
        )
    return sent


def _visits(today: dt.date) -> int:
    from jinlin.care.models import Pairing

    sent = 0
    pairings = Pairing.objects.filter(
        ended_on__isnull=True,
        member__user__isnull=False,
        next_visit_on__gte=today,
        next_visit_on__lte=today + dt.timedelta(days=VISIT_AHEAD_DAYS),
    ).select_related("member", "household")
    for pairing in pairings:
        sent += _send(
            key=f"visit:{pairing.pk}:{pairing.next_visit_on.isoformat()}",
            user_id=pairing.member.user_id,
            message=gettext_noop("A visit to %(household)s is due by %(date)s."),
            params={
                "household": pairing.household.head_name,
                "date": pairing.next_visit_on.isoformat(),
            },
            url=reverse("my-pairings"),
            phone=_phone(pairing.member),
        )
    return sent


def _deadlines(today: dt.date) -> int:
    from jinlin.members.models import Member
    from jinlin.oversight.models import Problem
    from jinlin.oversight.services import admins_of

    sent = 0
    problems = (
        Problem.objects.filter(
            deadline__gte=today, deadline__lte=today + dt.timedelta(days=DEADLINE_AHEAD_DAYS)
        )
        .exclude(status__in=Problem.DONE)
        .select_related("organization")
    )
    for problem in problems:
        admins = list(dict.fromkeys(admins_of(problem.organization)))
        members = {m.user_id: m for m in Member.objects.filter(user_id__in=admins)}
        for user_id in admins:
            sent += _send(
                key=f"deadline:{problem.pk}:{problem.deadline.isoformat()}:{user_id}",
                user_id=user_id,
                message=gettext_noop(
                    "Deadline near: “%(title)s” of %(org)s is to be put right by %(date)s."
                ),
                params={
                    "title": problem.title,
                    "org": problem.organization.name,
                    "date": problem.deadline.isoformat(),
                },
                url=reverse("problem-detail", args=[problem.pk]),
                phone=_phone(members.get(user_id)),
            )
    return sent


def reminders_send(now: dt.datetime | None = None) -> dict[str, int]:
    """Every reminder due at ``now`` that has not been sent."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return {"needs": _claims(now), "visits": _visits(today), "deadlines": _deadlines(today)}
