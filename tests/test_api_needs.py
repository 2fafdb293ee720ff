"""The needs part of API.md, exactly."""

import datetime as dt

from django.utils import timezone

from jinlin.api.security import token_issue
from jinlin.service.models import ServiceRecord
from tests.api import ApiClient, api_as
from tests.needs_helpers import confirm_registration, new_member


def _body(cast, **overrides):
    start = timezone.localtime() - dt.timedelta(minutes=5)
    body = {
        "community": cast.community.pk,
        "title": "文明交通劝导",
        "category": "traffic",
        "place": "杏林路口",
        "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(hours=2)).isoformat(),
        "slots": 1,
        "mode": "open",
        "metrics": ["dissuaded"],
    }
    body.update(overrides)
    return body


def _member_client(member):
    return ApiClient(token_issue(user=member.user)[0])


def test_publish_201_published(cast):
    response = api_as("community").post("/needs", _body(cast))
    assert response.status_code == 201
    body = response.json()
    assert (body["status"], body["slots"], body["confirmed"], body["waitlisted"]) == (
        "published",
        1,
        0,
        0,
    )
    assert body["starts_at"].endswith("+08:00")


def test_publish_refusals(cast):
    assert api_as("community2").post("/needs", _body(cast)).status_code == 403
    assert api_as("member").post("/needs", _body(cast)).status_code == 403
    response = api_as("community").post("/needs", _body(cast, slots=-1))
    assert response.status_code == 400 and "slots" in response.json()["error"]["fields"]
    response = api_as("community").post("/needs", _body(cast, mode="order"))
    assert response.status_code == 400 and "unit" in response.json()["error"]["fields"]
    response = api_as("community").post("/needs", _body(cast, starts_at="tomorrow"))
    assert response.status_code == 400 and "starts_at" in response.json()["error"]["fields"]


def test_claims_confirmed_then_waitlisted_then_409(cast):
    need = api_as("community").post("/needs", _body(cast)).json()
    confirm_registration(cast.member, cast.community)
    other = new_member(cast, "王五", "13700137000")
    first = api_as("member").post(f"/needs/{need['id']}/claims")
    assert first.status_code == 201 and first.json()["status"] == "confirmed"
    second = _member_client(other).post(f"/needs/{need['id']}/claims")
    assert second.json()["status"] == "waitlisted"
    again = api_as("member").post(f"/needs/{need['id']}/claims")
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_claimed"
    detail = api_as("member").get(f"/needs/{need['id']}").json()
    assert (detail["confirmed"], detail["waitlisted"]) == (1, 1)
    cancel = api_as("member").post(f"/claims/{first.json()['id']}/cancel")
    assert cancel.json()["status"] == "cancelled"
    assert api_as("member").get(f"/needs/{need['id']}").json()["confirmed"] == 1
    assert _member_client(other).get("/me/claims").json()[0]["status"] == "confirmed"


def test_an_order_is_dispatched_only_by_the_unit(cast):
    need = (
        api_as("community")
        .post("/needs", _body(cast, mode="order", unit=cast.unit.pk, slots=1))
        .json()
    )
    a = new_member(cast, "王五", "13700137000", registered=False)
    b = new_member(cast, "赵六", "13600136000", registered=False)
    assert _member_client(a).post(f"/needs/{need['id']}/claims").status_code == 403
    assert (
        api_as("community").post(f"/needs/{need['id']}/dispatch", {"members": [a.pk]}).status_code
        == 403
    )
    response = api_as("unit").post(f"/needs/{need['id']}/dispatch", {"members": [a.pk, b.pk]})
    assert response.status_code == 409
    response = api_as("unit").post(f"/needs/{need['id']}/dispatch", {"members": [a.pk]})
    assert response.status_code == 201
    assert response.json()["claims"][0]["status"] == "confirmed"


def test_the_full_scan_contract(cast):
    need = api_as("community").post("/needs", _body(cast)).json()
    confirm_registration(cast.member, cast.community)
    member = api_as("member")
    claim = member.post(f"/needs/{need['id']}/claims").json()
    assert member.get(f"/needs/{need['id']}/site-code").status_code == 403
    code = api_as("community").get(f"/needs/{need['id']}/site-code").json()
    assert set(code) == {"token", "expires_at"}
    token = code["token"]
    first = member.post("/scans", {"token": token})
    assert first.status_code == 200
    assert first.json() == {"claim": claim["id"], "kind": "sign_in", "hours": 0}
    early = member.post("/scans", {"token": token})
    assert early.status_code == 409 and early.json()["error"]["code"] == "awaiting_acceptance"
    assert (
        api_as("community2").post(f"/claims/{claim['id']}/accept", {"hours": 1}).status_code == 404
    )
    bad = api_as("community").post(f"/claims/{claim['id']}/accept", {"hours": -1})
    assert bad.status_code == 400 and "hours" in bad.json()["error"]["fields"]
    too_long = api_as("community").post(f"/claims/{claim['id']}/accept", {"hours": 5})
    assert too_long.status_code == 400
    accepted = api_as("community").post(
        f"/claims/{claim['id']}/accept",
        {"hours": 1.5, "outcomes": {"dissuaded": 12}, "note": "表现好"},
    )
    assert accepted.json() == {"id": claim["id"], "status": "accepted"}
    credit = member.post("/scans", {"token": token})
    assert credit.json() == {"claim": claim["id"], "kind": "credit", "hours": 1.5}
    again = member.post("/scans", {"token": token})
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_credited"
    records = member.get("/me/service-records").json()
    assert records["total_hours"] == 1.5
    assert records["results"][0]["need"] == need["id"]
    assert records["results"][0]["kind"] == "credit"


