"""Small helpers for views: htmx detection, pagination, turning ServiceErrors into forms."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.exceptions import BadRequest
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from jinlin.core.errors import ServiceError
from jinlin.core.urlconverters import MAX_ID_DIGITS


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def parse_id(value: Any) -> int | None:
    """An object id written as digits that fits the database (1 to 18 ASCII digits), else None."""
    text = str(value or "").strip()
    if not (1 <= len(text) <= MAX_ID_DIGITS) or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def param_id(request: HttpRequest, name: str, *, query: bool = False) -> int | None:
    """An id the page was given in its form or query string (``?street=12``; ``query``: in
    the query string only): None when absent; a value that is not an id is a bad request
    (400), never a server error."""
    raw = request.GET.get(name) if query else request.POST.get(name) or request.GET.get(name)
    if raw in (None, ""):
        return None
    value = parse_id(raw)
    if value is None:
        raise BadRequest(_("“%(name)s” must be the number of a record.") % {"name": name})
    return value


def id_list(request: HttpRequest, name: str) -> list[int]:
    """Several ids given under one name (``?places=3&places=9``); any that is not an id is a
    bad request."""
    values = [parse_id(raw) for raw in request.POST.getlist(name) or request.GET.getlist(name)]
    if None in values:
        raise BadRequest(_("“%(name)s” must be the number of a record.") % {"name": name})
    return [v for v in values if v is not None]


def paginate(
    request: HttpRequest,
    queryset: QuerySet[Any] | Sequence[Any],
    per_page: int = 50,
    count: int | None = None,
) -> Page:
    """The requested page; ``count``: the rows' number when the caller has just counted them
    (a figure's list: its figure), so that they are not counted again."""
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))


def add_service_error(form: forms.Form, error: ServiceError) -> None:
    """Attach a service's refusal to the form: on each field it names, else on the form."""
    placed = False
    for field, message in error.fields.items():
        if field in form.fields:
            form.add_error(field, message)
            placed = True
    if not placed or error.message not in error.fields.values():
        form.add_error(None, error.message)


def set_choices_queryset(form: forms.Form, name: str, queryset: QuerySet[Any]) -> None:
    """Narrow a model-choice field's queryset (typed, unlike assigning to Field)."""
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = queryset


CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "ics": "text/calendar; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


def paper_name(*parts: Any, ext: str) -> str:
    """A download's file name in the reader's language, from its parts (whose, what, when):
    ``集美街道_双报到工作台账_20261107-20261204.xlsx``. Empty parts are left out."""
    words = [str(part).strip() for part in parts if part is not None and str(part).strip()]
    return "_".join(words) + f".{ext}"


def span(start: Any, end: Any) -> str:
    return f"{start:%Y%m%d}-{end:%Y%m%d}"


def file_response(content: bytes | str, *, filename: str, inline: bool = False) -> HttpResponse:
    """A file to download (or show inline), its type from its extension. The name is cleaned
    of anything a header cannot hold, whatever part of it came from the request."""
    clean = re.sub(r"[\x00-\x1f\x7f\"\\/]+", "-", filename).strip() or "download"
    extension = clean.rsplit(".", 1)[-1].lower() if "." in clean else ""
    response = HttpResponse(
        content, content_type=CONTENT_TYPES.get(extension, "application/octet-stream")
    )
    response["Content-Disposition"] = content_disposition_header(not inline, clean) or ""
    return response


_EDGE = "".join(chr(c) for c in range(0x21))  # C0 controls and space, trimmed by browsers
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")


def own_path(raw: Any) -> str:
    """``raw`` as a browser reads it (the WHATWG URL rules for a link on an http(s) page), if it
    leads to a page of this site: the path (with its query and fragment) it opens, else "".

    A browser trims controls and spaces at both ends, drops every tab and newline inside, and
    reads a backslash as a slash before the query; so ``/\\evil.example/x`` and
    ``/<TAB>/evil.example/x`` are links to another site, and are judged after the same steps."""
    text = _TAB_OR_NEWLINE.sub("", str(raw or "").strip(_EDGE))
    cut = min((i for i in (text.find("?"), text.find("#")) if i >= 0), default=len(text))
    text = text[:cut].replace("\\", "/") + text[cut:]
    if not text.startswith("/") or text.startswith("//"):
        return ""
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        return ""
    if not url_has_allowed_host_and_scheme(text, allowed_hosts=None):
        return ""
    return text


def next_path(request: HttpRequest) -> str:
    """The page to go back to (``next`` in the form or the query string), if it is a path of
    this site; anything else (another site, junk) is ignored."""
    return own_path(request.POST.get("next") or request.GET.get("next") or "")


def redirect_back(request: HttpRequest, default: str, *args: Any, **kwargs: Any) -> HttpResponse:
    """Back to ``next`` when it is a path of this site, else to the named page."""
    target = next_path(request)
    if target:
        return HttpResponseRedirect(target)
    return redirect(default, *args, **kwargs)


FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)


def parse_day(value: Any, name: str) -> dt.date | None:
    """A date a request gives (YYYY-MM-DD), or None when it gives none. Outside 2000–2099 is
    refused naming the field: a day like 9999-12-31 once overflowed the end of a period."""
    from django.utils.translation import gettext as _

    from jinlin.core.errors import InvalidInput

    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            raise InvalidInput(_("Write the date as YYYY-MM-DD."),
                               fields={name: _("Not a date.")}) from None  # fmt: skip
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(_("A date between 2000 and 2099."),
                           fields={name: _("Out of range.")})  # fmt: skip
    return day
