"""Choosing members from thousands: a search box instead of a list of every name.

A form field keeps its queryset (what may be chosen, validated as before) and gets a picker
widget: the page shows only the members already chosen and a search box; typing a name or the
last digits of a phone asks the field's search address for at most ``LIMIT`` matches, each
shown with what tells two people of the same name apart (phone tail, branch). The search
address is a view of the app that owns the rule (the community's care admins, the ordered
unit's admin), answering with ``picker_results`` over the same queryset the field validates.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from jinlin.core.http import parse_id
from jinlin.members.models import Member

LIMIT = 20


def search_members(queryset: QuerySet[Member], query: str) -> tuple[list[Member], bool]:
    """Members matching a name (or part of one) or a phone's last digits, by name; and
    whether there were more than ``LIMIT``."""
    query = (query or "").strip()[:50]
    if not query:
        return [], False
    digits = query.replace(" ", "").replace("-", "")
    if digits.isascii() and digits.isdigit():
        matches = queryset.filter(phone__endswith=digits)
    else:
        matches = queryset.filter(Q(name__contains=query))
    rows = list(matches.select_related("branch", "community").order_by("name", "pk")[: LIMIT + 1])
    return rows[:LIMIT], len(rows) > LIMIT


def describe(member: Member) -> str:
    """What tells two 侯晓 apart: the phone's last four digits, the branch, and where they
    live (a volunteer has no branch, some members no phone)."""
    parts = []
    if member.phone:
        parts.append(f"…{member.phone[-4:]}")
    if member.branch_id is not None and member.branch is not None:
        parts.append(member.branch.name)
    if member.community_id is not None and member.community is not None:
        parts.append(member.community.name)
    return " · ".join(parts)


def picker_results(request: HttpRequest, queryset: QuerySet[Member]) -> HttpResponse:
    """The fragment of matches for ``?q=``; the caller has already checked who may ask."""
    rows, more = search_members(queryset, request.GET.get("q", ""))
    return render(
        request,
        "members/_picker_results.html",
        {
            "rows": [(m, describe(m)) for m in rows],
            "more": more,
            "asked": bool(request.GET.get("q", "").strip()),
        },
    )


class MemberPicker(forms.Widget):
    """One member (``multiple = False``) or several; ``source_url`` is set by the form."""

    template_name = "members/_picker.html"
    multiple = False

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.source_url = ""
        self.queryset: QuerySet[Member] = Member.objects.none()

    def format_value(self, value: Any) -> list[str]:
        if value in (None, "", []):
            return []
        values = value if isinstance(value, (list, tuple)) else [value]
        return [str(getattr(v, "pk", v)) for v in values if str(getattr(v, "pk", v)).isdigit()]

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        # Anything that is not an id becomes a word the field refuses as "not a valid choice"
        # (an id past 64 bits would otherwise reach the database).
        def clean(raw: Any) -> Any:
            return raw if raw in (None, "") or parse_id(raw) is not None else "invalid"

        if self.multiple:
            raw = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
            return [clean(v) for v in raw] if isinstance(raw, list) else clean(raw)
        return clean(data.get(name))

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return False  # an empty picker means "nobody", not "unchanged"

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        ids = [int(v) for v in context["widget"]["value"]][:500]
        chosen = list(self.queryset.filter(pk__in=ids).select_related("branch")) if ids else []
        context["widget"].update(
            {
                "multiple": self.multiple,
                "source_url": self.source_url,
                "chosen": [(m, describe(m)) for m in chosen],
            }
        )
        return context


class MembersPicker(MemberPicker):
    multiple = True


def use_picker(form: forms.BaseForm, name: str, *, queryset: QuerySet[Member], url: str) -> None:
    """Let the form's member field choose from ``queryset`` through a search at ``url``."""
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = queryset
    multiple = isinstance(field, forms.ModelMultipleChoiceField)
    widget = MembersPicker() if multiple else MemberPicker()
    widget.source_url = url
    widget.queryset = queryset
    widget.is_required = field.required
    field.widget = widget


def picker_html(*, name: str, url: str, chosen: list[Member], multiple: bool = False) -> str:
    """A picker outside a Django form (a row's captain, a grid's members)."""
    return render_to_string(
        "members/_picker.html",
        {
            "widget": {
                "name": name,
                "multiple": multiple,
                "source_url": url,
                "chosen": [(m, describe(m)) for m in chosen],
                "attrs": {"id": f"pick-{name}"},
            }
        },
    )
