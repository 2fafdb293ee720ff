"""Sending text messages (one-time codes). Jinlin ships no gateway: a district plugs in its
own with ``SMS_BACKEND`` (a dotted path to a class with ``send(phone, text)``). The default
writes the message to the log and keeps it in ``outbox`` so a trial or a test can read it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from jinlin.core.personal import mask_phone

logger = logging.getLogger("jinlin.sms")
outbox: list[tuple[str, str]] = []


class Backend(Protocol):
    def send(self, phone: str, text: str) -> None: ...


class LogBackend:
    """Keeps messages in ``outbox``; logs them with every run of digits hidden unless DEBUG
    (a log is read by more people than the phone's owner: a one-time code stays secret)."""

    def send(self, phone: str, text: str) -> None:
        outbox.append((phone, text))
        del outbox[:-100]
        shown = text if settings.DEBUG else re.sub(r"\d{4,}", lambda m: "*" * len(m.group()), text)
        logger.warning("SMS to %s: %s", mask_phone(phone), shown)


class QuietBackend:
    """Keeps messages in ``outbox`` and sends nothing: for the demo's made-up phones."""

    def send(self, phone: str, text: str) -> None:
        outbox.append((phone, text))
        del outbox[:-100]


_override: list[Backend] = []


@contextmanager
def sending_with(backend: Backend) -> Iterator[None]:
    """Send through ``backend`` inside the block, whatever SMS_BACKEND says (the demo loader
    must not text the made-up phones of its residents, nor write over its progress bar)."""
    _override.append(backend)
    try:
        yield
    finally:
        _override.pop()


def available() -> bool:
    """Is there a gateway to send through (SMS_BACKEND)?"""
    return bool(_override or settings.SMS_BACKEND)


def send_sms(phone: str, text: str) -> None:
    """Send, or do nothing when no gateway is configured (callers that promise a message,
    such as a one-time code, ask ``available()`` first and say so)."""
    if not available():
        logger.info("no SMS_BACKEND: a message to %s was not sent", mask_phone(phone))
        return
    backend: Backend = _override[-1] if _override else import_string(settings.SMS_BACKEND)()
    backend.send(phone, text)
