"""Clean failure (#22 item 2): while the database cannot be reached or the disk is full,
pages answer a short page and the API its JSON error, both 503 with Retry-After — never a
server error — and everything answers again by itself once the cause goes."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from tests.api import api_as

pytestmark = pytest.mark.django_db


def _database_down(monkeypatch):
    def down(self, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(CursorWrapper, "execute", down)
    monkeypatch.setattr(CursorWrapper, "executemany", down)


def test_the_api_answers_503_json_and_recovers(cast, monkeypatch):
    api = api_as("member")
    with monkeypatch.context() as patched:
        _database_down(patched)
        api.client.raise_request_exception = False
        down = api.get("/me/claims")
        assert down.status_code == 503 and down["Retry-After"] == "30"
        assert down.json()["error"]["code"] == "unavailable"
    assert api.get("/me/claims").status_code == 200  # back, with nothing restarted


def test_a_page_answers_a_short_page_and_recovers(cast):
    client = Client(raise_request_exception=False)
    client.force_login(cast.member_user)
    with pytest.MonkeyPatch.context() as patched:
        _database_down(patched)
        down = client.get("/needs/", HTTP_ACCEPT_LANGUAGE="zh-hans")
        assert down.status_code == 503 and down["Retry-After"] == "30"
        assert "数据库" in down.content.decode()
    assert client.get("/needs/").status_code == 200


def test_a_full_disk_says_storage_is_full(cast, monkeypatch, settings, tmp_path):
    """A roster upload (written by hand) and a photo (through the storage) on a full disk."""
    settings.MEDIA_ROOT = str(tmp_path)
    real_open = Path.open

    def full_open(self, mode="r", *args, **kwargs):
        if "w" in mode:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", full_open)
    client = Client(raise_request_exception=False)
    client.force_login(cast.district_admin)
    upload = SimpleUploadedFile("r.xlsx", b"PK\x03\x04 not really", content_type="application/zip")
    page = client.post("/roster/", {"file": upload}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert page.status_code == 503 and "存储空间已满" in page.content.decode()
    assert not list(tmp_path.rglob("*.xlsx"))  # nothing half-written
    from jinlin.roster.models import ImportJob

    assert not ImportJob.objects.exists()
