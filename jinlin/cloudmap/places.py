"""What 党群云图 reads of each community: plain rows, not model instances.

A city's reader sees 3,000 communities; Django makes a model instance in about 9 µs, which was
a quarter of the map's time. The map, its table, its shapes and its API read a community's id,
name, code, path, street and centre, and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jinlin.organizations.models import Organization


@dataclass(frozen=True, slots=True)
class Street:
    pk: int
    name: str


@dataclass(frozen=True, slots=True)
class Community:
    pk: int
    name: str
    code: str
    path: str
    parent_id: int | None
    parent: Street | None
    longitude: Decimal | None
    latitude: Decimal | None


# A community as the map's functions take it: read for the map, or a whole organization.
Place = Community | Organization
