"""The v1 API of 三单制 and standing service, as the mobile client uses it."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from jinlin.core import sms
from jinlin.needs.models import Need
from jinlin.posts import services as post_services
from jinlin.residents import services as resident_services
from jinlin.residents.models import ResidentRequest, Wish
from jinlin.service.models import ServiceRecord, ServiceReport
from tests.api import ApiClient, api_as
from tests.conftest import PASSWORD
from tests.needs_helpers import new_member
from tests.standing_helpers import submit


def _with_password(member):
    member.user.set_password(PASSWORD)
    member.user.save()
    return member


@pytest.fixture
def member(cast):
    return _with_password(new_member(cast, "王五", "13700137000"))


def test_a_resident_without_an_account_asks_with_a_code_and_follows_it(cast):
    anonymous = ApiClient()
    body = {"community": cast.community.pk, "title": "楼道灯坏了", "place": "5 号楼", "name": "陈"}
    missing = anonymous.post("/requests", body)
    assert missing.status_code == 400 and "code" in missing.json()["error"]["fields"]
    sent = anonymous.post("/phone-codes", {"phone": "13611112222"})
    assert sent.status_code == 202 and sent.json()["expires_in"] == 600
    code = re.search(r"\d{6}", sms.outbox[-1][1]).group()
    wrong = anonymous.post("/requests", {**body, "phone": "13611112222", "code": "000000x"})
    assert wrong.status_code == 400 and not ResidentRequest.objects.exists()
    created = anonymous.post("/requests", {**body, "phone": "13611112222", "code": code})
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["status"] == "submitted" and data["requester"] == "陈*" and data["tracking_token"]
    assert anonymous.get(f"/requests/{data['id']}").status_code == 404
    followed = anonymous.get(f"/requests/{data['id']}", token=data["tracking_token"])
    assert followed.status_code == 200 and followed.json()["can_rate"] is False


def test_a_bad_token_is_refused_even_where_anonymous_is_welcome(cast):
    response = ApiClient("not-a-token").post("/requests", {"community": cast.community.pk})
    assert response.status_code == 401


def test_a_signed_in_member_asks_without_a_code(cast, member):
    response = api_as(member.user.username).post(
        "/requests", {"community": cast.community.pk, "title": "修水龙头", "place": "3 号楼"}
    )
    assert response.status_code == 201, response.content
    item = ResidentRequest.objects.get()
    assert item.requester_phone == member.phone and item.requester_user == member.user
    mine = api_as(member.user.username).get(f"/requests/{item.pk}")
    assert mine.status_code == 200 and mine.json()["tracking_token"] == item.tracking_token


def test_the_community_accepts_and_gets_the_new_needs_id(cast):
    item = submit(cast)
    assert api_as("community2").post(f"/requests/{item.pk}/accept").status_code == 404
    assert api_as("unit").post(f"/requests/{item.pk}/accept").status_code == 404
    assert not Need.objects.exists()
    admin = api_as("community")
    seen = admin.get(f"/requests/{item.pk}").json()
    assert seen["tracking_token"] is None and seen["requester"] == "陈**"
    starts = timezone.now() + dt.timedelta(days=1)
    response = admin.post(
        f"/requests/{item.pk}/accept",
        {"starts_at": starts.isoformat(), "ends_at": (starts + dt.timedelta(hours=3)).isoformat()},
    )
    assert response.status_code == 201, response.content
    need = Need.objects.get()
    assert response.json() == {"id": item.pk, "status": "accepted", "need": need.pk}
    assert need.title == item.title and need.ends_at - need.starts_at == dt.timedelta(hours=3)
    again = admin.post(f"/requests/{item.pk}/accept")
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_decided"


def test_decline_needs_a_reason(cast):
    item = submit(cast)
    admin = api_as("community")
    assert admin.post(f"/requests/{item.pk}/decline", {"reason": ""}).status_code == 400
    done = admin.post(f"/requests/{item.pk}/decline", {"reason": "属物业"})
    assert done.json()["status"] == "declined" and done.json()["decline_reason"] == "属物业"


def test_service_reports_wait_for_the_community(cast, member):
    phone = api_as(member.user.username)
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    created = phone.post(
        "/service-reports", {"date": yesterday, "hours": 2, "content": "清理单车棚"}
    )
    assert created.status_code == 201, created.content
    assert created.json()["status"] == "pending" and created.json()["record"] is None
    report_id = created.json()["id"]
    too_long = phone.post("/service-reports", {"date": yesterday, "hours": 25, "content": "x"})
    assert too_long.status_code == 400 and "hours" in too_long.json()["error"]["fields"]
    future = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    ahead = phone.post("/service-reports", {"date": future, "hours": 1, "content": "x"})
    assert ahead.status_code == 400 and "date" in ahead.json()["error"]["fields"]
    assert phone.post(f"/service-reports/{report_id}/approve").status_code == 403
    assert api_as("community2").post(f"/service-reports/{report_id}/approve").status_code == 404
    assert not ServiceRecord.objects.exists()
    admin = api_as("community")
    listed = admin.get("/service-reports", status="pending").json()
    assert [r["id"] for r in listed["results"]] == [report_id]
    approved = admin.post(f"/service-reports/{report_id}/approve")
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert ServiceRecord.objects.get().pk == approved.json()["record"]
    second = phone.post("/service-reports", {"date": yesterday, "hours": 1, "content": "巡逻"})
    rejected = admin.post(f"/service-reports/{second.json()['id']}/reject", {"reason": "无佐证"})
    assert rejected.json()["status"] == "rejected" and rejected.json()["reason"] == "无佐证"
    assert admin.post(f"/service-reports/{second.json()['id']}/approve").status_code == 409
    assert ServiceReport.objects.filter(status="approved").count() == 1


def test_posts_are_listed_publicly_and_applied_for(cast, member):
    post = post_services.post_save(
        community=cast.community, title="法律咨询岗", category="legal", places=1
    )
    public = ApiClient().get("/posts")
    assert public.status_code == 200 and public.json()["results"][0]["title"] == "法律咨询岗"
    phone = api_as(member.user.username)
    applied = phone.post(f"/posts/{post.pk}/apply", {"note": "律师"})
    assert applied.status_code == 201 and applied.json()["status"] == "pending"
    assert phone.post(f"/posts/{post.pk}/apply").status_code == 409
    assert api_as("other").post(f"/posts/{post.pk}/apply").status_code == 403
    assert api_as("community").post(f"/posts/{post.pk}/apply").status_code == 403


def test_wishes_are_claimed_once_and_names_stay_masked(cast, member):
    wish = resident_services.wish_post(
        community=cast.community, title="新书包", beneficiary="李小明", by=cast.community_admin
    )
    anonymous = ApiClient().get("/wishes").json()
    assert anonymous["count"] == 0  # only fulfilled wishes are public
    phone = api_as(member.user.username)
    listed = phone.get("/wishes").json()["results"]
    assert [(w["id"], w["beneficiary"]) for w in listed] == [(wish.pk, "李**")]
    claimed = phone.post(f"/wishes/{wish.pk}/claim")
    assert claimed.status_code == 200 and claimed.json()["status"] == "claimed"
    other = _with_password(new_member(cast, "赵六", "13700137001"))
    taken = api_as(other.user.username).post(f"/wishes/{wish.pk}/claim")
    assert taken.status_code == 409 and taken.json()["error"]["code"] == "already_claimed"
    admin_view = api_as("community").get("/wishes").json()["results"]
    assert admin_view[0]["beneficiary"] == "李小明"
    assert Wish.objects.get().claimed_by == member


def test_the_schema_names_every_new_path(db):
    paths = ApiClient().get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/requests",
        "/api/v1/requests/{request_id}",
        "/api/v1/requests/{request_id}/accept",
        "/api/v1/service-reports",
        "/api/v1/service-reports/{report_id}/approve",
        "/api/v1/service-reports/{report_id}/reject",
        "/api/v1/posts",
        "/api/v1/posts/{post_id}/apply",
        "/api/v1/wishes",
        "/api/v1/wishes/{wish_id}/claim",
    ):
        assert path in paths, path
