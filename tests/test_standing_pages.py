"""The pages of 三单制 and standing service, for the people who use them."""

import datetime as dt
import io
import json
import re

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.translation import override

from jinlin.care.models import Grid, GridPlacement
from jinlin.core import sms
from jinlin.members.models import Registration
from jinlin.needs.models import Need
from jinlin.organizations.models import Organization
from jinlin.posts import services as post_services
from jinlin.posts.models import Application, Post
from jinlin.reports.models import Evaluation
from jinlin.residents import services as resident_services
from jinlin.residents.models import ResidentRequest, Wish
from jinlin.service.models import ServiceRecord, ServiceReport
from tests.needs_helpers import new_member
from tests.standing_helpers import photo, submit


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.fixture
def as_user():
    """Clients that read the pages in English."""

    def client_for(user):
        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        client.force_login(user)
        return client

    return client_for


def test_a_resident_without_an_account_confirms_a_phone_then_asks(cast, settings):
    settings.DEBUG = True  # the trial shows the code on the page
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    page = client.get("/requests/new/")
    assert page.status_code == 200 and b'id="confirm-phone"' in page.content
    sent = client.post("/requests/new/", {"action": "send_code", "phone": "13611112222"})
    code = re.search(r"your code is (\d{6})", sent.content.decode()).group(1)
    assert sms.outbox[-1] == ("13611112222", sms.outbox[-1][1]) and code in sms.outbox[-1][1]
    wrong = client.post(
        "/requests/new/", {"action": "verify_code", "phone": "13611112222", "code": "x"}
    )
    assert wrong.status_code == 400 and b"Wrong code" in wrong.content
    client.post("/requests/new/", {"action": "verify_code", "phone": "13611112222", "code": code})
    bad = client.post("/requests/new/", {"action": "submit", "community": "", "title": ""})
    assert bad.status_code == 400 and not ResidentRequest.objects.exists()
    done = client.post(
        "/requests/new/",
        {
            "action": "submit",
            "community": cast.community.pk,
            "title": "楼道灯坏了",
            "place": "5 号楼",
            "name": "陈阿姨",
            "photo": photo(),
        },
    )
    item = ResidentRequest.objects.get()
    assert done.status_code == 302 and done["Location"].endswith(item.tracking_token + "/")
    assert item.requester_phone == "13611112222" and item.photo
    track = client.get(done["Location"])
    assert "The community is looking at it" in track.content.decode()


def test_submitting_without_a_confirmed_phone_is_refused(cast):
    response = Client().post(
        "/requests/new/", {"action": "submit", "community": cast.community.pk, "title": "x"}
    )
    assert response.status_code == 403 and not ResidentRequest.objects.exists()


def test_the_community_accepts_in_one_click_and_others_cannot(cast, as_user):
    item = submit(cast)
    assert as_user(cast.community2_admin).get(f"/requests/manage/{item.pk}/").status_code == 404
    refused = as_user(cast.community2_admin).post(
        f"/requests/manage/{item.pk}/", {"action": "accept"}
    )
    assert refused.status_code == 404 and not Need.objects.exists()
    admin = as_user(cast.community_admin)
    listing = admin.get("/requests/manage/")
    assert item.title in listing.content.decode()
    detail = admin.get(f"/requests/manage/{item.pk}/")
    assert item.requester_phone in detail.content.decode()
    response = admin.post(f"/requests/manage/{item.pk}/", {"action": "accept"})
    need = Need.objects.get()
    assert response["Location"] == f"/needs/{need.pk}/"
    assert ResidentRequest.objects.get().need == need


