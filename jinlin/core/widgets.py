"""Form widgets for the browser's own date and time pickers.

An ``<input type="date">`` holds only ``YYYY-MM-DD`` (and ``datetime-local`` only
``YYYY-MM-DDTHH:MM``), whatever the page's language; Django's widgets would write the localized
form (``2026/11/25`` in zh-hans), which the browser drops, leaving the field blank. These write
the one form the input accepts. ``tests/test_widgets.py`` holds every form of the project to it.
"""

from __future__ import annotations

from typing import Any

from django import forms


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%H:%M")
