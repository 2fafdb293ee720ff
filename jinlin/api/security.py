"""Issuing and checking the API's bearer tokens."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from jinlin.api.models import ApiToken, hash_token


def token_issue(*, user: Any) -> tuple[str, dt.datetime]:
    """A new token for the user; the raw value is returned once and never stored."""
    raw = secrets.token_urlsafe(32)
    expires_at = timezone.now() + dt.timedelta(hours=settings.API_TOKEN_LIFETIME_HOURS)
    ApiToken.objects.create(key_hash=hash_token(raw), user=user, expires_at=expires_at)
    # Tidy expired tokens of this user while we are here.
    ApiToken.objects.filter(user=user, expires_at__lt=timezone.now()).delete()
    return raw, expires_at


class BearerAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if not token or len(token) > 200:
            return None
        row = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=hash_token(token), expires_at__gt=timezone.now())
            .first()
        )
        if row is None or not row.user.is_active:
            return None
        request.user = row.user
        return row.user
