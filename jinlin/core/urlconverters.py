"""Path converters that say what the parts of a URL are.

``<need:pk>`` instead of ``<int:pk>``: the id is bounded (at most 18 digits, so it always fits a
64-bit column and an oversized id is a 404, never a database overflow), and the URL says which
kind of object it names. The kinds are declared once, here, with the organizations an object
belongs to and the member it is personal to; the crawl and permission-matrix tests read these
declarations to request every object-bearing URL with objects in and out of each role's scope,
so a new URL is tested the moment it is added.

``<registration_decision:decision>`` names the few words a URL part may be; anything else is a
404 before the view runs.

The models are named by label, not imported: core knows no domain app.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.urls import register_converter

MAX_ID_DIGITS = 18  # 10**18 - 1 < 2**63 - 1


@dataclass(frozen=True)
class ObjectKind:
    """What an id in a URL points at.

    ``organizations``: lookups from the object to the organizations whose scope it lies in
    ("" is the object itself). ``member`` / ``user``: the lookup to the member or the account
    it is personal to, if any. ``limit``: the filter that makes a row of ``model`` a valid
    object of this kind. ``field``: the model field the URL part holds (``pk`` unless the URL
    carries a token). ``capability``: the URL part is itself the credential (a tracking link
    handed to a resident), so whoever holds it may open it. ``above``: the object belongs to an
    organization above the communities (a district's plan), so the crawl finds one through the
    communities' ancestors. ``below``: the object applies to the organizations beneath its own
    (a district's rating rule), so their admins read it too.
    """

    name: str
    model: str
    organizations: tuple[str, ...]
    member: str = ""
    user: str = ""
    limit: dict[str, Any] = field(default_factory=dict)
    field: str = "pk"
    capability: bool = False
    above: bool = False
    below: bool = False


OBJECT_KINDS: dict[str, ObjectKind] = {}
CHOICES: dict[str, tuple[str, ...]] = {}


ID_REGEX = f"[0-9]{{1,{MAX_ID_DIGITS}}}"
UUID_REGEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


class _ObjectId:
    regex = ID_REGEX
    kind: ObjectKind

    def to_python(self, value: str) -> Any:
        if self.regex == ID_REGEX:
            return int(value)
        if self.regex == UUID_REGEX:
            return uuid.UUID(value)
        return value

    def to_url(self, value: Any) -> str:
        return str(value)


class _Choice:
    regex: str
    choices: tuple[str, ...]

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: Any) -> str:
        return str(value)


def register_object_kind(
    name: str,
    model: str,
    *,
    organizations: tuple[str, ...],
    member: str = "",
    user: str = "",
    limit: dict[str, Any] | None = None,
    field: str = "pk",
    regex: str = ID_REGEX,
    capability: bool = False,
    above: bool = False,
    below: bool = False,
) -> None:
    if name in OBJECT_KINDS:
        return
    kind = ObjectKind(
        name=name,
        model=model,
        organizations=organizations,
        member=member,
        user=user,
        limit=limit or {},
        field=field,
        capability=capability,
        above=above,
        below=below,
    )
    OBJECT_KINDS[name] = kind
    converter = type(f"{name.title()}Id", (_ObjectId,), {"kind": kind, "regex": regex})
    register_converter(converter, name)


def register_choice(name: str, *choices: str) -> None:
    if name in CHOICES:
        return
    CHOICES[name] = choices
    regex = "|".join(sorted(choices, key=len, reverse=True))
    register_converter(
        type(f"{name.title()}Choice", (_Choice,), {"regex": f"(?:{regex})", "choices": choices}),
        name,
    )


def object_kind_of(converter: Any) -> ObjectKind | None:
    return getattr(converter, "kind", None)


def choices_of(converter: Any) -> tuple[str, ...] | None:
    return getattr(converter, "choices", None)
