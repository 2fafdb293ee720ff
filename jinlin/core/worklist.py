"""What waits on the person signed in: “3 members wait for your acceptance, 2 problems are
overdue”, each with a link to the list where the work is done.

Each app knows what waits in its own part (registrations, acceptances, problems, requests,
visits …) and registers a provider in its ``ready()``; the home pages show what all of them
return. Core knows no app: it only collects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Work:
    key: str  # stable, for tests and page anchors: "registrations", "acceptance" …
    count: int
    text: str  # translated, with the count in it
    url: str
    urgent: bool = False  # overdue or past a deadline: shown first, in red


Provider = Callable[[Any], Iterable[Work]]
_PROVIDERS: list[Provider] = []


def register(provider: Provider) -> Provider:
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def waiting_for(user: Any) -> list[Work]:
    """Everything that waits on the user, urgent first; nothing with a count of zero."""
    items = [item for provider in _PROVIDERS for item in provider(user) if item.count > 0]
    return sorted(items, key=lambda item: not item.urgent)
