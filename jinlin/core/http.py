"""Small helpers for views: htmx detection, pagination, turning ServiceErrors into forms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

from jinlin.core.errors import ServiceError


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def paginate(request: HttpRequest, queryset: QuerySet[Any] | list[Any], per_page: int = 50) -> Page:
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get("page"))


def add_service_error(form: forms.Form, error: ServiceError) -> None:
    """Attach a service's refusal to the form: on each field it names, else on the form."""
    placed = False
    for field, message in error.fields.items():
        if field in form.fields:
            form.add_error(field, message)
            placed = True
    if not placed or error.message not in error.fields.values():
        form.add_error(None, error.message)


def set_choices_queryset(form: forms.Form, name: str, queryset: QuerySet[Any]) -> None:
    """Narrow a model-choice field's queryset (typed, unlike assigning to Field)."""
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = queryset
