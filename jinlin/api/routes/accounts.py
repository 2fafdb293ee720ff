"""Signing in and the caller's own identity."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema
from pydantic import Field

from jinlin.api.models import ApiToken
from jinlin.api.security import token_issue, token_revoke
from jinlin.api.types import Id, text
from jinlin.core.errors import NotAllowed, NotFound, ServiceError
from jinlin.members.access import scope_of
from jinlin.members.auth import sign_in
from jinlin.members.models import Member

router = Router(tags=["accounts"])


class TokenIn(Schema):
    username: Annotated[str, text(150)]
    password: Annotated[str, text(200)]
    device: str = Field("", max_length=100, description="What the token is for, shown in the list")
    otp: str = Field(
        "",
        max_length=40,
        description="The code of the account's authenticator app (or a recovery code), for "
        "accounts with a second factor; without it they get 401 otp_required",
    )


class TokenOut(Schema):
    token: str
    expires_at: dt.datetime


class ErrorBody(Schema):
    code: str
    message: str
    fields: dict[str, str] | None = None


class ErrorOut(Schema):
    error: ErrorBody


class RoleOut(Schema):
    role: str
    organization: int


class MeOut(Schema):
    id: int
    username: str
    name: str
    roles: list[RoleOut]
    member: int | None
    elder_mode: bool = False  # 长辈版: larger type and targets, for the member's every device


class PreferencesIn(Schema):
    elder_mode: bool


@router.post(
    "/auth/token",
    auth=None,
    response={200: TokenOut, 400: ErrorOut, 401: ErrorOut, 429: ErrorOut},
    summary="Exchange a username (or phone) and password for a bearer token",
)
def auth_token(request: HttpRequest, payload: TokenIn) -> TokenOut:
    try:
        user = sign_in(request=request, username=payload.username, password=payload.password)
    except ServiceError as error:
        if error.code == "bad_credentials":
            error.status = 401
        raise
    from jinlin.members import mfa

    if mfa.is_required(user):
        if mfa.factor_of(user) is None:
            raise _unauthorized(
                _(
                    "Your role requires a second factor: set it up on the "
                    "account page of the website first."
                ),
                "otp_required",
            )
        if not payload.otp.strip():
            raise _unauthorized(
                _("Enter the code from your authenticator app."),
                "otp_required",
                fields={"otp": _("Required.")},
            )
        try:
            mfa.verify(user, payload.otp)
        except ServiceError as error:
            if error.status == 400:
                error.status = 401
            raise
    if mfa.password_expired(user):
        raise _unauthorized(
            _("Your password is more than %(days)d days old: change it on the website first.")
            % {"days": settings.PASSWORD_MAX_AGE_DAYS},
            "password_expired",
        )
    label = payload.device or request.headers.get("User-Agent", "")
    token, expires_at = token_issue(user=user, label=label)
    return TokenOut(token=token, expires_at=expires_at)


def _unauthorized(message: str, code: str, fields: dict[str, str] | None = None) -> ServiceError:
    error = ServiceError(message, code=code, fields=fields)
    error.status = 401
    return error


class RevokedOut(Schema):
    revoked: int


class TokenInfo(Schema):
    id: int
    device: str
    created_at: dt.datetime
    expires_at: dt.datetime
    current: bool


class TokenList(Schema):
    count: int
    results: list[TokenInfo]


@router.post(
    "/auth/token/revoke",
    response={200: RevokedOut, 401: ErrorOut},
    summary="Sign out: end the token this request was made with",
)
def auth_token_revoke(request: HttpRequest) -> RevokedOut:
    user: Any = request.user
    return RevokedOut(revoked=token_revoke(user=user, token_id=user.jinlin_token_id))


@router.post(
    "/auth/token/renew",
    response={200: TokenOut, 401: ErrorOut},
    summary="Renew: a fresh token for the same device, the one this request was made with ended",
)
def auth_token_renew(request: HttpRequest) -> TokenOut:
    user: Any = request.user
    old = ApiToken.objects.filter(pk=user.jinlin_token_id).values_list("label", flat=True).first()
    token, expires_at = token_issue(user=user, label=old or "")
    token_revoke(user=user, token_id=user.jinlin_token_id)
    return TokenOut(token=token, expires_at=expires_at)


@router.get(
    "/auth/tokens",
    response={200: TokenList, 401: ErrorOut},
    summary="The caller's signed-in devices (tokens), newest first",
)
def auth_token_list(request: HttpRequest) -> TokenList:
    user: Any = request.user
    rows = ApiToken.objects.filter(user=user, expires_at__gt=timezone.now()).order_by("-created_at")
    results = [
        TokenInfo(
            id=t.pk,
            device=t.label,
            created_at=t.created_at,
            expires_at=t.expires_at,
            current=t.pk == user.jinlin_token_id,
        )
        for t in rows
    ]
    return TokenList(count=len(results), results=results)


@router.post(
    "/auth/tokens/{token_id}/revoke",
    response={200: RevokedOut, 401: ErrorOut, 404: ErrorOut},
    summary="End one of the caller's tokens (a lost phone)",
)
def auth_token_revoke_one(request: HttpRequest, token_id: Id) -> RevokedOut:
    revoked = token_revoke(user=request.user, token_id=token_id)
    if not revoked:
        raise NotFound(_("No such token of yours."))
    return RevokedOut(revoked=revoked)


@router.get("/me", response={200: MeOut, 401: ErrorOut}, summary="Who am I")
def me(request: HttpRequest) -> MeOut:
    user: Any = request.user
    scope = scope_of(user)
    roles = [RoleOut(role=g.role, organization=g.organization_id) for g in scope.grants]
    name = user.get_full_name() or user.get_username()
    elder = False
    if scope.member_id:
        member = Member.objects.only("community_id", "name", "elder_mode").get(pk=scope.member_id)
        name, elder = member.name, member.elder_mode
        if member.community_id:
            roles.append(RoleOut(role="member", organization=member.community_id))
    return MeOut(
        id=user.pk,
        username=user.get_username(),
        name=name,
        roles=roles,
        member=scope.member_id,
        elder_mode=elder,
    )


@router.post(
    "/me/preferences",
    response={200: MeOut, 401: ErrorOut, 403: ErrorOut},
    summary="Set the member's preferences (长辈版)",
)
def me_preferences(request: HttpRequest, payload: PreferencesIn) -> MeOut:
    scope = scope_of(request.user)
    if not scope.member_id:
        raise NotAllowed(_("Your account is not linked to a member record."))
    from jinlin.members.services import member_elder_mode_set

    member_elder_mode_set(member_id=scope.member_id, on=payload.elder_mode)
    return me(request)
