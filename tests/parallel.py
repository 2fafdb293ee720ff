"""Real parallel HTTP requests against pytest-django's live server."""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def call(
    base: str, method: str, path: str, body: Any = None, token: str | None = None
) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{base}{path}", data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw)
        except ValueError:
            return error.code, raw.decode(errors="replace")


def token_for(base: str, username: str, password: str) -> str:
    status, body = call(
        base, "POST", "/api/v1/auth/token", {"username": username, "password": password}
    )
    assert status == 200, body
    return body["token"]


# PostgreSQL allows 100 connections and the live server opens one for each request it
# serves at once: a burst of 60 can hold 60. Two test processes (xdist) bursting at the same
# moment could run the server out of connections and see errors that are not the code's (two
# 60-request bursts failed so once, on a run that split their module over both processes).
# So a burst waits for any other process's burst to end: they are seconds long.
_BURSTS = Path(tempfile.gettempdir()) / f"jinlin-test-bursts-{os.getuid()}.lock"


@contextmanager
def _one_burst_at_a_time() -> Iterator[None]:
    with _BURSTS.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def in_parallel(jobs: list[Any], workers: int = 20) -> list[Any]:
    with _one_burst_at_a_time(), ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(job) for job in jobs]
        return [f.result() for f in futures]
