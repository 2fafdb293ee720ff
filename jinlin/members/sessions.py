"""Sessions end (等保 2.0, 身份鉴别: 登录超时自动退出): after ``SESSION_IDLE_MINUTES`` without a
request (default 30), and ``SESSION_MAX_HOURS`` after signing in whatever happens (12).

The time of the last request is written into the session at most once a minute, so that a
busy page does not write the session on every request.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

SEEN, SIGNED_IN = "jinlin_seen", "jinlin_signed_in"


class SessionLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            ended = self.ended(request.session)
            if ended:
                logout(request)
                messages.info(request, ended)
                if request.path.startswith("/api/"):
                    return self.get_response(request)
                return redirect_to_login(request.get_full_path())
        return self.get_response(request)

    @staticmethod
    def ended(session: Any) -> str:
        now = time.time()
        signed_in = session.get(SIGNED_IN)
        if signed_in is None:
            session[SIGNED_IN] = signed_in = now
        seen = session.get(SEEN, now)
        if now - seen > settings.SESSION_IDLE_MINUTES * 60:
            return _("You were signed out after %(n)d minutes without activity; sign in again.") % {
                "n": settings.SESSION_IDLE_MINUTES
            }
        if now - signed_in > settings.SESSION_MAX_HOURS * 3600:
            return _("You were signed out %(n)d hours after signing in; sign in again.") % {
                "n": settings.SESSION_MAX_HOURS
            }
        if now - seen > 60:
            session[SEEN] = now
        return ""


class CharacterClassesValidator:
    """At least three of four kinds of character: lower case, upper case, digits, others."""

    def validate(self, password: str, user: Any = None) -> None:
        from django.core.exceptions import ValidationError

        if classes_of(password) < 3:
            raise ValidationError(
                _(
                    "The password needs three of these four: lower-case letters, capital "
                    "letters, digits and other characters."
                ),
                code="password_too_simple",
            )

    def get_help_text(self) -> str:
        return _(
            "At least three of these four: lower-case letters, capital letters, digits and "
            "other characters."
        )


def classes_of(password: str) -> int:
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
