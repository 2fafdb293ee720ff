"""What the crawl and permission-matrix tests request: every URL pattern of the site and every
operation of the API, each object-bearing one with objects of a small demo district in each of
their states, as every role.

Nothing here lists URLs. Pages are read from the URL resolver: a pattern's converters
(``<need:pk>``, ``<claim_decision:decision>``, see ``jinlin.core.urlconverters``) say which kind
of object or which words fill it. API operations are read from the OpenAPI schema; a path
parameter ``{need_id}`` is an object of kind ``need``. A new URL is crawled the moment it exists.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.apps import apps
from django.db.models import Model, Q
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from jinlin.core.urlconverters import OBJECT_KINDS, ObjectKind, choices_of, object_kind_of
from jinlin.members.access import scope_of
from jinlin.members.models import RoleAssignment
from jinlin.organizations.models import Organization

# Patterns the crawl does not request: the back office (its own test runs every admin form),
# the language switch and sign-out (they change the client, not a page), static media.
# The back office has its own crawl test; the operations endpoints (/healthz, /readyz whose
# 503 is an answer, /metrics) and the icon's redirect have theirs in test_health.
SKIPPED_PREFIXES = ("admin/", "i18n/", "signout/", "^media/", "api/", "healthz", "readyz",
                    "metrics", "favicon.ico")  # fmt: skip
UNIT_ADMIN = RoleAssignment.Role.UNIT_ADMIN
# Kinds members reach through their registration and their unit's partnerships.
SHARED_WITH_MEMBERS = frozenset({"need", "wish", "post"})
# Values that once gave 500s: quotes, huge and negative numbers, CR/LF, hex; a NUL character
# (PostgreSQL refuses it in any text, so no view may ever see one: every page must answer 400).
JUNK_VALUES = ("'", "9223372036854775808", "-1", "a\r\nb", "0x10", "a\x00b", "é", "NaN",
               "-Infinity", "0001-01-01", "9999-12-31")  # fmt: skip


@dataclass(frozen=True)
class Page:
    name: str
    route: str  # with {param} holes
    params: dict[str, Any]  # param -> ObjectKind | tuple of choices


def page_patterns() -> list[Page]:
    pages: list[Page] = []

    def walk(patterns: list[Any], prefix: str, converters: dict[str, Any]) -> None:
        for p in patterns:
            route = prefix + str(p.pattern)
            merged = {**converters, **getattr(p.pattern, "converters", {})}
            if isinstance(p, URLResolver):
                walk(p.url_patterns, route, merged)
            elif isinstance(p, URLPattern):
                if route.startswith(SKIPPED_PREFIXES):
                    continue
                params: dict[str, Any] = {}
                for name, conv in merged.items():
                    kind = object_kind_of(conv)
                    choices = choices_of(conv)
                    if kind is not None:
                        params[name] = kind
                    elif choices is not None:
                        params[name] = choices
                    else:
                        params[name] = None  # free text: the crawl fills in a word
                hole = re.sub(r"<(?:[^>:]+:)?([^>]+)>", r"{\1}", route)
                pages.append(Page(name=p.name or route, route="/" + hole, params=params))

    walk(get_resolver().url_patterns, "", {})
    return pages


def api_operations() -> list[tuple[str, str, dict[str, ObjectKind]]]:
    from jinlin.api.urls import api

    schema = api.get_openapi_schema()
    ops = []
    for path, methods in schema["paths"].items():
        for method in methods:
            kinds = {}
            for name in re.findall(r"{([^}]+)}", path):
                kind_name = name.removesuffix("_id")
                if kind_name not in OBJECT_KINDS:
                    raise AssertionError(
                        f"API path {path}: parameter {{{name}}} names no object kind; declare "
                        f"kind {kind_name!r} with register_object_kind() in its app's ready()."
                    )
                kinds[name] = OBJECT_KINDS[kind_name]
            ops.append((method.upper(), path, kinds))
    return ops


def _names_read(pattern: str) -> list[str]:
    names: set[str] = set()
    root = Path(__file__).resolve().parent.parent / "jinlin"
    for source in [*root.glob("*/views*.py"), *root.glob("*/views/*.py")]:
        names.update(re.findall(pattern, source.read_text()))
    return sorted(names)


ID_HELPERS = r"param_id\(request, |id_list\(request, "


def query_parameter_names() -> list[str]:
    """Every name a page reads from its query string, found in the views' source (directly,
    or through the helpers that read ids: param_id, id_list)."""
    return _names_read(rf"(?:request\.GET\.(?:get|getlist)\(|{ID_HELPERS})\s*\"([a-z_]+)\"")


def form_field_names() -> list[str]:
    """Every name a page reads from a posted form, found the same way."""
    return _names_read(rf"(?:request\.POST\.(?:get|getlist)\(|{ID_HELPERS})\s*\"([a-z_]+)\"")


# Objects ---------------------------------------------------------------------------------


@dataclass
class Sample:
    kind: ObjectKind
    obj: Model
    state: str
    paths: list[str]  # the paths of the organizations it lies in
    member_ids: set[int] = field(default_factory=set)
    user_ids: set[int] = field(default_factory=set)

    @property
    def url_value(self) -> Any:
        return getattr(self.obj, self.kind.field)

    @property
    def label(self) -> str:
        return f"{self.kind.name}#{self.obj.pk}({self.state})"


def _state(obj: Model) -> str:
    parts = []
    status = getattr(obj, "status", None)
    if isinstance(status, str):
        parts.append(status)
    starts, ends = getattr(obj, "starts_at", None), getattr(obj, "ends_at", None)
    if starts is not None and ends is not None:
        now = timezone.now()
        parts.append("before" if now < starts else "during" if now <= ends else "after")
    kind = getattr(obj, "kind", None)
    if isinstance(kind, str):
        parts.append(kind)
    return "/".join(parts) or "-"


def samples_of(
    kind: ObjectKind, communities: list[Organization], per_state: int = 1
) -> list[Sample]:
    model = apps.get_model(kind.model)
    out: list[Sample] = []
    for community in communities if kind.organizations else communities[:1]:
        q = Q() if kind.organizations else Q(pk__isnull=False)
        ancestors = [int(part) for part in community.path.strip("/").split("/")]
        for lookup in kind.organizations:
            if kind.above:  # a district's object: found through the community's ancestors
                q |= Q(**{f"{lookup}__in" if lookup else "pk__in": ancestors})
                continue
            field_path = f"{lookup}__path__startswith" if lookup else "path__startswith"
            q |= Q(**{field_path: community.path})
        rows = model.objects.filter(q, **kind.limit).distinct().order_by("-pk")[:400]
        seen: dict[str, int] = {}
        for obj in rows:
            state = _state(obj)
            if seen.get(state, 0) >= per_state:
                continue
            seen[state] = seen.get(state, 0) + 1
            out.append(describe(kind, obj, state))
    return out


def describe(kind: ObjectKind, obj: Model, state: str = "") -> Sample:
    model = type(obj)
    paths: list[str] = []
    for lookup in kind.organizations:
        column = f"{lookup}__path" if lookup else "path"
        paths += [p for p in model.objects.filter(pk=obj.pk).values_list(column, flat=True) if p]
    member_ids: set[int] = set()
    if kind.member:
        member_ids = {
            m for m in model.objects.filter(pk=obj.pk).values_list(kind.member, flat=True) if m
        }
    user_ids: set[int] = set()
    if kind.user:
        user_ids = {
            u for u in model.objects.filter(pk=obj.pk).values_list(kind.user, flat=True) if u
        }
    return Sample(
        kind=kind,
        obj=obj,
        state=state or _state(obj),
        paths=paths,
        member_ids=member_ids,
        user_ids=user_ids,
    )


# Roles -----------------------------------------------------------------------------------


@dataclass
class Role:
    name: str
    user: Any  # None for anonymous

    def foreign_to(self, sample: Sample) -> bool:
        """Whether this role must be refused the object: it lies wholly outside the role's
        organizations and, when it is personal, belongs to somebody else."""
        if sample.kind.capability:
            return False
        if self.user is None:
            return True
        scope = scope_of(self.user)
        if scope.superuser:
            return False
        if sample.kind.user:
            return self.user.pk not in sample.user_ids
        if scope.member_id is not None and (
            scope.member_id in sample.member_ids
            or (sample.kind.name == "member" and sample.obj.pk == scope.member_id)
        ):
            return False
        if scope.grants:
            if any(p.startswith(g.path) for p in sample.paths for g in scope.grants):
                return False
            if sample.kind.below and any(
                g.path.startswith(p) for p in sample.paths for g in scope.grants
            ):
                return False  # a rule of an organization above, read by those beneath it
            # A unit reaches its partner communities' needs and claims by partnership; those
            # rules have their own tests.
            return not scope.has_role(UNIT_ADMIN)
        # Needs, wishes and posts reach members through registrations and partner units;
        # those rules are tested elsewhere.
        return sample.kind.name not in SHARED_WITH_MEMBERS


def fill(route: str, values: dict[str, Any]) -> str:
    return route.format(**values)


def iterate_fillings(
    page: Page, samples: dict[str, list[Sample]], every_word: bool = False
) -> Iterator[tuple[str, Sample | None]]:
    """Every URL of the pattern: one per sample of its object kind, with the first choice word
    for choice parts, or with each word (``every_word``: every figure's list, every format)."""
    object_params = [n for n, v in page.params.items() if isinstance(v, ObjectKind)]
    bases: list[dict[str, Any]] = [{}]
    for name, value in page.params.items():
        if isinstance(value, tuple):
            words = value if every_word else value[:1]
            bases = [{**b, name: word} for b in bases for word in words]
        elif value is None:
            bases = [{**b, name: "x"} for b in bases]
    if not object_params:
        for base in bases:
            yield fill(page.route, base), None
        return
    assert len(object_params) == 1, f"{page.route}: one object per URL is all the crawl knows"
    name = object_params[0]
    kind = page.params[name]
    for sample in samples[kind.name]:
        for base in bases:
            yield fill(page.route, {**base, name: sample.url_value}), sample


# Reading a request's data ------------------------------------------------------------------

# Modules whose reads of every request's data are not a page's own: Django building the data
# (and a read method calling another), and the NUL refusal reading all of it on every request
# (the junk crawl sends NUL to every page regardless).
_FRAMEWORK_READERS = frozenset({"django.utils.datastructures", "django.http.request",
                                "django.http.multipartparser", "django.middleware.csrf",
                                "jinlin.core.nul"})  # fmt: skip
_READ_BY_NAME = ("__getitem__", "__contains__", "get", "getlist")
_READ_WHOLE = ("__iter__", "__len__", "items", "lists", "values", "keys", "dict", "copy",
               "__copy__", "__deepcopy__", "urlencode")  # fmt: skip


class DataReads:
    """What anything but the framework read of a request's query or form data (or its raw body)
    while active: every way a view, a form or a template reads a ``QueryDict``, including asking
    whether it is empty (``touched``), and the names it asked for, present or not (``names``).
    A page that read nothing of the data it was sent behaves the same whatever the data holds."""

    def __init__(self) -> None:
        self.touched = False
        self.names: set[str] = set()
        self._saved: list[tuple[type, str, Any]] = []

    def _noting(self, original: Any, by_name: bool) -> Any:
        def read(data: Any, *args: Any, **kwargs: Any) -> Any:
            if sys._getframe(1).f_globals.get("__name__", "") not in _FRAMEWORK_READERS:
                self.touched = True
                if by_name and args and isinstance(args[0], str):
                    self.names.add(args[0])
            return original(data, *args, **kwargs)

        return read

    def __enter__(self) -> DataReads:
        from django.http import HttpRequest, QueryDict

        for name in (*_READ_BY_NAME, *_READ_WHOLE):
            self._saved.append((QueryDict, name, vars(QueryDict).get(name)))
            setattr(QueryDict, name, self._noting(getattr(QueryDict, name), name in _READ_BY_NAME))
        body = HttpRequest.body
        self._saved.append((HttpRequest, "body", body))
        HttpRequest.body = property(self._noting(body.fget, False))  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        for cls, name, original in reversed(self._saved):
            if original is None:
                delattr(cls, name)
            else:
                setattr(cls, name, original)
        self._saved.clear()
