"""The ledger's batch sealer as a thread of ``jinlin worker`` (``services.ledger_seal``).

Every ``LEDGER_SEAL_SECONDS`` it seals the rows written since its last round; a round with
nothing to seal is one look-up in the ``ledger_pending`` index. A fault (the database gone
for a while) is logged and the next round tries again: a waiting row stays in the table
until a round, an append to its chain, a check or an anchor seals it.
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)


def seal_round() -> int:
    from jinlin.service.services import ledger_seal

    try:
        return ledger_seal()
    except Exception:
        logger.exception("ledger sealer: the round failed; trying again")
        connection.close()
        return 0
    finally:
        connection.close_if_unusable_or_obsolete()


def start(stop: threading.Event | None = None) -> threading.Thread | None:
    """Run the sealer in a daemon thread until ``stop`` is set; none without a period."""
    every = float(settings.LEDGER_SEAL_SECONDS)
    if every <= 0:
        return None
    stop = stop or threading.Event()

    def run() -> None:
        while not stop.wait(every):
            seal_round()
        connection.close()

    thread = threading.Thread(target=run, name="ledger-sealer", daemon=True)
    thread.start()
    return thread
