"""Signing in and the caller's own identity."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from jinlin.api.security import token_issue
from jinlin.core.errors import ServiceError
from jinlin.members.access import scope_of
from jinlin.members.auth import sign_in
from jinlin.members.models import Member

router = Router(tags=["accounts"])


class TokenIn(Schema):
    username: str
    password: str


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
    token, expires_at = token_issue(user=user)
    return TokenOut(token=token, expires_at=expires_at)


@router.get("/me", response={200: MeOut, 401: ErrorOut}, summary="Who am I")
def me(request: HttpRequest) -> MeOut:
    user: Any = request.user
    scope = scope_of(user)
    roles = [RoleOut(role=g.role, organization=g.organization_id) for g in scope.grants]
    name = user.get_full_name() or user.get_username()
    if scope.member_id:
        member = Member.objects.only("community_id", "name").get(pk=scope.member_id)
        name = member.name
        if member.community_id:
            roles.append(RoleOut(role="member", organization=member.community_id))
    return MeOut(
        id=user.pk,
        username=user.get_username(),
        name=name,
        roles=roles,
        member=scope.member_id,
    )
