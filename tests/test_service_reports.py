"""服务登记: reported service is credited only when the member's community approves it."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone
from django.utils.translation import override

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.reports import services as report_services
from jinlin.service import selectors, services
from jinlin.service.models import ServiceRecord, ServiceReport
from tests.needs_helpers import new_member
from tests.standing_helpers import photo, served_need

Status = ServiceReport.Status


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.fixture
def member(cast):
    return new_member(cast, "王五", "13700137000")


def _yesterday():
    return timezone.localdate() - dt.timedelta(days=1)


def _at(day, hhmm):
    return timezone.make_aware(dt.datetime.combine(day, dt.time.fromisoformat(hhmm)))


def test_pending_hours_count_nowhere_until_approved(cast, member):
    report = services.report_submit(
        member=member, date=_yesterday(), hours="2.5", content="清理单车棚", photo=photo()
    )
    assert report.status == Status.PENDING and report.community == cast.community
    assert selectors.member_totals(member)["hours"] == 0
    assert not ServiceRecord.objects.exists()
    quarter = f"{_yesterday().year}Q{(_yesterday().month - 1) // 3 + 1}"
    row = next(
        r for r in report_services.unit_feedback_rows(cast.unit, quarter) if r.member == member
    )
    assert row.hours == 0
    services.report_approve(report=report, by=cast.community_admin)
    report.refresh_from_db()
    assert report.status == Status.APPROVED and report.record is not None
    assert report.record.source == ServiceRecord.Source.REPORT
    assert selectors.member_totals(member)["hours"] == Decimal("2.50")
    row = next(
        r for r in report_services.unit_feedback_rows(cast.unit, quarter) if r.member == member
    )
    assert (row.report_hours, row.hours) == (Decimal("2.50"), Decimal("2.50"))
    with pytest.raises(Conflict):
        services.report_approve(report=report, by=cast.community_admin)
    assert ServiceRecord.objects.count() == 1


def test_a_rejection_says_why_and_credits_nothing(cast, member):
    report = services.report_submit(member=member, date=_yesterday(), hours=1, content="巡逻")
    with pytest.raises(InvalidInput):
        services.report_reject(report=report, reason="", by=cast.community_admin)
    services.report_reject(report=report, reason="没有照片佐证", by=cast.community_admin)
    report.refresh_from_db()
    assert (report.status, report.reason) == (Status.REJECTED, "没有照片佐证")
    assert not ServiceRecord.objects.exists()
    with pytest.raises(Conflict):
        services.report_approve(report=report, by=cast.community_admin)


def test_only_the_members_community_reviews(cast, member):
    report = services.report_submit(member=member, date=_yesterday(), hours=1, content="巡逻")
    for outsider in (cast.community2_admin, cast.unit_admin, cast.street_admin, member.user):
        with pytest.raises(NotAllowed):
            services.report_approve(report=report, by=outsider)
        with pytest.raises(NotAllowed):
            services.report_reject(report=report, reason="x", by=outsider)
    assert ServiceReport.objects.get().status == Status.PENDING
    assert not ServiceRecord.objects.exists()


@pytest.mark.parametrize(
    ("day", "hours", "field"),
    [
        (1, "25", "hours"),
        (1, "0", "hours"),
        (1, "-2", "hours"),
        (1, "abc", "hours"),
        (-1, "2", "date"),
        (400, "2", "date"),
    ],
)
def test_impossible_hours_and_dates_are_refused(cast, member, day, hours, field):
    with pytest.raises(InvalidInput) as info:
        services.report_submit(
            member=member,
            date=timezone.localdate() - dt.timedelta(days=day),
            hours=hours,
            content="巡逻",
        )
    assert field in info.value.fields
    assert not ServiceReport.objects.exists()


def test_a_day_holds_no_more_than_24_hours(cast, member):
    services.report_submit(member=member, date=_yesterday(), hours=20, content="值守")
    with pytest.raises(InvalidInput) as info:
        services.report_submit(member=member, date=_yesterday(), hours=5, content="巡逻")
    assert "more than a day" in info.value.message
    assert ServiceReport.objects.count() == 1


def test_the_same_time_cannot_be_reported_twice(cast, member):
    day = _yesterday()
    services.report_submit(
        member=member,
        date=day,
        content="值守",
        starts_at=_at(day, "09:00"),
        ends_at=_at(day, "11:00"),
    )
    with pytest.raises(Conflict) as info:
        services.report_submit(
            member=member,
            date=day,
            content="巡逻",
            starts_at=_at(day, "10:30"),
            ends_at=_at(day, "12:00"),
        )
    assert info.value.code == "duplicate_report" and "09:00" in info.value.message
    with pytest.raises(Conflict):
        services.report_submit(member=member, date=day, hours=2, content="值守")
    later = services.report_submit(
        member=member,
        date=day,
        content="巡逻",
        starts_at=_at(day, "11:00"),
        ends_at=_at(day, "12:00"),
    )
    assert later.hours == Decimal("1.00")


def test_hours_already_credited_from_a_need_are_not_reported_again(cast, member):
    need, _claim = served_need(cast, member)
    start = timezone.localtime(need.starts_at)
    with pytest.raises(Conflict) as info:
        services.report_submit(
            member=member,
            date=start.date(),
            content="又做了一遍",
            starts_at=need.starts_at,
            ends_at=min(need.starts_at + dt.timedelta(minutes=5), timezone.now()),
        )
    assert need.title in info.value.message


def test_members_report_only_for_themselves_and_need_a_community(cast, member):
    with pytest.raises(NotAllowed):
        services.report_submit(
            member=member, date=_yesterday(), hours=1, content="x", by=cast.member_user
        )
    lonely = new_member(cast, "孤", "13700137009", registered=False)
    lonely.community = None
    lonely.save(update_fields=["community"])
    with pytest.raises(InvalidInput) as info:
        services.report_submit(member=lonely, date=_yesterday(), hours=1, content="x")
    assert "community" in info.value.fields


def test_the_ledger_is_written_in_the_sites_language_whatever_the_readers(cast, member):
    report = services.report_submit(member=member, date=_yesterday(), hours=1, content="巡逻")
    services.report_approve(report=report, by=cast.community_admin)  # English is active here
    record = ServiceRecord.objects.get()
    assert (record.activity_name, record.evaluation) == ("服务登记", "社区审核通过")
