from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from jinlin.core.errors import ServiceError
from jinlin.core.progress import ProgressBar
from jinlin.roster.parts import PARTS
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
                extra = {
                    name: count
                    for key, part_plan in plan.parts.items()
                    for name, count in PARTS[key].counts(part_plan).items()
                }
            else:
                result = roster_import(path=path, by=by, progress=bar)
                issues, written = result.issues, result.written
                counts = (result.organizations, result.partnerships, result.members)
                extra = result.parts
        except ServiceError as error:
            bar.close()
            raise CommandError(error.message) from error
        bar.close()
        for issue in issues:
            self.stdout.write(("" if issue.is_error else f"({issue.level}) ") + str(issue))
        errors = [issue for issue in issues if issue.is_error]
        if errors:
            raise CommandError(
                f"{len(errors)} problem(s) found in {path.name}; nothing was imported."
            )
        verb = "imported" if written else "would import"
        care = "".join(f", {count} {name}" for name, count in extra.items() if count)
        self.stdout.write(
            self.style.SUCCESS(
                f"{path.name}: {verb} {counts[0]} organizations, {counts[1]} partnerships, "
                f"{counts[2]} members{care}."
            )
        )
