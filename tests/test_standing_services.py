"""微心愿, 岗位认领, grids, 评议, 报到证 and the quarterly feedback to units."""

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import override
from openpyxl import load_workbook

from jinlin.care import services as care_services
from jinlin.care.models import GridPlacement
from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members.models import Registration
from jinlin.posts import services as post_services
from jinlin.posts.models import Application
from jinlin.reports import services as report_services
from jinlin.reports.models import Evaluation, FeedbackSheet
from jinlin.residents import services as resident_services
from jinlin.residents.models import Wish
from jinlin.service import services as service_services
from tests.needs_helpers import new_member
from tests.standing_helpers import photo, served_need, submit


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


# 微心愿 -------------------------------------------------------------------------------------


def _wish(cast, **extra):
    fields = {"title": "一个新书包", "beneficiary": "李小明", "story": "三年级"}
    fields.update(extra)
    return resident_services.wish_post(community=cast.community, by=cast.community_admin, **fields)


def test_a_wish_goes_from_open_to_the_public_wall(cast):
    member = new_member(cast, "王五", "13700137000")
    wish = _wish(cast)
    resident_services.wish_claim(wish=wish, member=member, by=member.user)
    with pytest.raises(InvalidInput):
        resident_services.wish_fulfil(wish=wish, photo=None, by=member.user)
    with pytest.raises(Conflict):
        resident_services.wish_confirm(wish=wish, by=cast.community_admin)
    resident_services.wish_fulfil(wish=wish, photo=photo(), note="送到家", by=member.user)
    with pytest.raises(NotAllowed):
        resident_services.wish_confirm(wish=wish, by=cast.community2_admin)
    resident_services.wish_confirm(wish=wish, by=cast.community_admin)
    wish.refresh_from_db()
    assert wish.status == Wish.Status.CONFIRMED and wish.fulfilled_photo
    assert wish.masked_beneficiary == "李**"


def test_one_member_takes_a_wish_and_only_an_eligible_one(cast):
    first = new_member(cast, "王五", "13700137000")
    second = new_member(cast, "赵六", "13700137001")
    wish = _wish(cast)
    resident_services.wish_claim(wish=wish, member=first)
    with pytest.raises(Conflict) as info:
        resident_services.wish_claim(wish=wish, member=second)
    assert info.value.code == "already_claimed"
    with pytest.raises(NotAllowed):
        resident_services.wish_claim(wish=_wish(cast, title="字典"), member=cast.other_member)
    with pytest.raises(NotAllowed):
        resident_services.wish_fulfil(wish=wish, photo=photo(), by=second.user)


def test_a_request_can_become_a_wish(cast):
    item = submit(cast, title="想要一台收音机", name="林奶奶")
    wish = resident_services.wish_post(
        community=cast.community,
        title=item.title,
        beneficiary=item.requester_name,
        request=item,
        by=cast.community_admin,
    )
    item.refresh_from_db()
    assert wish.request == item and item.status == "accepted"


# 岗位认领 ----------------------------------------------------------------------------------


def _post(cast, **extra):
    fields = {
        "title": "法律咨询岗",
        "category": "legal",
        "places": 1,
        "skills_wanted": ["law"],
        "schedule": "每月第一个周六上午",
    }
    fields.update(extra)
    return post_services.post_save(community=cast.community, by=cast.community_admin, **fields)


def test_matching_applicants_come_first_and_places_are_held(cast):
    post = _post(cast)
    plain = new_member(cast, "王五", "13700137000")
    lawyer = new_member(cast, "赵六", "13700137001")
    post_services.member_set_skills(member=lawyer, skills=["law", "it"], by=lawyer.user)
    first = post_services.post_apply(post=post, member=plain)
    second = post_services.post_apply(post=post, member=lawyer, note="执业律师")
    pending = list(Application.objects.filter(post=post).select_related("member"))
    assert [a.member for a in post_services.suggested_order(post, pending)] == [lawyer, plain]
    with pytest.raises(Conflict):
        post_services.post_apply(post=post, member=lawyer)
    post_services.application_approve(application=second, by=cast.community_admin)
    with pytest.raises(Conflict) as info:
        post_services.application_approve(application=first, by=cast.community_admin)
    assert info.value.code == "full"
    with pytest.raises(InvalidInput):
        post_services.application_decline(application=first, reason="", by=cast.community_admin)
    post_services.application_decline(application=first, reason="名额已满", by=cast.community_admin)
    assert Application.objects.get(pk=first.pk).reason == "名额已满"


