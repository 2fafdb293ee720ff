"""The worker never dies of a fault outside it (#22 item 1): the database gone or locked, a
full disk, are waited out with growing pauses and logged; pages and API answers that wait on
queued work say when no worker has checked in."""

from __future__ import annotations

import errno

import pytest
from django.core.management import call_command
from django.db import OperationalError

from jinlin.core.management.commands import worker as worker_command
from jinlin.core.schedule import heartbeat
from jinlin.reports.models import Export
from tests.api import api_as

pytestmark = pytest.mark.django_db


def test_faults_outside_are_waited_out_with_backoff(monkeypatch):
    faults = [OperationalError("could not connect to server"),
              OSError(errno.ENOSPC, "No space left on device"),
              OperationalError("database is locked")]  # fmt: skip
    ran, slept = [], []

    def run(options):
        if faults:
            raise faults.pop(0)
        ran.append(options["batch"])

    monkeypatch.setattr(worker_command.Command, "_run", lambda self, options: run(options))
    monkeypatch.setattr(worker_command.time, "sleep", slept.append)
    call_command("worker", batch=True, verbosity=0)
    assert ran == [True] and slept == [1.0, 2.0, 4.0]


def test_a_fault_of_its_own_is_not_hidden(monkeypatch):
    def broken(self, options):
        raise ValueError("a bug")

    monkeypatch.setattr(worker_command.Command, "_run", broken)
    with pytest.raises(ValueError, match="a bug"):
        call_command("worker", batch=True, verbosity=0)


def test_waiting_work_says_when_no_worker_runs(cast, as_user):
    export = Export.objects.create(organization=cast.street, start="2026-11-01", end="2026-11-30",
                                   requested_by=cast.street_admin)  # fmt: skip
    page = as_user(cast.street_admin).get(f"/reports/exports/{export.pk}/",
                                          HTTP_ACCEPT_LANGUAGE="zh-hans")  # fmt: skip
    assert "后台任务暂停" in page.content.decode()
    api = api_as("street")
    assert api.get(f"/exports/{export.pk}").json()["worker_paused"] is True
    heartbeat()
    page = as_user(cast.street_admin).get(f"/reports/exports/{export.pk}/",
                                          HTTP_ACCEPT_LANGUAGE="zh-hans")  # fmt: skip
    assert "后台任务暂停" not in page.content.decode()
    assert api.get(f"/exports/{export.pk}").json()["worker_paused"] is False
