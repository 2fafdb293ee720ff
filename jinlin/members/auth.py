"""Sign-in by username or phone, and the one throttle of every door: the sign-in page, the
API's token, the back office's login — and anything else that calls ``authenticate()``.

Failures are counted (from Django's ``user_login_failed`` signal, whichever door raised it)
per account *and client address* and per client address. Past ``SIGNIN_MAX_FAILURES`` for
one account from one address, or four times that from one address, that address is refused
— even with the right password — until ``SIGNIN_WINDOW_SECONDS`` have passed; the account's
owner signing in from anywhere else is not. An account is the same however it is written:
its username, or its member's phone as ``138…``, ``+86 138…``, ``0086…``, ``138-0013-8000``.
The client address is the one the request came from, or, behind ``TRUSTED_PROXY_COUNT``
reverse proxies, the address the nearest untrusted hop gave in X-Forwarded-For.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import gettext as _

from jinlin.core.errors import InvalidInput, Throttled
from jinlin.core.personal import PersonalDataError, normalize_phone
from jinlin.members.models import Member

User = get_user_model()


def find_account(username: str) -> Any:
    """The account a sign-in names: by username, else by its member's phone (any spelling)."""
    username = (username or "").strip()
    if not username:
        return None
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user
    try:
        phone = normalize_phone(username)
    except PersonalDataError:
        return None
    member = Member.objects.filter(phone=phone, user__isnull=False).select_related("user").first()
    return member.user if member else None


class UsernameOrPhoneBackend(ModelBackend):
    """Accepts the account's username, or the phone number of the member it belongs to; and
    refuses, whoever asks, while the throttle holds this account for this address."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if not username or password is None:
            return None
        if is_throttled(request, username):
            raise PermissionDenied  # authenticate() stops here, as a failure
        user = find_account(username)
        if user is None:
            User().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


# The throttle ----------------------------------------------------------------------------


def client_address(request: HttpRequest | None) -> str:
    """The client's address: REMOTE_ADDR, or behind ``TRUSTED_PROXY_COUNT`` proxies the hop
    that the outermost trusted proxy saw (X-Forwarded-For, read from the right)."""
    if request is None:
        return "unknown"
    remote = str(request.META.get("REMOTE_ADDR") or "unknown")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    if len(hops) >= proxies:
        return hops[-proxies]
    return remote


def _account_id(username: str) -> str:
    user = find_account(username)
    if user is not None:
        return f"user:{user.pk}"
    try:
        return f"phone:{normalize_phone(username)}"
    except PersonalDataError:
        return f"name:{(username or '').strip().lower()}"


def _key(*parts: str) -> str:
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]
    return f"signin:{digest}"


def _keys(request: HttpRequest | None, username: str) -> tuple[str, str]:
    address = client_address(request)
    return _key("account", _account_id(username), address), _key("address", address)


def is_throttled(request: HttpRequest | None, username: str) -> bool:
    account_key, address_key = _keys(request, username)
    counts = cache.get_many([account_key, address_key])
    limit = settings.SIGNIN_MAX_FAILURES
    # An address may try a few accounts (a shared office) before it is stopped too.
    return counts.get(account_key, 0) >= limit or counts.get(address_key, 0) >= limit * 4


def _bump(key: str) -> None:
    window = settings.SIGNIN_WINDOW_SECONDS
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)


@receiver(user_login_failed)
def count_failure(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    username = str(credentials.get("username") or "")
    for key in _keys(request, username):
        _bump(key)


def forget_failures(request: HttpRequest | None, username: str) -> None:
    cache.delete(_keys(request, username)[0])


def throttled_message() -> str:
    return _("Too many failed sign-ins. Wait %(minutes)d minutes and try again.") % {
        "minutes": max(1, settings.SIGNIN_WINDOW_SECONDS // 60)
    }


def sign_in(*, request: HttpRequest | None, username: str, password: str) -> Any:
    """Return the user for these credentials, or raise InvalidInput / Throttled."""
    username = (username or "").strip()
    if not username or not password:
        raise InvalidInput(
            _("Enter your username or phone and your password."),
            fields={
                name: _("Required.")
                for name, value in (("username", username), ("password", password))
                if not value
            },
        )
    if is_throttled(request, username):
        raise Throttled(throttled_message())
    user = authenticate(request, username=username, password=password)
    if user is None:
        raise InvalidInput(
            _("The username or phone, or the password, is wrong."), code="bad_credentials"
        )
    forget_failures(request, username)
    return user
