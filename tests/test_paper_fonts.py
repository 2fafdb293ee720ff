"""Papers are drawn with a font configuration kept by the thread that draws them (making one
reads every system font: 40 % of a small paper's time), never one shared between threads."""

from __future__ import annotations

import io
import threading

import pytest
from pypdf import PdfReader

from jinlin.reports import services

pytestmark = pytest.mark.browser  # the CJK font (fonts-noto-cjk), as every paper test

HTML = "<h1>党员报到登记回执</h1><p>Jinlin 近邻</p>"


def _text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_a_thread_keeps_its_fonts_and_another_thread_has_its_own() -> None:
    first, again = services.html_to_pdf(HTML), services.html_to_pdf(HTML)
    mine = services._fonts()
    assert services._fonts() is mine
    theirs: list[object] = []
    thread = threading.Thread(
        target=lambda: theirs.extend([services.html_to_pdf(HTML), services._fonts()])
    )
    thread.start()
    thread.join()
    assert theirs[1] is not mine
    for pdf in (first, again, theirs[0]):
        assert "党员报到登记回执" in _text(pdf) and "近邻" in _text(pdf)
