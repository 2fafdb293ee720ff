"""Every writing API operation, sent the kinds of body that once broke one (#20 item 9): NUL
as text/plain (a 500 on PostgreSQL), control characters in JSON strings, a form body, broken
or non-UTF-8 JSON, non-finite numbers. A clear 4xx in JSON, never a 5xx, on both databases."""

from __future__ import annotations

import traceback

import pytest
from django.apps import apps
from django.test import Client

from jinlin.api.security import token_issue
from tests.crawl import api_operations

pytestmark = pytest.mark.django_db

WRONG_BODIES = [
    (b"a\x00b", "text/plain"),
    (b'{"title": "a\\u0000b", "note": "\\u000b", "reason": "\\u001b"}', "application/json"),
    (b"title=a%00b&hours=NaN", "application/x-www-form-urlencoded"),
    (b"{", "application/json"),
    (b"[]", "application/json"),
    (b'{"hours": 1e309, "longitude": "Infinity", "latitude": "NaN"}', "application/json"),
    (b"\xff\xfe\x00", "application/json"),
    (
        b'--B\r\nContent-Disposition: form-data; name="title"\r\n\r\na\x00b\r\n--B--\r\n',
        "multipart/form-data; boundary=B",
    ),
    (  # a form with a photo, as a web page would send it: once a 500 (a stream read twice)
        b'--B\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\r\n--B--\r\n",
        "multipart/form-data; boundary=B",
    ),
]


def _filled(path: str, kinds: dict) -> str:
    """The path with each id an object of its kind that exists (else 1)."""
    values = {}
    for name, kind in kinds.items():
        model = apps.get_model(kind.model)
        row = model.objects.filter(**kind.limit).values_list(kind.field, flat=True).first()
        values[name] = row if row is not None else 1
    return path.format(**values)


def test_wrong_bodies_and_content_types_never_break_an_api_operation(cast):
    callers = {"district": cast.district_admin, "member": cast.member_user}
    tokens = {name: token_issue(user=user)[0] for name, user in callers.items()}
    failures: list[str] = []
    for method, path, kinds in api_operations():
        if method == "GET" or path.endswith("/auth/token/revoke"):
            continue
        url = _filled(path, kinds)
        for name, token in tokens.items():
            for body, content_type in WRONG_BODIES:
                where = f"{method} {url} as {name} with {body!r} ({content_type})"
                try:
                    response = Client().generic(
                        method, url, body, content_type=content_type,
                        HTTP_AUTHORIZATION=f"Bearer {token}",
                    )  # fmt: skip
                except Exception:
                    failures.append(f"{where}: 500 {traceback.format_exc().splitlines()[-1]}")
                    continue
                if response.status_code >= 500:
                    failures.append(f"{where}: {response.status_code}")
                elif not response["Content-Type"].startswith("application/json"):
                    failures.append(f"{where}: answered {response['Content-Type']}")
    assert not failures, "\n".join(failures[:40])
