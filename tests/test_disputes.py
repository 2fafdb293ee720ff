"""异议 (民政部令第67号): a member disputes a record or says one is missing; the recording
community corrects it (a reversing row and a new row, with the reason) or refuses with
reasons; the member is told; open disputes are on the worklist and in the figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.members.models import Member
from jinlin.notifications.models import Notification
from jinlin.service import services
from jinlin.service.models import Dispute, ServiceRecord
from tests.api import api_as
from tests.conftest import PASSWORD
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _wang_and_record():
    wang = Member.objects.get(name="王五")
    return wang, ServiceRecord.objects.get(member=wang, kind="credit")


def _api_as_member(member):
    member.user.set_password(PASSWORD)
    member.user.save()
    return api_as(member.user.username)


def test_a_dispute_is_corrected_with_a_reversal_and_a_new_row(district):  # noqa: F811
    cast = district
    wang, record = _wang_and_record()
    client = _api_as_member(wang)
    answer = client.post(f"/service-records/{record.pk}/disputes",
                         {"reason": "实际服务2小时", "hours": 2})  # fmt: skip
    assert answer.status_code == 201 and answer.json()["status"] == "open"
    again = client.post(f"/service-records/{record.pk}/disputes", {"reason": "再次"})
    assert again.status_code == 409
    admin = api_as("community")
    listed = admin.get("/disputes", status="open").json()
    assert listed["count"] == 1 and listed["results"][0]["record"] == record.pk
    period = Period.last_weeks(4)
    assert fig.value_of(fig.all_figures()["disputes_open"], cast.district, period) == 1
    done = admin.post(f"/disputes/{listed['results'][0]['id']}/resolve",
                      {"decision": "corrected", "reason": "核实签到记录", "hours": 2})  # fmt: skip
    assert done.status_code == 200 and done.json()["status"] == "corrected"
    rows = list(ServiceRecord.objects.filter(member=wang).order_by("id"))
    assert [(r.kind, r.hours) for r in rows] == [
        ("credit", Decimal("1.50")), ("reversal", Decimal("-1.50")), ("credit", Decimal("2.00")),
    ]  # fmt: skip
    assert "核实签到记录" in rows[1].reason and "核实签到记录" in rows[2].reason
    assert services.ledger_verify()[2] == ""
    assert fig.value_of(fig.all_figures()["hours"], cast.district, period) == Decimal("2")
    assert Notification.objects.filter(user=wang.user, kind="dispute").exists()
    assert admin.post(f"/disputes/{listed['results'][0]['id']}/resolve",
                      {"decision": "refused", "reason": "x"}).status_code == 409  # fmt: skip


def test_someone_elses_record_and_someone_elses_dispute_are_refused(district):  # noqa: F811
    _wang, record = _wang_and_record()
    zhao = Member.objects.get(name="赵六")
    assert _api_as_member(zhao).post(f"/service-records/{record.pk}/disputes",
                                     {"reason": "不是我的"}).status_code == 404  # fmt: skip
    wang, record = _wang_and_record()
    dispute = _api_as_member(wang).post(f"/service-records/{record.pk}/disputes",
                                        {"reason": "时长不对"}).json()  # fmt: skip
    other = api_as("community2")
    assert other.post(f"/disputes/{dispute['id']}/resolve",
                      {"decision": "refused", "reason": "x"}).status_code == 404  # fmt: skip
    assert other.get("/disputes").json()["count"] == 0
    assert _api_as_member(zhao).get("/disputes").status_code == 403
    assert Dispute.objects.get().status == "open"


def test_a_refusal_needs_reasons_and_tells_the_member(district, as_user):  # noqa: F811
    cast = district
    wang, record = _wang_and_record()
    client = as_user(wang.user)
    client.post(f"/me/hours/{record.pk}/dispute/", {"reason": "少记了半小时", "hours": "2"})
    dispute = Dispute.objects.get()
    admin = as_user(cast.community_admin)
    home = admin.get("/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "/disputes/" in home
    admin.post("/disputes/", {"dispute": dispute.pk, "decision": "refused", "reason": ""})
    dispute.refresh_from_db()
    assert dispute.status == "open"  # no reason, nothing decided
    admin.post("/disputes/", {"dispute": dispute.pk, "decision": "refused",
                              "reason": "签到记录显示1.5小时"})  # fmt: skip
    dispute.refresh_from_db()
    assert dispute.status == "refused" and ServiceRecord.objects.count() == 1
    page = client.get("/me/hours/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "签到记录显示1.5小时" in page


def test_a_missing_record_is_added_when_the_community_corrects(district, as_user):  # noqa: F811
    cast = district
    wang, _record = _wang_and_record()
    client = as_user(wang.user)
    from django.utils import timezone

    client.post("/me/hours/missing/", {"community": cast.community.pk,
                                       "date": timezone.localdate().isoformat(),
                                       "hours": "1", "reason": "协助清理单车棚"})  # fmt: skip
    dispute = Dispute.objects.get()
    assert dispute.record is None and dispute.hours == Decimal("1.00")
    as_user(cast.community_admin).post(
        "/disputes/", {"dispute": dispute.pk, "decision": "corrected", "reason": "核实属实"}
    )
    new = ServiceRecord.objects.filter(member=wang).order_by("-id").first()
    assert new.hours == Decimal("1.00") and new.kind == "credit"
    assert services.ledger_verify()[2] == ""
    # Counted for the community like every row: the figure equals its list and the day sums
    # equal the rows.
    period = Period.last_weeks(4)
    every = fig.all_figures()
    listed = sum(r.hours for r in every["hours"].rows(cast.district, period))
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    assert values["hours"] == listed == Decimal("2.5")
    from jinlin.service.models import LedgerDay

    columns = ("community_id", "day", "credits", "hours")
    before = sorted(LedgerDay.objects.values_list(*columns))
    services.ledger_days_rebuild()
    assert sorted(LedgerDay.objects.values_list(*columns)) == before
