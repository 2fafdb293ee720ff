"""Writing to and checking the audit log. ``audit(action, object, result)`` is called by the
apps where something security-relevant happens; who and from where come from the request being
served (``AuditContextMiddleware``), or are given."""

from __future__ import annotations

import hashlib
import hmac
import threading
from typing import Any

from django.db import transaction
from django.utils import timezone

from jinlin.audit.models import AuditEvent, AuditHead

_context = threading.local()


def set_context(*, user: Any = None, ip: str = "") -> None:
    _context.user, _context.ip = user, ip


def clear_context() -> None:
    _context.user, _context.ip = None, ""


def _key() -> bytes:
    from django.conf import settings

    from jinlin.service.models import ledger_keys

    return ledger_keys()[settings.LEDGER_KEY_ID]


def _message(event: AuditEvent) -> bytes:
    parts = [str(event.seq), event.prev_hash, event.at.isoformat(), str(event.actor_id or ""),
             event.actor_name, event.ip, event.action, event.object, event.result]  # fmt: skip
    return "\x1f".join(parts).encode()


def seal_of(event: AuditEvent) -> str:
    return hmac.new(_key(), _message(event), hashlib.sha256).hexdigest()


def audit(action: str, obj: Any = "", result: str = "ok", *, user: Any = None,
          ip: str | None = None) -> AuditEvent:  # fmt: skip
    """Append one event. ``obj``: what it was done to (a model instance or text)."""
    user = user if user is not None else getattr(_context, "user", None)
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    name = ""
    if user is not None:
        name = (user.get_full_name() or user.get_username())[:150]
    text = obj if isinstance(obj, str) else f"{obj._meta.label}#{obj.pk} {obj}"
    with transaction.atomic():
        head, _created = AuditHead.objects.select_for_update().get_or_create(pk=1)
        event = AuditEvent(
            seq=head.seq + 1, prev_hash=head.last_hash, at=timezone.now(),
            actor=user, actor_name=name,
            ip=(ip if ip is not None else getattr(_context, "ip", "")) or "",
            action=action[:40], object=str(text)[:200], result=result,
        )  # fmt: skip
        event.hash = seal_of(event)
        event.save(force_insert=True)
        AuditHead.objects.filter(pk=1).update(seq=event.seq, last_hash=event.hash)
    return event


def audit_verify() -> tuple[int, AuditEvent | None, str]:
    """Recompute the chain: (rows checked, first bad row, what is wrong)."""
    previous, expected, count = "0" * 64, 1, 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=2000):
        count += 1
        if event.seq != expected:
            return count, event, f"a row is missing before #{event.seq}"
        if event.prev_hash != previous:
            return count, event, "its link to the previous row is broken"
        if not hmac.compare_digest(seal_of(event), event.hash):
            return count, event, "its contents were altered after it was written"
        previous, expected = event.hash, event.seq + 1
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and count and (head.seq != expected - 1 or head.last_hash != previous):
        return count, None, "rows were removed from the end of the log"
    return count, None, ""
