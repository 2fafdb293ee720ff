"""Throttles under real parallel requests (#20 item 8): attempts are counted atomically before
the check, so a burst gets no more password checks or codes than the limit (PostgreSQL)."""

import threading

import pytest
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import connection
from django.utils import timezone

from jinlin.api.models import ApiToken
from jinlin.core import sms
from jinlin.residents.models import PhoneCode
from tests.conftest import PASSWORD
from tests.parallel import call, in_parallel

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _on_postgres():
    assert connection.vendor == "postgresql", "run this tier with DATABASE_URL=postgres://…"


def test_forty_parallel_wrong_passwords_get_five_checks(cast, live_server, monkeypatch):
    checks, lock = [], threading.Lock()
    real = AbstractBaseUser.check_password

    def counted(self, raw):
        with lock:
            checks.append(raw)
        return real(self, raw)

    monkeypatch.setattr(AbstractBaseUser, "check_password", counted)
    base = live_server.url
    results = in_parallel(
        [
            lambda: call(
                base, "POST", "/api/v1/auth/token", {"username": "member", "password": "wrong"}
            )
            for _ in range(40)
        ]
    )
    statuses = sorted(status for status, _ in results)
    assert len(checks) == 5, len(checks)
    assert statuses == [401] * 5 + [429] * 35, statuses
    # The right password now is refused too, from this address.
    status, _ = call(base, "POST", "/api/v1/auth/token",
                     {"username": "member", "password": PASSWORD})  # fmt: skip
    assert status == 429


def test_twenty_parallel_code_requests_send_one_code(db, live_server):
    before = len(sms.outbox)
    base = live_server.url
    results = in_parallel(
        [
            lambda: call(base, "POST", "/api/v1/phone-codes", {"phone": "13611112222"})
            for _ in range(20)
        ]
    )
    statuses = sorted(status for status, _ in results)
    assert statuses == [202] + [429] * 19, statuses
    assert PhoneCode.objects.filter(phone="13611112222").count() == 1
    assert len(sms.outbox) - before == 1



def test_one_authenticator_code_sent_ten_times_at_once_signs_in_once(cast, live_server, settings):
    """A code is good once (#19 §3): ten parallel token requests with the same code, one
    token; the others are refused, as a used code (401) or, past the count of wrong codes, by
    the throttle (429)."""
    from jinlin.members import mfa
    from jinlin.members.models import SecondFactor

    settings.REQUIRE_ADMIN_MFA = True
    secret = mfa.new_secret()
    SecondFactor.objects.create(user=cast.community_admin, secret=secret,
                                confirmed_at=timezone.now())  # fmt: skip
    code = mfa.code_at(secret, mfa.current_step())
    body = {"username": "community", "password": PASSWORD, "otp": code}
    base = live_server.url
    results = in_parallel(
        [lambda: call(base, "POST", "/api/v1/auth/token", body) for _ in range(10)]
    )
    statuses = sorted(status for status, _ in results)
    assert statuses[0] == 200 and set(statuses[1:]) <= {401, 429}, statuses
    assert ApiToken.objects.filter(user=cast.community_admin).count() == 1
