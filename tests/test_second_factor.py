"""A second factor for administrators (#19 §3, 等保 2.0 身份鉴别) and the age of their passwords:
enrolment from the account page, every door (sign-in page, back office, API token), codes good
once, recovery codes, the throttle, and what an admin may not turn off."""

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from jinlin.audit.models import AuditEvent
from jinlin.members import mfa
from jinlin.members.models import RecoveryCode, SecondFactor
from tests.api import ApiClient
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


def signed_in(username: str, next_path: str = "/") -> tuple[Client, object]:
    client = Client()
    response = client.post(f"/signin/?next={next_path}",
                           {"username": username, "password": PASSWORD})  # fmt: skip
    return client, response


def enrol(client: Client, user) -> tuple[str, list[str]]:
    """Set up the app through the pages, as a person does: the secret from the page."""
    page = client.get("/account/second-factor/").content.decode()
    secret = re.search(r'<code id="secret"[^>]*>([A-Z2-7 ]+)</code>', page).group(1)
    secret = secret.replace(" ", "")
    code = mfa.code_at(secret, mfa.current_step())
    response = client.post("/account/second-factor/", {"otp": code})
    assert response.status_code == 200
    codes = re.findall(r"<li>([a-z0-9]{5}-[a-z0-9]{5})</li>", response.content.decode())
    return secret, codes


def next_code(secret: str) -> str:
    """A code of a later step than any used (a code is good once): the next step's, which
    the drift allows."""
    return mfa.code_at(secret, mfa.current_step() + 1)


