import datetime as dt

import pytest
from django.core.cache import cache

from tests.api import ApiClient, api_as
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def test_a_token_for_good_credentials(cast):
    response = ApiClient().post("/auth/token", {"username": "member", "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert len(body["token"]) > 20
    expires = dt.datetime.fromisoformat(body["expires_at"])
    assert expires.utcoffset() is not None
    assert "+08:00" in body["expires_at"]


def test_a_bad_password_is_401_with_the_error_shape(cast):
    response = ApiClient().post("/auth/token", {"username": "member", "password": "nope"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "bad_credentials"


def test_repeated_failures_are_429(cast, settings):
    settings.SIGNIN_MAX_FAILURES = 2
    for _ in range(2):
        ApiClient().post("/auth/token", {"username": "member", "password": "nope"})
    response = ApiClient().post("/auth/token", {"username": "member", "password": PASSWORD})
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled"


def test_missing_fields_are_400_naming_them(cast):
    response = ApiClient().post("/auth/token", {"username": "member"})
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"password"}


def test_bad_json_is_400(cast):
    response = ApiClient().post("/auth/token", raw="{not json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_input"


def test_no_or_bad_token_is_401(cast):
    assert ApiClient().get("/me").status_code == 401
    response = ApiClient("forged").get("/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_an_expired_token_is_401(cast):
    from jinlin.api.models import ApiToken

    client = api_as("member")
    ApiToken.objects.update(expires_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert client.get("/me").status_code == 401


def test_me_lists_roles_and_member(cast):
    body = api_as("member").get("/me").json()
    assert body["member"] == cast.member.pk
    assert body["name"] == "张三"
    assert body["roles"] == [{"role": "member", "organization": cast.community.pk}]
    body = api_as("community").get("/me").json()
    assert body["roles"] == [{"role": "community_admin", "organization": cast.community.pk}]
    assert body["member"] is None


def test_messages_follow_the_requests_language(cast):
    client = ApiClient()
    response = client.client.post(
        "/api/v1/auth/token",
        '{"username": "x", "password": "y"}',
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "wrong" in response.json()["error"]["message"]
    response = client.client.post(
        "/api/v1/auth/token",
        '{"username": "x", "password": "y"}',
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert "wrong" not in response.json()["error"]["message"]


def test_openapi_schema_and_docs_are_served_locally(db):
    client = ApiClient()
    schema = client.client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/auth/token",
        "/api/v1/me",
        "/api/v1/organizations",
        "/api/v1/members",
        "/api/v1/registrations",
        "/api/v1/registrations/{registration_id}/confirm",
    ):
        assert path in schema["paths"], path
    docs = client.client.get("/api/v1/docs").content.decode()
    assert "swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower()


# Tokens end (security audit) ------------------------------------------------------------


def test_signing_out_ends_the_token_used_and_only_it(cast):
    phone = api_as("member")
    tablet = api_as("member")
    listed = phone.get("/auth/tokens").json()
    assert listed["count"] == 2 and sum(t["current"] for t in listed["results"]) == 1
    assert phone.post("/auth/token/revoke").json() == {"revoked": 1}
    assert phone.get("/me").status_code == 401
    assert tablet.get("/me").status_code == 200


def test_a_lost_phone_is_signed_out_from_another(cast):
    lost = api_as("member")
    mine = api_as("member")
    other = next(t for t in mine.get("/auth/tokens").json()["results"] if not t["current"])
    assert mine.post(f"/auth/tokens/{other['id']}/revoke").status_code == 200
    assert lost.get("/me").status_code == 401
    # Nobody ends someone else's token.
    stranger = api_as("community")
    own = mine.get("/auth/tokens").json()["results"][0]["id"]
    assert stranger.post(f"/auth/tokens/{own}/revoke").status_code == 404
    assert mine.get("/me").status_code == 200


def test_a_password_change_ends_every_token(cast):
    from django.test import Client

    token = api_as("member")
    assert token.get("/me").status_code == 200
    web = Client()
    web.force_login(cast.member_user)
    response = web.post(
        "/account/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "a-new-pass-9!",
            "new_password2": "a-new-pass-9!",
        },
    )
    assert response.status_code == 302
    assert token.get("/me").status_code == 401
    # …changed anywhere: the back office too.
    cast.member_user.refresh_from_db()
    again = ApiClient().post("/auth/token", {"username": "member", "password": "a-new-pass-9!"})
    fresh = ApiClient(again.json()["token"])
    cast.member_user.set_password("third-pass-77!")
    cast.member_user.save()
    assert fresh.get("/me").status_code == 401


def test_the_account_page_lists_and_signs_out_devices(cast, as_user):
    from jinlin.api.models import ApiToken

    ApiClient().post(
        "/auth/token", {"username": "member", "password": PASSWORD, "device": "小米手机"}
    )
    api_as("member")
    page = as_user(cast.member_user).get("/account/").content.decode()
    assert "小米手机" in page
    as_user(cast.member_user).post("/account/devices/revoke/")  # all of them
    assert not ApiToken.objects.filter(user=cast.member_user).exists()
