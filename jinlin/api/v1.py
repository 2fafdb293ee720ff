"""The v1 JSON API (see ../shared/API.md): thin routes over the same services as the pages.

Every error, whatever raised it, leaves as
``{"error": {"code": ..., "message": ..., "fields": {...}}}`` with the status API.md fixes.
"""

from __future__ import annotations

from typing import Any

from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from jinlin.api.idempotency import WRITES
from jinlin.api.renderers import LocalTimeRenderer
from jinlin.api.routes import (
    accounts,
    care,
    cloudmap,
    disputes,
    members,
    needs,
    organizations,
    oversight,
    reports,
    standing,
)
from jinlin.api.security import BearerAuth
from jinlin.core.errors import ServiceError
from jinlin.core.unavailable import cause_of, unavailable_response

ERROR_CODES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
}


IDEMPOTENCY_PARAMETER = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": (
        "Any unique value (a UUID) per intended change. A retry with the same key and body "
        "returns the first answer (status and body, header `Idempotent-Replayed: true`) "
        "without doing the work again; the same key on this operation with another body is `422` "
        "`idempotency_mismatch`; while the first call runs, `409` `idempotency_in_progress`. "
        "Kept 24 hours, per caller."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[!-~]+$"},
}
IDEMPOTENCY_ANSWERS = {
    "422": "The Idempotency-Key was used for another request",
    "409": "Conflict (or the first call with this Idempotency-Key is still running)",
}


class JinlinAPI(NinjaAPI):
    """The schema says what the server enforces: every operation documents the errors it can
    answer (in the one error shape), and the operations open to residents without an account
    say that their token is optional."""

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        """Built once per process (it takes a second or two) and kept."""
        key = repr(sorted(kwargs.items()))
        cache: dict[str, Any] = self.__dict__.setdefault("_schemas", {})
        if key not in cache:
            cache[key] = self._build_schema(**kwargs)
        return cache[key]

    def _build_schema(self, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(**kwargs)
        error = {"$ref": "#/components/schemas/ErrorOut"}
        for operations in schema["paths"].values():
            for operation in operations.values():
                # Status codes are the JSON object's keys: one key per code, as text. (An
                # operation's own openapi_extra once added "200" beside ninja's 200, and the
                # docs page refused the schema.)
                merged: dict[str, Any] = {}
                for status, answer in operation.get("responses", {}).items():
                    merged.setdefault(str(status), {}).update(answer)
                operation["responses"] = merged
                responses = merged
                for status, description in ERROR_CODES.items():
                    if status == 401 and not operation.get("security"):
                        continue
                    responses.setdefault(
                        str(status),
                        {
                            "description": description,
                            "content": {"application/json": {"schema": error}},
                        },
                    )
                security = operation.get("security") or []
                if {"OptionalBearerAuth": []} in security:
                    operation["security"] = [{}, {"BearerAuth": []}]
        for path, operations in schema["paths"].items():
            if "/auth/" in path:
                continue
            for method, operation in operations.items():
                if method.upper() not in WRITES:
                    continue
                operation.setdefault("parameters", []).append(IDEMPOTENCY_PARAMETER)
                for status, description in IDEMPOTENCY_ANSWERS.items():
                    operation["responses"].setdefault(status, {
                        "description": description,
                        "content": {"application/json": {"schema": error}},
                    })  # fmt: skip
        schemes = schema.get("components", {}).get("securitySchemes", {})
        schemes.pop("OptionalBearerAuth", None)
        return schema


api = JinlinAPI(
    title="Jinlin API",
    version="1",
    description=(
        "The v1 JSON API of Jinlin (近邻), the 双报到 volunteer system. Authenticate with "
        "`POST /api/v1/auth/token` and send `Authorization: Bearer <token>`."
    ),
    urls_namespace="api-v1",
    auth=BearerAuth(),
    renderer=LocalTimeRenderer(),
)


def error_response(
    request: HttpRequest,
    *,
    status: int,
    code: str,
    message: str,
    fields: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    body: dict[str, Any] = {**(extra or {}), "code": code, "message": message}
    if fields:
        body["fields"] = fields
    return api.create_response(request, {"error": body}, status=status)


VALIDATION_MESSAGES = {
    "missing": lambda: _("This field is required."),
    "int_parsing": lambda: _("A whole number is expected."),
    "int_type": lambda: _("A whole number is expected."),
    "string_type": lambda: _("Text is expected."),
    "bool_parsing": lambda: _("true or false is expected."),
    "datetime_parsing": lambda: _("An ISO 8601 date and time is expected."),
    "datetime_from_date_parsing": lambda: _("An ISO 8601 date and time is expected."),
    "date_from_datetime_parsing": lambda: _("An ISO 8601 date is expected."),
    "list_type": lambda: _("A list is expected."),
    "model_attributes_type": lambda: _("A JSON object is expected."),
    "dict_type": lambda: _("A JSON object is expected."),
    "string_too_long": lambda: _("The text is too long."),
    "greater_than_equal": lambda: _("The number is too small."),
    "less_than_equal": lambda: _("The number is too large."),
}


def _field_name(loc: list[Any]) -> str:
    # loc looks like ["body", "payload", "community"] or ["query", "page"].
    names = [str(part) for part in loc if part not in ("body", "query", "path", "payload")]
    return ".".join(names) or "body"


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields: dict[str, str] = {}
    for error in exc.errors:
        text = VALIDATION_MESSAGES.get(error.get("type", ""))
        fields.setdefault(
            _field_name(list(error.get("loc", []))),
            text() if text else str(error.get("msg", _("Invalid value."))),
        )
    return error_response(
        request,
        status=400,
        code="invalid_input",
        message=_("Some fields are invalid: %(fields)s.") % {"fields": ", ".join(fields)},
        fields=fields,
    )


@api.exception_handler(ServiceError)
def on_service_error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
    return error_response(
        request, status=exc.status, code=exc.code, message=exc.message, fields=exc.fields,
        extra=exc.extra,
    )  # fmt: skip


@api.exception_handler(AuthenticationError)
def on_authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(
        request,
        status=401,
        code="not_authenticated",
        message=_("Sign in first: send Authorization: Bearer <token>."),
    )


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, status=404, code="not_found", message=_("No such object."))


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    codes = {
        400: "invalid_input",
        403: "forbidden",
        404: "not_found",
        409: "conflict",
        429: "throttled",
    }
    message = str(exc)
    if exc.status_code == 400 and message.startswith("Cannot parse request body"):
        message = _("The request body is not valid JSON.")
    return error_response(
        request,
        status=exc.status_code,
        code=codes.get(exc.status_code, "error"),
        message=message,
    )


@api.exception_handler(DatabaseError)
@api.exception_handler(OSError)
def on_unavailable(request: HttpRequest, exc: Exception) -> HttpResponse:
    """The database unreachable or busy, or the disk full: 503 with Retry-After, not 500."""
    cause = cause_of(exc)
    if not cause:
        raise exc
    return unavailable_response(request, cause)


api.add_router("/", accounts.router)
api.add_router("/", organizations.router)
api.add_router("/", members.router)
api.add_router("/", needs.router)
api.add_router("/", care.router)
api.add_router("/", oversight.router)
api.add_router("/", standing.router)
api.add_router("/", cloudmap.router)
api.add_router("/", reports.router)
api.add_router("/", disputes.router)
