from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from jinlin.core.progress import ProgressBar
from jinlin.reports import services


class Command(BaseCommand):
    help = (
        "The scheduled job: at the start of each quarter, make every unit's feedback "
        "sheet for the quarter before and tell its admins (run from cron)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quarter", default="", help="like 2026Q3 (default: last quarter)")
        parser.add_argument("--no-pdf", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        import sys

        quarter = options["quarter"] or services.previous_quarter()
        services.quarter_bounds(quarter)
        units = services.feedback_units()
        bar = ProgressBar(sys.stderr)
        for index, unit in enumerate(units, start=1):
            services.feedback_generate(
                unit=unit, quarter=quarter, with_pdf=not options["no_pdf"], notify_admins=True
            )
            bar("units", index, len(units))
        bar.close()
        self.stdout.write(f"{quarter}: feedback sheets for {len(units)} units.")
