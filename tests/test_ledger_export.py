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
from tests.needs_helpers import register_unit
from tests.test_cloudmap_indicators import district  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _data_rows(ws):
    """Rows under the title and header, as values."""
    return [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]


def test_the_ledger_equals_the_figures_and_is_print_ready(district):  # noqa: F811
    cast = district
    # 城管局 registered with two partner communities, 教育局 with one: two unit party
    # organizations, three registrations.
    register_unit(cast.unit, cast.community, cast.community2)
    register_unit(cast.unit2, cast.community3)
    period = Period.last_weeks(4)
    book = load_workbook(io.BytesIO(ledger_book(cast.district, period)))
    assert len(book.worksheets) == 9
    cover, needs, hours, outcomes, registrations, new, teams, visits, problems = book.worksheets
    for ws in book.worksheets:
        assert cast.district.name in ws["A1"].value and "台账" in ws["A1"].value
        assert ws.freeze_panes == "A3"
        assert ws.page_setup.orientation == ("portrait" if ws is cover else "landscape")
        assert "&P" in ws.oddFooter.center.text  # page numbers
    values = {f.key: v for f, v in fig.overview(cast.district, period)}
    # The cover gives every figure of the overview, with the value the overview gives.
    on_cover = {row[1]: row[2] for row in _data_rows(cover) if row and row[1]}
    for figure, value in fig.overview(cast.district, period):
        label = next(k for k in on_cover if str(k).startswith(str(figure.label)))
        assert float(on_cover[label]) == float(value), figure.key
    # Needs of the period: the one on now, the one three days ago and the cancelled one, and
    # their 合计.
    rows = _data_rows(needs)
    assert len(rows) == 4 and rows[-1][0].startswith(("合计", "Total"))
    assert rows[-1][8] == values["credits"]
    rows = _data_rows(hours)
    assert rows[-1][0] in ("Total", "合计") and Decimal(str(rows[-1][7])) == values["hours"]
    assert len(rows) - 1 == fig.all_figures()["hours"].rows(cast.district, period).count()
    truckloads = [c.value for c in outcomes[2]].index(
        next(c.value for c in outcomes[2] if "车" in str(c.value) or "truckloads" in str(c.value))
    )
    assert _data_rows(outcomes)[-1][truckloads] == values["outcome_truckloads"] == 2
    # Registrations by community and group, their totals equal to the figures.
    *by_community, total, units = _data_rows(registrations)
    assert total[1:4] == [values["members_registered"], values["other_party_registered"],
                          values["volunteers_registered"]]  # fmt: skip
    # A unit is in the row of each community it registered with; the line under the 合计
    # counts each unit once, as the cover does.
    assert total[4] == sum(row[4] for row in by_community) == 3
    assert units[4] == values["units_registered"] == 2
    assert len(_data_rows(problems)) == 3 + 1  # all three are open, and the 合计


def test_the_hours_sheet_gives_each_rows_time_as_the_clerk_reads_it(district):  # noqa: F811
    """The Recorded column is the row's time in the district's zone, without a zone (Excel
    keeps none) — turned by PostgreSQL there (``LocalTime``), by Python elsewhere."""
    from django.utils import timezone

    period = Period.last_weeks(4)
    book = load_workbook(io.BytesIO(ledger_book(district.district, period)))
    recorded = [row[10] for row in _data_rows(book.worksheets[2])[:-1]]
    rows = fig.all_figures()["hours"].rows(district.district, period).order_by("id")
    expected = [
        timezone.localtime(at).replace(tzinfo=None, microsecond=0)
        for at in rows.values_list("created_at", flat=True)
    ]
    assert expected and str(timezone.get_current_timezone()) == "Asia/Shanghai"
    assert [at.replace(microsecond=0) for at in recorded] == expected


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_cover_read_beside_the_rows_gives_the_same_book(district, monkeypatch):  # noqa: F811
    """On PostgreSQL, outside a transaction, the cover's figures and the registrations' counts
    are read on a second connection while the rows are written (``read_beside``); the book
    is the one made reading them first, in turn (as inside a transaction), cell for cell but
    the time it was made."""
    import threading

    from django.db import transaction

    from jinlin.reports import ledger

    read_in: list[str] = []
    overview = fig.overview

    def spied(*args, **kwargs):
        read_in.append(threading.current_thread().name)
        return overview(*args, **kwargs)

    monkeypatch.setattr(fig, "overview", spied)
    period = Period.last_weeks(4)
    beside = load_workbook(io.BytesIO(ledger.ledger_book(district.district, period)))
    with transaction.atomic():
        in_turn = load_workbook(io.BytesIO(ledger.ledger_book(district.district, period)))
    assert read_in == ["jinlin-read-beside", threading.current_thread().name]

    def cells(book):
        return [[list(row) for row in ws.iter_rows(values_only=True)] for ws in book.worksheets]

    a, b = cells(beside), cells(in_turn)
    made_at = [i for i, row in enumerate(a[0]) if row[0] in ("制表时间", "Made at")]
    assert len(made_at) == 1
    del a[0][made_at[0]], b[0][made_at[0]]
    assert a == b and len(a) == 9 and len(a[0]) > 10


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_bar_moves_for_whoever_looks_while_the_rows_are_written(district, monkeypatch):  # noqa: F811
    """The worker's progress is committed as it is told, while the ledger's rows stream, so a
    page asking from another connection sees the bar move (a stream holding the worker's
    connection in its transaction kept it at the sheet's start until its last row)."""
    import threading

    from django.db import connections

    from jinlin.reports import ledger
    from jinlin.reports.exports import export_run

    def elsewhere(read):
        """What ``read`` finds on a connection of its own (a page's)."""
        found = {}

        def run():
            try:
                found["done"] = read()["done"]
            finally:
                connections.close_all()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        return found["done"]

    monkeypatch.setattr(ledger, "PROGRESS_ROWS", 1)
    period = Period.last_weeks(4)
    export = Export.objects.create(
        kind=Export.KIND_LEDGER, organization=district.district,
        requested_by=district.district_admin, start=period.start, end=period.end,
    )  # fmt: skip
    made = ledger.ledger_book
    told: list[tuple[int, int]] = []

    def watched(org, within, report):
        def told_and_looked(phase, done, total):
            report(phase, done, total)
            if phase == "hours":
                told.append((done, elsewhere(lambda: Export.objects.get(pk=export.pk).progress)))

        return made(org, within, told_and_looked)

    monkeypatch.setattr(ledger, "ledger_book", watched)
    export_run(str(export.pk), "zh-hans")
    rows = fig.all_figures()["hours"].rows(district.district, period).count()
    assert len(told) == rows + 1 and rows >= 1
    assert [seen for _done, seen in told] == [done for done, _seen in told], told
    assert len({done for done, _seen in told}) > 1
    export.refresh_from_db()
    assert export.status == Export.Status.DONE and export.file


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


