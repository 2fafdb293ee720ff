from jinlin.members.models import Registration
from tests.api import api_as


def test_a_member_registers_201_pending(cast):
    response = api_as("member").post("/registrations", {"community": cast.community.pk})
    assert response.status_code == 201
    body = response.json()
    assert (body["kind"], body["status"]) == ("member", "pending")
    assert Registration.objects.get(pk=body["id"]).member == cast.member


def test_a_second_registration_is_409(cast):
    client = api_as("member")
    client.post("/registrations", {"community": cast.community.pk})
    response = client.post("/registrations", {"community": cast.community.pk})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "already_registered"


def test_a_unit_admin_registers_the_unit(cast):
    response = api_as("unit").post(
        "/registrations", {"community": cast.community.pk, "unit": cast.unit.pk}
    )
    assert response.status_code == 201
    assert response.json()["kind"] == "unit"


def test_a_unit_outside_scope_is_403_and_a_non_partner_400(cast):
    response = api_as("unit").post(
        "/registrations", {"community": cast.community3.pk, "unit": cast.unit2.pk}
    )
    assert response.status_code == 403
    response = api_as("unit").post(
        "/registrations", {"community": cast.community2.pk, "unit": cast.unit.pk}
    )
    assert response.status_code == 400
    assert "community" in response.json()["error"]["fields"]


def test_bad_input_is_400_with_fields_and_writes_nothing(cast):
    client = api_as("member")
    assert (
        client.post("/registrations", {}).json()["error"]["fields"]
        == {"community": "This field is required."}
        or client.post("/registrations", {}).status_code == 400
    )
    response = client.post("/registrations", {"community": "abc"})
    assert response.status_code == 400 and "community" in response.json()["error"]["fields"]
    response = client.post("/registrations", {"community": 999999})
    assert response.status_code == 400 and "community" in response.json()["error"]["fields"]
    response = client.post("/registrations", {"community": cast.street.pk})
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_someone_who_is_not_a_member_gets_403(cast):
    assert (
        api_as("community").post("/registrations", {"community": cast.community.pk}).status_code
        == 403
    )


def test_confirm_by_the_communitys_admin(cast):
    rid = api_as("member").post("/registrations", {"community": cast.community.pk}).json()["id"]
    assert api_as("community2").post(f"/registrations/{rid}/confirm").status_code == 404
    assert api_as("street").post(f"/registrations/{rid}/confirm").status_code == 403
    response = api_as("community").post(f"/registrations/{rid}/confirm")
    assert response.status_code == 200
    assert response.json() | {} == response.json() and response.json()["status"] == "confirmed"
    again = api_as("community").post(f"/registrations/{rid}/confirm")
    assert again.status_code == 409 and again.json()["error"]["code"] == "not_pending"
    assert api_as("community").post("/registrations/999999/confirm").status_code == 404


def test_decline_needs_a_reason(cast):
    rid = api_as("member").post("/registrations", {"community": cast.community.pk}).json()["id"]
    client = api_as("community")
    response = client.post(f"/registrations/{rid}/decline", {"reason": ""})
    assert response.status_code == 400 and "reason" in response.json()["error"]["fields"]
    response = client.post(f"/registrations/{rid}/decline", {"reason": "住址不符"})
    assert response.json()["status"] == "declined"
    assert api_as("member").get(f"/registrations/{rid}").json()["reason"] == "住址不符"


def test_lists_are_scoped_and_paginated(cast):
    api_as("member").post("/registrations", {"community": cast.community.pk})
    api_as("other").post("/registrations", {"community": cast.community3.pk})
    assert api_as("member").get("/registrations").json()["count"] == 1
    assert api_as("community").get("/registrations").json()["count"] == 1
    assert api_as("district").get("/registrations").json()["count"] == 2
    body = api_as("district").get("/registrations", page=2, page_size=1).json()
    assert body["count"] == 2 and len(body["results"]) == 1
    assert api_as("district").get("/registrations", page_size=0).status_code == 400
    assert api_as("district").get("/registrations", status="weird").status_code == 400
