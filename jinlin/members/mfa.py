"""A second factor for administrators (等保 2.0, 身份鉴别: 两种或两种以上组合的鉴别技术), and
the age of their passwords (口令定期更换).

The factor is an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, six digits,
one step of clock drift either way), enrolled from the account page, with ten one-time
recovery codes for a lost phone. It is asked for

- of everyone who enrolled one, and, when ``REQUIRE_ADMIN_MFA`` is on, of every administrator,
  supervisor and superuser (who are sent to enrol before anything else);
- on every door: the sign-in page and the back office's login sign the password in, and
  ``SecondFactorMiddleware`` lets such a session open nothing but this module's pages until
  the code is given; the API's token endpoint takes it as ``otp`` (``401 otp_required``).

A code is good once: the newest accepted step is kept and a step at or below it is refused, in
one conditional UPDATE, so a replayed or parallel second use fails. Wrong codes are counted
like wrong passwords (``SIGNIN_MAX_FAILURES`` per ``SIGNIN_WINDOW_SECONDS`` per account),
counted before they are checked.

Administrators' passwords older than ``PASSWORD_MAX_AGE_DAYS`` (0: never) must be changed
before anything else; the change is noticed by whatever door it came through (the page, the
back office, a reset), because the stored stamp of the password no longer matches.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import struct
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.core import counters
from jinlin.core.errors import InvalidInput, Throttled
from jinlin.members.models import RecoveryCode, SecondFactor

STEP_SECONDS = 30
DIGITS = 6
DRIFT_STEPS = 1
RECOVERY_CODES = 10
VERIFIED = "jinlin_mfa"  # the session's key: the user whose second factor it has seen
ISSUER = "近邻 Jinlin"


# TOTP ------------------------------------------------------------------------------------


def new_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


def code_at(secret: str, step: int) -> str:
    """The code of one 30-second step (RFC 4226's dynamic truncation)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**DIGITS).zfill(DIGITS)


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The step within the drift whose code this is, or None."""
    code = _digits(code)
    if len(code) != DIGITS:
        return None
    step = current_step(now)
    for candidate in range(step - DRIFT_STEPS, step + DRIFT_STEPS + 1):
        if hmac.compare_digest(code_at(secret, candidate), code):
            return candidate
    return None


def provisioning_uri(user: Any, secret: str) -> str:
    """The otpauth:// address the authenticator app reads from the QR code."""
    label = quote(f"{ISSUER}:{user.get_username()}")
    query = urlencode({"secret": secret, "issuer": ISSUER, "digits": DIGITS,
                       "period": STEP_SECONDS}, quote_via=quote)  # fmt: skip
    return f"otpauth://totp/{label}?{query}"


def grouped(secret: str) -> str:
    """The secret as it is typed by hand: groups of four."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _digits(code: str) -> str:
    return "".join(str(int(c)) for c in (code or "") if c.isdigit())


# Who is asked ----------------------------------------------------------------------------


def must_use(user: Any) -> bool:
    """Whether this account may not do without a second factor."""
    if not settings.REQUIRE_ADMIN_MFA or not getattr(user, "is_authenticated", False):
        return False
    from jinlin.members.access import scope_of

    scope = scope_of(user)
    return bool(user.is_superuser or user.is_staff or scope.is_admin or scope.is_supervisor)


# The account's SecondFactor row (or None: it has none) where the caller read it already, so
# that a page's gate reads it once for both its questions (a code? the password's age?).
UNREAD: Any = object()


def row_of(user: Any) -> SecondFactor | None:
    """The account's SecondFactor row, enrolled or not (it also dates the password)."""
    if not getattr(user, "pk", None):
        return None
    return SecondFactor.objects.filter(user_id=user.pk).first()


def factor_of(user: Any, row: Any = UNREAD) -> SecondFactor | None:
    """The account's enrolled factor, if any (``row``: its row as read already)."""
    factor = row_of(user) if row is UNREAD else row
    return factor if factor is not None and factor.enrolled else None


def is_required(user: Any, row: Any = UNREAD) -> bool:
    """Whether a sign-in of this account needs a code: it has one, or must have one."""
    return factor_of(user, row) is not None or must_use(user)


# Checking a code -------------------------------------------------------------------------


def _counted(user: Any) -> None:
    if counters.hit("otp", str(user.pk), window=settings.SIGNIN_WINDOW_SECONDS) > (
        settings.SIGNIN_MAX_FAILURES
    ):
        raise Throttled(
            _("Too many wrong codes. Wait %(minutes)d minutes and try again.")
            % {"minutes": max(1, settings.SIGNIN_WINDOW_SECONDS // 60)}
        )


def verify(user: Any, code: str) -> str:
    """Accept a current code of the account's app, or one of its unused recovery codes, once:
    ``"app"`` or ``"recovery"``; otherwise InvalidInput (``otp_invalid``) or Throttled."""
    from jinlin.audit.services import audit

    code = (code or "").strip()
    if not code:
        raise InvalidInput(_("Enter the code from your authenticator app."),
                           code="otp_required", fields={"otp": _("Required.")})  # fmt: skip
    if len(code) > 40:
        raise InvalidInput(_("The code is wrong or was used already."), code="otp_invalid",
                           fields={"otp": _("Wrong code.")})  # fmt: skip
    _counted(user)
    factor = factor_of(user)
    used = ""
    if factor is not None:
        step = matching_step(factor.secret, code)
        if step is not None and SecondFactor.objects.filter(
            pk=factor.pk, last_step__lt=step
        ).update(last_step=step):
            used = "app"
    if not used and RecoveryCode.objects.filter(
        user_id=user.pk, code_hash=_hash(code), used_at__isnull=True
    ).update(used_at=timezone.now()):
        used = "recovery"
    if not used:
        audit("otp_failed", user.get_username(), "refused", user=user)
        raise InvalidInput(_("The code is wrong or was used already."), code="otp_invalid",
                           fields={"otp": _("Wrong code.")})  # fmt: skip
    counters.forget("otp", str(user.pk))
    if used == "recovery":
        audit("otp_recovery_code_used", user.get_username(), user=user)
    return used


# Enrolling -------------------------------------------------------------------------------


def _hash(code: str) -> str:
    text = "".join(c for c in code.lower() if c.isalnum())
    return hashlib.sha256(f"recovery:{text}".encode()).hexdigest()


def new_recovery_codes(user: Any) -> list[str]:
    """Ten fresh recovery codes (the old ones end); shown once, only their hashes kept."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    codes = []
    for _n in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(alphabet) for _c in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    with transaction.atomic():
        RecoveryCode.objects.filter(user_id=user.pk).delete()
        RecoveryCode.objects.bulk_create(
            RecoveryCode(user_id=user.pk, code_hash=_hash(c)) for c in codes
        )
    return codes


def enroll(user: Any, *, secret: str, code: str) -> list[str]:
    """Confirm the app set up with ``secret`` by one of its codes: the recovery codes."""
    from jinlin.audit.services import audit

    _counted(user)
    step = matching_step(secret, code) if secret else None
    if step is None:
        raise InvalidInput(
            _("That code does not match. Check the phone's time and enter the newest code."),
            code="otp_invalid", fields={"otp": _("Wrong code.")},
        )  # fmt: skip
    counters.forget("otp", str(user.pk))
    with transaction.atomic():
        factor, _created = SecondFactor.objects.select_for_update().get_or_create(user_id=user.pk)
        factor.secret, factor.confirmed_at, factor.last_step = secret, timezone.now(), step
        factor.save(update_fields=["secret", "confirmed_at", "last_step"])
        codes = new_recovery_codes(user)
        audit("otp_enroll", user.get_username(), user=user)
    return codes


def disable(user: Any, *, password: str, code: str) -> None:
    """Remove the factor, with the password and a code; refused where it is required."""
    from jinlin.audit.services import audit

    if must_use(user):
        raise InvalidInput(_("Your role requires a second factor; it cannot be turned off."),
                           code="otp_required_by_role")  # fmt: skip
    if not user.check_password(password or ""):
        raise InvalidInput(_("The password is wrong."), code="bad_credentials",
                           fields={"password": _("Wrong password.")})  # fmt: skip
    verify(user, code)
    with transaction.atomic():
        SecondFactor.objects.filter(user_id=user.pk).update(secret="", confirmed_at=None)
        RecoveryCode.objects.filter(user_id=user.pk).delete()
        audit("otp_disable", user.get_username(), user=user)


def unused_recovery_codes(user: Any) -> int:
    return RecoveryCode.objects.filter(user_id=user.pk, used_at__isnull=True).count()


# Passwords' age --------------------------------------------------------------------------


def password_expired(user: Any, row: Any = UNREAD) -> bool:
    """Whether an administrator's password is older than ``PASSWORD_MAX_AGE_DAYS``
    (``row``: the account's SecondFactor row as read already, or None for none)."""
    days = settings.PASSWORD_MAX_AGE_DAYS
    if days <= 0 or not getattr(user, "is_authenticated", False):
        return False
    from jinlin.api.models import password_stamp
    from jinlin.members.access import scope_of

    scope = scope_of(user)
    if not (user.is_superuser or user.is_staff or scope.is_admin or scope.is_supervisor):
        return False
    stamp, now = password_stamp(user.password), timezone.now()
    if row is UNREAD or row is None:
        row, _created = SecondFactor.objects.get_or_create(
            user_id=user.pk, defaults={"password_stamp": stamp, "password_changed_at": now}
        )
    if row.password_stamp != stamp:  # changed since it was last seen, by whatever door
        SecondFactor.objects.filter(pk=row.pk).update(password_stamp=stamp,
                                                      password_changed_at=now)  # fmt: skip
        return False
    return row.password_changed_at < now - dt.timedelta(days=days)


# The session's gate ----------------------------------------------------------------------


def mark_verified(request: HttpRequest) -> None:
    request.session[VERIFIED] = request.user.pk


def session_verified(request: HttpRequest) -> bool:
    return bool(request.session.get(VERIFIED)) and request.session.get(VERIFIED) == (
        request.user.pk
    )


OPEN_PATHS = ("/signout/", "/static/", "/i18n/", "/privacy/", "/healthz", "/readyz", "/metrics")


class SecondFactorMiddleware:
    """A session signed in by password alone opens only the second-factor pages (and signing
    out) while its account needs a code; an administrator whose password is too old opens only
    the page that changes it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        path = request.path
        if (
            user is None
            or not user.is_authenticated
            or path.startswith("/api/")  # bearer tokens: the token endpoint asks
            or path.startswith(OPEN_PATHS)
            or not hasattr(request, "session")
        ):
            return self.get_response(request)
        mfa_paths = (reverse("mfa-verify"), reverse("mfa-setup"))
        row = UNREAD  # the account's row, read once for both questions when both are asked
        if not session_verified(request):
            row = row_of(user)
            if is_required(user, row):
                if path in mfa_paths:
                    return self.get_response(request)
                target = "mfa-verify" if factor_of(user, row) is not None else "mfa-setup"
                return self._away(request, target)
        password_page = reverse("password-change")
        if path not in (password_page, *mfa_paths) and password_expired(user, row):
            messages.warning(request, _(
                "Your password is more than %(days)d days old. Choose a new one to go on."
            ) % {"days": settings.PASSWORD_MAX_AGE_DAYS})  # fmt: skip
            return self._away(request, "password-change")
        return self.get_response(request)

    @staticmethod
    def _away(request: HttpRequest, name: str) -> HttpResponse:
        if request.headers.get("HX-Request"):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = reverse(name)
            return response
        if request.method != "GET":
            return redirect(name)
        return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")
