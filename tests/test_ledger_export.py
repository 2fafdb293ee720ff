"""台账: the workbook's figures equal the overview's (parsed with openpyxl), it is print-ready,
the CLI writes it, and on the page it is made on the queue and offered to whoever asked."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from jinlin.cloudmap import figures as fig
from jinlin.cloudmap.indicators import Period
from jinlin.reports.ledger import ledger_book
from jinlin.reports.models import Export
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _data_rows(ws):
    """Rows under the title and header, as values."""
    return [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]


def test_the_ledger_equals_the_figures_and_is_print_ready(district):  # noqa: F811
    cast = district
    period = Period.last_weeks(4)
    book = load_workbook(io.BytesIO(ledger_book(cast.district, period)))
    assert len(book.worksheets) == 7
    needs, hours, outcomes, registrations, teams, visits, problems = book.worksheets
    for ws in book.worksheets:
        assert cast.district.name in ws["A1"].value and "台账" in ws["A1"].value
        assert ws.freeze_panes == "A3" and ws.page_setup.orientation == "landscape"
    # Needs of the period: the one on now, the one three days ago and the cancelled one.
    assert len(_data_rows(needs)) == 3
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    rows = _data_rows(hours)
    assert rows[-1][0] in ("Total", "合计") and Decimal(str(rows[-1][6])) == values["hours"]
    assert len(rows) - 1 == fig.all_figures()["hours"].rows(cast.district, period).count()
    truckloads = [c.value for c in outcomes[2]].index(
        next(c.value for c in outcomes[2] if "车" in str(c.value) or "truckloads" in str(c.value))
    )
    assert _data_rows(outcomes)[-1][truckloads] == values["outcome_truckloads"] == 2
    assert (
        len(_data_rows(registrations)) == values["members_registered"] + values["units_registered"]
    )
    assert len(_data_rows(problems)) == 3  # all three are open


def test_the_command_writes_it(district, tmp_path):  # noqa: F811
    out = tmp_path / "ledger.xlsx"
    call_command(
        "export_ledger", organization=str(district.community.pk), start="2026-01-01",
        end="2026-12-31", output=str(out),
    )  # fmt: skip
    assert load_workbook(out).worksheets[1]["A1"].value.startswith(district.community.name)


def test_the_page_queues_it_and_offers_it_to_whoever_asked(
    district,  # noqa: F811
    as_user,
    django_capture_on_commit_callbacks,
):
    cast = district
    client = as_user(cast.community_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/reports/exports/ledger/", {"organization": cast.community.pk}, follow=True
        )
    export = Export.objects.get()
    assert export.status == Export.Status.DONE, export.error
    assert "hx-trigger" in response.content.decode()  # while queued, the page polls
    page = client.get(f"/reports/exports/{export.pk}/").content.decode()
    assert 'id="download"' in page
    download = client.get(export.file.url)
    assert download.status_code == 200
    data = b"".join(download.streaming_content) if download.streaming else download.content
    assert load_workbook(io.BytesIO(data)).worksheets[0]["A1"].value.startswith(cast.community.name)
    # Another community's admin neither sees the page nor the file; one may not ask for theirs.
    other = as_user(cast.community2_admin)
    assert other.get(f"/reports/exports/{export.pk}/").status_code == 404
    assert other.get(export.file.url).status_code in (403, 404)
    assert (
        other.post("/reports/exports/ledger/", {"organization": cast.community.pk}).status_code
        == 404
    )
