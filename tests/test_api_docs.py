"""The published schema parses strictly (one key per status code, every code a three-digit
string) and the browsable docs page renders it in Chromium, from this site's own files."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client


def _strict(pairs):
    keys = [key for key, _value in pairs]
    duplicated = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicated, f"duplicate keys {duplicated} in {keys[:8]}"
    return dict(pairs)


@pytest.mark.django_db
def test_the_schema_parses_strictly():
    text = Client().get("/api/v1/openapi.json").content.decode()
    schema = json.loads(text, object_pairs_hook=_strict)
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            codes = list(operation["responses"])
            assert all(re.fullmatch(r"[1-5]\d\d", code) for code in codes), (path, method)
            assert any(code.startswith("2") for code in codes), (path, method)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_docs_page_renders_every_operation(live_server, chromium):
    from tests.browser import DESKTOP

    page = chromium.new_context(**DESKTOP).new_page()
    outside: list[str] = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(live_server.url) else None,
    )
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 50
    assert not page.locator(".errors-wrapper").count()
    assert outside == [] and errors == []
