from __future__ import annotations

import sys
import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import translation

from jinlin.core.progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Grow the demo district to a city with PostgreSQL's COPY: at --scale 1.0 3,000 "
        "communities, 10,000 units, 1,000,000 members, 10,000,000 ledger rows, 100,000 "
        "problems, 50,000 pairings (loads the demo district first when there is none)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0,
                            help="a share of the city (0.1: a tenth of every count)")  # fmt: skip
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args: Any, **options: Any) -> None:
        from jinlin.demo.city import CityLoader, counts, settle
        from jinlin.organizations.models import Organization

        scale = options["scale"]
        if not 0 < scale <= 10:
            raise CommandError(f"--scale {scale}: give a share of the city from 0 to 10")
        if connection.vendor != "postgresql":
            raise CommandError(
                "load_city loads with PostgreSQL's COPY: set DATABASE_URL=postgres://… "
                "(the embedded SQLite database holds the demo district, `jinlin load_demo`)"
            )
        district = Organization.objects.filter(kind="district").order_by("path").first()
        if district is None:
            call_command("load_demo", verbosity=options["verbosity"])
            district = Organization.objects.filter(kind="district").order_by("path").first()
        assert district is not None
        if Organization.objects.filter(code__startswith="CITY-").exists():
            raise CommandError(
                "A city is already loaded here; `jinlin load_demo --reset` empties the "
                "database for another"
            )
        target = counts(scale)
        self.stdout.write(
            f"Growing {district.name} to a city at scale {scale:g}: "
            + ", ".join(f"{n:,} {name}" for name, n in target.items())
        )
        started = time.monotonic()
        bar = ProgressBar(sys.stderr)
        # One transaction: a load that fails leaves the database as it was.
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            CityLoader(scale, bar, seed=options["seed"]).load(district)
        bar.close()
        if not connection.in_atomic_block:  # VACUUM cannot run in a transaction (a test's)
            self.stdout.write("VACUUM (ANALYZE) …")
            settle()
        self.stdout.write(self.style.SUCCESS(
            f"City loaded in {time.monotonic() - started:.0f}s; `jinlin verify_ledger` checks "
            "its ledger."
        ))  # fmt: skip