def test_leaving_a_post_needs_the_communitys_approval(cast):
    post = _post(cast)
    member = new_member(cast, "王五", "13700137000")
    application = post_services.post_apply(post=post, member=member)
    post_services.application_approve(application=application, by=cast.community_admin)
    with pytest.raises(NotAllowed):
        post_services.application_leave(application=application, by=cast.member_user)
    post_services.application_leave(application=application, by=member.user)
    assert Application.objects.get().status == Application.Status.LEAVING
    post_services.application_leave_decide(
        application=application, approve=True, by=cast.community_admin
    )
    assert Application.objects.get().status == Application.Status.LEFT
    again = post_services.post_apply(post=post, member=member)  # may apply again later
    assert again.status == Application.Status.PENDING


def test_posts_are_the_communitys_own_and_checked(cast):
    with pytest.raises(NotAllowed):
        post_services.post_save(
            community=cast.community,
            title="x",
            category="legal",
            places=1,
            by=cast.community2_admin,
        )
    with pytest.raises(InvalidInput) as info:
        _post(cast, title="", category="nope", places=0, skills_wanted=["flying"])
    assert {"title", "category", "places"} <= set(info.value.fields)
    with pytest.raises(InvalidInput):
        _post(cast, skills_wanted=["flying"])
    with pytest.raises(NotAllowed):
        post_services.post_apply(post=_post(cast), member=cast.other_member)
    with pytest.raises(InvalidInput):
        post_services.member_set_skills(member=cast.member, skills=["flying"])


# Grids ------------------------------------------------------------------------------------


def test_grids_micro_grids_leaders_and_placements(cast):
    member = new_member(cast, "王五", "13700137000")
    grid = care_services.grid_save(
        community=cast.community, name="第一网格", leader=member, by=cast.community_admin
    )
    micro = care_services.grid_save(
        community=cast.community, name="1-1 微网格", parent=grid, by=cast.community_admin
    )
    care_services.grid_place(member=member, grid=grid, by=cast.community_admin)
    care_services.grid_place(member=member, grid=micro, by=cast.community_admin)
    assert GridPlacement.objects.get(member=member).grid == micro  # one grid at a time
    with pytest.raises(InvalidInput):
        care_services.grid_save(community=cast.community, name="第一网格", by=cast.community_admin)
    with pytest.raises(InvalidInput):
        care_services.grid_place(member=cast.other_member, grid=grid, by=cast.community_admin)
    with pytest.raises(NotAllowed):
        care_services.grid_save(community=cast.community, name="x", by=cast.community2_admin)
    other = care_services.grid_save(community=cast.community2, name="大社一格")
    with pytest.raises(InvalidInput):
        care_services.grid_save(community=cast.community, name="y", parent=other)


# 评议 -------------------------------------------------------------------------------------


def test_communities_evaluate_those_registered_with_them_once_a_year(cast):
    member = new_member(cast, "王五", "13700137000")
    year = timezone.localdate().year
    e = report_services.evaluation_set(
        community=cast.community, year=year, member=member, grade="good", by=cast.community_admin
    )
    e2 = report_services.evaluation_set(
        community=cast.community,
        year=year,
        member=member,
        grade="excellent",
        comment="积极",
        by=cast.community_admin,
    )
    assert e.pk == e2.pk and Evaluation.objects.get().grade == "excellent"
    with pytest.raises(InvalidInput):  # not registered with community2
        report_services.evaluation_set(
            community=cast.community2, year=year, member=member, grade="good"
        )
    with pytest.raises(NotAllowed):
        report_services.evaluation_set(
            community=cast.community,
            year=year,
            member=member,
            grade="good",
            by=cast.community2_admin,
        )
    with pytest.raises(InvalidInput):
        report_services.evaluation_set(
            community=cast.community, year=year, member=member, grade="A+"
        )
    with pytest.raises(InvalidInput):
        report_services.evaluation_set(
            community=cast.community, year=year + 1, member=member, grade="good"
        )


def test_a_registered_unit_is_evaluated_too(cast):
    from jinlin.members import services as member_services

    registration = member_services.registration_create_for_unit(
        unit=cast.unit, community=cast.community
    )
    member_services.registration_confirm(registration=registration)
    evaluation = report_services.evaluation_set(
        community=cast.community, year=2026, unit=cast.unit, grade="excellent"
    )
    assert evaluation.unit == cast.unit and evaluation.member is None


