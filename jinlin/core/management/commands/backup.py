"""``jinlin backup FILE``: a consistent copy of the database while Jinlin runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from jinlin.core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database to FILE while Jinlin runs (SQLite: the online backup API; "
        "PostgreSQL: pg_dump). Copy data/media beside it; keep LEDGER_KEY apart."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            said = backup(options["file"])
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(said))
