from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run Jinlin with the production server (gunicorn)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="HOST:PORT")
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("JINLIN_WORKERS", "0") or 0),
            help="worker processes (default: 2 × CPU cores + 1)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("JINLIN_THREADS", "4")),
            help="threads per worker",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from gunicorn.app.wsgiapp import run

        workers = options["workers"] or (os.cpu_count() or 1) * 2 + 1
        sys.argv = [
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            options["bind"],
            "--workers",
            str(workers),
            "--threads",
            str(options["threads"]),
            "--worker-class",
            "gthread",
            "--access-logfile",
            "-",
            "--timeout",
            "120",
            # An idle kept-alive connection stays open longer than a proxy keeps its own
            # (nginx: 60 s, docs/deploy/nginx.conf), so the proxy always closes first and never
            # sends a request down a connection the server is closing (a 502 for a POST).
            "--keep-alive",
            "75",
        ]
        run()
