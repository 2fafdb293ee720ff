"""Numbers a person or a client types: one parser, so that no input reaches a comparison as
NaN or Infinity (``Decimal("NaN")`` passes ``quantize`` and then breaks the first ``<``: a
service report of NaN hours and a finding at longitude NaN once answered 500)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any


def decimal_of(value: Any, places: str = "0.01") -> Decimal:
    """A finite decimal rounded to ``places``; InvalidOperation for anything else (text,
    NaN, ±Infinity), which the callers already turn into a message naming the field."""
    try:
        number = Decimal(str(value).strip())
    except (ValueError, TypeError) as exc:
        raise InvalidOperation(str(value)) from exc
    if not number.is_finite():
        raise InvalidOperation(str(value))
    return number.quantize(Decimal(places))


def hours_text(value: Any) -> str:
    """1.50 → "1.5", 2.00 → "2", 10 → "10": hours as people write them, on pages and in the
    notices alike (a notice said 1.50 小时 beside a page's 1.5 小时)."""
    if value in (None, ""):
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = f"{number.quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".")
    return text or "0"
