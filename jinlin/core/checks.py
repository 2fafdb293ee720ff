"""Jinlin's own checks for `jinlin check --deploy`, beside Django's."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def ledger_key_is_set(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.LEDGER_KEY_SET:
        return []
    return [
        Warning(
            "LEDGER_KEY is not set: the service ledger is sealed with a key derived from "
            "SECRET_KEY, so changing SECRET_KEY would make every row fail verification.",
            hint="Set LEDGER_KEY to a long random string and keep it as safely as SECRET_KEY.",
            id="jinlin.W001",
        )
    ]


@register(Tags.security, deploy=True)
def served_over_https(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.HTTPS:
        return []
    return [
        Warning(
            "HTTPS is not set: cookies may travel unencrypted and browsers are not told to "
            "keep to HTTPS.",
            hint="Serve Jinlin behind a TLS-terminating proxy and set HTTPS=true.",
            id="jinlin.W002",
        )
    ]
