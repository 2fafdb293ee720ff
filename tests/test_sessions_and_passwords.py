"""等保 2.0 controls of the application: sessions end when idle and after a working day;
passwords of three kinds of character; first passwords that meet the rule; a stable
volunteer number independent of the ID number."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from jinlin.members.sessions import SEEN, SIGNED_IN

pytestmark = pytest.mark.django_db


def test_an_idle_session_ends(cast, as_user, settings):
    client = as_user(cast.community_admin)
    assert client.get("/").status_code == 200
    session = client.session
    session[SEEN] = time.time() - (settings.SESSION_IDLE_MINUTES * 60 + 5)
    session.save()
    response = client.get("/needs/manage/")
    assert response.status_code == 302 and "/signin/" in response["Location"]
    assert client.get("/").status_code == 302  # signed out for good


def test_a_session_ends_after_the_working_day_even_when_busy(cast, as_user, settings):
    client = as_user(cast.community_admin)
    client.get("/")
    session = client.session
    session[SIGNED_IN] = time.time() - settings.SESSION_MAX_HOURS * 3600 - 5
    session[SEEN] = time.time()
    session.save()
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("password", ["abcdefgh12", "ABCDEFGH12", "password", "abcDEFgh"])
def test_a_simple_password_is_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_password_of_three_kinds_is_taken_and_first_passwords_are_of_three_kinds():
    from jinlin.members.services import first_password

    validate_password("Jinlin-2026x")
    for _i in range(50):
        validate_password(first_password())


def test_the_volunteer_number_is_stable_and_not_the_id_number(cast):
    number = cast.member.volunteer_no
    assert number.startswith("JL") and len(number) == 10
    cast.member.refresh_from_db()
    assert cast.member.volunteer_no == number
    assert cast.member.id_number is None or cast.member.id_number[-4:] not in number


def test_an_api_token_is_renewed_and_the_old_one_ends(cast):
    from tests.api import ApiClient, api_as

    old = api_as("community")
    answer = old.post("/auth/token/renew")
    assert answer.status_code == 200
    new = ApiClient(answer.json()["token"])
    assert new.get("/me").status_code == 200
    assert old.get("/me").status_code == 401
