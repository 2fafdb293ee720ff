"""Bounded input types of the API. The bounds are what the server enforces and what the
OpenAPI schema declares, so a client (and a fuzzer) learns them from the schema: an id beyond
64 bits or a page of a million rows is a 400 with the field named, never a server error."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from jinlin.api.pagination import MAX_PAGE_SIZE
from jinlin.core.urlconverters import MAX_ID_DIGITS

MAX_ID = 10**MAX_ID_DIGITS - 1

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PageNumber = Annotated[int, Field(ge=1, le=1_000_000)]
PageSize = Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE)]
Slots = Annotated[int, Field(ge=1, le=10_000)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]
Stars = Annotated[int, Field(ge=1, le=5)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
Hours = Annotated[float, Field(gt=0, le=24)]


def one_of(*values: str) -> Any:
    """``Annotated[str, one_of(...)]``: a text parameter whose values the schema lists (enum);
    the route still checks it and answers 400 for anything else ("" = no filter)."""
    return Field(json_schema_extra={"enum": list(values)})


def text(max_length: int) -> Any:
    """``Annotated[str, text(100)]``: required text, not empty, no longer than is kept."""
    return Field(min_length=1, max_length=max_length)