def test_totp_matches_the_rfc_6238_vectors():
    # RFC 6238 appendix B, SHA-1, the 20-byte key "12345678901234567890", eight digits there;
    # the six we use are their last six.
    import base64

    secret = base64.b32encode(b"12345678901234567890").decode()
    for seconds, eight in ((59, "94287082"), (1111111109, "07081804"), (1234567890, "89005924"),
                           (2000000000, "69279037"), (20000000000, "65353130")):  # fmt: skip
        assert mfa.code_at(secret, seconds // 30) == eight[-6:]
    assert mfa.matching_step(secret, "287082", now=59) == 1
    assert mfa.matching_step(secret, "２８７０８２", now=59) == 1  # full-width digits
    assert mfa.matching_step(secret, "287083", now=59) is None
    assert mfa.matching_step(secret, "287082", now=59 + 90) is None  # beyond the drift


def test_a_member_enrols_from_the_account_page_and_then_signing_in_asks_for_a_code(cast):
    client, _ = signed_in("member")
    page = client.get("/account/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'id="second-factor"' in page
    setup = client.get("/account/second-factor/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = setup.content.decode()
    assert "<svg" in text and "身份验证器" in text
    # A wrong code turns nothing on.
    wrong = client.post(
        "/account/second-factor/", {"otp": "000000"}, HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert "不匹配" in wrong.content.decode()
    assert mfa.factor_of(cast.member_user) is None
    secret, codes = enrol(client, cast.member_user)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert mfa.factor_of(cast.member_user) is not None
    assert RecoveryCode.objects.filter(user=cast.member_user).count() == 10
    assert not RecoveryCode.objects.filter(code_hash__in=codes).exists()  # only hashes kept
    assert AuditEvent.objects.filter(action="otp_enroll").count() == 1
    # This session goes on; a new sign-in stops at the code.
    assert client.get("/me/registration/").status_code == 200
    other, response = signed_in("member", "/me/registration/")
    assert response.status_code == 302 and response.url.startswith("/signin/code/")
    blocked = other.get("/me/registration/")
    assert blocked.status_code == 302 and blocked.url.startswith("/signin/code/?next=")
    wrong = other.post("/signin/code/?next=/me/registration/", {"otp": "123456"},
                       HTTP_ACCEPT_LANGUAGE="zh-hans")  # fmt: skip
    assert wrong.status_code == 200 and "验证码错误或已使用" in wrong.content.decode()
    code = next_code(secret)
    good = other.post("/signin/code/?next=/me/registration/", {"otp": code})
    assert good.status_code == 302 and good.url == "/me/registration/"
    assert other.get("/me/registration/").status_code == 200
    # The same code again, in a third sign-in, is refused: a code is good once.
    third, _ = signed_in("member")
    again = third.post("/signin/code/", {"otp": code})
    assert again.status_code == 200
    assert third.get("/me/registration/").status_code == 302


def test_a_recovery_code_signs_in_once(cast):
    client, _ = signed_in("member")
    _secret, codes = enrol(client, cast.member_user)
    first, _ = signed_in("member")
    response = first.post("/signin/code/", {"otp": codes[3].upper()})
    assert response.status_code == 302 and first.get("/me/registration/").status_code == 200
    assert RecoveryCode.objects.filter(user=cast.member_user, used_at__isnull=True).count() == 9
    assert AuditEvent.objects.filter(action="otp_recovery_code_used").exists()
    second, _ = signed_in("member")
    assert second.post("/signin/code/", {"otp": codes[3]}).status_code == 200
    assert second.get("/me/registration/").status_code == 302


def test_wrong_codes_are_throttled_like_passwords(cast, settings):
    settings.SIGNIN_MAX_FAILURES = 3
    client, _ = signed_in("member")
    secret, _codes = enrol(client, cast.member_user)
    other, _ = signed_in("member")
    for _n in range(3):
        assert other.post("/signin/code/", {"otp": "000000"}).status_code == 200
    refused = other.post("/signin/code/", {"otp": next_code(secret)})
    assert refused.status_code == 429
    assert other.get("/me/registration/").status_code == 302
    # The API's door counts on the same count.
    api = ApiClient().post("/auth/token", {"username": "member", "password": PASSWORD,
                                           "otp": next_code(secret)})  # fmt: skip
    assert api.status_code == 429


def test_required_for_admins_on_every_door(cast, settings):
    settings.REQUIRE_ADMIN_MFA = True
    # A member is not asked.
    member, response = signed_in("member")
    assert response.url == "/" and member.get("/me/registration/").status_code == 200
    # An admin without a factor is sent to set one up, and can open nothing else.
    admin, response = signed_in("community", "/members/")
    assert response.url.startswith("/account/second-factor/")
    for path in ("/members/", "/admin/", "/account/", "/needs/"):
        away = admin.get(path)
        assert away.status_code == 302 and away.url.startswith("/account/second-factor/"), path
    assert admin.post("/members/new/", {"name": "x"}).status_code == 302
    page = admin.get("/account/second-factor/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "您的角色要求" in page
    # The API's token: otp_required, with the reason.
    no_factor = ApiClient().post("/auth/token", {"username": "community", "password": PASSWORD})
    assert no_factor.status_code == 401
    assert no_factor.json()["error"]["code"] == "otp_required"
    secret, _codes = enrol(admin, cast.community_admin)
    assert admin.get("/members/").status_code == 200
    # It cannot be turned off while the role requires it.
    off = admin.post("/account/second-factor/", {"action": "off", "password": PASSWORD,
                                                 "otp": next_code(secret)})  # fmt: skip
    assert off.status_code == 200 and mfa.factor_of(cast.community_admin) is not None
    # The token endpoint now wants the code, refuses a wrong one, takes a right one once.
    body = {"username": "community", "password": PASSWORD}
    missing = ApiClient().post("/auth/token", body)
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "otp_required"
    wrong = ApiClient().post("/auth/token", {**body, "otp": "000000"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "otp_invalid"
    code = mfa.code_at(secret, mfa.current_step() + 1)
    good = ApiClient().post("/auth/token", {**body, "otp": code})
    assert good.status_code == 200 and good.json()["token"]
    reused = ApiClient().post("/auth/token", {**body, "otp": code})
    assert reused.status_code == 401 and reused.json()["error"]["code"] == "otp_invalid"


def test_the_back_office_login_stops_at_the_code(cast, settings):
    settings.REQUIRE_ADMIN_MFA = True
    cast.community_admin.is_staff = True  # as the demo's admins are
    cast.community_admin.save(update_fields=["is_staff"])
    client, _ = signed_in("community")
    secret, _codes = enrol(client, cast.community_admin)
    office = Client()
    response = office.post("/admin/login/?next=/admin/",
                           {"username": "community", "password": PASSWORD})  # fmt: skip
    assert response.status_code == 302
    away = office.get("/admin/")
    assert away.status_code == 302 and away.url.startswith("/signin/code/")
    office.post("/signin/code/?next=/admin/", {"otp": next_code(secret)})
    assert office.get("/admin/").status_code == 200


def test_turning_it_off_needs_the_password_and_a_code(cast):
    client, _ = signed_in("member")
    secret, _codes = enrol(client, cast.member_user)
    wrong = client.post("/account/second-factor/", {"action": "off", "password": "nope",
                                                    "otp": next_code(secret)})  # fmt: skip
    assert wrong.status_code == 200 and mfa.factor_of(cast.member_user) is not None
    right = client.post("/account/second-factor/", {"action": "off", "password": PASSWORD,
                                                    "otp": next_code(secret)})  # fmt: skip
    assert right.status_code == 302 and mfa.factor_of(cast.member_user) is None
    assert not RecoveryCode.objects.filter(user=cast.member_user).exists()
    assert AuditEvent.objects.filter(action="otp_disable").exists()
    _client, response = signed_in("member")
    assert response.url == "/"


def test_an_old_admin_password_must_be_changed_first(cast, settings):
    settings.PASSWORD_MAX_AGE_DAYS = 90
    client, _ = signed_in("community")
    assert client.get("/members/").status_code == 200  # seen today: fresh
    SecondFactor.objects.filter(user=cast.community_admin).update(
        password_changed_at=timezone.now() - dt.timedelta(days=91)
    )
    away = client.get("/members/")
    assert away.status_code == 302 and away.url.startswith("/account/password/")
    expired = ApiClient().post("/auth/token", {"username": "community", "password": PASSWORD})
    assert expired.status_code == 401 and expired.json()["error"]["code"] == "password_expired"
    changed = client.post("/account/password/", {"old_password": PASSWORD,
                                                 "new_password1": "Neu-Passwort-2026",
                                                 "new_password2": "Neu-Passwort-2026"})  # fmt: skip
    assert changed.status_code == 302
    assert client.get("/members/").status_code == 200
    row = SecondFactor.objects.get(user=cast.community_admin)
    assert row.password_changed_at > timezone.now() - dt.timedelta(minutes=1)
    # Members are not held to it.
    SecondFactor.objects.create(user=cast.member_user,
                                password_changed_at=timezone.now() - dt.timedelta(days=400))
    member, _ = signed_in("member")
    assert member.get("/me/registration/").status_code == 200


def test_a_page_reads_the_account_s_row_once(cast, settings):
    """The gate asks two questions of the account's SecondFactor row (does it need a code? is
    its password too old?) and reads the row once for both."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PASSWORD_MAX_AGE_DAYS = 90
    table = SecondFactor._meta.db_table
    for username in ("community", "member"):
        client, _ = signed_in(username)
        client.get("/notifications/")  # the admin's row written on a first page
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/notifications/").status_code == 200
        reads = [q["sql"] for q in queries if table in q["sql"]]
        assert len(reads) == 1, (username, reads)


def test_the_setup_qr_code_decodes_to_the_secret(cast):
    """The QR code on the page is what an authenticator app reads (printed, then decoded)."""
    from weasyprint import HTML

    from tests.papers import qr_codes_in_pdf

    client, _ = signed_in("member")
    page = client.get("/account/second-factor/").content.decode()
    svg = re.search(r"<svg viewBox[^>]*class=\"segno\".*?</svg>", page, re.S).group(0)
    secret = re.search(r'<code id="secret"[^>]*>([A-Z2-7 ]+)</code>', page).group(1)
    sized = svg.replace("<svg", '<svg style="width:6cm;height:6cm"', 1)
    pdf = HTML(string=sized).write_pdf()
    [decoded] = qr_codes_in_pdf(pdf)
    assert decoded.startswith("otpauth://totp/")
    assert f"secret={secret.replace(' ', '')}" in decoded and "issuer=" in decoded