def test_the_need_form_is_prefilled_from_the_request(cast, as_user):
    item = submit(cast)
    admin = as_user(cast.community_admin)
    form = admin.get(f"/needs/new/?from_request={item.pk}&community={cast.community.pk}")
    body = form.content.decode()
    assert f'value="{item.title}"' in body and "Answering a resident" in body
    starts = timezone.localtime(timezone.now() + dt.timedelta(hours=1))
    response = admin.post(
        "/needs/new/",
        {
            "community": cast.community.pk,
            "from_request": item.pk,
            "title": item.title + "（修灯）",
            "category": "home_service",
            "place": item.place,
            "description": "",
            "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (starts + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "slots": 2,
            "mode": "open",
            "metrics": ["households"],
            "grace_minutes": 30,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.status == "accepted" and item.need.title.endswith("（修灯）")


def test_declining_shows_the_reason_to_the_resident(cast, as_user):
    item = submit(cast)
    as_user(cast.community_admin).post(
        f"/requests/manage/{item.pk}/", {"action": "decline", "reason": "属物业维修"}
    )
    page = Client().get(f"/requests/track/{item.tracking_token}/")
    assert "属物业维修" in page.content.decode()


def test_reports_from_the_members_phone_to_the_communitys_review(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    phone = as_user(member.user)
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    bad = phone.post("/me/reports/", {"date": yesterday, "hours": "30", "content": "巡逻"})
    assert bad.status_code == 400 and b"a day has no more" in bad.content
    phone.post(
        "/me/reports/",
        {"date": yesterday, "start": "09:00", "end": "11:30", "content": "巡逻", "photo": photo()},
    )
    report = ServiceReport.objects.get()
    assert str(report.hours) == "2.50" and report.status == "pending"
    assert "Waiting for review" in phone.get("/me/reports/").content.decode()
    assert as_user(cast.community2_admin).get("/reports/review/").content.count(b"report-") == 0
    other = as_user(cast.community2_admin).post(
        "/reports/review/", {"report": report.pk, "action": "approve"}
    )
    assert other.status_code == 404 and not ServiceRecord.objects.exists()
    admin = as_user(cast.community_admin)
    assert f'id="report-{report.pk}"' in admin.get("/reports/review/").content.decode()
    admin.post("/reports/review/", {"report": report.pk, "action": "reject", "reason": "无佐证"})
    assert "无佐证" in phone.get("/me/reports/").content.decode()
    assert as_user(member.user).get("/reports/review/").status_code == 403


def test_posts_are_public_and_applied_for_by_members(cast, as_user):
    post = post_services.post_save(
        community=cast.community,
        title="法律咨询岗",
        category="legal",
        places=2,
        skills_wanted=["law"],
    )
    member = new_member(cast, "王五", "13700137000")
    public = Client().get("/posts/")
    assert public.status_code == 200 and "法律咨询岗" in public.content.decode()
    phone = as_user(member.user)
    phone.post("/me/skills/", {"skills": ["law", "it"]})
    member.refresh_from_db()
    assert member.skills == ["law", "it"]
    phone.post(f"/posts/{post.pk}/apply/", {"note": "律师"})
    application = Application.objects.get()
    admin = as_user(cast.community_admin)
    admin.cookies["django_language"] = "en"
    page = admin.get(f"/posts/manage/{post.pk}/").content.decode()
    assert "<mark>Law</mark>" in page and "Computers and IT" in page
    admin.post(f"/posts/applications/{application.pk}/approve/")
    assert Application.objects.get().status == "approved"
    assert "王五" in Client().get("/posts/").content.decode()  # holders are listed publicly
    assert as_user(cast.community2_admin).get(f"/posts/manage/{post.pk}/").status_code == 404
    created = admin.post(
        "/posts/manage/",
        {
            "action": "save",
            "community": cast.community.pk,
            "title": "义诊岗",
            "category": "health",
            "places": "3",
            "skills_wanted": ["medicine"],
        },
    )
    assert created.status_code == 302 and Post.objects.filter(title="义诊岗").exists()


def test_wishes_from_the_list_to_the_wall(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    admin = as_user(cast.community_admin)
    admin.post(
        "/wishes/manage/",
        {"community": cast.community.pk, "title": "一个新书包", "beneficiary": "李小明"},
    )
    wish = Wish.objects.get()
    phone = as_user(member.user)
    assert "一个新书包" in phone.get("/wishes/").content.decode()
    phone.post(f"/wishes/{wish.pk}/claim/")
    phone.post(f"/wishes/{wish.pk}/fulfil/", {"photo": photo(), "note": "送到"})
    admin.post(f"/wishes/{wish.pk}/confirm/")
    wall = Client().get("/wishes/wall/").content.decode()
    assert "一个新书包" in wall and "李小明" not in wall and "李**" in wall


def test_grids_page_places_members_and_counts(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    admin = as_user(cast.community_admin)
    url = f"/care/c/{cast.community.pk}/grids/"
    admin.post(url, {"action": "grid", "name": "第一网格", "leader": member.pk})
    grid = Grid.objects.get()
    admin.post(url, {"action": "grid", "name": "1-1", "parent": grid.pk})
    response = admin.post(url, {"action": "place", "grid": grid.pk, "members": [member.pk]})
    assert response.status_code == 302 and GridPlacement.objects.get().grid == grid
    page = admin.get(url).content.decode()
    assert "第一网格" in page and "└ 1-1" in page
    assert as_user(cast.community2_admin).get(url).status_code == 404


def test_evaluations_are_given_by_the_community_and_read_by_the_unit(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    year = timezone.localdate().year
    admin = as_user(cast.community_admin)
    page = admin.get("/reports/evaluations/")
    assert "王五" in page.content.decode()
    admin.post(
        f"/reports/evaluations/?year={year}",
        {
            "community": cast.community.pk,
            "member": member.pk,
            "grade": "excellent",
            "comment": "好",
        },
    )
    other = new_member(cast, "赵六", "13700137001")
    assert 'id="fill"' in admin.get("/reports/evaluations/").content.decode()
    admin.post(
        f"/reports/evaluations/?year={year}",
        {"action": "fill", "community": cast.community.pk, "grade": "good"},
    )
    assert Evaluation.objects.get(member=other).grade == "good"
    assert Evaluation.objects.get(member=member).grade == "excellent"
    unit_page = as_user(cast.unit_admin).get("/reports/evaluations/").content.decode()
    assert "王五" in unit_page and "Excellent" in unit_page
    assert as_user(cast.unit_admin).get("/reports/evaluations/?year=abc").status_code == 200
    assert as_user(member.user).get("/reports/evaluations/").status_code == 403


def test_the_unit_downloads_its_feedback_and_the_member_a_slip(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    unit = as_user(cast.unit_admin)
    page = unit.get("/reports/feedback/?quarter=2026Q3")
    assert page.status_code == 200 and "王五" in page.content.decode()
    xlsx = unit.get("/reports/feedback/?quarter=2026Q3&format=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxml") and xlsx.content[:2] == b"PK"
    assert 'id="chart"' not in page.content.decode()  # nobody served: no empty chart
    pdf = unit.get("/reports/feedback/?quarter=2026Q3&format=pdf")
    assert pdf.content.startswith(b"%PDF")
    bad = unit.get("/reports/feedback/?quarter=nonsense")
    assert bad.status_code == 200 and b"2026Q3" in bad.content
    assert as_user(cast.community_admin).get("/reports/feedback/").status_code == 403
    registration = Registration.objects.get(member=member)
    slip = as_user(member.user).get(f"/registrations/{registration.pk}/slip.pdf")
    assert slip.content.startswith(b"%PDF")
    assert (
        as_user(cast.other_member_user)
        .get(f"/registrations/{registration.pk}/slip.pdf")
        .status_code
        == 404
    )


def test_ratings_show_on_the_need_and_in_the_members_record(cast, as_user):
    from tests.standing_helpers import served_need

    member = new_member(cast, "王五", "13700137000")
    need, _claim = served_need(cast, member)
    item = submit(cast)
    ResidentRequest.objects.filter(pk=item.pk).update(status="accepted", need=need)
    item.refresh_from_db()
    resident_services.request_rate(request=item, stars=4, comment="很及时")
    detail = as_user(cast.community_admin).get(f"/needs/{need.pk}/").content.decode()
    assert 'id="ratings"' in detail and "4.0★" in detail and "很及时" in detail
    record = as_user(cast.community_admin).get(f"/members/{member.pk}/").content.decode()
    assert "4.0★" in record and "很及时" in record
    home = as_user(member.user).get("/").content.decode()
    assert 'id="my-rating"' in home and "4.0★" in home


def test_the_members_home_leads_to_every_standing_service(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    home = as_user(member.user).get("/").content.decode()
    registration = Registration.objects.get(member=member)
    for url in ("/me/reports/", "/wishes/", "/posts/", "/me/skills/", "/requests/new/"):
        assert f'href="{url}"' in home
    assert f"/registrations/{registration.pk}/slip.pdf" in home
    manage = as_user(cast.community_admin).get("/needs/manage/").content.decode()
    for url in ("/requests/manage/", "/wishes/manage/", "/posts/manage/", "/reports/review/"):
        assert f'href="{url}"' in manage


def test_the_back_office_lists_standing_service_by_scope_read_only(cast, as_user):
    from jinlin.service import services as service_services

    item = submit(cast, title="后台可见的点单")
    wish = resident_services.wish_post(
        community=cast.community, title="后台心愿", beneficiary="李小明"
    )
    post = post_services.post_save(
        community=cast.community, title="后台岗位", category="legal", places=1
    )
    member = new_member(cast, "王五", "13700137000")
    service_services.report_submit(
        member=member, date=timezone.localdate(), hours=1, content="后台登记"
    )
    admin = as_user(cast.community_admin)
    other = as_user(cast.community2_admin)
    for url, text in (
        ("/admin/residents/residentrequest/", "后台可见的点单"),
        ("/admin/residents/wish/", "后台心愿"),
        ("/admin/posts/post/", "后台岗位"),
        ("/admin/service/servicereport/", "后台登记"),
    ):
        assert text in admin.get(url).content.decode(), url
        assert text not in other.get(url).content.decode(), url
    page = admin.get(f"/admin/residents/residentrequest/{item.pk}/change/").content.decode()
    assert item.requester_phone not in page  # no residents' phones in the back office
    assert "李小明" not in admin.get("/admin/residents/wish/").content.decode()
    assert admin.post(f"/admin/posts/post/{post.pk}/change/", {"title": "x"}).status_code == 403
    assert admin.get(f"/admin/residents/wish/{wish.pk}/change/").status_code == 200


def test_the_feedback_page_charts_who_served_and_posts_show_whats_waiting(cast, as_user):
    from tests.standing_helpers import served_need

    member = new_member(cast, "王五", "13700137000")
    served_need(cast, member, hours="2")
    quarter = f"{timezone.localdate().year}Q{(timezone.localdate().month - 1) // 3 + 1}"
    page = as_user(cast.unit_admin).get(f"/reports/feedback/?quarter={quarter}")
    body = page.content.decode()
    data = json.loads(re.search(r'id="chart-data" type="application/json">(.*?)<', body).group(1))
    assert 'id="chart"' in body and data["categories"] == ["王五"] and data["horizontal"]
    assert [s["data"] for s in data["series"]] == [[2.0], [0.0]]
    post = post_services.post_save(
        community=cast.community, title="法律咨询岗", category="legal", places=2
    )
    post_services.post_apply(post=post, member=member)
    manage = as_user(cast.community_admin).get("/posts/manage/").content.decode()
    assert f'href="/posts/manage/{post.pk}/">1</a>' in manage


def test_the_public_post_list_filters_by_community(cast, as_user):
    post_services.post_save(community=cast.community, title="岑东岗", category="legal", places=1)
    post_services.post_save(community=cast.community3, title="孙厝岗", category="legal", places=1)
    everyone = Client().get("/posts/").content.decode()
    assert "岑东岗" in everyone and "孙厝岗" in everyone
    only = Client().get(f"/posts/?community={cast.community3.pk}").content.decode()
    assert "孙厝岗" in only and "岑东岗" not in only
    member = new_member(cast, "王五", "13700137000")
    own = as_user(member.user).get("/posts/").content.decode()  # the member's own community
    assert "岑东岗" in own and "孙厝岗" not in own
    assert "孙厝岗" in as_user(member.user).get("/posts/?community=all").content.decode()


def test_the_needs_table_and_the_service_card(cast, as_user):
    from openpyxl import load_workbook

    from tests.standing_helpers import served_need

    member = new_member(cast, "王五", "13700137000")
    need, _claim = served_need(cast, member, hours="2")
    admin = as_user(cast.community_admin)
    assert (
        'href="/needs/manage/export.xlsx?status=current'
        in admin.get("/needs/manage/").content.decode()
    )
    response = admin.get("/needs/manage/export.xlsx?status=all")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=3)]
    row = next(r for r in rows if r[1] == need.title)
    assert row[0] == "岑东社区" and row[8] == 1 and row[10] == 1 and row[12] == 2.0
    other = as_user(cast.community2_admin).get("/needs/manage/export.xlsx?status=all")
    assert need.title not in [
        c.value for r in load_workbook(io.BytesIO(other.content)).active.iter_rows() for c in r
    ]
    assert as_user(member.user).get("/needs/manage/export.xlsx").status_code == 403
    own = as_user(member.user).get("/me/card.pdf")
    assert own.content.startswith(b"%PDF") and len(own.content) > 3000
    assert admin.get(f"/members/{member.pk}/card.pdf").content.startswith(b"%PDF")
    assert as_user(cast.other_member_user).get(f"/members/{member.pk}/card.pdf").status_code == 404
    assert 'href="/me/card.pdf"' in as_user(member.user).get("/me/hours/").content.decode()


def test_skills_are_recorded_on_the_registration_page(cast, as_user):
    member = new_member(cast, "王五", "13700137000")
    phone = as_user(member.user)
    page = phone.get("/me/registration/").content.decode()
    assert 'id="skills"' in page and 'value="law"' in page
    back = phone.post("/me/skills/?next=/me/registration/", {"skills": ["law"]})
    assert back["Location"] == "/me/registration/"
    away = phone.post("/me/skills/?next=https://evil.example/", {"skills": ["it"]})
    assert away["Location"] == "/me/skills/"
    member.refresh_from_db()
    assert member.skills == ["it"]


def test_a_district_of_many_units_finds_one_by_name_on_feedback_and_evaluations(
    cast, as_user, monkeypatch
):
    from jinlin.organizations import services as org_services
    from jinlin.reports import views

    monkeypatch.setattr(views, "UNIT_CHOICES", 2)  # 3 units: more than one list shows
    third = org_services.organization_create(
        name="集美区卫健局", kind="unit", subkind="organ", parent=cast.district, code="U3"
    )
    district = as_user(cast.district_admin)
    # The database's order of names (SQLite compares their bytes, PostgreSQL its collation).
    first, second, last = Organization.objects.filter(kind="unit").order_by("name")
    for path in ("/reports/feedback/", "/reports/evaluations/"):
        page = district.get(path).content.decode()
        chooser = page.split('name="unit"')[1].split("</select>")[0]
        assert 'name="unit_q"' in page and "2 units offered" in page
        assert f'value="{first.pk}" selected' in chooser and second.name in chooser
        assert last.name not in chooser
        found = district.get(path, {"unit_q": last.name[-3:]}).content.decode()
        chooser = found.split('name="unit"')[1].split("</select>")[0]
        assert f'value="{last.pk}" selected' in chooser and first.name not in chooser
        # The unit asked for is shown though the list does not hold it; a new search that
        # does not match it shows its own first match.
        asked = district.get(f"{path}?unit={last.pk}").content.decode()
        assert f'<option value="{last.pk}" selected' in asked
        moved = district.get(path, {"unit": last.pk, "unit_q": first.name[-3:]}).content.decode()
        assert f'<option value="{first.pk}" selected' in moved
        none = district.get(path, {"unit": last.pk, "unit_q": "没有这个"}).content.decode()
        assert "No unit's name contains “没有这个”" in none
        assert f'<option value="{last.pk}" selected' in none
        assert district.get(f"{path}?unit=abc").status_code == 400
    # A unit admin still sees only their own unit, whatever id is asked for.
    own = as_user(cast.unit_admin).get(f"/reports/feedback/?unit={third.pk}").content.decode()
    assert cast.unit.name in own and third.name not in own and 'name="unit_q"' not in own


@pytest.mark.postgres
def test_a_district_s_unit_chooser_reads_units_by_name_as_far_as_it_shows(cast, as_user):
    """The chooser's first units by name are read in the order of the (kind, name) index and
    no further, not every unit of the district sorted (a city's 10,000: 6 ms → under 1)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as seen:
        as_user(cast.district_admin).get("/reports/evaluations/")
    (sql,) = [q["sql"] for q in seen.captured_queries
              if "organizations_organization" in q["sql"] and "ORDER BY" in q["sql"]
              and "LIMIT 101" in q["sql"]]  # fmt: skip
    with connection.cursor() as cursor:
        # Only whether the index can give the rows in order: the planner's choice for a
        # handful of units is its own.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN " + sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "org_kind_name" in plan and "Sort" not in plan, plan


def test_a_community_admin_s_evaluations_open_on_a_year_of_their_own_community(cast, as_user):
    """The year a page opens on is the latest evaluated in the reader's own communities (or
    their unit): another community's member graded last year does not move it."""
    member = new_member(cast, "王五", "13700137000")
    last_year = timezone.localdate().year - 1
    Evaluation.objects.create(community=cast.community, member=member, year=last_year,
                              grade="good")  # fmt: skip
    own = as_user(cast.community_admin).get("/reports/evaluations/")
    other = as_user(cast.community2_admin).get("/reports/evaluations/")
    assert own.context["year"] == last_year
    assert other.context["year"] == timezone.localdate().year
