"""Reading papers as a clerk's office and a phone do: PDFs rendered to pictures (poppler), QR
codes read from them (zbar), office files printed through LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (scripts/system-deps.sh installs it)")
    return found


def qr_codes_in_png(png: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.png"
        path.write_bytes(png)
        return _zbar(path)


def qr_codes_in_pdf(pdf: bytes, dpi: int = 200) -> list[str]:
    """Every QR code on every page, as a phone's camera would read the printed sheet."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "paper.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [tool("pdftoppm"), "-r", str(dpi), "-png", str(source), str(Path(folder) / "p")],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        found: list[str] = []
        for page in sorted(Path(folder).glob("p*.png")):
            found += _zbar(page)
        return found


def _zbar(path: Path) -> list[str]:
    done = subprocess.run(
        [tool("zbarimg"), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    # zbarimg exits 4 when it finds nothing.
    assert done.returncode in (0, 4), done.stderr
    return [line for line in done.stdout.splitlines() if line.strip()]


def print_through_libreoffice(data: bytes, suffix: str) -> bytes:
    """The PDF LibreOffice prints of an .xlsx or .docx: what the clerk's office prints."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"paper{suffix}"
        source.write_bytes(data)
        subprocess.run(
            [tool("soffice"), f"-env:UserInstallation=file://{folder}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
        return (Path(folder) / "paper.pdf").read_bytes()
