"""Sign-in by username or phone, with throttling of repeated failures.

The throttle counts failures per account name and per client address in the cache; past
``SIGNIN_MAX_FAILURES`` within ``SIGNIN_WINDOW_SECONDS`` every attempt is refused (even
with the right password) until the window has passed. The page and the API share it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext as _

from jinlin.core.errors import InvalidInput, Throttled
from jinlin.core.personal import PersonalDataError, normalize_phone
from jinlin.members.models import Member

User = get_user_model()


class UsernameOrPhoneBackend(ModelBackend):
    """Accepts the account's username, or the phone number of the member it belongs to."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if not username or password is None:
            return None
        user = User.objects.filter(username=username).first()
        if user is None:
            try:
                phone = normalize_phone(username)
            except PersonalDataError:
                phone = None
            if phone:
                member = Member.objects.filter(phone=phone, user__isnull=False).first()
                user = member.user if member else None
        if user is None:
            User().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"signin:{kind}:{digest}"


def client_address(request: HttpRequest | None) -> str:
    if request is None:
        return "unknown"
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _counts(username: str, address: str) -> tuple[int, int]:
    values = cache.get_many([_key("name", username), _key("addr", address)])
    return values.get(_key("name", username), 0), values.get(_key("addr", address), 0)


def _bump(key: str) -> None:
    window = settings.SIGNIN_WINDOW_SECONDS
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)


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
    address = client_address(request)
    limit = settings.SIGNIN_MAX_FAILURES
    by_name, by_address = _counts(username, address)
    # An address may try a few accounts (a shared office) before it is stopped too.
    if by_name >= limit or by_address >= limit * 4:
        raise Throttled(
            _("Too many failed sign-ins. Wait %(minutes)d minutes and try again.")
            % {"minutes": max(1, settings.SIGNIN_WINDOW_SECONDS // 60)}
        )
    user = authenticate(request, username=username, password=password)
    if user is None:
        _bump(_key("name", username))
        _bump(_key("addr", address))
        raise InvalidInput(
            _("The username or phone, or the password, is wrong."), code="bad_credentials"
        )
    cache.delete(_key("name", username))
    return user
