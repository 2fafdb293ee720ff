"""Issuing and checking the API's bearer tokens."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from jinlin.api.models import ApiToken, hash_token, password_stamp
from jinlin.members.models import Member


def token_issue(*, user: Any, label: str = "") -> tuple[str, dt.datetime]:
    """A new token for the user; the raw value is returned once and never stored."""
    from jinlin.audit.services import audit

    raw = secrets.token_urlsafe(32)
    expires_at = timezone.now() + dt.timedelta(hours=settings.API_TOKEN_LIFETIME_HOURS)
    audit("token_issue", f"{user.get_username()} {label}".strip(), user=user)
    ApiToken.objects.create(
        key_hash=hash_token(raw),
        user=user,
        expires_at=expires_at,
        password_stamp=password_stamp(user.password),
        label=label[:100],
    )
    # Tidy expired tokens of this user while we are here.
    ApiToken.objects.filter(user=user, expires_at__lt=timezone.now()).delete()
    return raw, expires_at


class BearerAuth(HttpBearer):
    """Bearer tokens; one fixed query finds the user and, when they are one, their member id."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if not token or len(token) > 200:
            return None
        user_model = get_user_model()
        q = connection.ops.quote_name
        sql = (
            "SELECT u.*, m.id AS jinlin_member_id, t.id AS jinlin_token_id, "
            f"t.password_stamp AS jinlin_stamp FROM {q(user_model._meta.db_table)} u "
            f"JOIN {q(ApiToken._meta.db_table)} t ON t.user_id = u.id "
            f"LEFT JOIN {q(Member._meta.db_table)} m ON m.user_id = u.id "
            "WHERE t.key_hash = %s AND t.expires_at > %s AND u.is_active"
        )
        rows = list(user_model.objects.raw(sql, [hash_token(token), timezone.now()]))
        if not rows:
            return None
        user = rows[0]
        if getattr(user, "jinlin_stamp", None) != password_stamp(user.password):
            return None  # the password changed since: the token ended with it
        request.user = user
        from jinlin.audit.services import set_context
        from jinlin.members.auth import client_address

        set_context(user=user, ip=client_address(request))
        return user


def token_revoke(*, user: Any, token_id: int | None = None) -> int:
    """End one of the user's tokens (or all of them): the number ended."""
    tokens = ApiToken.objects.filter(user=user)
    if token_id is not None:
        tokens = tokens.filter(pk=token_id)
    count, _kinds = tokens.delete()
    from jinlin.audit.services import audit

    audit("token_revoke", f"{user.get_username()}: {count}", user=user)
    return count


class OptionalBearerAuth(BearerAuth):
    """For routes residents use without an account: no header means an anonymous caller;
    a header with a bad or expired token is still refused (401)."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get(self.header):
            from django.contrib.auth.models import AnonymousUser

            request.user = AnonymousUser()
            return request.user  # truthy: the route runs, as nobody in particular
        return super().__call__(request)
