"""No NUL character — nor any other control character — reaches the database.

Control characters other than tab, line feed and carriage return (U+0000–U+001F, U+007F)
have no place in anything a person types; stored, a vertical tab in an approved service report
once made every 台账 covering its day fail (openpyxl and python-docx refuse them), and the
ledger cannot be edited. So they are refused at the door, the same way as NUL; and every
writer of papers strips what older data may still hold (``clean_text``).

PostgreSQL refuses a NUL (U+0000) in any text it is sent, even in a WHERE clause, and the
refusal used to surface as a server error wherever a query parameter, a form field or a JSON
string carried one (SQLite stores it without a word, so only the PostgreSQL tier saw it).
Django's form fields refuse it, but filters, search boxes, sign-in names and API bodies are not
all form fields; so every request is checked once, here, before any view runs, and answered
400 naming the field, in JSON on the API and as the 400 page elsewhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

NUL = "\x00"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A JSON body can hold a control character only as itself (JSON refuses one inside a string,
# but not DEL) or escaped: \u0000–\u001f, \u007f, or the short \b (backspace) and \f (form
# feed). A body with none of these holds none, known without parsing it; one with any (a tab
# escaped as \u0009 too) is parsed and walked to find where.
MAY_HOLD_CONTROL = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\\u00[01][0-9a-fA-F]|\\u007[fF]|\\[bf]"
)


def clean_text(value: str) -> str:
    """The text without control characters (tab and line breaks kept): for every writer of
    papers (.xlsx, .docx, PDF, .ics) over what is already stored."""
    return CONTROL.sub("", value)


def _bad(value: str) -> bool:
    return CONTROL.search(value) is not None


def _walk(value: Any, name: str) -> Iterator[str]:
    """The names (dotted paths) of the JSON values that hold a NUL, keys included."""
    if isinstance(value, str):
        if _bad(value):
            yield name or "body"
    elif isinstance(value, dict):
        for key, item in value.items():
            path = f"{name}.{key}" if name else str(key)
            if _bad(str(key)):
                yield path
            yield from _walk(item, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{name}.{index}" if name else str(index))


def offending_field(request: HttpRequest) -> str | None:
    """The first place of this request that carries a NUL character, or None."""
    if _bad(request.path):
        return "path"
    if request.META.get("QUERY_STRING"):
        for key, values in request.GET.lists():
            if _bad(key) or any(_bad(v) for v in values):
                return key
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        content_type = request.content_type or ""
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            if request.path.startswith("/api/"):
                # The API reads JSON only and answers any other body itself; parsing a form
                # here would consume the stream it then reads (a 500 on a multipart POST).
                return None
            for key, values in request.POST.lists():
                if _bad(key) or any(_bad(v) for v in values):
                    return key
        elif content_type.endswith("json") and request.body:
            if MAY_HOLD_CONTROL.search(request.body) is None:
                return None
            try:
                payload = json.loads(request.body)
            except ValueError:
                return None  # the view answers malformed JSON itself
            return next(_walk(payload, ""), None)
        elif request.body and _bad(request.body.decode("utf-8", errors="ignore")):
            return "body"  # text/plain and the like: PostgreSQL refused a NUL in it
    return None


class RefuseNulMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        field = offending_field(request)
        if field is None:
            return self.get_response(request)
        message = _(
            "“%(field)s” holds a control character (such as NUL, U+0000), which no text may "
            "contain."
        ) % {"field": field}
        if request.path.startswith("/api/"):
            error = {"code": "invalid_input", "message": message, "fields": {field: message}}
            return JsonResponse(
                {"error": error},
                status=400,
                json_dumps_params={"ensure_ascii": False},
            )
        from jinlin.core.views import bad_request

        return bad_request(request, BadRequest(message))
