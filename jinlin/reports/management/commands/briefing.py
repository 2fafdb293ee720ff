"""jinlin briefing --organization ID --from … --to … --output FILE.docx|FILE.pdf"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import override

from jinlin.core.site import site_base
from jinlin.reports.management.commands.export_ledger import organization_and_period


class Command(BaseCommand):
    help = (
        "Write an organization's 工作简报 (work briefing) for a period to a .docx or PDF file; "
        "its figures link to their lists on the site (SITE_URL)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--organization", required=True, help="id or code")
        parser.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
        parser.add_argument("--output", required=True, help="FILE.docx or FILE.pdf")
        parser.add_argument("--language", default="zh-hans")

    def handle(self, *args: Any, **options: Any) -> None:
        from jinlin.reports.briefing import briefing_docx, briefing_pdf, briefing_write
        from jinlin.reports.models import Export

        output = Path(options["output"])
        if output.suffix.lower() not in (".docx", ".pdf"):
            raise CommandError("--output must end in .docx or .pdf.")
        org, period = organization_and_period(options)
        with override(options["language"]):
            export = Export(
                kind=Export.KIND_BRIEFING,
                organization=org,
                start=period.start,
                end=period.end,
                content=briefing_write(org, period),
            )
            write = briefing_docx if output.suffix.lower() == ".docx" else briefing_pdf
            output.write_bytes(write(export, site_base()))
        self.stdout.write(f"{output}: {export.content['title']} {period.start} – {period.end}")
