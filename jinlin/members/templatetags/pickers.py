"""``{% member_picker "captain" url chosen %}``: a member picker outside a Django form."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from jinlin.members.pickers import picker_html

register = template.Library()


@register.simple_tag
def member_picker(name: str, url: str, chosen: Any = None, multiple: bool = False) -> SafeString:
    people = [] if chosen in (None, "") else list(chosen) if multiple else [chosen]
    return mark_safe(picker_html(name=name, url=url, chosen=people, multiple=multiple))
