from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from jinlin.oversight.services import problems_escalate


class Command(BaseCommand):
    help = "Flag problems past their deadline and tell the parent organization (run daily)."

    def handle(self, *args: Any, **options: Any) -> None:
        count = problems_escalate()
        self.stdout.write(f"{count} overdue problem(s) escalated.")
