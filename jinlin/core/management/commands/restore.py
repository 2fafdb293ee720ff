"""``jinlin restore FILE``: the database replaced by a backup, then the ledger verified."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from jinlin.core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Replace the database's contents with the backup FILE (stop `jinlin serve` and "
        "`jinlin worker` first), apply any newer migrations, and verify the service ledger."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask before replacing")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["yes"]:
            answer = input("Everything in the database is replaced by the backup. Type yes: ")
            if answer.strip().lower() != "yes":
                raise CommandError("nothing was restored")
        try:
            said = restore(options["file"])
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(said)
        call_command("migrate", interactive=False, verbosity=0)
        # Anchors appended after the backup was taken are newer than it: only the database's
        # own and any printed anchors are checked here.
        try:
            call_command("verify_ledger", anchor_file="", stdout=self.stdout, stderr=self.stderr)
        except CommandError as error:
            raise CommandError(f"restored, but the ledger does not verify: {error}") from None
