"""``Idempotency-Key`` on the API's state-changing calls (POST, PUT, PATCH, DELETE).

A phone that lost its answer retries with the same key: the first answer (status and body) is
returned again, marked ``Idempotent-Replayed: true``, and the work is not done twice. The same
key on the same operation with another body or query is ``422 idempotency_mismatch``; a
retry while the first call still runs is ``409 idempotency_in_progress`` (``Retry-After: 1``);
a first call whose process died (killed, restarted) is taken over by the retry at once when
that process was on this host, after two minutes when it was on another.
Keys are per caller (the token's account, or the client address for calls made without one),
kept ``IDEMPOTENCY_HOURS`` (24). Answers of 5xx, 401, 403, 429 and 503 are not kept: a retry
does the work. Sign-in calls (``/auth/``) are never kept, so no token is ever stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from jinlin.api.models import ApiToken, IdempotentRequest, hash_token
from jinlin.core.jobs import process_gone, worker_id

HEADER = "Idempotency-Key"
HEADER_META = "HTTP_" + HEADER.upper().replace("-", "_")  # as the server hands it over
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
NOT_KEPT = {401, 403, 429, 503}  # not signed in, not allowed, throttled, paused: retry as new
STALE = dt.timedelta(minutes=2)  # a first call still "running" after this was lost


def _error(status: int, code: str, message: str) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message}}, status=status)


def _caller(request: HttpRequest) -> str:
    raw = request.META.get("HTTP_AUTHORIZATION", "")
    if raw.startswith("Bearer ") and len(raw) < 300:
        live = ApiToken.objects.filter(
            key_hash=hash_token(raw[7:].strip()), expires_at__gt=timezone.now()
        )
        user_id = live.values_list("user_id", flat=True).first()
        if user_id is not None:
            return f"user:{user_id}"
    from jinlin.members.auth import client_address

    return f"address:{client_address(request)}"[:80]


def _fingerprint(request: HttpRequest) -> str:
    digest = hashlib.sha256()
    for part in (request.method or "", request.get_full_path(), request.content_type or ""):
        digest.update(part.encode() + b"\x00")
    digest.update(request.body)
    return digest.hexdigest()


def _replay(row: IdempotentRequest) -> HttpResponse:
    response = HttpResponse(bytes(row.body), status=row.status, content_type=row.content_type)
    response["Idempotent-Replayed"] = "true"
    return response


class IdempotencyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = request.META.get(HEADER_META)  # not request.headers: that parses every header
        if (
            key is None
            or request.method not in WRITES
            or not request.path.startswith("/api/v1/")
            or request.path.startswith("/api/v1/auth/")
        ):
            return self.get_response(request)
        if not (1 <= len(key) <= 200) or not all(33 <= ord(ch) <= 126 for ch in key):
            return _error(
                400,
                "invalid_input",
                _("The Idempotency-Key header is 1 to 200 visible ASCII characters (a UUID)."),
            )
        caller, fingerprint = _caller(request), _fingerprint(request)
        # A key belongs to one operation (method and path): the same key sent with another
        # method is another call, answered by the router (405) and not a mismatch.
        slot = hashlib.sha256(f"{request.method} {request.path}\x00{key}".encode()).hexdigest()
        row = self._reserve(caller, slot, fingerprint)
        if isinstance(row, HttpResponse):
            return row
        try:
            response = self.get_response(request)
        except BaseException:
            _forget(row.pk)
            raise
        if response.status_code >= 500 or response.status_code in NOT_KEPT or response.streaming:
            _forget(row.pk)  # a retry does the work
        else:
            try:
                IdempotentRequest.objects.filter(pk=row.pk).update(
                    status=response.status_code,
                    body=response.content,
                    content_type=response.get("Content-Type", "application/json")[:100],
                )
            except DatabaseError:
                # The answer cannot be kept (the database went away after the work): let the
                # key go, so that a retry asks again; the rules answer it (a claim's 409
                # carries the claim, a credit's 409 its hours).
                _forget(row.pk)
        return response

    def _reserve(self, caller: str, key: str, fingerprint: str) -> IdempotentRequest | HttpResponse:
        for _attempt in range(2):
            try:
                with transaction.atomic():
                    return IdempotentRequest.objects.create(
                        caller=caller, key=key, fingerprint=fingerprint, holder=worker_id()
                    )
            except IntegrityError:
                pass
            first = IdempotentRequest.objects.filter(caller=caller, key=key).first()
            if first is None:
                continue  # removed in between (its call failed): take it now
            if first.fingerprint != fingerprint:
                return _error(422, "idempotency_mismatch", _(
                    "This Idempotency-Key was used for another request (another body or "
                    "address); use a new key for a new request."))  # fmt: skip
            if first.status:
                return _replay(first)
            if process_gone(first.holder) or timezone.now() - first.created_at > STALE:
                IdempotentRequest.objects.filter(pk=first.pk, status=0).delete()
                continue
            answer = _error(409, "idempotency_in_progress", _(
                "The first request with this Idempotency-Key is still being handled; retry "
                "in a moment."))  # fmt: skip
            answer["Retry-After"] = "1"
            return answer
        return _error(409, "idempotency_in_progress", _("Retry in a moment."))


def _forget(pk: int) -> None:
    """Let a key go. While the database is unreachable (the very fault that failed the call),
    a thread keeps trying for ten minutes, so that the key is not held "in progress" until
    it goes stale; a retry before then is told to retry in a moment."""
    try:
        IdempotentRequest.objects.filter(pk=pk).delete()
    except DatabaseError:
        threading.Thread(target=_forget_later, args=(pk,), daemon=True).start()


def _forget_later(pk: int) -> None:
    delay, deadline = 0.5, time.monotonic() + 600
    try:
        while time.monotonic() < deadline:
            time.sleep(delay)
            try:
                IdempotentRequest.objects.filter(pk=pk).delete()
                return
            except DatabaseError:
                connection.close()
                delay = min(delay * 2, 5.0)
    finally:
        connection.close()


def forget_old(now: dt.datetime | None = None) -> int:
    """Keys older than ``IDEMPOTENCY_HOURS`` are let go (the daily job)."""
    cutoff = (now or timezone.now()) - dt.timedelta(hours=settings.IDEMPOTENCY_HOURS)
    return IdempotentRequest.objects.filter(created_at__lt=cutoff).delete()[0]
