"""Bounded input types of the API. The bounds are what the server enforces and what the
OpenAPI schema declares, so a client (and a fuzzer) learns them from the schema: an id beyond
64 bits or a page of a million rows is a 400 with the field named, never a server error."""

from __future__ import annotations

from typing import Annotated

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
