"""Errors that services raise when a rule says no.

Each carries a stable ``code`` (the API's ``error.code``), a human ``message`` already in
the request's language, and, for bad input, the ``fields`` at fault. Pages show the message;
the API maps the class to its status code. Nothing is written when one is raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ServiceError(Exception):
    status = 400
    default_code = "invalid"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        fields: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = str(message)
        self.code = code or self.default_code
        self.fields = {name: str(text) for name, text in (fields or {}).items()}
        # What the API adds to its error object (a replayed claim's 409 carries the claim).
        self.extra = dict(extra or {})


class InvalidInput(ServiceError):
    status = 400
    default_code = "invalid_input"


class NotAllowed(ServiceError):
    status = 403
    default_code = "forbidden"


class NotFound(ServiceError):
    status = 404
    default_code = "not_found"


class Conflict(ServiceError):
    """The input is fine but the current state forbids it (full, already done, …)."""

    status = 409
    default_code = "conflict"


class Unavailable(ServiceError):
    """Something this site depends on is not there (no text-message gateway, the database or
    the disk): try later, or ask the administrator."""

    status = 503
    default_code = "unavailable"


class Throttled(ServiceError):
    status = 429
    default_code = "throttled"
