"""Helpers for API tests: a client that signs in with a bearer token."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client
from django.test.client import ClientHandler

from jinlin.core.lanes import LanesMixin
from tests.conftest import PASSWORD


class LanesClientHandler(LanesMixin, ClientHandler):
    """The test client's handler with production's two chains (``jinlin.core.lanes``)."""


class ApiClient:
    def __init__(self, token: str | None = None) -> None:
        self.client = Client()
        self.client.handler = LanesClientHandler(enforce_csrf_checks=False)  # bearer: short chain
        self.token = token

    def _headers(self) -> dict[str, str]:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}"} if self.token else {}

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(f"/api/v1{path}", params, **self._headers())

    def post(self, path: str, body: Any = None, raw: str | None = None) -> Any:
        data = raw if raw is not None else json.dumps(body if body is not None else {})
        return self.client.post(
            f"/api/v1{path}", data, content_type="application/json", **self._headers()
        )

    def put(self, path: str, body: Any = None) -> Any:
        return self.client.put(
            f"/api/v1{path}", json.dumps(body if body is not None else {}),
            content_type="application/json", **self._headers(),
        )  # fmt: skip


def api_as(username: str) -> ApiClient:
    response = ApiClient().post("/auth/token", {"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.content
    return ApiClient(response.json()["token"])


def through_wsgi(application: Any, environ: dict[str, Any]) -> tuple[int, list[Any], bytes]:
    """(status, headers, body) of one request straight through a WSGI application, the test's
    transaction kept open across it as Django's test client keeps it."""
    from django.core import signals
    from django.db import close_old_connections

    answered: dict[str, Any] = {}

    def start_response(status: str, headers: list[Any], exc_info: Any = None) -> None:
        answered["status"], answered["headers"] = int(status.split()[0]), headers

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        response = application(environ, start_response)
        body = b"".join(response)
        if hasattr(response, "close"):
            response.close()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    return answered["status"], answered["headers"], body
