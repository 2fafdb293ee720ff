"""The API's reports: ask for a 台账 or a 工作简报, follow it, download its files (in the OpenAPI
schema); only whoever asked and the organization's admins see it."""

from __future__ import annotations

import io

import docx
import pytest
from django.test import TestCase
from openpyxl import load_workbook

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from tests.api import api_as
from tests.test_briefing import assert_figures_equal_their_lists
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _ask(api, kind, org, period):
    """Ask, and let the queued job run as it would once the request has committed."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return api.post(
        "/exports",
            {"kind": kind, "organization": org.pk, "period_from": str(period.start),
             "period_to": str(period.end)},
        )  # fmt: skip


def test_a_ledger_and_a_briefing_through_the_api(district):  # noqa: F811
    cast = district
    api = api_as("street")
    period = Period.last_weeks(4)
    response = _ask(api, "ledger", cast.street, period)
    assert response.status_code == 202, response.content
    assert response.json()["status"] == "queued" and response.json()["files"] == []
    body = api.get(f"/exports/{response.json()['id']}").json()  # polled once the worker ran
    assert body["status"] == "done" and [f["format"] for f in body["files"]] == ["xlsx"]
    sheet = api.client.get(body["files"][0]["url"], **api._headers())
    assert sheet.status_code == 200 and sheet["Content-Type"].endswith("spreadsheetml.sheet")
    book = load_workbook(io.BytesIO(sheet.content))
    total = list(book.worksheets[2].iter_rows(min_row=3, values_only=True))[-1][7]
    assert float(total) == float(fig.value_of(fig.all_figures()["hours"], cast.street, period))

    body = api.get(f"/exports/{_ask(api, 'briefing', cast.street, period).json()['id']}").json()
    assert body["title"] == "集美街道“双报到”工作情况"
    assert [f["format"] for f in body["files"]] == ["docx", "pdf"]
    word = api.client.get(body["files"][0]["url"], **api._headers())
    document = docx.Document(io.BytesIO(word.content))
    assert document.core_properties.title == body["title"]
    assert body["title"] in [p.text for p in document.paragraphs]
    assert assert_figures_equal_their_lists(word.content, cast.street, period) >= 10
    pdf = api.client.get(body["files"][1]["url"], **api._headers())
    assert pdf.content.startswith(b"%PDF")
    assert api.get(f"/exports/{body['id']}").json()["status"] == "done"


def test_who_may_ask_and_see(district):  # noqa: F811
    cast = district
    period = Period.last_weeks(4)
    body = _ask(api_as("street"), "briefing", cast.street, period).json()
    assert api_as("district").get(f"/exports/{body['id']}").status_code == 200
    for username in ("community2", "supervisor", "member"):
        assert api_as(username).get(f"/exports/{body['id']}").status_code == 404, username
        got = api_as(username).get(f"/exports/{body['id']}/file", format="docx")
        assert got.status_code == 404, username
    assert _ask(api_as("member"), "ledger", cast.community, period).status_code in (403, 404)
    assert _ask(api_as("community"), "ledger", cast.community2, period).status_code == 404


def test_wrong_asks_say_what_is_wrong(district):  # noqa: F811
    cast = district
    api = api_as("street")
    period = Period.last_weeks(4)
    body = _ask(api, "ledger", cast.street, period).json()
    assert api.get(f"/exports/{body['id']}").json()["status"] == "done"
    wrong = api.get(f"/exports/{body['id']}/file", format="pdf")
    assert wrong.status_code == 400 and "format" in wrong.json()["error"]["fields"]
    bad = api.post("/exports", {"kind": "poster", "organization": cast.street.pk})
    assert bad.status_code == 400 and "kind" in bad.json()["error"]["fields"]
    backwards = api.post(
        "/exports",
        {
            "kind": "ledger",
            "organization": cast.street.pk,
            "period_from": "2026-05-01",
            "period_to": "2026-04-01",
        },
    )
    assert backwards.status_code == 400 and "period_to" in backwards.json()["error"]["fields"]
    paths = api.client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/exports", "/api/v1/exports/{export_id}",
            "/api/v1/exports/{export_id}/file"} <= set(paths)  # fmt: skip
