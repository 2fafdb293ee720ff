"""jinlin export_ledger --organization ID --from YYYY-MM-DD --to YYYY-MM-DD --output FILE.xlsx"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import override

from jinlin.cloudmap.indicators import Period
from jinlin.cloudmap.selectors import period_of
from jinlin.core.errors import ServiceError
from jinlin.organizations.models import Organization


def organization_and_period(options: dict[str, Any]) -> tuple[Organization, Period]:
    """--organization (id or code), --from and --to, checked; shared by the report commands."""
    key = options["organization"]
    org = Organization.objects.filter(code=key).first()
    if org is None and key.isdigit():
        org = Organization.objects.filter(pk=int(key)).first()
    if org is None:
        raise CommandError(f"No organization has the id or code {key}.")
    try:
        return org, period_of(options["start"], options["end"])
    except ServiceError as error:
        raise CommandError(f"{error.message} {error.fields}") from None


class Command(BaseCommand):
    help = "Write an organization's 台账 (inspection ledger) for a period to an .xlsx file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--organization", required=True, help="id or code")
        parser.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
        parser.add_argument("--output", required=True, help="FILE.xlsx")
        parser.add_argument("--language", default="zh-hans")

    def handle(self, *args: Any, **options: Any) -> None:
        from jinlin.reports.ledger import ledger_book

        org, period = organization_and_period(options)

        def report(phase: str, done: int, total: int) -> None:
            if options["verbosity"] > 1:
                self.stderr.write(f"{phase} {done}/{total}")

        with override(options["language"]):
            content = ledger_book(org, period, report)
        Path(options["output"]).write_bytes(content)
        self.stdout.write(f"{options['output']}: {org.name} {period.start} – {period.end}")