# Feedback to units, 报到证 --------------------------------------------------------------------


def test_quarters_are_read_strictly():
    assert report_services.quarter_bounds("2026q3") == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert report_services.quarter_bounds("2026Q4")[1] == dt.date(2026, 12, 31)
    assert report_services.previous_quarter(dt.date(2026, 2, 1)) == "2025Q4"
    assert report_services.recent_quarters(3, dt.date(2026, 2, 1)) == ["2026Q1", "2025Q4", "2025Q3"]
    for bad in ("2026Q5", "Q3", "", "2026-3"):
        with pytest.raises(InvalidInput):
            report_services.quarter_bounds(bad)


def _quarter_of(day):
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def test_the_feedback_sheet_lists_each_members_verified_service(cast, tmp_path):
    member = new_member(cast, "王五", "13700137000")
    need, _claim = served_need(cast, member, hours="2")
    item = submit(cast)
    resident_services.ResidentRequest.objects.filter(pk=item.pk).update(
        status="accepted", need=need
    )
    item.refresh_from_db()
    resident_services.request_rate(request=item, stars=5)
    report = service_services.report_submit(
        member=member, date=timezone.localdate(), hours=1, content="巡逻"
    )
    service_services.report_submit(  # pending: must not count
        member=member, date=timezone.localdate(), hours=3, content="值守"
    )
    service_services.report_approve(report=report, by=cast.community_admin)
    post = _post(cast)
    application = post_services.post_apply(post=post, member=member)
    post_services.application_approve(application=application, by=cast.community_admin)
    report_services.evaluation_set(
        community=cast.community, year=timezone.localdate().year, member=member, grade="excellent"
    )
    quarter = _quarter_of(timezone.localdate())
    rows = {r.member.name: r for r in report_services.unit_feedback_rows(cast.unit, quarter)}
    row = rows["王五"]
    assert (row.needs, row.need_hours, row.report_hours, row.hours) == (
        1,
        Decimal("2.00"),
        Decimal("1.00"),
        Decimal("3.00"),
    )
    assert (row.community, row.posts, row.rating) == ("岑东社区", "法律咨询岗", 5.0)
    assert row.evaluation == f"{timezone.localdate().year} Excellent (优秀)"
    assert "李四" not in rows  # another unit's member

    output = tmp_path / "feedback.xlsx"
    call_command(
        "unit_feedback",
        unit=str(cast.unit.pk),
        quarter=quarter,
        output=str(output),
        stdout=io.StringIO(),
    )
    sheet = load_workbook(output).active
    values = [[c.value for c in r] for r in sheet.iter_rows(min_row=3)]
    assert ["王五", "岑东社区", 1, 2.0, 1.0, 3.0, "法律咨询岗", 5.0, row.evaluation] in values


def test_the_cli_reports_bad_arguments_clearly(cast, tmp_path):
    with pytest.raises(CommandError, match="no unit"):
        call_command("unit_feedback", unit="999", output=str(tmp_path / "f.xlsx"))
    with pytest.raises(CommandError, match="2026Q3"):
        call_command(
            "unit_feedback", unit=cast.unit.code, quarter="2026Q9", output=str(tmp_path / "f.xlsx")
        )
    with pytest.raises(CommandError, match=r"\.xlsx or a \.pdf"):
        call_command("unit_feedback", unit=cast.unit.code, output=str(tmp_path / "f.csv"))
    with pytest.raises(CommandError, match="cannot write"):
        call_command(
            "unit_feedback", unit=cast.unit.code, output=str(tmp_path / "missing" / "f.xlsx")
        )


def test_the_quarterly_job_keeps_a_sheet_per_unit_and_tells_its_admins(cast):
    new_member(cast, "王五", "13700137000")
    call_command("generate_quarterly_feedback", quarter="2026Q3", no_pdf=True, stdout=io.StringIO())
    sheet = FeedbackSheet.objects.get(unit=cast.unit)
    assert sheet.quarter == "2026Q3" and sheet.rows >= 2 and sheet.xlsx
    assert cast.unit_admin.notifications.filter(url="/reports/feedback/").exists()
    call_command("generate_quarterly_feedback", quarter="2026Q3", no_pdf=True, stdout=io.StringIO())
    assert FeedbackSheet.objects.filter(unit=cast.unit).count() == 1


