"""Failing cleanly while something outside Jinlin is wrong: the database unreachable (or busy,
on SQLite) or the disk full. Pages answer a short page and the API its JSON error, both
``503`` with ``Retry-After``, instead of a server error; nothing is half-written (each write
is one transaction), and everything answers again by itself once the cause goes.
"""

from __future__ import annotations

import errno
import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.html import escape
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
RETRY_AFTER = 30
FULL = {errno.ENOSPC, errno.EDQUOT}


def cause_of(error: BaseException | None) -> str:
    """"database", "storage" or "" for an exception (or one it was raised from)."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, (OperationalError, InterfaceError)):
            return "database"
        if isinstance(error, OSError) and error.errno in FULL:
            return "storage"
        error = error.__cause__ or error.__context__
        seen += 1
    return ""


def _message(cause: str) -> str:
    if cause == "storage":
        return _("The server's storage is full, so nothing can be saved right now; nothing was "
                 "half-saved. Try again later; the administrators have been told.")  # fmt: skip
    return _("The database cannot be reached right now, so Jinlin is paused; nothing was "
             "half-saved. Try again in a minute.")  # fmt: skip


def unavailable_response(request: HttpRequest, cause: str) -> HttpResponse:
    logger.error("503 on %s: %s", request.path, cause)
    message = _message(cause)
    code = "storage_full" if cause == "storage" else "unavailable"
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {"error": {"code": code, "message": message}}, status=503
        )
    else:
        # Written out here, not from a template that could ask the database for the user.
        response = HttpResponse(
            '<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>近邻 · {escape(_('Paused'))}</title></head>"
            '<body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">'
            f"<h1>{escape(_('Paused for a moment'))}</h1><p>{escape(message)}</p>"
            '<p><a href="">' + escape(_("Try again")) + "</a></p></body></html>",
            status=503,
            content_type="text/html; charset=utf-8",
        )
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's handler500: a 503 for causes outside Jinlin, else the plain error page."""
    cause = cause_of(sys.exc_info()[1])
    if cause:
        return unavailable_response(request, cause)
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"code": "server_error", "message": _("Something went wrong on our side "
                                                            "and it has been logged.")}},
            status=500,
        )  # fmt: skip
    return HttpResponse(loader.get_template("500.html").render(), status=500)
