"""A member's private calendar address (#19 §5): one secret per member that a phone's calendar
subscribes to without signing in; every claim an event whose uid stays, changes (waitlisted,
cancelled) shown; renewed or ended by the member, after which the old address answers 404."""

from __future__ import annotations

import pytest
from django.test import Client
from icalendar import Calendar

from jinlin.needs import services as need_services
from jinlin.needs.models import CalendarFeed
from tests.api import api_as
from tests.needs_helpers import new_member, publish

pytestmark = pytest.mark.django_db


def _events(url: str) -> dict[str, str]:
    response = Client().get(url)  # a phone's calendar: nobody signed in
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(e["uid"]): str(e["status"]) for e in calendar.walk("VEVENT")}


def test_a_member_subscribes_renews_and_ends_the_address(cast, as_user):
    page = as_user(cast.member_user)
    need = publish(cast, slots=1)
    first = need_services.claim_create(need=need, member=cast.member)
    full = publish(cast, slots=1, title="已满的服务")
    need_services.claim_create(need=full, member=new_member(cast, "王五", "13700137000"))
    waiting = need_services.claim_create(need=full, member=cast.member)
    assert page.post("/me/claims/calendar/", {"action": "renew"}).status_code == 302
    url = "/calendar/" + CalendarFeed.objects.get(member=cast.member).secret + ".ics"
    assert url in page.get("/me/claims/").content.decode()
    assert _events(url) == {f"claim-{first.pk}@jinlin": "CONFIRMED",
                            f"claim-{waiting.pk}@jinlin": "TENTATIVE"}  # fmt: skip
    need_services.claim_cancel(claim=first, by=cast.member_user)
    assert _events(url)[f"claim-{first.pk}@jinlin"] == "CANCELLED"  # the same event, changed
    page.post("/me/claims/calendar/", {"action": "renew"})
    assert Client().get(url).status_code == 404  # the old address stops
    renewed = "/calendar/" + CalendarFeed.objects.get(member=cast.member).secret + ".ics"
    assert len(_events(renewed)) == 2
    page.post("/me/claims/calendar/", {"action": "end"})
    assert Client().get(renewed).status_code == 404
    assert not CalendarFeed.objects.exists()


@pytest.mark.parametrize("secret", ["x" * 43, "a\u00e9" * 12, "../../etc", "A" * 65])
def test_a_wrong_address_shows_nothing(cast, secret):
    assert Client().get(f"/calendar/{secret}.ics").status_code == 404


def test_through_the_api(cast):
    api = api_as("member")
    assert api.get("/me/calendar").json() == {"url": None}
    made = api.post("/me/calendar")
    assert made.status_code == 201 and made.json()["url"].endswith(".ics")
    assert api.get("/me/calendar").json() == made.json()
    path = "/" + made.json()["url"].split("/", 3)[3]
    assert Client().get(path).status_code == 200
    gone = api.client.delete("/api/v1/me/calendar", **api._headers())
    assert gone.status_code == 204
    assert api.get("/me/calendar").json() == {"url": None}
    assert api_as("district").post("/me/calendar").status_code == 403  # not a member
