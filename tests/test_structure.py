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


REFUSALS = {"NotAllowed", "PermissionDenied", "Http404"}


def test_refusals_name_nothing_the_caller_may_not_read():
    """A refusal (403/404) says what rule refused, never the name of the object it guards: a
    refusal naming an organization told a caller what they may not read (#20 item 11). Only a
    count (``%(n)d``) may be filled into one."""
    import ast

    root = Path(__file__).resolve().parent.parent / "jinlin"
    found = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in REFUSALS or not node.exc.args:
                continue
            message = node.exc.args[0]
            if isinstance(message, ast.BinOp) and isinstance(message.op, ast.Mod):
                keys = {k.value for k in getattr(message.right, "keys", []) if k is not None
                        and isinstance(k, ast.Constant)}  # fmt: skip
                if keys - {"n"} or not isinstance(message.right, ast.Dict):
                    found.append(f"{path.relative_to(root)}:{node.lineno} fills in {keys}")
            elif isinstance(message, ast.JoinedStr):
                found.append(f"{path.relative_to(root)}:{node.lineno} is an f-string")
    assert found == []
