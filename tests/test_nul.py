"""A NUL character (U+0000) anywhere in a request is answered 400 naming the field, before any
view runs; on PostgreSQL, which refuses NUL in any text, it once was a server error (sign-in
name, search boxes, API bodies). Runs in both tiers; the crawl checks every page with it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from jinlin.api.security import token_issue
from jinlin.api.urls import api

pytestmark = pytest.mark.django_db

NUL = "a\x00b"


def test_sign_in_with_a_nul_in_the_name_is_a_400_page(cast: Any) -> None:
    response = Client().post("/signin/", {"username": NUL, "password": "x"})
    assert response.status_code == 400
    assert "username" in response.content.decode()


def test_a_nul_in_a_search_box_is_a_400_page(cast: Any, as_user: Any) -> None:
    response = as_user(cast.community_admin).get("/needs/manage/", {"q": NUL})
    assert response.status_code == 400
    assert "“q”" in response.content.decode()


def test_sign_in_through_the_api_names_the_field(cast: Any) -> None:
    response = Client().post(
        "/api/v1/auth/token",
        json.dumps({"username": NUL, "password": "x"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert list(error["fields"]) == ["username"]


def test_a_nul_deep_in_a_json_body_is_found() -> None:
    from django.test import RequestFactory

    from jinlin.core.nul import offending_field

    request = RequestFactory().post(
        "/api/v1/x", json.dumps({"a": [{"b": "ok"}, {"c": NUL}]}), content_type="application/json"
    )
    assert offending_field(request) == "a.1.c"
    clean = RequestFactory().post("/api/v1/x", json.dumps({"a": "\\u0000"}), "application/json")
    assert offending_field(clean) is None  # the six characters backslash-u-0-0-0-0 are text


def test_every_control_character_in_a_json_body_is_found_however_it_is_written() -> None:
    """A JSON body is read without parsing unless it may hold a control character
    (``MAY_HOLD_CONTROL``): each one, escaped in lower or upper case or (DEL) as itself, in a
    value or a key, is still found; a body with none — tabs and line breaks included — passes."""
    from django.test import RequestFactory

    from jinlin.core.nul import CONTROL, MAY_HOLD_CONTROL, offending_field

    def body(raw: str) -> object:
        return RequestFactory().post("/api/v1/x", raw, content_type="application/json")

    controls = [chr(code) for code in (*range(0x20), 0x7F) if CONTROL.match(chr(code))]
    assert len(controls) == 30
    for char in controls:
        escaped = f"\\u{ord(char):04x}"
        for raw in (
            json.dumps({"note": f"a{char}b"}),
            json.dumps({"note": f"a{char}b"}, ensure_ascii=False),  # DEL stays itself
            '{"note": "a' + escaped.upper().replace("\\U", "\\u") + 'b"}',
            json.dumps({"list": [1, {f"k{char}": "v"}]}),
        ):
            found = offending_field(body(raw))
            assert found in ("note", "list.1.k" + char), (char, raw)
    clean = json.dumps({"note": "第一行\n\t第二行\r", "n": 1, "text": "\\u0000 is text"})
    assert offending_field(body(clean)) is None
    assert MAY_HOLD_CONTROL.search(json.dumps({"a": "ok", "b": [1, 2]}).encode()) is None


def _string_properties(schema: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    ref = body.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    component = schema["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    return {
        name: NUL
        for name, prop in component.get("properties", {}).items()
        if prop.get("type") == "string" or "string" in str(prop.get("anyOf", ""))
    }


def test_every_api_operation_refuses_a_nul_in_any_text(cast: Any) -> None:
    """Every operation of the schema, with NUL in each query parameter and each text field of
    its body: a JSON 400, never a 500, on SQLite and on PostgreSQL."""
    schema = api.get_openapi_schema()
    token, _expires = token_issue(user=cast.district_admin)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    failures, tried = [], 0
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            url = "/".join("1" if "{" in part else part for part in path.split("/"))
            query = {p["name"]: NUL for p in op.get("parameters", []) if p["in"] == "query"}
            body = _string_properties(schema, op.get("requestBody", {}))
            if not query and not body:
                continue
            tried += 1
            try:
                response = client.generic(
                    method.upper(),
                    url + ("?" + "&".join(f"{k}=a%00b" for k in query) if query else ""),
                    json.dumps(body),
                    content_type="application/json",
                )
            except Exception as exc:  # a server error raised through the test client
                failures.append(f"{method} {url}: {exc!r}")
                continue
            if response.status_code != 400 or response.json()["error"]["code"] != "invalid_input":
                failures.append(f"{method} {url}: {response.status_code}")
    assert tried > 20
    assert not failures, "\n".join(failures)
