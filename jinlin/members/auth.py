"""Sign-in by username or phone, and the one throttle of every door: the sign-in page, the
API's token, the back office's login — and anything else that calls ``authenticate()``.

Every attempt is counted *before* its password is checked, in one atomic statement
(``jinlin.core.counters``), so a burst of parallel guesses gets no more checks than the limit;
an attempt that succeeds is given back. Three counts, locking out by account before address:

- one account from one client address: ``SIGNIN_MAX_FAILURES`` (5) in ``SIGNIN_WINDOW_SECONDS``;
  the owner elsewhere is not stopped;
- one account from anywhere: four times that (a guess spread over many addresses);
- one address, whatever account: ``SIGNIN_ADDRESS_MAX_FAILURES`` (100), so that one person's
  mistakes never lock out a whole office behind one NAT address, while spraying is stopped.

An account is the same however it is written: its username, or its member's phone as
``138…``, ``+86 138…``, ``0086…``, ``138-0013-8000``, in any digits. The client address is the
one the request came from, or, behind ``TRUSTED_PROXY_COUNT`` reverse proxies, the address the
nearest untrusted hop gave in X-Forwarded-For.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _

from jinlin.core import counters
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
        if not count_attempt(request, username):
            if request is not None:
                request.signin_refused = True  # type: ignore[attr-defined]
            raise PermissionDenied  # authenticate() stops here, as a failure
        user = find_account(username)
        if user is None:
            User().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            forget_failures(request, username)
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


def _counts(request: HttpRequest | None, username: str) -> list[tuple[tuple[str, str], int]]:
    """The throttle's counts for this attempt, each with its limit."""
    address, account = client_address(request), _account_id(username)
    limit = settings.SIGNIN_MAX_FAILURES
    return [
        (("signin-account-address", f"{account}|{address}"), limit),
        (("signin-account", account), limit * 4),
        (("signin-address", address), settings.SIGNIN_ADDRESS_MAX_FAILURES),
    ]


def is_throttled(request: HttpRequest | None, username: str) -> bool:
    """Whether the next attempt would be refused (counting nothing)."""
    window = settings.SIGNIN_WINDOW_SECONDS
    return any(counters.peek(*parts, window=window) >= limit
               for parts, limit in _counts(request, username))  # fmt: skip


def was_refused(request: HttpRequest | None) -> bool:
    """Whether this request's attempt went past a limit, and so was refused unchecked."""
    return bool(getattr(request, "signin_refused", False))


def count_attempt(request: HttpRequest | None, username: str) -> bool:
    """Count this attempt on every count; whether it may go ahead (all within their limits)."""
    window = settings.SIGNIN_WINDOW_SECONDS
    allowed = True
    for parts, limit in _counts(request, username):
        if counters.hit(*parts, window=window) > limit:
            allowed = False
    return allowed


def forget_failures(request: HttpRequest | None, username: str) -> None:
    """A successful sign-in: this account's counts are forgotten, the address's attempt is
    given back."""
    window = settings.SIGNIN_WINDOW_SECONDS
    account, other, address = _counts(request, username)
    counters.forget(*account[0])
    counters.forget(*other[0])
    counters.give_back(*address[0], window=window)


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
    if user is None and was_refused(request):
        raise Throttled(throttled_message())  # refused by the count, unchecked
    if user is None:
        raise InvalidInput(
            _("The username or phone, or the password, is wrong."), code="bad_credentials"
        )
    return user
