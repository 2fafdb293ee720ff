from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from jinlin.core.errors import ServiceError
from jinlin.core.progress import ProgressBar
from jinlin.roster.services import roster_check, roster_import


class Command(BaseCommand):
    help = (
        "Import organizations and members from a roster .xlsx (download the template at "
        "/roster/template.xlsx). Every problem is listed with its row and column; nothing is "
        "imported while any stands."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--check", action="store_true", help="check only, write nothing")
        parser.add_argument(
            "--as",
            dest="username",
            default="",
            help="import with this account's scope (default: the whole system)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.exists():
            raise CommandError(f"{path}: no such file")
        by = None
        if options["username"]:
            by = get_user_model().objects.filter(username=options["username"]).first()
            if by is None:
                raise CommandError(f"no account named {options['username']}")
        bar = ProgressBar(sys.stderr)
        try:
            if options["check"]:
                plan = roster_check(path=path, by=by, progress=bar)
                issues, written = plan.issues, False
                counts = (len(plan.organizations), plan.partnership_count, len(plan.members))
                care_counts = (
                    (len(plan.care.entrances), len(plan.care.households))
                    if plan.care and (plan.care.entrances or plan.care.households)
                    else None
                )
            else:
                result = roster_import(path=path, by=by, progress=bar)
                issues, written = result.issues, result.written
                counts = (result.organizations, result.partnerships, result.members)
                care_counts = (
                    (result.care.get("entrances", 0), result.care.get("households", 0))
                    if result.care
                    else None
                )
        except ServiceError as error:
            bar.close()
            raise CommandError(error.message) from error
        bar.close()
        if issues:
            for issue in issues:
                self.stdout.write(str(issue))
            raise CommandError(
                f"{len(issues)} problem(s) found in {path.name}; nothing was imported."
            )
        verb = "imported" if written else "would import"
        care = ""
        if care_counts:
            care = f", {care_counts[0]} entrances, {care_counts[1]} households"
        self.stdout.write(
            self.style.SUCCESS(
                f"{path.name}: {verb} {counts[0]} organizations, {counts[1]} partnerships, "
                f"{counts[2]} members{care}."
            )
        )
