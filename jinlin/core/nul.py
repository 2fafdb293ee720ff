"""No NUL character reaches the database.

PostgreSQL refuses a NUL (U+0000) in any text it is sent, even in a WHERE clause, and the
refusal used to surface as a server error wherever a query parameter, a form field or a JSON
string carried one (SQLite stores it without a word, so only the PostgreSQL tier saw it).
Django's form fields refuse it, but filters, search boxes, sign-in names and API bodies are not
all form fields; so every request is checked once, here, before any view runs, and answered
400 naming the field, in JSON on the API and as the 400 page elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

NUL = "\x00"


def _walk(value: Any, name: str) -> Iterator[str]:
    """The names (dotted paths) of the JSON values that hold a NUL, keys included."""
    if isinstance(value, str):
        if NUL in value:
            yield name or "body"
    elif isinstance(value, dict):
        for key, item in value.items():
            path = f"{name}.{key}" if name else str(key)
            if NUL in str(key):
                yield path
            yield from _walk(item, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{name}.{index}" if name else str(index))


def offending_field(request: HttpRequest) -> str | None:
    """The first place of this request that carries a NUL character, or None."""
    if NUL in request.path:
        return "path"
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in v for v in values):
            return key
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        content_type = request.content_type or ""
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            for key, values in request.POST.lists():
                if NUL in key or any(NUL in v for v in values):
                    return key
        elif content_type.endswith("json") and request.body:
            try:
                payload = json.loads(request.body)
            except ValueError:
                return None  # the view answers malformed JSON itself
            return next(_walk(payload, ""), None)
    return None


class RefuseNulMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        field = offending_field(request)
        if field is None:
            return self.get_response(request)
        message = _("“%(field)s” holds a NUL character (U+0000), which no text may contain.") % {
            "field": field
        }
        if request.path.startswith("/api/"):
            error = {"code": "invalid_input", "message": message, "fields": {field: message}}
            return JsonResponse(
                {"error": error},
                status=400,
                json_dumps_params={"ensure_ascii": False},
            )
        from jinlin.core.views import bad_request

        return bad_request(request, BadRequest(message))
