"""A resident under 14 (#19 §2, 个人信息保护法 art. 31): their request names a guardian, and
is taken up only after the guardian consents — with a code sent to the guardian's phone, or
recorded by the community's admin after speaking with them."""

from __future__ import annotations

import pytest
from django.utils.translation import override

from jinlin.core.errors import Conflict, InvalidInput
from jinlin.residents import services
from tests.api import api_as

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


def _submit(cast, **extra):
    return services.request_submit(
        community=cast.community, title="楼道灯坏了", place="3号楼", name="小明",
        phone="13611112222", **extra,
    )  # fmt: skip


def test_a_minor_names_a_guardian(cast):
    with pytest.raises(InvalidInput) as refused:
        _submit(cast, minor=True)
    assert set(refused.value.fields) == {"guardian_name", "guardian_phone"}


def test_no_request_of_a_minor_is_taken_up_before_the_guardian_consents(cast):
    item = _submit(cast, minor=True, guardian_name="王女士", guardian_phone="13622223333")
    assert item.guardian_consent_at is None
    with pytest.raises(Conflict) as refused:
        services.request_accept(request=item, by=cast.community_admin)
    assert refused.value.code == "guardian_consent_required"
    with pytest.raises(Conflict):
        services.request_merge(request=item, into=_submit(cast), by=cast.community_admin)
    services.request_guardian_consent(request=item, by=cast.community_admin)
    assert item.guardian_consent_by == cast.community_admin
    assert services.request_accept(request=item, by=cast.community_admin).pk


def test_the_guardian_consents_with_a_code_to_their_phone(cast):
    code = services.phone_code_send(phone="13622223333")
    with pytest.raises(InvalidInput) as wrong:
        _submit(cast, minor=True, guardian_name="王女士", guardian_phone="13622223333",
                guardian_code="000000" if code != "000000" else "111111")  # fmt: skip
    assert "guardian_code" in wrong.value.fields
    code = services.phone_code_send(phone="13622224444")
    item = _submit(cast, minor=True, guardian_name="王先生", guardian_phone="13622224444",
                   guardian_code=code)  # fmt: skip
    assert item.guardian_consent_at is not None
    assert services.request_accept(request=item, by=cast.community_admin).pk


def test_through_the_api_and_the_page(cast, as_user):
    made = api_as("member").post("/requests", {
        "community": cast.community.pk, "title": "帮忙取快递", "place": "2号楼", "minor": True,
        "guardian_name": "张女士", "guardian_phone": "13622225555"})  # fmt: skip
    assert made.status_code == 201, made.content
    assert (made.json()["minor"], made.json()["guardian_consent"]) == (True, False)
    admin = api_as("community")
    refused = admin.post(f"/requests/{made.json()['id']}/accept")
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "guardian_consent_required"
    page = as_user(cast.community_admin).get(f"/requests/manage/{made.json()['id']}/")
    assert "13622225555" in page.content.decode() and 'value="guardian"' in page.content.decode()
    as_user(cast.community_admin).post(f"/requests/manage/{made.json()['id']}/",
                                       {"action": "guardian"})  # fmt: skip
    assert admin.get(f"/requests/{made.json()['id']}").json()["guardian_consent"] is True
    assert admin.post(f"/requests/{made.json()['id']}/accept").status_code == 201
    assert api_as("community2").post(
        f"/requests/{made.json()['id']}/guardian-consent").status_code in (403, 404)
