from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jinlin.service.services import ledger_verify


class Command(BaseCommand):
    help = "Recompute the service ledger's hash chain and name the first altered row."

    def handle(self, *args: Any, **options: Any) -> None:
        count, bad, why = ledger_verify()
        if why:
            where = (
                f"row #{bad.seq} (id {bad.pk}, {bad.member}, {bad.activity_name})"
                if bad
                else "the end"
            )
            raise CommandError(f"ledger broken at {where}: {why} ({count} rows checked)")
        self.stdout.write(self.style.SUCCESS(f"ledger intact: {count} rows, chain verified"))
