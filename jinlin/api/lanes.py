"""The API's lanes: a call the server answers most often, answered without the router.

A member's claim (``POST /api/v1/needs/{id}/claims``) is the API's storm: a popular need
opens and thousands of phones claim in the same minute. Its rules are one database function
(``needs.fastpath``), so what the claim cost besides was the framework around it — URL
resolution over every route, ninja's parsing and validation, a model instance for the user,
the member, the need and the claim, the response's schema (#21: 0.73 ms of a warm claim's
CPU against 0.22 ms for a bare Django view making one INSERT). Here a claim is recognised by
its path and answered from the token cache and the one function: 0.43 ms.

A scan of a site code (``POST /api/v1/scans``) is the other storm: everyone at an event signs
in within minutes, and scans again once the community has accepted the work. Its service
answers it the way its route does (a sign-in in one statement; a refusal by raising the
route's own error), so its lane answers every scan of a member whose body the route's schema
takes as it is (sign-in 1.6–1.8 → 1.1–1.2 ms of server CPU with prepared statements, #21).

A lane sits where the router sits, inside the API's middleware chain
(``jinlin.core.lanes.ShortChain``), so a lane's answer passes every layer a routed answer
passes (metrics under the route's own name, security and language headers, idempotency
keys, the audit context, the replica's write marks). It answers only what it can answer the
way the route would: the same body, through the same renderer, with the same status. Anything
else — a bad or ended token, a caller who is not a member, a claim's refusal by the rules
(which writes nothing), SQLite — returns ``None``, and the router answers as it always has,
explaining the refusal. An error is answered by the API's own exception handlers.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import ResolverMatch, resolve

from jinlin.api.types import MAX_ID

CLAIM_PATH = re.compile(r"/api/v1/needs/([1-9][0-9]{0,17})/claims")
_routes: dict[re.Pattern[str], ResolverMatch] = {}


def claim(request: HttpRequest) -> HttpResponse | None:
    """A member claims a place on a need for themselves (``needs.claim_create``'s route)."""
    if request.method != "POST" or connection.vendor != "postgresql":
        return None
    match = CLAIM_PATH.fullmatch(request.path_info)
    if match is None:
        return None
    from jinlin.api.v1 import api
    from jinlin.needs import services

    try:
        caller = _member(request)
        if caller is None or caller.member_id is None:
            return None
        need_id = int(match[1])
        taken = services.claim_own(
            need_id=need_id, member_id=caller.member_id, user_id=caller.user_id
        )
    except Exception as exc:
        return api.on_exception(request, exc)
    if taken is None:
        return None  # refused, nothing written: the route explains why
    claim_id, status = taken
    request.resolver_match = _routed_as(CLAIM_PATH, request.path_info, need_id=need_id)
    return api.create_response(
        request, claimed(claim_id, need_id, caller.member_id, status), status=201
    )


def claimed(claim_id: int, need_id: int, member_id: int, status: str) -> dict[str, Any]:
    """A claim's answer, as its route gives it (``jinlin.api.front`` answers it too)."""
    return {"id": claim_id, "need": need_id, "member": member_id, "status": status}


SCAN_PATH = re.compile(r"/api/v1/scans")


def scan(request: HttpRequest) -> HttpResponse | None:
    """A member scans a site code: signs in, or collects the accepted hours (``needs.scan``'s
    route). The service answers it as it answers the route — the sign-in in one round trip, a
    refusal by raising the route's error — so the lane answers every scan of a member with a
    valid token and a body the route's schema takes; anything else goes to the route."""
    if request.method != "POST" or connection.vendor != "postgresql":
        return None
    if SCAN_PATH.fullmatch(request.path_info) is None:
        return None
    body = scan_payload(request)
    if body is None:
        return None  # the route says what is wrong
    from jinlin.api.v1 import api

    request.resolver_match = _routed_as(SCAN_PATH, request.path_info)
    try:
        result = _scan(request, body)
    except Exception as exc:
        return api.on_exception(request, exc)
    if result is None:
        return None
    return api.create_response(request, result, status=200)


def _scan(request: HttpRequest, body: dict[str, Any]) -> dict[str, Any] | None:
    """The scan's answer, or ``None`` where the route must answer (no token, or a bad or
    ended one: 401; a caller who is not a member: 403).

    A token the cache holds is read from it once. A cold one (a member's first call of the
    day) is looked up in the statement that reads the claim and signs in
    (``fastpath.scan_sign_in_as``), and the worker keeps a copy of its row; but when the code
    itself is bad, the token is looked up first, as the route does, so that a bad token is
    still answered 401 before a bad code's 400."""
    from jinlin.api.security import cached_caller

    bearer = _bearer(request)
    found = None if bearer is None else cached_caller(bearer)
    if found is None:
        return None
    return scan_as(request, body, found)


def scan_as(
    request: HttpRequest, body: dict[str, Any], found: tuple[str, Any]
) -> dict[str, Any] | None:
    """``_scan`` for a bearer token already read from the cache (``security.cached_caller``:
    its hash, and its caller when warm), as ``jinlin.api.front`` reads it."""
    from django.utils import timezone

    from jinlin.api.security import caller_of, sign_in
    from jinlin.core.errors import InvalidInput
    from jinlin.service import fastpath, services

    key_hash, caller = found
    if caller is None:
        try:
            need_id = services.scan_code_need_id(body["token"], body.get("need"))
        except InvalidInput:
            caller = _member(request)  # the token first, from the database
            if caller is None or caller.member_id is None:
                return None
            raise
        scanned = fastpath.scan_sign_in_as(key_hash=key_hash, need_id=need_id, at=timezone.now())
        if scanned is None:
            return None
        row, target, signed_in = scanned
        caller = caller_of(key_hash, row)  # kept by this process only (``cached_caller``)
        if caller.member_id is None:
            return None
        sign_in(request, caller)
        return services.scan_answer(target, signed_in)
    if caller.member_id is None:
        return None
    sign_in(request, caller)
    return services.scan_by(
        token=body["token"], member_id=caller.member_id, need_id=body.get("need")
    )


def _bearer(request: HttpRequest) -> str | None:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    return header[7:] if header.startswith("Bearer ") else None


def _member(request: HttpRequest) -> Any:
    """The caller of a bearer call, signed in as the route's authentication signs them in;
    ``None`` for no bearer token or a bad or ended one (the route says 401). A caller who is
    not a member has no ``member_id`` (the route says 403)."""
    from jinlin.api.security import sign_in, token_caller

    token = _bearer(request)
    if token is None:
        return None
    caller = token_caller(token)
    if caller is not None and caller.member_id is not None:
        sign_in(request, caller)
    return caller


def scan_payload(request: HttpRequest) -> dict[str, Any] | None:
    """A scan's JSON body, when the route's schema takes it as it is; else ``None`` (the route
    says what is wrong). The lane and ``jinlin.api.front`` read it so."""
    if request.content_type != "application/json":
        return None
    try:
        body = json.loads(request.body)
    except ValueError:
        return None
    return body if _scan_body(body) else None


def _scan_body(body: Any) -> bool:
    """Whether the body is one ``ScanIn`` takes as it is: a token, and perhaps a need's id."""
    if not isinstance(body, dict) or not isinstance(body.get("token"), str):
        return False
    if not set(body) <= {"token", "need"}:
        return False
    need = body.get("need")
    return need is None or (type(need) is int and 1 <= need <= MAX_ID)


def _routed_as(lane: re.Pattern[str], path: str, **kwargs: Any) -> ResolverMatch:
    """What the router would have matched (for metrics and anything else that asks): resolved
    once per lane and copied with this call's arguments."""
    if lane not in _routes:
        _routes[lane] = resolve(path)
    routed = _routes[lane]
    return ResolverMatch(
        routed.func, (), kwargs, url_name=routed.url_name, app_names=list(routed.app_names),
        namespaces=list(routed.namespaces), route=routed.route, captured_kwargs=kwargs,
    )  # fmt: skip
