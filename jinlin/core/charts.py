"""Charts as data: a view describes what to draw, ``core/charts.js`` draws it with ECharts.

No page carries its own chart script (the Content-Security-Policy allows scripts from this
site only) and every label, name and address reaches the browser as JSON and is shown as text:
``charts.js`` escapes whatever it puts into a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

RED, GOLD, GREEN, BLUE, PURPLE, GREY, INK = (
    "#c8102e",
    "#f5b700",
    "#18794e",
    "#0b5cad",
    "#7a3db8",
    "#8a8f98",
    "#1f2328",
)
PALETTE = (RED, GOLD, GREEN, BLUE, PURPLE, GREY)


def series(
    name: Any,
    data: Sequence[Any],
    *,
    kind: str = "bar",
    stack: str = "",
    color: str = "",
    axis: int = 0,
) -> dict[str, Any]:
    return {
        "name": str(name),
        "type": kind,
        "data": list(data),
        "stack": stack,
        "color": color,
        "axis": axis,
    }


def chart(
    *,
    categories: Sequence[Any],
    series: list[dict[str, Any]],
    horizontal: bool = False,
    axes: Sequence[dict[str, Any]] = ({},),
    rotate: int = 0,
    legend: bool = True,
) -> dict[str, Any]:
    """A bar or line chart over ``categories`` (areas, weeks, months, people)."""
    for index, s in enumerate(series):
        s["color"] = s["color"] or PALETTE[index % len(PALETTE)]
    return {
        "kind": "bars",
        "categories": [str(c) for c in categories],
        "series": series,
        "horizontal": horizontal,
        "axes": [{"name": str(a.get("name", "")), "max": a.get("max")} for a in axes],
        "rotate": rotate,
        "legend": legend,
    }
