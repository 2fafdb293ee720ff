import datetime as dt

from django.utils import timezone

from jinlin.care import services
from jinlin.care.models import Visit
from tests.api import ApiClient, api_as
from tests.care_helpers import household, pairing


def test_households_are_masked_by_role(cast):
    home = household(cast)
    full = api_as("community").get("/households").json()["results"][0]
    assert (full["name"], full["phone"], full["masked"]) == ("王秀英", "13912345678", False)
    masked = api_as("street").get("/households").json()["results"][0]
    assert masked["name"] == "王**" and masked["phone"] == "139****5678" and masked["masked"]
    assert api_as("community2").get("/households").json()["count"] == 0
    assert api_as("member").get("/households").json()["count"] == 0
    pairing(cast, home)
    mine = api_as("member").get("/households").json()["results"][0]
    assert mine["masked"] is False


def test_a_member_gets_their_pairings_and_logs_a_visit(cast):
    p = pairing(cast, household(cast), days_ago=40)
    body = api_as("member").get("/pairings").json()
    assert body["count"] == 1 and body["results"][0]["overdue"] is True
    response = api_as("member").post(
        f"/pairings/{p.pk}/visits",
        {"date": timezone.localdate().isoformat(), "kind": "call", "note": "一切安好"},
    )
    assert response.status_code == 201 and response.json()["kind"] == "call"
    assert api_as("member").get("/pairings").json()["results"][0]["overdue"] is False
    future = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    bad = api_as("member").post(f"/pairings/{p.pk}/visits", {"date": future, "kind": "call"})
    assert bad.status_code == 400 and "date" in bad.json()["error"]["fields"]
    bad = api_as("member").post(f"/pairings/{p.pk}/visits", {"date": "yesterday", "kind": "call"})
    assert bad.status_code == 400
    assert (
        api_as("other")
        .post(
            f"/pairings/{p.pk}/visits", {"date": timezone.localdate().isoformat(), "kind": "call"}
        )
        .status_code
        == 404
    )
    assert Visit.objects.count() == 1


def test_teams_and_public_service_points(cast):
    services.team_save(
        organization=cast.community, name="岑东爱心队", kind="aixin", leader=cast.member
    )
    assert api_as("community").get("/teams").json()["results"][0]["kind_label"]
    assert api_as("community2").get("/teams").json()["count"] == 0
    services.service_point_save(
        community=cast.community,
        name="岑东爱心屋",
        kind="aixin_house",
        address="岑东路2号",
        longitude="118.1",
        latitude="24.5",
    )
    points = ApiClient().get("/service-points").json()  # no token needed
    assert points[0]["name"] == "岑东爱心屋" and points[0]["longitude"] == 118.1
