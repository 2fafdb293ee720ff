"""The site's public address: where every QR code, printed address and link in a paper points.

``SITE_URL`` (README, configuration) is the address people and phones reach the site at:
``https://jinlin.jimei.gov.cn``. A paper made by the worker has no request to learn it from,
and a page behind a proxy sees an inner address, so everything printed reads it from here.
Without it (a trial on one machine) the address a request came to stands in, and last the
demo's own; ``jinlin check --deploy`` names it when it is missing with ``DEBUG`` off.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

TRIAL_ADDRESS = "http://127.0.0.1:8000"


def site_base(request: Any = None) -> str:
    if settings.SITE_URL:
        return str(settings.SITE_URL)
    if request is not None:
        return str(request.build_absolute_uri("/")).rstrip("/")
    return TRIAL_ADDRESS


def public_url(path: str, request: Any = None) -> str:
    """An absolute address of a path of this site (``/certificates/verify/?…``)."""
    return site_base(request) + path
