import datetime as dt

from django.utils import timezone

from tests.api import api_as


def _create(client, cast, **overrides):
    body = {
        "organization": cast.community.pk,
        "title": "市场占道经营",
        "source": "round",
        "severity": "high",
        "deadline": (timezone.localdate() + dt.timedelta(days=7)).isoformat(),
    }
    body.update(overrides)
    return client.post("/problems", body)


def test_the_whole_path_over_the_api(cast):
    response = _create(api_as("supervisor"), cast)
    assert response.status_code == 201 and response.json()["status"] == "open"
    pid = response.json()["id"]
    community = api_as("community")
    assert community.post(f"/problems/{pid}/start").json()["status"] == "in_progress"
    bad = community.post(f"/problems/{pid}/submit", {"evidence": ""})
    assert bad.status_code == 400 and "evidence" in bad.json()["error"]["fields"]
    assert (
        community.post(f"/problems/{pid}/submit", {"evidence": "已清理"}).json()["status"]
        == "submitted"
    )
    assert community.post(f"/problems/{pid}/verify").status_code == 403
    nocomment = api_as("supervisor").post(f"/problems/{pid}/reopen", {"comment": ""})
    assert nocomment.status_code == 400
    assert (
        api_as("supervisor")
        .post(f"/problems/{pid}/reopen", {"comment": "未彻底"})
        .json()["reopen_count"]
        == 1
    )
    community.post(f"/problems/{pid}/submit", {"evidence": "彻底清理"})
    closed = api_as("supervisor").post(f"/problems/{pid}/verify")
    assert closed.json()["status"] == "closed" and closed.json()["closed_at"]
    illegal = community.post(f"/problems/{pid}/start")
    assert illegal.status_code == 409 and illegal.json()["error"]["code"] == "illegal_transition"


def test_close_unfixed_needs_a_reason(cast):
    pid = _create(api_as("supervisor"), cast).json()["id"]
    response = api_as("supervisor").post(f"/problems/{pid}/close-unfixed", {"reason": ""})
    assert response.status_code == 400
    response = api_as("supervisor").post(f"/problems/{pid}/close-unfixed", {"reason": "not_ours"})
    assert response.json()["status"] == "closed_unfixed"


def test_listing_filters_and_scope(cast):
    _create(api_as("supervisor"), cast)
    late = _create(
        api_as("supervisor"),
        cast,
        title="逾期问题",
        deadline=(timezone.localdate() - dt.timedelta(days=1)).isoformat(),
    )
    assert late.status_code == 201
    assert api_as("community").get("/problems").json()["count"] == 2
    assert api_as("community2").get("/problems").json()["count"] == 0
    body = api_as("district").get("/problems", overdue="true").json()
    assert [p["title"] for p in body["results"]] == ["逾期问题"]
    assert api_as("district").get("/problems", overdue="false").json()["count"] == 1
    assert api_as("district").get("/problems", status="nope").status_code == 400
    assert api_as("member").get("/problems").json()["count"] == 0


def test_who_records_what(cast):
    assert _create(api_as("community"), cast).status_code == 403
    assert _create(api_as("community"), cast, source="self").status_code == 201
    assert (
        _create(
            api_as("community"), cast, source="self", organization=cast.community2.pk
        ).status_code
        == 400
    )
    assert _create(api_as("supervisor"), cast, source="gossip").status_code == 400
    assert _create(api_as("supervisor"), cast, deadline="soon").status_code == 400