@pytest.mark.browser
def test_the_ledger_prints_cleanly_from_libreoffice(district):  # noqa: F811
    """As an inspector prints it: no cell shows ###, every header is printed whole, every page
    is A4 and numbered, and a long text wraps instead of running over its neighbours."""
    import re

    import pypdf

    from jinlin.care.models import Household
    from jinlin.oversight.models import Problem
    from tests.papers import print_through_libreoffice

    cast = district
    problem = Problem.objects.filter(organization__path__startswith=cast.district.path).first()
    Problem.objects.filter(pk=problem.pk).update(
        title="楼道堆放杂物严重影响消防通道畅通且多次劝导未果需要物业和社区联合整治" * 2
    )
    assert Household.objects.exists()
    period = Period.last_weeks(4)
    content = ledger_book(cast.district, period)
    pdf = pypdf.PdfReader(io.BytesIO(print_through_libreoffice(content, ".xlsx")))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "###" not in text
    for page in pdf.pages:
        width, height = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)
    squeezed = re.sub(r"\s+", "", text)
    book = load_workbook(io.BytesIO(content))
    for ws in book.worksheets:
        for cell in ws[2]:
            assert re.sub(r"\s+", "", str(cell.value)) in squeezed, (ws.title, cell.value)
    assert "第1页共" in squeezed
    assert "楼道堆放杂物严重影响消防通道畅通" in squeezed  # wrapped, printed whole


def test_downloads_are_named_in_the_readers_language(district):  # noqa: F811
    """集美街道_双报到工作台账_20261107-20261204.xlsx, not ledger-S1-….xlsx."""
    from urllib.parse import unquote

    from django.test import TestCase

    from tests.conftest import client_for

    cast = district
    client = client_for(cast.street_admin)
    period = Period.last_weeks(4)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(
            "/reports/exports/ledger/",
            {"organization": cast.street.pk, "from": period.start, "to": period.end},
        )
    export = Export.objects.get(kind=Export.KIND_LEDGER)
    response = client.get(f"/reports/exports/{export.pk}/ledger.xlsx",
                          HTTP_ACCEPT_LANGUAGE="zh-hans")  # fmt: skip
    assert response.status_code == 200
    span = f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
    assert unquote(response["Content-Disposition"]).endswith(
        f"集美街道_双报到工作台账_{span}.xlsx"
    )
    assert client_for(cast.community2_admin).get(
        f"/reports/exports/{export.pk}/ledger.xlsx"
    ).status_code == 404
    card = client_for(cast.member_user).get("/me/card.pdf", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert unquote(card["Content-Disposition"]).endswith(f"服务卡_{cast.member.name}.pdf")


def test_the_bar_moves_while_the_ledgers_rows_are_written(district, monkeypatch, as_user):  # noqa: F811
    """A city's 台账 spends half its time on the ledger's rows: progress is told while they are
    written, not only between the nine sheets; it never goes back, stays short of the end until
    the book is made, and the export's page shows how far it is, in words a screen reader
    names."""
    from jinlin.reports import ledger

    cast = district
    monkeypatch.setattr(ledger, "PROGRESS_ROWS", 1)
    told: list[tuple[str, int, int]] = []
    period = Period.last_weeks(4)
    ledger_book(cast.district, period, lambda *said: told.append(said))
    rows = fig.all_figures()["hours"].rows(cast.district, period).count()
    assert rows >= 1
    done = [d for _phase, d, _total in told]
    assert done == sorted(done) and {t for _p, _d, t in told} == {9 * ledger.STEP}
    within = [d for phase, d, _t in told if phase == "hours"]
    assert len(within) == rows + 1 and max(within) > min(within)  # its start, then each row
    assert all(2 * ledger.STEP <= d < 3 * ledger.STEP for d in within)
    assert told[-1] == ("finished", 9 * ledger.STEP, 9 * ledger.STEP)
    assert all(d < 9 * ledger.STEP for _p, d, _t in told[:-1])
    export = Export.objects.create(
        kind=Export.KIND_LEDGER, organization=cast.district, requested_by=cast.district_admin,
        start=period.start, end=period.end, status=Export.Status.RUNNING,
        progress={"phase": "hours", "done": 250, "total": 900},
    )  # fmt: skip
    page = as_user(cast.district_admin).get(f"/reports/exports/{export.pk}/").content.decode()
    assert 'aria-label="已完成"' in page and 'id="export-share">28%<' in page
