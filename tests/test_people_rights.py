"""People's rights over their data (个人信息保护法): the privacy notice, consents given and
withdrawn, everything held about a member (JSON and .xlsx), and an account ended: the person
anonymised, sign-in and tokens gone, the ledger's rows and totals kept and the chain intact."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from jinlin.members.models import Member
from jinlin.service import services as service_services
from jinlin.service.models import ServiceRecord
from tests.api import ApiClient, api_as
from tests.conftest import PASSWORD
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _wang():
    wang = Member.objects.get(name="王五")
    wang.user.set_password(PASSWORD)
    wang.user.save()
    return wang


def test_the_privacy_notice_is_open_and_linked_from_every_page(client):
    page = client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'id="notice"' in page and "个人信息保护法" in page
    assert 'href="/privacy/"' in client.get("/signin/").content.decode()


def test_consents_are_given_and_withdrawn_from_the_account_page(district, as_user):  # noqa: F811
    wang = _wang()
    client = as_user(wang.user)
    client.post("/account/consent/", {"purpose": "id_number", "action": "give"})
    assert wang.consents.filter(purpose="id_number", withdrawn_at__isnull=True).exists()
    Member.objects.filter(pk=wang.pk).update(id_number="11010519491231002X")
    client.post("/account/consent/", {"purpose": "id_number", "action": "withdraw"})
    wang.refresh_from_db()
    assert wang.id_number is None  # the consent withdrawn, the number goes
    assert wang.consents.get(purpose="id_number").withdrawn_at is not None


def test_my_data_as_json_and_as_a_workbook(district, as_user):  # noqa: F811
    from jinlin.notifications.services import notify

    wang = _wang()
    notify(user_ids=[wang.user_id], kind="claim_confirmed",
           message="You are confirmed for “%(title)s”, %(when)s at %(place)s.",
           params={"title": "楼道清理", "when": "2026-12-06 09:00", "place": "3号楼"})  # fmt: skip
    data = api_as(wang.user.username).get("/me/data").json()
    # Each notice as held (its message and values apart) and as read, in the reader's words.
    notice = next(n for n in data["notifications"] if n["params"].get("title") == "楼道清理")
    assert notice["message"].startswith("You are confirmed for")
    assert notice["text"] == "您已成功认领“楼道清理”，2026-12-06 09:00 在3号楼。"
    assert set(data) == {"profile", "registrations", "claims", "service_records",
                         "certificates", "disputes", "notifications", "consents",
                         "file_entries", "certificate_applications"}  # fmt: skip
    assert data["profile"]["name"] == "王五" and data["profile"]["volunteer_no"]
    assert data["service_records"][0]["hours"] == 1.5
    assert len(data["claims"]) >= 1
    book = load_workbook(io.BytesIO(as_user(wang.user).get("/account/data.xlsx").content))
    assert "王五" in str([c.value for c in book.worksheets[0]["B"]])
    assert len(book.worksheets) == 10  # the profile and one sheet per kind
    # Read by the person: headings as the pages name things, codes as labels, times as a
    # clerk writes them (the JSON keeps codes and ISO times).
    profile = {row[0]: row[1] for row in book["基本信息"].iter_rows(min_row=3, values_only=True)}
    assert profile["志愿者编号"] == data["profile"]["volunteer_no"] and profile["姓名"] == "王五"
    assert profile["长辈版"] == ("是" if data["profile"]["elder_mode"] else "否")
    claims = list(book["认领"].iter_rows(min_row=2, values_only=True))
    assert claims[0] == ("ID", "需求", "需求·开始时间", "状态", "认领时间")
    assert claims[1][3] in {"已确认", "候补中", "已取消", "缺席"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", claims[1][4])
    notices = list(book["通知"].iter_rows(min_row=2, values_only=True))
    assert notices[0] == ("类型", "通知原文", "通知中的取值", "时间", "阅读时间", "通知")
    assert ("认领成功", "您已成功认领“楼道清理”，2026-12-06 09:00 在3号楼。") in {
        (row[0], row[5]) for row in notices[1:]
    }
    # In English, English throughout: its sheets too (they were Chinese in every language).
    english = as_user(wang.user).get("/account/data.xlsx", HTTP_ACCEPT_LANGUAGE="en")
    assert load_workbook(io.BytesIO(english.content)).sheetnames == [
        "Profile", "Registrations", "Claims", "Service records", "Volunteer service certificates",
        "Disputes", "Notices", "Consents", "Certificate applications", "Volunteer file",
    ]
    assert book.sheetnames[1:] == ["报到", "认领", "服务记录", "志愿服务证明", "异议", "通知",
                                   "同意记录", "证明申请", "志愿者档案"]  # fmt: skip


def test_an_ended_account_is_anonymised_and_cannot_sign_in(district):  # noqa: F811
    wang = _wang()
    username = wang.user.username
    api = api_as(username)
    assert api.post("/me/delete", {"password": "wrong"}).status_code == 400
    hours_before = sum(r.hours for r in ServiceRecord.objects.filter(member=wang))
    assert api.post("/me/delete", {"password": PASSWORD}).json() == {"deleted": True}
    wang.refresh_from_db()
    assert wang.name.endswith(wang.volunteer_no) and wang.phone is None
    assert wang.user.is_active is False and not wang.user.has_usable_password()
    assert api.get("/me").status_code == 401  # every token revoked
    answer = ApiClient().post("/auth/token", {"username": username, "password": PASSWORD})
    assert answer.status_code == 401
    assert sum(r.hours for r in ServiceRecord.objects.filter(member=wang)) == hours_before
    assert hours_before == Decimal("1.50")
    assert service_services.ledger_verify()[2] == ""
    assert not wang.registrations.filter(status__in=["pending", "confirmed"]).exists()


def test_only_the_person_or_their_community_ends_an_account(district):  # noqa: F811
    from jinlin.core.errors import NotAllowed
    from jinlin.members.privacy import member_erase

    cast = district
    wang = _wang()
    with pytest.raises(NotAllowed):
        member_erase(member=wang, by=cast.community2_admin)
    member_erase(member=wang, by=cast.community_admin)  # on the person's request
    wang.refresh_from_db()
    assert wang.phone is None
