"""A member's hours by month (我的时长's bars, 服务卡's table): the calendar months of the window,
a month without service counting 0, so that the bars keep time's spacing; none from before it."""

import datetime as dt

from django.utils import timezone

from jinlin.service import selectors
from jinlin.service import services as service_services
from tests.needs_helpers import new_member


def _served(cast, member, days_ago, hours):
    report = service_services.report_submit(
        member=member,
        date=timezone.localdate() - dt.timedelta(days=days_ago),
        hours=hours,
        content="清理单车棚",
    )
    service_services.report_approve(report=report, by=cast.community_admin)


def _month(day: dt.date) -> str:
    return day.strftime("%Y-%m")


def test_months_without_service_count_zero(cast):
    member = new_member(cast, "王五", "13700137000")
    assert selectors.member_hours_by_month(member) == []
    today = timezone.localdate()
    _served(cast, member, 150, 2)
    _served(cast, member, 0, 1.5)
    months = selectors.member_hours_by_month(member)
    first = today - dt.timedelta(days=150)
    assert months[0] == (_month(first), 2.0)
    assert months[-1] == (_month(today), 1.5)
    # Every calendar month between, in order, once.
    expected = (today.year - first.year) * 12 + today.month - first.month + 1
    assert len(months) == expected >= 5
    assert [m for m, _h in months] == sorted({m for m, _h in months})
    assert sum(h for _m, h in months) == 3.5
    # A shorter window leaves the older month out.
    assert selectors.member_hours_by_month(member, 2)[-1] == (_month(today), 1.5)
    assert _month(first) not in dict(selectors.member_hours_by_month(member, 2))


def test_the_window_is_calendar_months():
    assert selectors.months_window(12, dt.date(2026, 12, 3)) == dt.date(2026, 1, 1)
    assert selectors.months_window(12, dt.date(2026, 3, 31)) == dt.date(2025, 4, 1)
    assert selectors.months_window(1, dt.date(2026, 1, 15)) == dt.date(2026, 1, 1)
    assert selectors.months_window(2, dt.date(2026, 1, 15)) == dt.date(2025, 12, 1)


def test_the_service_card_shows_the_same_months(cast):
    from jinlin.reports.services import member_card_html

    member = new_member(cast, "王五", "13700137000")
    _served(cast, member, 150, 2)
    html = member_card_html(member)
    first = timezone.localdate() - dt.timedelta(days=150)
    since = selectors.months_window(12)
    assert f"{since.year}年{since.month}月 起" in html
    for month, _hours in selectors.member_hours_by_month(member):
        assert f">{month}<" in html
    assert _month(first) in html


def test_no_row_of_a_paper_is_split_between_two_pages(cast):
    """服务卡 with enough records for two pages: every row of its tables lies on one page (the
    heading row repeats on every page, as it should)."""
    from weasyprint import HTML

    from jinlin.reports.services import _paper_rules, member_card_html

    member = new_member(cast, "王五", "13700137000")
    for day in range(1, 13):
        report = service_services.report_submit(
            member=member,
            date=timezone.localdate() - dt.timedelta(days=day),
            hours=1,
            content="清理楼道堆放杂物，劝导占道经营，入户发放文明城市创建宣传资料并讲解" * 2,
        )
        service_services.report_approve(report=report, by=cast.community_admin)
    pages = HTML(string=member_card_html(member)).render(stylesheets=[_paper_rules()]).pages
    assert len(pages) >= 2
    seen: dict[int, set[int]] = {}

    def rows(box, number):
        heading = box.element is not None and any(cell.tag == "th" for cell in box.element)
        if type(box).__name__ == "TableRowBox" and box.element is not None and not heading:
            seen.setdefault(id(box.element), set()).add(number)
        for child in getattr(box, "children", []):
            rows(child, number)

    for number, page in enumerate(pages):
        rows(page._page_box, number)
    assert len(seen) >= 12
    assert [pages_of for pages_of in seen.values() if len(pages_of) > 1] == []
