from __future__ import annotations

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 with the reason (which parameter was wrong), in the frame of the site."""
    message = str(exception) if isinstance(exception, BadRequest) else ""
    return render(request, "400.html", {"exception": message}, status=400)
