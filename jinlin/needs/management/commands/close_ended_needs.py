from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from jinlin.needs.services import needs_close_ended


class Command(BaseCommand):
    help = (
        "Close needs that ended some days ago and record their no-shows as absent "
        "(run nightly from cron)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--after-days",
            type=int,
            default=7,
            help="days after a need's end, left for acceptance and crediting (default 7)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        closed, absent = needs_close_ended(after_days=max(0, options["after_days"]))
        self.stdout.write(f"{closed} need(s) closed, {absent} no-show(s) recorded absent.")
