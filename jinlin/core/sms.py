"""Sending text messages (one-time codes). Jinlin ships no gateway: a district plugs in its
own with ``SMS_BACKEND`` (a dotted path to a class with ``send(phone, text)``). The default
writes the message to the log and keeps it in ``outbox`` so a trial or a test can read it."""

from __future__ import annotations

import logging
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from jinlin.core.personal import mask_phone

logger = logging.getLogger("jinlin.sms")
outbox: list[tuple[str, str]] = []


class Backend(Protocol):
    def send(self, phone: str, text: str) -> None: ...


class LogBackend:
    def send(self, phone: str, text: str) -> None:
        outbox.append((phone, text))
        del outbox[:-100]
        logger.warning("SMS to %s: %s", mask_phone(phone), text)


def send_sms(phone: str, text: str) -> None:
    backend: Backend = import_string(settings.SMS_BACKEND)()
    backend.send(phone, text)
