"""The member's volunteer file (#19 §1, 民政部令第67号): trainings, awards, evaluations and
complaints, recorded by the member's admins and read by the member, on pages and the API."""

import datetime as dt

from django.utils import timezone

from jinlin.audit.models import AuditEvent
from jinlin.members.models import FileEntry
from tests.api import api_as
from tests.conftest import client_for


def record(api, member_id, **body):
    return api.post(f"/members/{member_id}/file-entries", body)


def test_admins_record_and_the_member_reads_every_section(cast):
    admin = api_as("community")
    m = cast.member.pk
    today = timezone.localdate().isoformat()
    made = record(admin, m, kind="training", title="应急救护培训", by_whom="区红十字会",
                  date=today, hours="4.5")  # fmt: skip
    assert made.status_code == 201, made.content
    assert made.json()["recorded_by"] == "岑东社区" and made.json()["hours"] == "4.5"
    assert record(admin, m, kind="award", title="优秀志愿者", by_whom="集美区委",
                  date=today).status_code == 201  # fmt: skip
    complaint = record(admin, m, kind="complaint", title="服务迟到半小时", date=today)
    assert complaint.status_code == 201
    mine = api_as("member").get("/me/file").json()
    assert [t["title"] for t in mine["trainings"]] == ["应急救护培训"]
    assert mine["training_hours"] == "4.5"
    assert [a["title"] for a in mine["awards"]] == ["优秀志愿者"]
    assert mine["complaints"][0]["handling"] == "" and mine["ratings"]["count"] == 0
    # The complaint is handled on the page; the member reads how.
    page = client_for(cast.community_admin)
    entry = FileEntry.objects.get(kind="complaint")
    handled = {"action": "handle", "entry": entry.pk, "handling": "已约谈，当事人致歉"}
    response = page.post(f"/members/{m}/file/", handled)
    assert response.status_code == 302
    mine = api_as("member").get("/me/file").json()
    assert mine["complaints"][0]["handling"] == "已约谈，当事人致歉"
    assert mine["complaints"][0]["handled_at"]
    own = client_for(cast.member_user).get("/me/file/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = own.content.decode()
    assert own.status_code == 200 and "志愿者档案" in text and "已约谈，当事人致歉" in text
    assert "记入档案" not in text  # the member reads, does not record
    # Everything is in my data, and in the audit log.
    data = api_as("member").get("/me/data").json()
    assert sorted(e["kind"] for e in data["file_entries"]) == ["award", "complaint", "training"]
    assert AuditEvent.objects.filter(action="file_entry_record").count() == 3
    assert AuditEvent.objects.filter(action="complaint_handle").count() == 1


def test_bad_entries_are_refused_field_by_field_and_nothing_is_saved(cast):
    admin = api_as("community")
    m = cast.member.pk
    today = timezone.localdate()
    cases = [
        ({"kind": "training", "title": "培训", "date": today.isoformat()}, "hours"),
        ({"kind": "award", "title": "奖", "date": today.isoformat(), "hours": "2"}, "hours"),
        ({"kind": "training", "title": "培训", "date": today.isoformat(), "hours": "1.25"},
         "hours"),
        ({"kind": "award", "title": "奖", "date": (today + dt.timedelta(days=3)).isoformat()},
         "date"),
        ({"kind": "award", "title": "奖", "date": today.isoformat(), "handling": "x"},
         "handling"),
    ]  # fmt: skip
    for body, field in cases:
        response = record(admin, m, **body)
        assert response.status_code in (400, 422), (body, response.content)
        if response.status_code == 400:
            assert field in response.json()["error"]["fields"], (body, response.json())
    assert record(admin, m, kind="medal", title="x", date=today.isoformat()).status_code in (
        400,
        422,
    )
    assert not FileEntry.objects.exists()
    # The page names the field too.
    page = client_for(cast.community_admin).post(
        f"/members/{m}/file/",
        {"action": "record", "kind": "training", "title": "培训", "date": today.isoformat()},
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert page.status_code == 200 and "请填写培训时长" in page.content.decode()
    assert not FileEntry.objects.exists()


def test_only_the_members_own_admins_record_and_others_cannot_read(cast):
    today = timezone.localdate().isoformat()
    # Another community's admin does not reach this member at all.
    other = api_as("community3")
    assert record(other, cast.member.pk, kind="award", title="x", date=today).status_code == 404
    assert other.get(f"/members/{cast.member.pk}/file").status_code == 404
    # A supervisor reads but does not record.
    supervisor = api_as("supervisor")
    assert supervisor.get(f"/members/{cast.member.pk}/file").status_code == 200
    assert record(supervisor, cast.member.pk, kind="award", title="x",
                  date=today).status_code == 403  # fmt: skip
    # A member reads only their own file.
    member = api_as("other")
    assert member.get(f"/members/{cast.member.pk}/file").status_code in (403, 404)
    page = client_for(cast.other_member_user).post(
        f"/members/{cast.member.pk}/file/", {"action": "record"}
    )
    assert page.status_code == 404
    assert not FileEntry.objects.exists()


def test_an_entry_recorded_in_error_is_taken_back_and_logged(cast):
    admin = api_as("community")
    made = record(admin, cast.member.pk, kind="award", title="错录",
                  date=timezone.localdate().isoformat())  # fmt: skip
    page = client_for(cast.community_admin)
    response = page.post(f"/members/{cast.member.pk}/file/",
                         {"action": "delete", "entry": made.json()["id"]})  # fmt: skip
    assert response.status_code == 302 and not FileEntry.objects.exists()
    assert AuditEvent.objects.filter(action="file_entry_delete").exists()
    detail = page.get(f"/members/{cast.member.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert f'href="/members/{cast.member.pk}/file/"' in detail.content.decode()
