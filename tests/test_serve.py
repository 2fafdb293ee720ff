"""`jinlin serve` runs the production server (granian, or gunicorn) on the given address."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.management.base import CommandError

from jinlin.core.management.commands.serve import defaults, server_argv

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


CLI = [sys.executable, "-m", "jinlin.cli"]


@pytest.fixture(scope="module")
def served_env(tmp_path_factory):
    """A production environment with its database migrated, once for both servers."""
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL"}}
    env.update(
        SECRET_KEY="s" * 50,
        JINLIN_DATA_DIR=str(tmp_path_factory.mktemp("served")),
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    subprocess.run([*CLI, "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=120)
    return env


@pytest.mark.parametrize("server", ["granian", "gunicorn"])
def test_serve_answers_on_the_bound_address(served_env, server):
    env, cli = served_env, CLI
    port = _free_port()
    server = subprocess.Popen(
        [*cli, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--server", server],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = ""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/signin/", timeout=5) as r:
                    body = r.read().decode()
                    break
            except OSError:
                time.sleep(0.3)
        assert "近邻" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/vendor/htmx.min.js") as r:
            assert r.status == 200  # static files served without collectstatic
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/auth/token",
            data=b'{"username": "nobody", "password": "wrong-password"}',
            headers={"Content-Type": "application/json"},
        )
        try:
            urllib.request.urlopen(request, timeout=10)
            raise AssertionError("a wrong password was let in")
        except urllib.error.HTTPError as refused:
            assert refused.code == 401  # a POST's body reached the application
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    ("cores", "granian", "gunicorn"),
    [(1, (1, 2), (3, 4)), (2, (2, 2), (5, 4)), (4, (4, 4), (9, 4)), (16, (16, 8), (33, 4))],
)
def test_the_servers_default_settings(monkeypatch, cores, granian, gunicorn):
    # granian: a worker per core, as many threads as cores, at least 2 and at most 8
    # (measured: README, 26th and 27th passes).
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert defaults("granian") == granian
    assert defaults("gunicorn") == gunicorn


def test_serve_command_lines():
    granian = server_argv("granian", bind="[::1]:8080", workers=3, threads=6)
    assert granian[1:3] == ["-m", "granian"]
    assert granian[granian.index("--host") + 1] == "::1"
    assert granian[granian.index("--port") + 1] == "8080"
    assert granian[granian.index("--blocking-threads") + 1] == "6"
    assert "--access-log" in granian and granian[-1] == "config.wsgi:application"
    on_socket = server_argv("granian", bind="unix:/run/jinlin.sock")
    assert on_socket[on_socket.index("--uds") + 1] == "/run/jinlin.sock"
    gunicorn = server_argv("gunicorn", bind="0.0.0.0:8000", workers=2, app="x:y")
    assert gunicorn[2:5] == ["gunicorn", "x:y", "--bind"]
    assert gunicorn[gunicorn.index("--threads") + 1] == "4"  # its default
    for bad in ["8000", "localhost:", ":8000", "host:port"]:
        with pytest.raises(CommandError, match="HOST:PORT"):
            server_argv("granian", bind=bad)
    with pytest.raises(CommandError, match="choose one of"):
        server_argv("uwsgi", bind="127.0.0.1:8000")
