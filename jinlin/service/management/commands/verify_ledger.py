from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from jinlin.service.services import anchors_outside_check, ledger_check_anchor, ledger_verify


class Command(BaseCommand):
    help = (
        "Recompute the service ledger's keyed hash chains, check them against their anchors (and "
        "against anchors printed on paper: --anchor SEQ:HASH) and name the first row that fails."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--anchor",
            action="append",
            default=[],
            metavar="SEQ:HASH",
            help="an anchor kept outside the database (printed, exported); may be repeated",
        )
        parser.add_argument(
            "--anchor-file",
            default=None,
            metavar="PATH",
            help="the file of daily anchors kept outside the database (default: "
            "LEDGER_ANCHOR_FILE); --anchor-file '' checks none",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count, bad, why = ledger_verify()
        if why:
            where = (
                f"row {bad.position} (id {bad.pk}, {bad.member}, {bad.activity_name})"
                if bad
                else "the end"
            )
            raise CommandError(f"ledger broken at {where}: {why} ({count} rows checked)")
        for given in options["anchor"]:
            seq, _sep, head_hash = given.partition(":")
            if not seq.isdigit() or len(head_hash) != 64:
                raise CommandError(f"--anchor {given!r}: write it as SEQ:HASH (64 hex digits)")
            if not ledger_check_anchor(seq=int(seq), head_hash=head_hash):
                raise CommandError(
                    f"ledger broken: it differs from the anchor kept outside the database "
                    f"({seq}:{head_hash[:12]}…)"
                )
        anchors = f", {len(options['anchor'])} outside anchors matched" if options["anchor"] else ""
        path = options["anchor_file"]
        path = settings.LEDGER_ANCHOR_FILE if path is None else path
        if path:
            try:
                broken, missing = anchors_outside_check(path)
            except FileNotFoundError:
                broken, missing = [], [f"no anchor file at {path} yet"]
            except ValueError as error:
                raise CommandError(str(error)) from None
            if broken:
                raise CommandError(f"ledger broken: {broken[0]} ({count} rows checked)")
            for note in missing:
                self.stderr.write(self.style.WARNING(f"warning: {note}"))
            anchors += f", anchor file {path} matched"
        self.stdout.write(
            self.style.SUCCESS(
                f"ledger intact: {count} rows, every chain and the day sums verified{anchors}"
            )
        )
