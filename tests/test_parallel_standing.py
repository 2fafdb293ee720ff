"""Standing service under load, with real parallel HTTP requests on PostgreSQL: one member
per wish, one credit per approved report, one need per accepted request, no report
beyond the day's 24 hours."""

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from jinlin.api.security import token_issue
from jinlin.needs.models import Need
from jinlin.residents import services as resident_services
from jinlin.residents.models import Wish
from jinlin.service import services as service_services
from jinlin.service.models import ServiceRecord, ServiceReport
from tests.parallel import call, in_parallel
from tests.standing_helpers import submit
from tests.test_parallel_claims_and_scans import WORKERS, make_members

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _on_postgres():
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"


def test_40_members_claim_one_wish_at_once(cast, live_server):
    wish = resident_services.wish_post(
        community=cast.community, title="新书包", beneficiary="李小明", by=cast.community_admin
    )
    _members, tokens = make_members(cast, 40)
    path = f"/api/v1/wishes/{wish.pk}/claim"
    results = in_parallel(
        [(lambda t=t: call(live_server.url, "POST", path, None, t)) for t in tokens],
        workers=WORKERS,
    )
    statuses = sorted(status for status, _body in results)
    assert statuses == [200] + [409] * 39, [r for r in results if r[0] not in (200, 409)][:3]
    assert Wish.objects.get().status == "claimed"


def test_30_simultaneous_approvals_credit_a_report_once(cast, live_server):
    members, _tokens = make_members(cast, 1)
    report = service_services.report_submit(
        member=members[0],
        date=timezone.localdate() - dt.timedelta(days=1),
        hours=2,
        content="清理单车棚",
    )
    admin_token = token_issue(user=cast.community_admin)[0]
    path = f"/api/v1/service-reports/{report.pk}/approve"
    results = in_parallel(
        [(lambda: call(live_server.url, "POST", path, None, admin_token)) for _ in range(30)],
        workers=30,
    )
    assert sorted(s for s, _b in results) == [200] + [409] * 29
    assert ServiceRecord.objects.count() == 1
    assert ServiceReport.objects.get().record_id == ServiceRecord.objects.get().pk


def test_30_simultaneous_accepts_publish_one_need(cast, live_server):
    item = submit(cast)
    admin_token = token_issue(user=cast.community_admin)[0]
    path = f"/api/v1/requests/{item.pk}/accept"
    results = in_parallel(
        [(lambda: call(live_server.url, "POST", path, None, admin_token)) for _ in range(30)],
        workers=30,
    )
    assert sorted(s for s, _b in results) == [201] + [409] * 29
    assert Need.objects.count() == 1


def test_simultaneous_reports_never_exceed_a_day(cast, live_server):
    members, tokens = make_members(cast, 1)
    day = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    bodies = [{"date": day, "hours": 5, "content": f"值守 {i}"} for i in range(10)]
    results = in_parallel(
        [
            (lambda b=b: call(live_server.url, "POST", "/api/v1/service-reports", b, tokens[0]))
            for b in bodies
        ],
        workers=10,
    )
    assert sorted(s for s, _b in results) == [201] * 4 + [400] * 6
    assert sum(r.hours for r in ServiceReport.objects.filter(member=members[0])) == 20


def test_40_parallel_wrong_codes_get_five_tries(cast, live_server):
    """The audit got nine tries in against a limit of five: each try is now counted in one
    conditional update before the code is compared."""
    from jinlin.residents.models import PhoneCode

    code = resident_services.phone_code_send(phone="13611112222")
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    body = {
        "community": cast.community.pk,
        "title": "楼道灯坏了",
        "place": "3号楼",
        "phone": "13611112222",
        "code": wrong,
    }
    results = in_parallel(
        [(lambda: call(live_server.url, "POST", "/api/v1/requests", body)) for _ in range(40)],
        workers=40,
    )
    statuses = sorted(status for status, _body in results)
    assert statuses.count(400) == 5 and statuses.count(429) == 35, statuses
    assert PhoneCode.objects.get().attempts == 5
    # The right code, now, is refused too: the code is spent.
    status, _body = call(live_server.url, "POST", "/api/v1/requests", {**body, "code": code})
    assert status == 429
