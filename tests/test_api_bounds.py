"""Junk in any path or query parameter of the API is a 4xx answered in JSON, on SQLite and on
PostgreSQL (which refuses an out-of-range integer where SQLite overflows in Python). The
operations are read from the OpenAPI schema: a new one is covered without editing this file."""

from __future__ import annotations

import re
import traceback
from typing import Any

import pytest
from django.test import Client

from jinlin.api.security import token_issue
from jinlin.api.urls import api

pytestmark = pytest.mark.django_db


API_JUNK = ("9223372036854775808", "'", "-1")


@pytest.mark.parametrize("junk", API_JUNK)
def test_junk_api_values_are_json_400s(cast: Any, junk: str) -> None:
    """Every path and query parameter of every API operation, set to junk: a 4xx in JSON."""
    schema = api.get_openapi_schema()
    token, _expires = token_issue(user=cast.district_admin)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    failures = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            params = op.get("parameters", [])
            url = re.sub(r"{[^}]+}", junk, path)
            query = {p["name"]: junk for p in params if p["in"] == "query"}
            client = Client()
            try:
                if method == "get":
                    response = client.get(url, query, **headers)
                else:
                    response = client.generic(
                        method.upper(),
                        url + ("?" + "&".join(f"{k}={junk}" for k in query) if query else ""),
                        b"{}",
                        content_type="application/json",
                        **headers,
                    )
            except Exception:
                failures.append(f"{method} {url}: 500 {traceback.format_exc().splitlines()[-1]}")
                continue
            if response.status_code >= 500:
                failures.append(f"{method} {url} {query}: {response.status_code}")
            elif not response["Content-Type"].startswith("application/json"):
                failures.append(f"{method} {url} {query}: {response['Content-Type']}")
    assert not failures, "\n".join(failures)
