from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from jinlin.service.services import ledger_anchor


class Command(BaseCommand):
    help = (
        "Anchor the service ledger's head for today (run daily from cron); the district prints "
        "or exports the anchors (/ledger/anchors/) and keeps them outside the database."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        anchor = ledger_anchor()
        self.stdout.write(f"{anchor.day} #{anchor.seq} {anchor.head_hash} mac {anchor.mac}")
