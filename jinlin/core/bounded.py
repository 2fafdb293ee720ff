"""Running a parser of untrusted files with bounded memory and time.

A file can be built to make its parser allocate without end (one spreadsheet cell at
XFD1048576 asks for 17 billion cells) or loop for long. Such a parse is run in a child
process (forked: it shares the code already loaded, and touches no database) under an
address-space limit and a deadline; if the child runs out of either, or dies, the caller gets
``BoundedRunFailed`` naming which, and the process that asked — a worker, a web server —
carries on.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import resource
import signal
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
MB = 1024 * 1024


class BoundedRunFailed(Exception):
    """The child ran out of memory (``reason`` "memory") or time ("time"), or died ("died")."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def _address_space() -> int:
    """This process's virtual size now, in bytes (the child's limit is counted above it)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _child(
    sender: Any, fn: Callable[..., Any], args: tuple[Any, ...], memory: int, seconds: int
) -> None:
    code = 0
    os.environ["RUST_BACKTRACE"] = "0"  # a native parser's abort: one line, not a backtrace
    faulthandler.disable()  # nor the Python stack of a child that ran out of memory
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
        try:
            sender.send(("ok", fn(*args)))
        except MemoryError:
            sender.send(("memory", ""))
        except BaseException as error:  # the parser's own error travels back to be raised
            try:
                sender.send(("error", error))
            except Exception:
                sender.send(("died", traceback.format_exc(limit=3)))
    except BaseException:
        code = 1
    finally:
        # No cleanup of what the parent owns (database connections, temporary files).
        os._exit(code)


def run_bounded(fn: Callable[..., T], *args: Any, memory_mb: int, seconds: int) -> T:
    """``fn(*args)`` in a child process with at most ``memory_mb`` more memory than this
    process and ``seconds`` of time; its result (or its exception) as if called here."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    memory = _address_space() + memory_mb * MB
    child = context.Process(target=_child, args=(sender, fn, args, memory, seconds), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise BoundedRunFailed("time")
        try:
            kind, payload = receiver.recv()
        except (EOFError, OSError):
            child.join(5)
            code = child.exitcode
            if code == -signal.SIGXCPU:
                raise BoundedRunFailed("time") from None
            # Out of address space, a native parser aborts (SIGABRT) or faults.
            raise BoundedRunFailed("memory", f"exit {code}") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if kind == "ok":
        return payload
    if kind == "error":
        raise payload
    raise BoundedRunFailed(kind, payload)
