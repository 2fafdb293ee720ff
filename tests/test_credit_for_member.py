"""代为扫码: a member without a smartphone (or without an account) is signed in, accepted and
credited by the community, with the reason written into the ledger row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.members import services as member_services
from jinlin.needs import services as need_services
from jinlin.service import services
from jinlin.service.models import ServiceRecord
from tests.needs_helpers import confirm_registration, publish

pytestmark = pytest.mark.django_db


def _elder(cast):
    """An older member imported from the roster: no account, no smartphone."""
    elder = member_services.member_create(
        name="陈阿婆", phone="13600001111", branch=cast.branch, community=cast.community
    )
    confirm_registration(elder, cast.community)
    return elder


def test_the_community_signs_in_and_credits_with_the_reason_in_the_ledger(cast):
    elder = _elder(cast)
    need = publish(cast, slots=3)
    claim = need_services.claim_create(need=need, member=elder, by=cast.community_admin)
    result = services.claim_credit_for_member(
        claim=claim, reason="无智能手机", hours="1.5", by=cast.community_admin
    )
    assert result["kind"] == "credit" and result["hours"] == 1.5
    row = ServiceRecord.objects.get(claim=claim)
    assert row.hours == Decimal("1.50") and "无智能手机" in row.reason
    assert "代为扫码" in row.reason and row.recorder == "community"
    assert services.ledger_verify()[2] == ""
    with pytest.raises(Conflict):  # once only
        services.claim_credit_for_member(claim=claim, reason="再来", by=cast.community_admin)
    assert ServiceRecord.objects.filter(claim=claim).count() == 1


def test_it_is_refused_without_a_reason_outside_the_community_and_after_a_rejection(cast):
    elder = _elder(cast)
    need = publish(cast, slots=3)
    claim = need_services.claim_create(need=need, member=elder, by=cast.community_admin)
    with pytest.raises(InvalidInput):
        services.claim_credit_for_member(claim=claim, reason="  ", by=cast.community_admin)
    with pytest.raises(NotAllowed):
        services.claim_credit_for_member(claim=claim, reason="无手机", by=cast.community2_admin)
    with pytest.raises(InvalidInput):
        services.claim_credit_for_member(claim=claim, reason="无手机", hours="99",
                                         by=cast.community_admin)  # fmt: skip
    assert not ServiceRecord.objects.exists()
    token, _ = services.site_code_issue(need=need, by=cast.community_admin)
    claim.refresh_from_db()
    services.claim_reject(claim=claim, reason="未到场清理", by=cast.community_admin)
    with pytest.raises(Conflict):
        services.claim_credit_for_member(claim=claim, reason="无手机", by=cast.community_admin)
    assert not ServiceRecord.objects.exists()


def test_the_roster_signs_up_then_credits_a_member_without_a_phone(cast, as_user):
    elder = _elder(cast)
    need = publish(cast, slots=3)
    client = as_user(cast.community_admin)
    page = client.get(f"/needs/{need.pk}/roster/").content.decode()
    assert 'id="sign-up"' in page
    picked = client.get(f"/needs/{need.pk}/roster/pick/", {"q": "陈阿"}).content.decode()
    assert "陈阿婆" in picked and "1111" in picked  # the phone's tail tells namesakes apart
    client.post(f"/needs/{need.pk}/roster/add/", {"member": elder.pk})
    claim = need.claims.get(member=elder)
    assert claim.status == "confirmed"
    # Another community's admin cannot sign members up for this need.
    assert as_user(cast.community2_admin).post(
        f"/needs/{need.pk}/roster/add/", {"member": elder.pk}
    ).status_code in (403, 404)
    page = client.get(f"/needs/{need.pk}/roster/").content.decode()
    assert f'id="proxy-{claim.pk}"' in page
    response = client.post(
        f"/claims/{claim.pk}/proxy/", {"reason": "老人无智能手机", "hours": "2"},
        HTTP_HX_REQUEST="true",
    )  # fmt: skip
    assert response.status_code == 200
    assert "role=\"alert\"" not in response.content.decode()
    assert ServiceRecord.objects.get(claim=claim).hours == Decimal("2.00")
