"""The file cache a server without Redis shares between its workers.

Django's ``FileBasedCache`` lists its whole folder on every ``set`` to decide whether to cull
(``_cull``). The folder holds an entry per signed-in phone (the token cache,
``jinlin.api.security``) and keeps expired entries until they are culled or read, so at a
district's size every first call of a phone paid for listing tens of thousands of files: 48 ms
at 50,000 entries on this project's machine, against well under a millisecond for the rest of
the call (#21). Here a worker process counts the folder at most once every ``CULL_SECONDS``
(default 60), culling as Django does when it is full; between counts the folder can hold more
than ``MAX_ENTRIES`` by the entries written in that time.
"""

from __future__ import annotations

import glob
import os
from time import monotonic
from typing import Any

from django.core.cache.backends.filebased import FileBasedCache

# When this process last counted each folder (Django makes a cache object per thread).
_counted_at: dict[str, float] = {}


class FileCache(FileBasedCache):
    def __init__(self, dir: str, params: dict[str, Any]) -> None:
        super().__init__(dir, params)
        self._cull_seconds = float(params.get("OPTIONS", {}).get("CULL_SECONDS", 60))

    def _cull(self) -> None:
        now = monotonic()
        folder = self._dir  # type: ignore[attr-defined]
        last = _counted_at.get(folder)
        if last is not None and now - last < self._cull_seconds:
            return
        _counted_at[folder] = now
        super()._cull()  # type: ignore[misc]

    def stamp(self, name: str) -> tuple[int, int, int]:
        """The stamp ``name`` (its file's device, inode and size): the same in every process
        of this host until a ``bump`` of it, and never the same again after one."""
        path = _stamp_path(self._dir, name)  # type: ignore[attr-defined]
        try:
            found = os.stat(path)
        except FileNotFoundError:
            self._createdir()  # type: ignore[attr-defined]
            with open(path, "ab"):
                pass  # created empty: its inode tells this folder's stamp from another's
            found = os.stat(path)
        return (found.st_dev, found.st_ino, found.st_size)

    def bump(self, name: str) -> None:
        self._createdir()  # type: ignore[attr-defined]
        with open(_stamp_path(self._dir, name), "ab") as stamp:  # type: ignore[attr-defined]
            stamp.write(b".")

    def clear(self) -> None:
        """Every entry dropped, and so every stamp bumped."""
        super().clear()
        for name in glob.glob(f"*{STAMP}", root_dir=self._dir):  # type: ignore[attr-defined]
            self.bump(name.removesuffix(STAMP))


# A process's own copies of what it read from this cache ------------------------------------
#
# Reading an entry from the folder is a file's open, read, decompress and unpickle: under a
# claim storm the token's look-up was 7–10 % of a worker's interpreter time (#21, py-spy
# --gil). A process may keep its own copy of an entry as long as nothing has been dropped from
# the folder since it read it. Every drop a copy must not outlive (``bump``) appends a byte to
# a file beside the entries, and ``stamp`` is that file's device, inode and size: one
# ``stat``, the same in every process of the host, and never the same again after a bump (the
# file only grows; it is not a cache entry, so culling leaves it, and ``clear`` bumps it).


STAMP = ".stamp"


def _stamp_path(folder: str, name: str) -> str:
    return os.path.join(folder, name + STAMP)


def stamp_of(cache: Any, name: str) -> tuple[int, int, int] | None:
    """``name``'s stamp in ``cache``; ``None`` when that cache keeps none (Redis is shared by
    hosts, whose processes could not see one another's bumps; the tests' memory cache is the
    process's own already): then a process keeps no copies of it."""
    cache = _backend(cache)
    if not isinstance(cache, FileCache):
        return None
    return cache.stamp(name)


def bump(cache: Any, name: str) -> None:
    """Bump ``name``'s stamp in ``cache`` (nothing where it keeps none)."""
    cache = _backend(cache)
    if isinstance(cache, FileCache):
        cache.bump(name)


def _backend(cache: Any) -> Any:
    """The backend itself behind ``django.core.cache.cache`` (a proxy to this thread's)."""
    from django.core.cache import DEFAULT_CACHE_ALIAS, caches
    from django.core.cache import cache as default

    return caches[DEFAULT_CACHE_ALIAS] if cache is default else cache
