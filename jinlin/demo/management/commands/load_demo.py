from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from jinlin.core.progress import ProgressBar
from jinlin.core.sms import QuietBackend, sending_with
from jinlin.core.sql import analyze
from jinlin.demo.generator import DEMO_PASSWORD, demo_build, demo_loaded
from jinlin.demo.history import demo_live_scene_renew


class Command(BaseCommand):
    help = "Load the demo district (a Jimei-like district); every demo account's password is demo."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=2020)
        parser.add_argument("--members", type=int, default=6000)
        parser.add_argument(
            "--no-history", action="store_true", help="skip the year of needs and service"
        )
        parser.add_argument(
            "--reset", action="store_true", help="empty the database first (deletes everything)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["reset"]:
            call_command("flush", interactive=False, verbosity=0)
            # The anchors of the ledger just emptied belong to it, not to the new one.
            kept = Path(settings.LEDGER_ANCHOR_FILE) if settings.LEDGER_ANCHOR_FILE else None
            if kept is not None and kept.exists():
                aside = kept.with_name(f"{kept.stem}.before-{int(time.time())}{kept.suffix}")
                kept.rename(aside)
                self.stdout.write(f"The old ledger's anchors were moved to {aside}.")
        elif demo_loaded():
            self.stdout.write("The demo district is already loaded (use --reset to rebuild it).")
            if demo_live_scene_renew() is not None:
                self.stdout.write(
                    "The need happening now for `member` had ended: a new one starts now."
                )
            return
        started = time.monotonic()
        bar = ProgressBar(sys.stderr)
        # The demo's residents have made-up phones: their texts stay in the outbox, unsent
        # and unlogged (a log line would also land inside the progress bar).
        with sending_with(QuietBackend()):
            summary = demo_build(
                seed=options["seed"],
                members=options["members"],
                history=not options["no_history"],
                progress=bar,
            )
        analyze()
        bar.close()
        regs = summary.registrations
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo district loaded in {time.monotonic() - started:.1f}s: "
                f"{summary.streets} streets and towns, {summary.communities} communities and "
                f"villages, {summary.units} units, {summary.branches} party branches, "
                f"{summary.members} members, {summary.partnerships} partnerships, "
                f"{regs.get('member_confirmed', 0)} member registrations confirmed "
                f"({regs.get('member_pending', 0)} pending)."
            )
        )
        if summary.history:
            h = summary.history
            self.stdout.write(
                f"A year of history: {h['needs']} needs, {h['claims']} claims, "
                f"{h['records']} service records in the ledger."
            )
        if summary.care:
            c = summary.care
            self.stdout.write(
                f"Care: {c['teams']} teams, {c['entrances']} entrances in {c['buildings']} "
                f"buildings, {c['households']} households paired ({c['visits']} visits), "
                f"{c['points']} service points, {c['zones']} zones."
            )
        if summary.oversight:
            o = summary.oversight
            self.stdout.write(
                f"Oversight: {o['rounds']} rounds, {o['findings']} findings, {o['problems']} "
                f"problems, {o['self']} branch self-inspections."
            )
        if summary.standing:
            s = summary.standing
            self.stdout.write(
                f"Standing service: {s['requests']} residents' requests ({s['ratings']} rated), "
                f"{s['wishes']} small wishes ({s['wishes_fulfilled']} fulfilled), "
                f"{s['posts']} posts, {s['grids']} grids, {s['reports']} service reports, "
                f"{s['evaluations']} evaluations."
            )
        named = [a for a in summary.accounts if not a.startswith("m0")]
        self.stdout.write(
            f"Accounts (password {DEMO_PASSWORD}): {', '.join(named)}, m0001 … m0200."
        )
