"""`jinlin serve`: Jinlin under its production server.

Two servers are offered, chosen by measurement (#21, README's Performance section):

- ``granian`` (the default): a Rust HTTP server calling the WSGI application from a pool of
  threads in each worker process. Its HTTP parsing and connection handling cost the two
  cores far less than gunicorn's Python loop: on the benchmarks' bare one-INSERT view it
  answered 1.5 × gunicorn's requests a second, a burst of scans 1.25–1.3 ×, a claim storm
  1.3–1.4 ×. Defaults: one worker per core, as many threads each as cores, at least 2 and
  at most 8 (on two cores 2 threads: with 3 a storm's claims cost PostgreSQL half as much
  again, with 5 more still, and 8 answered 6 % fewer scans than 5; README, twenty-seventh,
  twenty-sixth and eleventh passes).
- ``gunicorn`` (gthread workers, 2 × cores + 1 workers × 4 threads), as before.

Both log every request, keep a proxy's idle connections open longer than
the proxy keeps them (nginx closes first, never sending a request down a connection the
server is closing), and start again a worker that died.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

SERVERS = ("granian", "gunicorn")


def _address(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8000`` for IPv6) as host and port."""
    host, sep, port = bind.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise CommandError(f"--bind {bind!r}: expected HOST:PORT, such as 127.0.0.1:8000")
    return host.strip("[]"), int(port)


APPLICATION = "config.wsgi:application"


def defaults(server: str) -> tuple[int, int]:
    """(workers, threads) when not given: measured best on the benchmarks (README)."""
    cores = os.cpu_count() or 1
    if server == "granian":
        # A thread holds a database connection of its own. With PostgreSQL on the same two
        # cores, 5 threads a worker cost PostgreSQL 0.34–0.42 ms a storm's claim, 3 threads
        # 0.26–0.33 on a fast night (README, twenty-sixth pass), and on a slower one 3
        # threads 0.40–0.53 ms, 2 threads 0.31–0.36 (twenty-seventh): more transactions at
        # once than the cores run, on the same needs' rows. One Python thread of a worker
        # runs at a time; the others wait on the database. Never fewer than 2, so that one
        # slow call does not hold a lone worker's every request.
        return cores, max(2, min(cores, 8))
    return cores * 2 + 1, 4


def server_argv(
    server: str, *, bind: str, workers: int = 0, threads: int = 0, app: str = APPLICATION
) -> list[str]:
    """The command line of ``server`` serving the WSGI ``app`` (the benchmarks serve their
    floor by it too, so that both are served alike)."""
    if server not in SERVERS:
        raise CommandError(f"server {server!r}: choose one of {', '.join(SERVERS)}")
    default_workers, default_threads = defaults(server)
    workers, threads = workers or default_workers, threads or default_threads
    if server == "gunicorn":
        return [
            sys.executable, "-m", "gunicorn", app, "--bind", bind,
            "--workers", str(workers), "--threads", str(threads), "--worker-class", "gthread",
            "--access-logfile", "-", "--timeout", "120",
            # An idle kept-alive connection stays open longer than a proxy keeps its own
            # (nginx: 50 s, docs/deploy/nginx.conf), so the proxy always closes first and
            # never sends a request down a connection the server is closing (a 502).
            "--keep-alive", "75",
        ]  # fmt: skip
    if bind.startswith("unix:"):
        where = ["--uds", bind.removeprefix("unix:")]
    else:
        host, port = _address(bind)
        where = ["--host", host, "--port", str(port)]
    return [
        sys.executable, "-m", "granian", "--interface", "wsgi", *where,
        "--workers", str(workers), "--blocking-threads", str(threads),
        "--no-ws", "--access-log", "--respawn-failed-workers",
        # An idle kept-alive connection is closed after this (granian's longest, 60 s);
        # nginx closes its own first (50 s, docs/deploy/nginx.conf).
        "--http1-header-read-timeout", "60000",
        "--workers-kill-timeout", "30",
        app,
    ]  # fmt: skip


class Command(BaseCommand):
    help = "Run Jinlin with the production server (granian, or gunicorn)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="HOST:PORT, or unix:PATH")
        parser.add_argument(
            "--server",
            choices=SERVERS,
            default=os.environ.get("JINLIN_SERVER") or "granian",
            help="the HTTP server (default granian; env JINLIN_SERVER)",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("JINLIN_WORKERS", "0") or 0),
            help="worker processes (default: granian one per CPU core, gunicorn 2 × cores + 1)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("JINLIN_THREADS", "0") or 0),
            help="threads per worker (default: granian one per core, 2 to 8; gunicorn 4)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        server = options["server"]
        argv = server_argv(
            server, bind=options["bind"], workers=options["workers"], threads=options["threads"]
        )
        # The application is built here, once, and every worker forked from this process
        # starts with it (a worker importing Django on its own took seconds on two cores
        # while its siblings did the same, and the first requests waited for them).
        import config.wsgi  # noqa: F401

        sys.stdout.flush()
        if server == "granian":
            from granian.cli import cli

            cli.main(args=argv[3:], prog_name="granian")
        else:
            from gunicorn.app.wsgiapp import run

            sys.argv = argv[2:]
            run()
