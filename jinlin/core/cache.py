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
