import pytest
from django.test import Client

from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


def test_it_signs_in_by_username(cast):
    response = Client().post("/signin/", {"username": "community", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == "/"


def test_it_signs_in_by_phone(cast):
    client = Client()
    response = client.post("/signin/", {"username": "138 0013 8000", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/me/registration/").status_code == 200


def test_it_refuses_a_wrong_password_with_a_message(cast):
    response = Client().post("/signin/", {"username": "member", "password": "wrong"})
    assert response.status_code == 200
    assert "password" in response.content.decode().lower() or "密码" in response.content.decode()
    assert "_auth_user_id" not in response.client.session


def test_it_throttles_repeated_failures_even_with_the_right_password(cast, settings):
    settings.SIGNIN_MAX_FAILURES = 3
    client = Client()
    for _ in range(3):
        client.post("/signin/", {"username": "member", "password": "wrong"})
    response = client.post("/signin/", {"username": "member", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_it_follows_a_safe_next_only(cast):
    response = Client().post(
        "/signin/?next=https://evil.example/", {"username": "member", "password": PASSWORD}
    )
    assert response.url == "/"
    response = Client().post(
        "/signin/?next=/account/", {"username": "member", "password": PASSWORD}
    )
    assert response.url == "/account/"


def test_pages_need_sign_in(db):
    for url in ("/", "/members/", "/orgs/", "/registrations/", "/me/registration/", "/roster/"):
        response = Client().get(url)
        assert response.status_code == 302 and "/signin/" in response.url, url
