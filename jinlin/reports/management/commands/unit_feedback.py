from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from jinlin.core.errors import ServiceError
from jinlin.organizations.models import Organization
from jinlin.reports import services


class Command(BaseCommand):
    help = "Write a unit's quarterly feedback sheet: --unit ID --quarter 2026Q3 --output F.xlsx"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="the unit's id or code")
        parser.add_argument("--quarter", default="", help="like 2026Q3 (default: last quarter)")
        parser.add_argument("--output", required=True, type=Path, help="a .xlsx or .pdf file")

    def handle(self, *args: Any, **options: Any) -> None:
        ref = options["unit"]
        unit = (
            Organization.objects.filter(kind=Organization.Kind.UNIT)
            .filter(**({"pk": int(ref)} if str(ref).isdigit() else {"code": ref}))
            .first()
        )
        if unit is None:
            raise CommandError(f"no unit with id or code {ref}")
        quarter = options["quarter"] or services.previous_quarter()
        output = Path(options["output"])
        try:
            rows = services.unit_feedback_rows(unit, quarter)
        except ServiceError as error:
            raise CommandError(error.message) from error
        if output.suffix.lower() == ".pdf":
            content = services.feedback_pdf(unit, quarter, rows)
        elif output.suffix.lower() == ".xlsx":
            content = services.feedback_xlsx(unit, quarter, rows)
        else:
            raise CommandError("the output is a .xlsx or a .pdf file")
        try:
            output.write_bytes(content)
        except OSError as error:
            raise CommandError(f"cannot write {output}: {error.strerror}") from error
        total = sum(r.hours for r in rows)
        self.stdout.write(
            self.style.SUCCESS(
                f"{unit.name} {quarter}: {len(rows)} members, {total:g} hours → {output}"
            )
        )
