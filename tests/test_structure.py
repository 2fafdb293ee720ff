"""Core is the frame every app builds on: it imports no domain app (they register with it)."""

import re
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "jinlin" / "core"
DOMAIN = (
    "members", "organizations", "needs", "service", "care", "oversight", "residents", "posts",
    "reports", "roster", "notifications", "cloudmap", "demo", "api",
)  # fmt: skip
IMPORT = re.compile(rf"^\s*(?:from|import)\s+jinlin\.({'|'.join(DOMAIN)})\b", re.M)
STRING = re.compile(rf"[\"']jinlin\.({'|'.join(DOMAIN)})\.")


def test_core_depends_on_no_domain_app():
    found = []
    for path in CORE.rglob("*.py"):
        if "tests" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (IMPORT, STRING):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(CORE)}:{line}: {match.group(0).strip()}")
    assert found == []
