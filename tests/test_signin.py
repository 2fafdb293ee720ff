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


# One throttle for every door (security audit) --------------------------------------------


def _admin_login(client, username, password, **extra):
    return client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password}, **extra
    )


def test_the_back_office_door_is_throttled_like_the_others(cast, settings):
    settings.SIGNIN_MAX_FAILURES = 3
    client = Client()
    for _ in range(3):
        assert _admin_login(client, "community", "wrong").status_code == 200
    refused = _admin_login(client, "community", PASSWORD)
    assert "_auth_user_id" not in client.session
    assert "Too many failed sign-ins" in refused.content.decode() or "登录失败次数过多" in (
        refused.content.decode()
    )
    # The page and the API now refuse this account from this address too.
    assert (
        Client().post("/signin/", {"username": "community", "password": PASSWORD}).status_code
        == 429
    )
    from tests.api import ApiClient

    api = ApiClient().post("/auth/token", {"username": "community", "password": PASSWORD})
    assert api.status_code == 429


@pytest.mark.parametrize(
    "spelling",
    ["13800138000", "+8613800138000", "008613800138000", "138 0013 8000", "138-0013-8000"],
)
def test_every_spelling_of_a_phone_counts_against_one_account(cast, settings, spelling):
    settings.SIGNIN_MAX_FAILURES = 3
    spellings = ["+8613800138000", "0086 138 0013 8000", "138-0013-8000"]
    for wrong in spellings:
        Client().post("/signin/", {"username": wrong, "password": "wrong"})
    response = Client().post("/signin/", {"username": spelling, "password": PASSWORD})
    assert response.status_code == 429
    # The username of the same account is the same account.
    assert (
        Client().post("/signin/", {"username": "member", "password": PASSWORD}).status_code == 429
    )


def test_an_attacker_does_not_lock_out_the_owner_elsewhere(cast, settings):
    settings.SIGNIN_MAX_FAILURES = 3
    attacker = {"REMOTE_ADDR": "203.0.113.9"}
    for _ in range(10):
        Client().post("/signin/", {"username": "member", "password": "wrong"}, **attacker)
    assert (
        Client()
        .post("/signin/", {"username": "member", "password": PASSWORD}, **attacker)
        .status_code
        == 429
    )
    owner = Client()
    response = owner.post(
        "/signin/", {"username": "member", "password": PASSWORD}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 302 and "_auth_user_id" in owner.session


def test_behind_a_proxy_each_client_has_its_own_count(cast, settings):
    """Behind nginx every request comes from 127.0.0.1: with TRUSTED_PROXY_COUNT the
    client's own address (X-Forwarded-For) is what the throttle counts."""
    settings.SIGNIN_MAX_FAILURES = 2
    settings.SIGNIN_ADDRESS_MAX_FAILURES = 16
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for name in ("street", "unit", "district", "community2", "supervisor", "member", "other", "x"):
        for _ in range(2):
            Client().post(
                "/signin/",
                {"username": name, "password": "wrong"},
                HTTP_X_FORWARDED_FOR="203.0.113.9",
                **proxy,
            )
    # 16 failures from one client: that client is stopped, another client is not.
    blocked = Client().post(
        "/signin/",
        {"username": "community", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        **proxy,
    )
    assert blocked.status_code == 429
    other = Client().post(
        "/signin/",
        {"username": "community", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.7",
        **proxy,
    )
    assert other.status_code == 302
    # A client cannot pick its address: only the hop the trusted proxy saw counts.
    spoofed = Client().post(
        "/signin/",
        {"username": "community", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9",
        **proxy,
    )
    assert spoofed.status_code == 429


def test_a_phone_in_any_script_of_digits_is_the_same_account(cast, settings):
    """Arabic-Indic and Devanagari digits are digits: they sign in and count as the account."""
    settings.SIGNIN_MAX_FAILURES = 3
    for wrong in ("١٣٨٠٠١٣٨٠٠٠", "१३८००१३८०००", "١٣٨ ٠٠١٣ ٨٠٠٠"):
        assert Client().post("/signin/", {"username": wrong, "password": "x"}).status_code == 200
    assert (
        Client().post("/signin/", {"username": "13800138000", "password": PASSWORD}).status_code
        == 429
    )


def test_one_address_stops_an_account_before_it_stops_the_office(cast, settings):
    """25 failed sign-ins from one office address (one person, then several mistyping) lock
    the mistyped account there, never the colleagues behind the same address."""
    settings.SIGNIN_MAX_FAILURES = 5
    office = {"REMOTE_ADDR": "198.51.100.20"}
    for _ in range(10):
        Client().post("/signin/", {"username": "member", "password": "wrong"}, **office)
    for name in ("street", "unit", "district"):
        for _ in range(5):
            Client().post("/signin/", {"username": name, "password": "wrong"}, **office)
    assert (
        Client().post("/signin/", {"username": "member", "password": PASSWORD}, **office)
        .status_code == 429
    )  # fmt: skip
    colleague = Client()
    response = colleague.post("/signin/", {"username": "community", "password": PASSWORD}, **office)
    assert response.status_code == 302 and "_auth_user_id" in colleague.session


def test_an_account_guessed_from_many_addresses_is_stopped(cast, settings):
    settings.SIGNIN_MAX_FAILURES = 2
    for n in range(8):
        Client().post(
            "/signin/", {"username": "member", "password": "wrong"}, REMOTE_ADDR=f"203.0.113.{n}"
        )
    response = Client().post(
        "/signin/", {"username": "member", "password": PASSWORD}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 429
