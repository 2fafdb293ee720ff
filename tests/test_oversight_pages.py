"""HTTP tests of the oversight pages."""

import datetime as dt
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import load_workbook

from jinlin.oversight import services
from jinlin.oversight.models import Finding, Problem, Round, SelfInspection
from tests.oversight_helpers import problem, round_for
from tests.standing_helpers import PNG


def test_the_board_counts_charts_and_exports(cast, as_user):
    p = problem(cast)
    problem(cast, title="逾期", deadline=timezone.localdate() - dt.timedelta(days=3))
    services.problem_start(problem=p, by=cast.community_admin)
    services.problem_submit(problem=p, evidence="已清理", by=cast.community_admin)
    services.problem_verify(problem=p, by=cast.supervisor)
    client = as_user(cast.district_admin)
    page = client.get("/oversight/").content.decode()
    assert "weekly-data" in page and 'id="urgent"' in page and "逾期" in page
    assert "集美街道" in page
    response = client.get("/oversight/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    titles = [row[1] for row in sheet.iter_rows(min_row=3, values_only=True)]  # title, header
    assert sorted(titles) == ["楼道堆放杂物", "逾期"]
    page = client.get(f"/oversight/?street={cast.street2.pk}").content.decode()
    assert 'id="urgent"' not in page  # street2 has no overdue problems
    assert 'name="street"' in page  # the district chooses among its streets …
    page = as_user(cast.street_admin).get("/oversight/").content.decode()
    assert 'name="street"' not in page  # … a street has no other to choose
    assert as_user(cast.member_user).get("/oversight/").status_code == 403


def test_the_problem_page_offers_what_the_viewer_may_do(cast, as_user):
    p = problem(cast)
    page = as_user(cast.community_admin).get(f"/oversight/problems/{p.pk}/").content.decode()
    assert f"/oversight/problems/{p.pk}/start/" in page
    page = as_user(cast.supervisor).get(f"/oversight/problems/{p.pk}/").content.decode()
    assert f"/oversight/problems/{p.pk}/start/" not in page and "close-unfixed" in page
    assert as_user(cast.community2_admin).get(f"/oversight/problems/{p.pk}/").status_code == 404


def test_acting_from_the_page_with_evidence_photo(cast, as_user):
    p = problem(cast)
    client = as_user(cast.community_admin)
    client.post(f"/oversight/problems/{p.pk}/start/")
    client.post(
        f"/oversight/problems/{p.pk}/measure/",
        {"text": "组织清理", "owner": "党委", "deadline": p.deadline.isoformat()},
    )
    client.post(
        f"/oversight/problems/{p.pk}/submit/",
        {"evidence": "已清理", "photo": SimpleUploadedFile("e.png", PNG)},
    )
    p.refresh_from_db()
    assert p.status == "submitted" and p.measures.count() == 1
    assert p.events.get(action="submitted").photo.name.endswith(".png")
    response = as_user(cast.supervisor).post(
        f"/oversight/problems/{p.pk}/reopen/", {"comment": ""}, follow=True
    )
    assert "error" in response.content.decode()
    p.refresh_from_db()
    assert p.status == "submitted"


def test_recording_a_problem_from_a_self_inspection(cast, as_user):
    client = as_user(cast.community_admin)
    client.post(
        "/oversight/self/",
        {
            "organization": cast.community_branch.pk,
            "title": "创建文明城市，我该怎么做",
            "date": timezone.localdate().isoformat(),
        },
    )
    inspection = SelfInspection.objects.get()
    response = client.post(
        f"/oversight/problems/new/?self_inspection={inspection.pk}",
        {
            "organization": cast.community_branch.pk,
            "title": "志愿服务不主动",
            "source": "self",
            "self_inspection": inspection.pk,
            "severity": "medium",
            "deadline": (timezone.localdate() + dt.timedelta(days=30)).isoformat(),
        },
    )
    created = Problem.objects.get()
    assert response.status_code == 302 and created.self_inspection == inspection
    page = client.get("/oversight/self/").content.decode()
    assert "1" in page and "创建文明城市" in page
    response = client.post(
        "/oversight/problems/new/",
        {"organization": cast.community.pk, "title": "", "source": "self", "deadline": ""},
    )
    assert response.status_code == 400


def test_rounds_and_the_phone_capture_with_a_retry(cast, as_user):
    client = as_user(cast.supervisor)
    client.post(
        "/oversight/rounds/",
        {
            "organization": cast.district.pk,
            "title": "周末督导",
            "date": timezone.localdate().isoformat(),
            "kind": "weekly",
            "group": [cast.supervisor.pk],
            "places": [cast.community.pk],
        },
    )
    r = Round.objects.get()
    page = client.get(f"/oversight/rounds/{r.pk}/record/").content.decode()
    assert "oversight/capture.js" in page and "/oversight/rounds/worker.js" in page
    worker = client.get("/oversight/rounds/worker.js")
    assert worker["Content-Type"].startswith("application/javascript")
    assert "/static/oversight/capture.js" in worker.content.decode()
    body = {
        "kind": "problem",
        "organization": cast.community.pk,
        "title": "楼道堆物",
        "text": "三号楼",
        "severity": "high",
        "client_id": "phone-1",
        "photos": SimpleUploadedFile("p.png", PNG),
    }
    first = client.post(f"/oversight/rounds/{r.pk}/record/", body)
    body["photos"] = SimpleUploadedFile("p.png", PNG)
    retry = client.post(f"/oversight/rounds/{r.pk}/record/", body)
    assert first.status_code == retry.status_code == 201
    assert first.json()["id"] == retry.json()["id"]
    finding = Finding.objects.get()
    assert finding.photos.count() == 1 and finding.problem.deadline == (
        timezone.localdate() + dt.timedelta(days=7)
    )
    bad = client.post(f"/oversight/rounds/{r.pk}/record/", {"kind": "problem", "title": ""})
    assert bad.status_code == 400
    assert as_user(cast.community_admin).post(
        f"/oversight/rounds/{r.pk}/record/", body
    ).status_code in (403, 404)


def test_typical_practices_become_an_article(cast, as_user):
    r = round_for(cast)
    f = services.finding_record(
        round_=r,
        kind="typical",
        organization=cast.community,
        title="党员带娃齐上阵",
        text="大手拉小手。\n共建美好家园。",
        by=cast.supervisor,
    )
    client = as_user(cast.supervisor)
    article = client.get("/oversight/typical/article.html").content.decode()
    assert "党员带娃齐上阵" not in article  # not yet in the publicity list
    client.post("/oversight/typical/", {"finding": f.pk, "published": "1"})
    article = client.get("/oversight/typical/article.html").content.decode()
    assert "党员带娃齐上阵" in article and 'style="text-indent:2em"' in article
    md = client.get("/oversight/typical/article.md")
    assert md["Content-Type"].startswith("text/markdown")
    assert "## 1. 岑东社区：党员带娃齐上阵" in md.content.decode()


def test_a_problem_with_steps_nobody_took_by_hand_opens(cast, as_user):
    """The escalation job writes timeline entries without a user; the page names the system."""
    p = problem(cast, deadline=timezone.localdate() - dt.timedelta(days=2))
    assert services.problems_escalate() == 1
    assert p.events.filter(by__isnull=True).exists()
    page = as_user(cast.supervisor).get(
        f"/oversight/problems/{p.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert page.status_code == 200
    assert "系统" in page.content.decode()
