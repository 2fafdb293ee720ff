"""Form fields the whole site shares."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

_UNSET: Any = object()


class ModelChoiceField(forms.ModelChoiceField):
    """Django's choice of a row, whose empty choice is a word, not Django's "---------":
    “请选择” where a choice must be made, “（无）” where it may be left empty."""

    def __init__(self, queryset: Any, *, empty_label: Any = _UNSET, **kwargs: Any) -> None:
        if empty_label is _UNSET:
            required = kwargs.get("required", True)
            empty_label = _("Choose…") if required else _("(none)")
        super().__init__(queryset, empty_label=empty_label, **kwargs)
