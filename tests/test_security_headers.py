"""Scripts come from this site's files only: the policy says so, and no template carries an
inline script or event handler that the policy would block (or that markup could abuse)."""

from __future__ import annotations

import re
from pathlib import Path

from django.test import Client

ROOT = Path(__file__).resolve().parent.parent / "jinlin"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
HANDLER = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)


def test_every_response_carries_a_strict_policy(cast, as_user):
    for client, path in ((Client(), "/signin/"), (as_user(cast.community_admin), "/")):
        policy = client.get(path)["Content-Security-Policy"]
        scripts = re.search(r"script-src ([^;]+)", policy).group(1)
        assert scripts.strip() == "'self'"
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


def test_no_template_has_an_inline_script_or_handler():
    found = []
    for path in ROOT.rglob("templates/**/*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, HANDLER):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0).strip()}")
    assert found == []


def test_scripts_do_not_build_markup_from_data():
    """innerHTML and friends only in the vendored libraries; ours build DOM from text."""
    found = []
    for path in ROOT.rglob("static/**/*.js"):
        if "vendor" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
