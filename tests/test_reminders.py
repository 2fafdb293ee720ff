"""Reminders on the queue, with a moved clock: a claimed need the day before and within the
hour before it starts, a visit coming due, a rectification deadline near — in the bell, by text
message for those who chose it, never twice for the same event; and the scheduler that runs
them (and the daily jobs) takes each turn once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from jinlin.core import sms
from jinlin.core.models import ScheduledRun
from jinlin.core.schedule import Job, jobs, next_turn, run_due
from jinlin.members.services import member_sms_reminders_set
from jinlin.needs import services as need_services
from jinlin.notifications.models import Notification, Reminder
from jinlin.notifications.reminders import reminders_send
from tests.care_helpers import household, pairing
from tests.conftest import client_for
from tests.needs_helpers import new_member, publish
from tests.oversight_helpers import problem

pytestmark = pytest.mark.django_db


def reminders_of(user):
    return list(
        Notification.objects.filter(user=user, kind=Notification.Kind.REMINDER).order_by("id")
    )


@pytest.fixture
def claimed(cast):
    """A member with an account and a phone who claimed a need starting in three days."""
    member = new_member(cast, "王五", "13700137000")
    starts = timezone.now().replace(microsecond=0) + dt.timedelta(days=3)
    need = publish(cast, starts_at=starts, ends_at=starts + dt.timedelta(hours=2))
    need_services.claim_create(need=need, member=member)
    return member, need


def test_a_claimed_need_the_day_before_and_the_hour_before(cast, claimed):
    member, need = claimed
    start = need.starts_at
    assert reminders_send(start - dt.timedelta(hours=30))["needs"] == 0  # too early
    assert reminders_send(start - dt.timedelta(hours=23))["needs"] == 1
    assert reminders_send(start - dt.timedelta(hours=20))["needs"] == 0  # not twice
    assert reminders_send(start - dt.timedelta(minutes=50))["needs"] == 1  # the hour before
    assert reminders_send(start - dt.timedelta(minutes=10))["needs"] == 0
    assert reminders_send(start + dt.timedelta(minutes=5))["needs"] == 0  # it has started
    day, hour = reminders_of(member.user)
    assert "清理楼道杂物" in day.text and need.place in day.text
    assert day.url == f"/needs/{need.pk}/"
    with timezone.override("Asia/Shanghai"):
        assert timezone.localtime(start).strftime("%H:%M") in hour.text


def test_a_need_moved_to_another_day_is_a_new_event(cast, claimed):
    member, need = claimed
    reminders_send(need.starts_at - dt.timedelta(hours=20))
    later = need.starts_at + dt.timedelta(days=2)
    need_services.need_update(
        need=need, by=cast.community_admin, starts_at=later, ends_at=later + dt.timedelta(hours=2)
    )
    assert reminders_send(later - dt.timedelta(hours=20))["needs"] == 1
    assert len(reminders_of(member.user)) == 2


def test_a_cancelled_claim_or_need_is_not_reminded(cast, claimed):
    member, need = claimed
    need_services.need_cancel(need=need, reason="台风", by=cast.community_admin)
    assert reminders_send(need.starts_at - dt.timedelta(hours=20))["needs"] == 0


def test_by_text_message_only_for_those_who_chose_it(cast, claimed):
    member, need = claimed
    before = len(sms.outbox)
    reminders_send(need.starts_at - dt.timedelta(hours=20))
    assert len(sms.outbox) == before  # not chosen: the bell only
    member_sms_reminders_set(member=member, on=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
        reminders_send(need.starts_at - dt.timedelta(minutes=30))
    phone, text = sms.outbox[-1]
    assert phone == "13700137000" and text.startswith("【近邻】") and "清理楼道杂物" in text
    assert Reminder.objects.filter(user=member.user, texted=True).count() == 1


def test_the_member_chooses_on_the_notifications_page(cast, claimed):
    member, _need = claimed
    client = client_for(member.user)
    assert b'id="sms-reminders"' in client.get("/notifications/").content
    client.post("/notifications/sms/", {"sms_reminders": "on"})
    member.refresh_from_db()
    assert member.sms_reminders
    client.post("/notifications/sms/", {})
    member.refresh_from_db()
    assert not member.sms_reminders


def test_a_visit_coming_due(cast):
    member = new_member(cast, "赵六", "13600136000")
    paired = pairing(cast, household(cast), member, days_ago=1, cadence=5)
    due = paired.next_visit_on
    at = timezone.make_aware(dt.datetime.combine(due - dt.timedelta(days=5), dt.time(9)))
    assert reminders_send(at)["visits"] == 0  # five days ahead: not yet
    at = timezone.make_aware(dt.datetime.combine(due - dt.timedelta(days=2), dt.time(9)))
    assert reminders_send(at)["visits"] == 1
    assert reminders_send(at + dt.timedelta(days=1))["visits"] == 0
    (notice,) = reminders_of(member.user)
    assert "王秀英" in notice.text and due.isoformat() in notice.text


def test_a_deadline_near_reaches_the_organizations_admins(cast):
    found = problem(cast, deadline=timezone.localdate() + dt.timedelta(days=5))
    now = timezone.now()
    assert reminders_send(now)["deadlines"] == 0
    assert reminders_send(now + dt.timedelta(days=3, hours=1))["deadlines"] == 1
    assert reminders_send(now + dt.timedelta(days=4))["deadlines"] == 0
    (notice,) = reminders_of(cast.community_admin)
    assert found.title in notice.text and notice.url == f"/oversight/problems/{found.pk}/"
    assert reminders_of(cast.supervisor) == []


def test_the_scheduler_takes_each_turn_once():
    registered = jobs()
    assert {"reminders", "escalate_overdue", "close_ended_needs", "anchor_ledger"} <= set(
        registered
    )
    # Noon, not the clock's time: six minutes on from 01:55 a daily 02:00 job would be due too.
    now = timezone.make_aware(dt.datetime.combine(timezone.localdate(), dt.time(12, 0)))
    first = run_due(now)
    assert set(first) == set(registered)  # the first turn of each
    assert run_due(now + dt.timedelta(minutes=1)) == {}  # nothing is due a minute later
    later = run_due(now + dt.timedelta(minutes=6))
    assert set(later) == {"reminders", "kept_figures"}  # the jobs of every five minutes
    row = ScheduledRun.objects.get(name="escalate_overdue")
    assert timezone.localtime(row.next_run_at).time() == dt.time(6, 0)
    assert run_due(row.next_run_at).keys() >= {"escalate_overdue"}


def test_a_daily_job_runs_at_its_time():
    job = Job("x", lambda now: None, at=dt.time(6, 0))

    def at(day: int, hour: int) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(dt.date(2026, 12, day), dt.time(hour)))

    assert next_turn(job, at(1, 5)) == at(1, 6)
    assert next_turn(job, at(1, 7)) == at(2, 6)


def test_the_quarterly_feedback_is_scheduled_and_catches_up(cast):
    """In the first month of a quarter the last quarter's sheet of every unit with members is
    made once; later in the quarter nothing is."""
    from jinlin.reports.models import FeedbackSheet
    from jinlin.reports.services import feedback_quarter_due, feedback_units

    assert "quarterly_feedback" in jobs()
    units = feedback_units()
    assert cast.unit in units
    assert feedback_quarter_due(dt.date(2026, 11, 30)) == 0  # two months into Q4
    assert feedback_quarter_due(dt.date(2026, 10, 3)) == len(units)  # a worker down on the 1st
    assert FeedbackSheet.objects.filter(quarter="2026Q3").count() == len(units)
    assert feedback_quarter_due(dt.date(2026, 10, 4)) == 0  # never twice
