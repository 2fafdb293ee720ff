"""Who and from where, for the events a request leads to; and every refusal for scope (a 403)
is recorded."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from jinlin.audit.services import audit, clear_context, set_context


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from jinlin.members.auth import client_address

        user = getattr(request, "user", None)
        set_context(user=user, ip=client_address(request))
        try:
            response = self.get_response(request)
            if response.status_code == 403:
                audit("refused_for_scope", f"{request.method} {request.path}"[:200], "refused",
                      user=getattr(request, "user", None))  # fmt: skip
            return response
        finally:
            clear_context()
