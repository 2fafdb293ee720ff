"""``jinlin worker``: run queued work (imports, exports, briefings, scheduled jobs).

Run one beside the web server (``./dev demo`` does; in production a systemd unit, see
README). On start it first takes back the tasks a lost worker left running (jinlin.core.jobs),
and starts the threads the apps run beside the queue (``settings.WORKER_THREADS``: the ledger's
batch sealer), stopped with it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError, connections
from django.utils.module_loading import import_string

from jinlin.core.jobs import recover_lost_tasks, worker_id
from jinlin.core.schedule import heartbeat, tick_queue
from jinlin.core.unavailable import cause_of

logger = logging.getLogger(__name__)
MAX_BACKOFF = 30.0


class Command(BaseCommand):
    help = "Run queued work (imports, exports, briefings, scheduled jobs)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument(
            "--max-tasks", type=int, default=None, help="stop after this many tasks"
        )
        parser.add_argument("--batch", action="store_true", help="stop when the queue is empty")

    def handle(self, *args: Any, **options: Any) -> None:
        """Run the queue; a fault outside the worker (the database gone or locked, a full
        disk, a lost connection) is waited out with backoff and logged, never a reason to
        exit. A stop asked for (SIGTERM, Ctrl-C) or a finished batch ends it."""
        delay = 1.0
        while True:
            try:
                self._run(options)
                return
            except (DatabaseError, OSError) as error:
                if not cause_of(error) and not isinstance(error, DatabaseError):
                    raise
                logger.warning("worker: %s; waiting %.0f s and trying again", error, delay)
                connections.close_all()
                time.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)

    def _run(self, options: dict[str, Any]) -> None:
        retried, failed = recover_lost_tasks()
        if retried or failed:
            self.stdout.write(f"lost tasks: {retried} queued again, {failed} failed")
        heartbeat()  # /readyz and the metrics see a worker at once, then each minute's tick
        # The scheduled jobs (reminders, daily escalation …): one tick chain on the queue.
        tick_queue(after=dt.timedelta(0))
        extra: dict[str, Any] = {}
        if options["max_tasks"]:
            extra["max_tasks"] = options["max_tasks"]
        stop = threading.Event()
        for path in settings.WORKER_THREADS:
            import_string(path)(stop)
        try:
            call_command(
                "db_worker",
                worker_id=worker_id(),
                interval=options["interval"],
                batch=options["batch"],
                reload=False,
                verbosity=options["verbosity"],
                **extra,
            )
        finally:
            stop.set()
