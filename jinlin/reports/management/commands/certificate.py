"""jinlin certificate --member USERNAME --from YYYY-MM-DD --to YYYY-MM-DD --output FILE.pdf"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import override

from jinlin.cloudmap.selectors import period_of
from jinlin.core.errors import ServiceError
from jinlin.members.models import Member


class Command(BaseCommand):
    help = "Issue a numbered 志愿服务证明 (volunteer service certificate) as a PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--member", required=True, help="the member's username or phone")
        parser.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
        parser.add_argument("--output", required=True, help="FILE.pdf")
        parser.add_argument(
            "--site", default="", help="the site's public address for the QR code (SITE_URL)"
        )

    def settings_site(self, site: str) -> Any:
        from contextlib import nullcontext

        from django.test import override_settings

        return override_settings(SITE_URL=site.rstrip("/")) if site else nullcontext()

    def handle(self, *args: Any, **options: Any) -> None:
        from jinlin.reports.certificates import certificate_issue, certificate_pdf

        key = options["member"]
        member = (
            Member.objects.filter(user__username=key).first()
            or Member.objects.filter(phone=key).first()
        )
        if member is None:
            raise CommandError(f"No member has the username or phone {key}.")
        try:
            period = period_of(options["start"], options["end"])
            cert = certificate_issue(member=member, period=period)
        except ServiceError as error:
            raise CommandError(f"{error.message} {error.fields}") from None
        with override("zh-hans"), self.settings_site(options["site"]):
            pdf = certificate_pdf(cert)
        Path(options["output"]).write_bytes(pdf)
        self.stdout.write(f"{options['output']}: {cert.number} code {cert.code}, {cert.hours} h")
