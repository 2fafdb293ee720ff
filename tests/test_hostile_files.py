"""Untrusted workbooks are read with bounded memory and time (#20 item 2): a 5 KB file with
one cell at XFD1048576 (which once made the reader allocate 512 GB and killed the worker) is
refused before any reader sees it, and whatever a parser still runs out of fails its own
import, in a child process, while the worker goes on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils.translation import override
from openpyxl import Workbook

from jinlin.core.bounded import BoundedRunFailed, run_bounded
from jinlin.roster.models import ImportJob
from jinlin.roster.services import job_create, roster_check
from jinlin.roster.workbook import _read_workbook
from tests.roster_files import MEMBER_HEADER, member_row


def _far_cell(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "党员"
    sheet.append(MEMBER_HEADER)
    sheet.append(member_row("王五", "13700137000"))
    sheet["XFD1048576"] = "x"
    workbook.save(path)
    return path


@pytest.mark.django_db
def test_one_far_cell_is_refused_before_any_reader_sees_it(tmp_path):
    path = _far_cell(tmp_path / "far.xlsx")
    assert path.stat().st_size < 10_000
    started = time.monotonic()
    with override("en"):
        issues = roster_check(path=path).issues
    assert time.monotonic() - started < 5
    (issue,) = issues
    assert "“党员” reaches cell XFD1048576" in issue.message and issue.is_error


def test_what_a_parser_runs_out_of_fails_in_its_child_and_not_here(tmp_path):
    """The extent check skipped: the native reader itself asks for 512 GB and aborts — in the
    child, which is reported; this process carries on."""
    path = _far_cell(tmp_path / "far.xlsx")
    with pytest.raises(BoundedRunFailed) as failed:
        run_bounded(_read_workbook, path, None, memory_mb=512, seconds=60)
    assert failed.value.reason == "memory"


def _allocate(mb):
    return len(bytearray(mb * 1024 * 1024))


def _sleep(seconds):
    time.sleep(seconds)


def _refuse(text):
    raise ValueError(text)


def test_the_bounds_hold_and_answers_come_back():
    assert run_bounded(_allocate, 10, memory_mb=200, seconds=30) == 10 * 1024 * 1024
    with pytest.raises(BoundedRunFailed) as failed:
        run_bounded(_allocate, 4000, memory_mb=200, seconds=30)
    assert failed.value.reason == "memory"
    started = time.monotonic()
    with pytest.raises(BoundedRunFailed) as failed:
        run_bounded(_sleep, 30, memory_mb=200, seconds=1)
    assert failed.value.reason == "time" and time.monotonic() - started < 10
    with pytest.raises(ValueError, match="第3行"):
        run_bounded(_refuse, "第3行", memory_mb=200, seconds=30)


@pytest.mark.django_db(transaction=True)
def test_the_worker_fails_the_hostile_job_and_runs_the_next(cast, settings, tmp_path):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": ["default"],
            "ENQUEUE_ON_COMMIT": False,
        }
    }
    settings.JINLIN_INLINE_JOBS = False
    hostile = job_create(
        upload=SimpleUploadedFile("far.xlsx", _far_cell(tmp_path / "far.xlsx").read_bytes()),
        by=cast.district_admin,
        language="zh-hans",
    )
    files = Path(__file__).resolve().parent / "files"
    fine = job_create(
        upload=SimpleUploadedFile("r.xlsx", (files / "clerk_title_row.xlsx").read_bytes()),
        by=cast.district_admin,
        language="zh-hans",
    )
    call_command("worker", batch=True, interval=0.1, verbosity=0)
    hostile.refresh_from_db()
    fine.refresh_from_db()
    assert hostile.status == ImportJob.Status.INVALID
    assert "XFD1048576" in hostile.issues[0]["message"]
    assert fine.status == ImportJob.Status.READY, fine.issues
