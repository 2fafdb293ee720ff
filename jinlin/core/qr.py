"""QR codes as inline SVG that scale to the box their page gives them.

An SVG with a fixed width and height but no ``viewBox`` is cropped, not scaled, when a style
sizes it (the A4 poster's code once lost its edge that way and did not decode). These carry a
``viewBox`` and no size, and a quiet zone of four modules, as ISO/IEC 18004 asks.
"""

from __future__ import annotations

import segno


def qr_svg(data: str) -> str:
    code = segno.make(data, error="m")
    return str(code.svg_inline(scale=1, border=4, dark="#000", omitsize=True))