def test_the_registration_slip_and_feedback_are_real_pdfs(cast):
    member = new_member(cast, "王五", "13700137000")
    registration = Registration.objects.get(member=member)
    pdf = report_services.registration_slip_pdf(registration)
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    quarter = _quarter_of(timezone.localdate())
    rows = report_services.unit_feedback_rows(cast.unit, quarter)
    assert report_services.feedback_pdf(cast.unit, quarter, rows).startswith(b"%PDF")


def test_a_slip_is_only_for_a_confirmed_registration(cast):
    from jinlin.members import services as member_services

    member = new_member(cast, "王五", "13700137000", registered=False)
    registration = member_services.registration_create_for_member(
        member=member, community=cast.community
    )
    with pytest.raises(InvalidInput):
        report_services.registration_slip_pdf(registration)


def test_grading_everyone_at_once_keeps_the_exceptions(cast):
    first = new_member(cast, "王五", "13700137000")
    second = new_member(cast, "赵六", "13700137001")
    year = timezone.localdate().year
    report_services.evaluation_set(community=cast.community, year=year, member=first, grade="poor")
    with pytest.raises(NotAllowed):
        report_services.evaluation_fill(
            community=cast.community, year=year, grade="good", by=cast.community2_admin
        )
    count = report_services.evaluation_fill(
        community=cast.community, year=year, grade="good", by=cast.community_admin
    )
    grades = dict(Evaluation.objects.filter(year=year).values_list("member__name", "grade"))
    assert count == 1 and grades == {"王五": "poor", "赵六": "good"}
    assert report_services.evaluation_fill(community=cast.community, year=year, grade="good") == 0
    assert second.pk in Evaluation.objects.values_list("member_id", flat=True)


def test_an_unclaimed_wish_can_be_withdrawn_by_its_community_only(cast):
    wish = _wish(cast)
    with pytest.raises(NotAllowed):
        resident_services.wish_withdraw(wish=wish, by=cast.community2_admin)
    resident_services.wish_withdraw(wish=wish, by=cast.community_admin)
    assert Wish.objects.get().status == "withdrawn"
    claimed = _wish(cast, title="字典")
    resident_services.wish_claim(wish=claimed, member=new_member(cast, "王五", "13700137000"))
    with pytest.raises(Conflict):
        resident_services.wish_withdraw(wish=claimed, by=cast.community_admin)


def test_the_service_card_gives_the_content_column_room(cast):
    """A long place and activity must not squeeze 服务内容 to two characters a line."""
    from weasyprint import HTML

    from jinlin.needs import services as need_services
    from jinlin.reports.services import member_card_html
    from jinlin.service import services as service_services
    from tests.needs_helpers import new_member, publish

    member = new_member(cast, "王五", "13700137000")
    need = publish(
        cast,
        title="集美区岑东社区文明创建洁净家园周末大行动第三期",
        place="岑东小区三号楼至九号楼之间的绿化带与地下车库出入口",
    )
    claim = need_services.claim_create(need=need, member=member)
    token, _expires = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=member)
    service_services.claim_accept(
        claim=claim,
        hours="2",
        outcomes={"truckloads": 3, "households": 12},
        note="清理彻底，居民满意，楼道面貌焕然一新",
        by=cast.community_admin,
    )
    service_services.scan_record(token=token, member=member)
    html = member_card_html(member)
    assert "清理垃圾杂物 3 车" in html
    page = HTML(string=html).render().pages[0]
    widths = []

    def walk(box):
        if type(box).__name__ == "TableCellBox":
            text = "".join(getattr(b, "text", "") for b in box.descendants() if hasattr(b, "text"))
            if "清理垃圾杂物" in text:
                widths.append(box.width)
        for child in getattr(box, "children", []):
            walk(child)

    walk(page._page_box)
    assert widths, "the content cell was not laid out"
    mm = 96 / 25.4  # CSS px per millimetre
    assert min(widths) > 40 * mm
    # Nor the date, the hours' heading or the hours onto two lines (they once were: 2026-04- / 28).
    lines: dict[str, int] = {}

    def count(box):
        if type(box).__name__ == "TableCellBox":
            text = "".join(getattr(b, "text", "") for b in box.descendants() if hasattr(b, "text"))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}|时长|2", text.strip()):
                boxes = [b for b in box.descendants() if type(b).__name__ == "LineBox"]
                lines[text.strip()] = max(lines.get(text.strip(), 0), len(boxes))
        for child in getattr(box, "children", []):
            count(child)

    count(page._page_box)
    assert {"时长", "2"} <= set(lines) and any("-" in k for k in lines), lines
    assert set(lines.values()) == {1}, lines
