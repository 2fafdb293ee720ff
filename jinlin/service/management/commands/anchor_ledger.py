from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from jinlin.service.services import ledger_anchor


class Command(BaseCommand):
    help = (
        "Anchor the heads of the service ledger's chains for today (run daily from cron); the "
        "district prints or exports the anchors (/ledger/anchors/) and keeps them outside the "
        "database."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        anchor = ledger_anchor()
        chains = len(anchor.heads) or (1 if anchor.seq else 0)
        self.stdout.write(
            f"{anchor.day} {anchor.seq}:{anchor.head_hash} ({anchor.seq} rows in {chains} "
            f"chains) mac {anchor.mac}"
        )
