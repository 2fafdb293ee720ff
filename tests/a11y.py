"""axe-core (vendored from the npm registry, ``tests/vendor``) run on a page in Chromium: the
violations of WCAG 2.1 A and AA that axe rates serious or critical, each named with the rule,
the element and what is wrong, to print in a failure."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
RUN = """async () => {
  const result = await axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    resultTypes: ['violations'],
  });
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)
      .map(n => n.html.slice(0, 140) + ' — '
        + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))
      .join(' | '));
}"""


@cache
def _source() -> str:
    return AXE.read_text(encoding="utf-8")


def serious_violations(page: Any) -> list[str]:
    """What axe finds serious or critical on the page as it is now. The script is evaluated
    by the browser's debugger, so the page's Content-Security-Policy stays as it is served."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(_source())
    return list(page.evaluate(RUN))
