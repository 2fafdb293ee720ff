"""The Content-Security-Policy every response carries.

Scripts run only from this site's own files: no inline script, no inline event handler, no
eval. A page's data reaches its script as JSON (``json_script``) and is shown as text, so a
name or an address that holds markup stays text. Styles may be inline (the pages use style
attributes); images may be data: and blob: URLs (photos shrunk on the phone before upload).
``tests/test_security_headers.py`` holds every template to it.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def policy() -> str:
    images = ["'self'", "data:", "blob:", *settings.CSP_EXTRA_IMAGE_ORIGINS]
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": images,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.header = policy()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.header)
        return response


def same_secret(expected: str, given: str) -> bool:
    """Compare a secret (a code, a hash) with what a request gave, in constant time, whatever
    characters it holds (``hmac.compare_digest`` refuses non-ASCII text with a TypeError: a
    code of ``é`` once answered 500)."""
    import hmac

    return hmac.compare_digest(str(expected).encode(), str(given).encode())
