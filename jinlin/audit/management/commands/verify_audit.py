from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jinlin.audit.services import audit_verify


class Command(BaseCommand):
    help = "Recompute the audit log's keyed hash chain and name the first row that fails."

    def handle(self, *args: Any, **options: Any) -> None:
        count, bad, why = audit_verify()
        if why:
            where = f"row #{bad.seq} ({bad.action}, {bad.at:%Y-%m-%d %H:%M})" if bad else "the end"
            raise CommandError(f"audit log broken at {where}: {why} ({count} rows checked)")
        self.stdout.write(self.style.SUCCESS(f"audit log intact: {count} rows, chain verified"))
