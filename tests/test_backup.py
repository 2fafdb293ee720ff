"""Backup and restore (#22 item 5): a consistent copy taken while the site runs, restored
whole, the ledger verified after; a backup restored under another LEDGER_KEY is reported as a
wrong key, not as tampering. SQLite here; PostgreSQL (pg_dump) in the postgres tier."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from jinlin.service.models import ServiceRecord
from tests.test_scan_and_ledger import _credit_many

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_then_restore_brings_back_what_was(cast, tmp_path, capsys):
    _credit_many(cast, 2)
    call_command("backup", str(tmp_path / "jinlin.backup"))
    assert (tmp_path / "jinlin.backup").stat().st_size > 0
    backed_up = ServiceRecord.objects.count()
    from tests.needs_helpers import new_member, publish

    need = publish(cast, slots=1, title="备份之后")
    assert need.pk
    new_member(cast, "备份后新人", "13500007777")
    call_command("restore", str(tmp_path / "jinlin.backup"), yes=True)
    out = capsys.readouterr().out
    assert "restored" in out and "ledger intact: 2 rows" in out
    assert ServiceRecord.objects.count() == backed_up == 2
    from jinlin.members.models import Member
    from jinlin.needs.models import Need

    assert not Need.objects.filter(title="备份之后").exists()
    assert not Member.objects.filter(name="备份后新人").exists()
    if connection.vendor == "postgresql":
        # The restored tables were dropped and made again: their statistics taken afresh.
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stats WHERE tablename = %s",
                           [Member._meta.db_table])  # fmt: skip
            assert cursor.fetchone()[0] > 0


def test_a_backup_restored_under_another_key_says_so(cast, tmp_path, settings):
    _credit_many(cast, 1)
    call_command("backup", str(tmp_path / "b"))
    settings.LEDGER_KEY = "another-key-than-the-one-that-sealed"
    with pytest.raises(CommandError, match="not the key the ledger was sealed with"):
        call_command("restore", str(tmp_path / "b"), yes=True)


def test_a_file_that_is_no_backup_is_refused(db, tmp_path):
    junk = tmp_path / "junk"
    junk.write_bytes(b"not a database")
    expected = "not an SQLite backup" if connection.vendor == "sqlite" else "pg_restore failed"
    with pytest.raises(CommandError, match=expected):
        call_command("restore", str(junk), yes=True)
