from __future__ import annotations

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 with the reason (which parameter was wrong), in the frame of the site."""
    message = str(exception) if isinstance(exception, BadRequest) else ""
    return render(request, "400.html", {"exception": message}, status=400)


def favicon(request: HttpRequest) -> HttpResponse:
    """The site's icon for pages that name none (the back office, the API's JSON opened in a
    browser, a paper's PDF), which browsers ask for at /favicon.ico."""
    return HttpResponsePermanentRedirect(static("core/favicon.svg"))