def test_rejected_forged_and_no_claim_scans(cast):
    need = api_as("community").post("/needs", _body(cast, slots=2)).json()
    confirm_registration(cast.member, cast.community)
    claim = api_as("member").post(f"/needs/{need['id']}/claims").json()
    token = api_as("community").get(f"/needs/{need['id']}/site-code").json()["token"]
    forged = api_as("member").post("/scans", {"token": token[:-3] + "abc"})
    assert forged.status_code == 400 and forged.json()["error"]["code"] == "invalid_code"
    wrong = api_as("member").post("/scans", {"token": token, "need": need["id"] + 1})
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "invalid_code"
    stranger = new_member(cast, "王五", "13700137000")
    response = _member_client(stranger).post("/scans", {"token": token})
    assert response.status_code == 409 and response.json()["error"]["code"] == "no_claim"
    api_as("member").post("/scans", {"token": token})
    api_as("community").post(f"/claims/{claim['id']}/reject", {"reason": "未到岗"})
    rejected = api_as("member").post("/scans", {"token": token})
    assert rejected.status_code == 409 and rejected.json()["error"]["code"] == "rejected"
    assert not ServiceRecord.objects.exists()


def test_needs_listing_is_scoped(cast):
    api_as("community").post("/needs", _body(cast))
    assert api_as("community").get("/needs").json()["count"] == 1
    assert api_as("community2").get("/needs").json()["count"] == 0
    assert api_as("other").get("/needs").json()["count"] == 0
    confirm_registration(cast.member, cast.community)
    assert api_as("member").get("/needs", status="published").json()["count"] == 1
    assert api_as("member").get("/needs", status="nonsense").status_code == 400


def test_dispatching_someone_elses_member_does_not_reveal_their_name(cast):
    from tests.api import api_as
    from tests.needs_helpers import publish

    need = publish(cast, mode="order", unit=cast.unit, slots=2)
    response = api_as("unit").post(
        f"/needs/{need.pk}/dispatch", {"members": [cast.other_member.pk]}
    )
    assert response.status_code == 400
    assert "李四" not in response.content.decode()
    assert str(cast.other_member.pk) in response.json()["error"]["message"]


def test_a_members_app_lists_the_needs_still_to_come_first(cast):
    """``when=current``: published needs not yet ended, the soonest first; ``when=ended``:
    ended or closed ones, the latest first — the admins' list's own definitions. Without it,
    every need in order of start, as before (a member's app once opened on last month's)."""
    from jinlin.needs.models import Need
    from tests.needs_helpers import publish

    now = timezone.now()

    def need(start_in, status=Need.Status.PUBLISHED):
        made = publish(cast)  # published for now, then moved (publishing refuses the past)
        starts = now + start_in
        Need.objects.filter(pk=made.pk).update(
            starts_at=starts, ends_at=starts + dt.timedelta(hours=2), status=status
        )
        return made.pk

    ended = need(-dt.timedelta(days=2))
    older = need(-dt.timedelta(days=9), Need.Status.CLOSED)
    later = need(dt.timedelta(days=3))
    sooner = need(dt.timedelta(days=1))
    ongoing = need(-dt.timedelta(hours=1))
    dropped = need(dt.timedelta(days=2), Need.Status.CANCELLED)
    confirm_registration(cast.member, cast.community)
    member = api_as("member")

    def ids(**query):
        answer = member.get("/needs", **query)
        assert answer.status_code == 200, answer.content
        return [row["id"] for row in answer.json()["results"]]

    assert ids(when="current") == [ongoing, sooner, later]
    assert ids(when="ended") == [ended, older]
    assert ids() == [older, ended, ongoing, sooner, dropped, later]
    assert ids(when="current", status="published") == [ongoing, sooner, later]
    assert ids(when="ended", status="closed") == [older]
    assert member.get("/needs", when="current", page_size=2).json()["count"] == 3
    wrong = member.get("/needs", when="soon")
    assert wrong.status_code == 400 and "when" in wrong.json()["error"]["fields"]
