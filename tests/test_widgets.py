"""Every date, date-time and time field of every form writes the one value its browser input
holds, in every language: a localized date (2026/11/25 in zh-hans) leaves the input blank."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest
from django import forms
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent / "jinlin"
SAMPLE = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
ISO = {
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "datetime-local": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"),
    "time": re.compile(r"^\d{2}:\d{2}$"),
}


def _all_form_classes() -> list[type[forms.BaseForm]]:
    for path in ROOT.glob("*/forms.py"):
        importlib.import_module(f"jinlin.{path.parent.name}.forms")
    found, stack = [], [forms.Form, forms.ModelForm]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("jinlin."):
                found.append(sub)
    return found


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_date_input_holds_an_iso_value(language):
    checked, wrong = 0, []
    with translation.override(language):
        for form_class in _all_form_classes():
            for name, field in form_class.base_fields.items():
                widget = field.widget
                kind = getattr(widget, "input_type", None)
                dated = isinstance(field, (forms.DateField, forms.DateTimeField, forms.TimeField))
                if dated and kind not in ISO:
                    wrong.append(f"{form_class.__name__}.{name}: input type {kind!r}")
                    continue
                if kind not in ISO:
                    continue
                value = widget.format_value(SAMPLE.date() if kind == "date" else SAMPLE)
                checked += 1
                if not ISO[kind].match(str(value)):
                    wrong.append(f"{form_class.__name__}.{name}: {value!r}")
    assert checked >= 3
    assert wrong == []


def test_the_visit_date_is_filled_in_on_a_chinese_page(cast, as_user):
    from tests.care_helpers import household, pairing

    paired = pairing(cast, household(cast))
    page = as_user(cast.member_user).get(
        f"/me/pairings/{paired.pk}/visit/", HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    html = page.content.decode()
    assert 'lang="zh-hans"' in html
    value = re.search(r'<input type="date" name="date" value="([^"]*)"', html)
    assert value is not None and ISO["date"].match(value.group(1)), html[:200]
