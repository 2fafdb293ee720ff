"""先验收后扫码: site codes, scans, acceptance, and appending to the service ledger.

1. A confirmed member's first scan of the need's site code, inside the need's window (with
   the community's grace), signs in. No hours.
2. The community's admin accepts the claim (hours, outcomes) or rejects it.
3. The member's next scan credits: one ledger row for the accepted hours. Before acceptance it
   is refused (``awaiting_acceptance``), after a rejection too (``rejected``), and after the
   credit every further scan is refused (``already_credited``) — however many arrive at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import logging
import time
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connection, transaction
from django.db.models import Sum
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jinlin.core.errors import Conflict, InvalidInput, NotAllowed
from jinlin.core.numbers import decimal_of, hours_text
from jinlin.core.uploads import check_photo, photo_content
from jinlin.members.models import Member
from jinlin.needs import access as need_access
from jinlin.needs import services as need_services
from jinlin.needs.models import METRICS, Claim, Need, category_label
from jinlin.notifications.models import Notification
from jinlin.notifications.services import notify
from jinlin.service import fastpath
from jinlin.service.daysums import credit_change
from jinlin.service.models import (
    Attendance,
    LedgerAnchor,
    LedgerHead,
    ServiceRecord,
    ServiceReport,
    UnknownLedgerKey,
    anchor_mac,
    heads_digest,
    ledger_position,
    record_hash,
    seal,
    sealer,
)
from jinlin.service.outcomes import clean_counts, shares_roll_up

SITE_CODE_SALT = "jinlin.site-code"
Decision = Attendance.Decision

logger = logging.getLogger(__name__)


# Site codes ------------------------------------------------------------------------------


def rotate_seconds() -> int:
    return int(settings.SITE_CODE_ROTATE_SECONDS)


def site_code_issue(*, need: Need, by: Any = None, poster: bool = False) -> tuple[str, dt.datetime]:
    """The signed, expiring payload of the QR code shown on site.

    The code on the admin's phone rotates: a new one every ``SITE_CODE_ROTATE_SECONDS``, each
    valid for ``SITE_CODE_TTL_SECONDS``, so a photo of it soon stops working. A printed
    poster's code is valid until the need's window (with its grace) closes.
    """
    if by is not None and not need_access.can_manage_need(by, need):
        raise NotAllowed(_("Only the need's community admins show its site code."))
    signer = signing.TimestampSigner(salt=SITE_CODE_SALT)
    if poster:
        expires_at = need.ends_at + need.grace
        return signer.sign(f"{need.pk}.p{int(expires_at.timestamp())}"), expires_at
    window = int(time.time()) // rotate_seconds()
    expires_at = timezone.now() + dt.timedelta(seconds=settings.SITE_CODE_TTL_SECONDS)
    return signer.sign(f"{need.pk}.{window}"), expires_at


def site_code_need_id(token: str) -> int:
    """The need a code belongs to; InvalidInput(invalid_code) if altered or expired."""
    refusal = InvalidInput(
        _("This is not a valid site code, or it has expired. Scan the code shown on site now."),
        code="invalid_code",
        fields={"token": _("Invalid or expired code.")},
    )
    if not isinstance(token, str) or not token or len(token) > 200:
        raise refusal
    # A code is ``TimestampSigner``'s: "need.window:timestamp:signature". Its signature is
    # checked once, by the plain signer under the same salt (what TimestampSigner checks
    # first), and its age read from the timestamp it covers: a second ``unsign`` with
    # ``max_age`` cost a second HMAC on every scan.
    try:
        value, signed_at = signing.Signer(salt=SITE_CODE_SALT).unsign(token.strip()).rsplit(":", 1)
        need_id, rest = value.split(".", 1)
        if rest.startswith("p"):
            expired = time.time() > int(rest[1:])
        else:
            expired = time.time() - signing.b62_decode(signed_at) > settings.SITE_CODE_TTL_SECONDS
        if expired:
            raise signing.SignatureExpired("site code expired")
        return int(need_id)
    except (signing.BadSignature, ValueError) as exc:
        raise refusal from exc


# Scans -----------------------------------------------------------------------------------


def scan_record(*, token: str, member: Member, need_id: int | None = None) -> dict[str, Any]:
    """A member scans the site code: sign in, or collect the credit. See the module doc."""
    return scan_by(token=token, member_id=member.pk, need_id=need_id)


def scan_by(*, token: str, member_id: int, need_id: int | None = None) -> dict[str, Any]:
    """``scan_record`` of the member with this id (the API's hot path knows only the id)."""
    code_need_id = scan_code_need_id(token, need_id)
    # The read and, on PostgreSQL when the claim may sign in now, the sign-in: one round trip.
    target, signed_in = fastpath.scan_sign_in(
        need_id=code_need_id, member_id=member_id, at=timezone.now()
    )
    return scan_answer(target, signed_in)


def scan_code_need_id(token: str, need_id: int | None = None) -> int:
    """The need of a scanned code, which must be ``need_id`` when the phone names one."""
    code_need_id = site_code_need_id(token)
    if need_id is not None and need_id != code_need_id:
        raise InvalidInput(
            _("This code belongs to another need."),
            code="invalid_code",
            fields={"token": _("The code of another need.")},
        )
    return code_need_id


def scan_answer(target: fastpath.ScanTarget | None, signed_in: bool) -> dict[str, Any]:
    """A scan's answer from what ``fastpath.scan_sign_in`` (or ``scan_sign_in_as``) read and
    wrote: signed in, credited, or refused by raising the route's error."""
    if signed_in:
        assert target is not None
        return _signed_in(target)
    if target is None or target.claim_status == Claim.Status.WAITLISTED:
        raise Conflict(
            _("You hold no confirmed claim on this need.")
            if target is None
            else _("You are on the waitlist of this need, not confirmed."),
            code="no_claim",
        )
    if target.claim_status == Claim.Status.ABSENT:
        raise Conflict(_("You were marked absent for this need."), code="absent")
    if target.signed_in_at is None:
        return _sign_in(target)
    if target.decision == Decision.PENDING:
        raise Conflict(
            _(
                "You signed in at %(time)s. Hours are credited after the community accepts your "
                "work; scan again then."
            )
            % {"time": timezone.localtime(target.signed_in_at).strftime("%H:%M")},
            code="awaiting_acceptance",
        )
    if target.decision == Decision.REJECTED:
        raise Conflict(
            _("The community did not accept this work: %(reason)s")
            % {"reason": target.reject_reason},
            code="rejected",
        )
    if target.credited_at is not None:
        raise Conflict(
            _("These hours were already credited."),
            code="already_credited",
            extra=_credited(target),
        )
    return _credit(target)


def _credited(target: fastpath.ScanTarget) -> dict[str, Any]:
    """What a replayed scan learns with its 409: the claim and the hours already credited."""
    return {"claim": target.claim_id, "kind": "credit",
            "hours": float(target.hours) if target.hours is not None else None}  # fmt: skip


def _sign_in(target: fastpath.ScanTarget) -> dict[str, Any]:
    need = target.need
    now = timezone.now()
    if now < need.starts_at - need.grace:
        raise Conflict(
            _("Sign-in opens at %(time)s.")
            % {"time": timezone.localtime(need.starts_at - need.grace).strftime("%m-%d %H:%M")},
            code="outside_window",
        )
    if now > need.ends_at + need.grace:
        raise Conflict(_("This need has ended; sign-in is closed."), code="outside_window")
    # INSERT … ON CONFLICT DO NOTHING: of simultaneous first scans, one sign-in stands.
    fastpath.attendance_sign_in(claim_id=target.claim_id, at=now)
    return _signed_in(target)


def _signed_in(target: fastpath.ScanTarget) -> dict[str, Any]:
    return {"claim": target.claim_id, "kind": "sign_in", "hours": 0.0}


def _credit(
    target: fastpath.ScanTarget, *, proxy: str = "", recorder: str = ""
) -> dict[str, Any]:
    """Append the accepted hours to the ledger (once). ``proxy``: the community credits on
    the member's behalf and says why in the row; ``recorder`` is who did it."""
    need = target.need
    assert target.hours is not None and target.attendance_id is not None
    content = category_content(need.category, target.outcomes)
    evaluation = record_evaluation(target.note)
    with translation.override(settings.LANGUAGE_CODE):  # written once, in the site's language
        reason = (
            (_("Scanned for the member by the community: %(why)s") % {"why": proxy})[:200]
            if proxy
            else ""
        )
    notice = None
    if target.member_user_id is not None:
        notice = Notification(
            user_id=target.member_user_id,
            kind=Notification.Kind.CREDITED.value,
            message=gettext_noop("%(hours)s hours for “%(title)s” were credited to your record."),
            params={"hours": hours_text(target.hours), "title": need.title},
            url=_hours_url(),
        )
    fields: dict[str, Any] = {
        "member_id": target.member_id,
        "source": ServiceRecord.Source.NEED,
        "claim_id": target.claim_id,
        "need_id": need.pk,
        "activity_name": need.title,
        "activity_date": need.day,
        "place": need.place,
        "served": need.community_name,
        "content": content,
        "evaluation": evaluation,
        "lead": target.decided_by_name,
        "recorder": recorder or target.decided_by_name,
        "recorded_by_id": target.decided_by_id,
        "reason": reason,
    }
    if connection.vendor == "postgresql":
        # One statement, no chain's lock: the row is sealed a moment later (``ledger_seal``).
        record = _ledger_row(
            kind=ServiceRecord.Kind.CREDIT, hours=target.hours, chain=need.community_id, **fields
        )
        won = fastpath.credit_write(
            attendance_id=target.attendance_id,
            at=timezone.now(),
            record=record,
            day=(need.community_id, record.activity_date, 1, record.hours),
            notice=notice,
        )
        if not won:
            raise Conflict(
                _("These hours were already credited."),
                code="already_credited",
                extra=_credited(target),
            )
        return {"claim": target.claim_id, "kind": "credit", "hours": float(record.hours)}
    with transaction.atomic():
        # SQLite, where rows are sealed as they are written: of any number of simultaneous
        # scans, one sets credited_at, writes the notice and takes the chain's head.
        head = fastpath.credit_open(
            attendance_id=target.attendance_id,
            at=timezone.now(),
            chain=need.community_id,
            notice=notice,
        )
        if head is None:
            raise Conflict(
                _("These hours were already credited."),
                code="already_credited",
                extra=_credited(target),
            )
        record = ledger_append(
            community_id=need.community_id,
            kind=ServiceRecord.Kind.CREDIT,
            hours=target.hours,
            head=head,
            **fields,
        )
    return {"claim": target.claim_id, "kind": "credit", "hours": float(record.hours)}



def _lead(attendance: Attendance) -> str:
    user = attendance.decided_by
    if user is None:
        return ""
    return (user.get_full_name() or user.get_username())[:100]


def record_content(need: Need, outcomes: dict[str, int]) -> str:
    """The 服务内容 of a credited need: its category and its outcomes with their units
    (洁净家园；清理垃圾杂物 2 车). Written once into an append-only ledger, so always in the
    site's language, whatever the language of the phone whose scan credited it."""
    return category_content(need.category, outcomes)


def category_content(category: str, outcomes: dict[str, int]) -> str:
    """``record_content`` of a need of ``category``. Remembered by its inputs and the site's
    language (the labels are fixed): switching the language to write it cost every credit
    about 0.05 ms."""
    items = tuple((outcomes or {}).items())
    try:
        return _content(category, items, settings.LANGUAGE_CODE)
    except TypeError:  # a value that cannot be a key (never from ``clean_counts``)
        return _content.__wrapped__(category, items, settings.LANGUAGE_CODE)


@functools.lru_cache(maxsize=4096)
def _content(category: str, items: tuple[tuple[str, Any], ...], language: str) -> str:
    with translation.override(language):
        parts = [category_label(category)]
        for key, value in items:
            if key in METRICS and value:
                label, unit = METRICS[key]
                parts.append(f"{label} {value} {unit}")
        return "；".join(parts)[:300]


def record_evaluation(note: str) -> str:
    """The 服务评价 of a credited need: the community's note, or that it was accepted."""
    return note[:300] if note else _accepted(settings.LANGUAGE_CODE)


@functools.lru_cache(maxsize=8)
def _accepted(language: str) -> str:
    with translation.override(language):
        return str(_("Accepted"))[:300]


def _hours_url() -> str:
    """The member's hours page, where a credit's notice leads: ``reverse`` once per script
    prefix, as ``needs.services.need_path`` (it cost every credit about 0.04 ms)."""
    return _hours_url_under(get_script_prefix(), get_urlconf())


@functools.lru_cache(maxsize=16)
def _hours_url_under(prefix: str, urlconf: Any) -> str:
    return reverse("my-hours")


# The ledger ------------------------------------------------------------------------------


def ledger_append(
    *,
    kind: str,
    hours: Decimal,
    community_id: int | None = None,
    head: tuple[int, str] | None = None,
    **fields: Any,
) -> ServiceRecord:
    """Append one row to its community's chain (chain 0 without a community; ``fields`` name
    the member, the need, the art. 7 fields) and add it to its community's day (``LedgerDay``).

    The chain head's lock, taken by ``ledger_head_advance`` (or by ``fastpath.credit_open``,
    which passes the ``head`` it took, on SQLite), serializes appends to the chain until the
    caller's transaction commits; other communities' appends do not wait. On PostgreSQL the
    chain's rows waiting for their seal are sealed first (``ledger_seal``, below).
    """
    chain = community_id or 0
    with transaction.atomic(savepoint=False):
        seq, previous = head or fastpath.ledger_head_advance(chain)
        if connection.vendor == "postgresql":
            # The chain's rows still to be sealed first, in the order they were written.
            seq, previous = _seal_waiting(chain, seq, previous)
        record = _ledger_row(kind=kind, hours=hours, chain=chain, **fields)
        record.seq, record.prev_hash = seq, previous
        seal(record)
        day = None
        if community_id is not None:
            day = (community_id, record.activity_date, credit_change(kind), record.hours)
        fastpath.ledger_insert(record, day)
    return record


def _ledger_row(*, kind: str, hours: Decimal, chain: int, **fields: Any) -> ServiceRecord:
    """A new row of ``chain``, not yet in a place of it nor sealed."""
    points = (Decimal(hours) * Decimal(settings.POINTS_PER_HOUR)).quantize(Decimal("0.01"))
    return ServiceRecord(
        chain=chain,
        prev_hash="",
        hash=None,
        seq=None,
        kind=kind,
        hours=Decimal(hours).quantize(Decimal("0.01")),
        points=points,
        created_at=timezone.now(),
        **fields,
    )


# The batch sealer ------------------------------------------------------------------------
#
# A credit scanned on PostgreSQL is written in one statement without its chain's lock
# (``_credit``, ``fastpath.credit_write``), its seq and hash NULL; the database refuses any
# change to it but its seal (migration 0013). The sealer gives the waiting rows of a chain
# their places and hashes in one transaction under the chain head's lock, in the order they
# were written: ``jinlin worker`` runs it every ``LEDGER_SEAL_SECONDS``; every other append
# to the chain, every check (``ledger_verify``), anchor and export of the ledger runs it
# first, so no row is ever checked, anchored or exported unsealed, and no waiting row is
# left behind by a sealer that stopped: the next one finds it by the ``ledger_pending`` index.


def _seal_waiting(
    chain: int, seq: int, previous: str, *, one_statement: bool | None = None
) -> tuple[int, str]:
    """Seal the chain's waiting rows from place ``seq`` after the hash ``previous``, the
    head's lock held by the caller: the next free (seq, previous). ``one_statement``: the
    batch in one UPDATE (PostgreSQL's default) or a statement a row (SQLite's, and the
    baseline of ``benchmarks/seal_rows.py``)."""
    if one_statement is None:
        one_statement = connection.vendor == "postgresql"
    waiting = list(
        ServiceRecord.objects.filter(chain=chain, hash__isnull=True).order_by("id")
    )
    if not waiting:
        return seq, previous
    seal_one = sealer()
    for record in waiting:
        record.seq, record.prev_hash = seq, previous
        previous = seal_one(record)
        seq += 1
    table = connection.ops.quote_name(ServiceRecord._meta.db_table)
    with connection.cursor() as cursor:
        if one_statement:
            # The batch in one statement: a statement a row cost PostgreSQL twice the CPU
            # (0.09–0.11 against 0.045–0.05 ms a row, ``benchmarks/seal_rows.py``).
            cursor.execute(
                f"UPDATE {table} r SET seq = s.seq, prev_hash = s.prev_hash, hash = s.hash, "
                "key_id = s.key_id FROM unnest(%s::bigint[], %s::bigint[], %s::text[], "
                "%s::text[], %s::text[]) AS s(id, seq, prev_hash, hash, key_id) "
                "WHERE r.id = s.id AND r.hash IS NULL",
                [[r.pk for r in waiting], [r.seq for r in waiting],
                 [r.prev_hash for r in waiting], [r.hash for r in waiting],
                 [r.key_id for r in waiting]],
            )  # fmt: skip
            sealed = cursor.rowcount
        else:
            cursor.executemany(
                f"UPDATE {table} SET seq = %s, prev_hash = %s, hash = %s, key_id = %s "
                "WHERE id = %s AND hash IS NULL",
                [(r.seq, r.prev_hash, r.hash, r.key_id, r.pk) for r in waiting],
            )
            sealed = cursor.rowcount
        if sealed != len(waiting):  # never, under the head's lock: refuse to guess
            raise RuntimeError(f"ledger chain {chain}: rows sealed by someone else meanwhile")
    fastpath.ledger_head_set(chain, seq - 1, previous)
    return seq, previous


def ledger_seal(*, one_statement: bool | None = None) -> int:
    """Seal every chain's waiting rows (see above): how many were sealed. ``one_statement``:
    as ``_seal_waiting``'s."""
    chains = list(
        ServiceRecord.objects.filter(hash__isnull=True)
        .order_by("chain")
        .values_list("chain", flat=True)
        .distinct()
    )
    sealed = 0
    for chain in chains:
        with transaction.atomic():
            seq, previous = fastpath.ledger_head_advance(chain)
            after, _previous = _seal_waiting(chain, seq, previous, one_statement=one_statement)
            sealed += after - seq
            if after == seq:  # another sealer was first: leave the head as it was
                transaction.set_rollback(True)
    return sealed


def _community_of(record: ServiceRecord) -> int | None:
    """The community a ledger row counts for: its need's, else its report's (a reversal: the
    reversed row's)."""
    if record.reverses_id is not None:
        record = ServiceRecord.objects.select_related("need").get(pk=record.reverses_id)
    if record.need_id is not None:
        return Need.objects.filter(pk=record.need_id).values_list("community_id", flat=True)[0]
    report = ServiceReport.objects.filter(record=record).values_list("community_id", flat=True)
    return report[0] if report else None


def ledger_rows_for_day_sums() -> Any:
    return ServiceRecord.objects.values_list(
        "pk", "kind", "hours", "activity_date", "need__community_id", "reverses_id"
    ).order_by("id")


def ledger_report_communities() -> dict[int, int]:
    return dict(
        ServiceReport.objects.filter(record__isnull=False).values_list("record_id", "community_id")
    )


def ledger_days_rebuild() -> int:
    """Recompute every ``LedgerDay`` from the ledger (after rows were written in bulk, as the
    demo does). Returns the number of days written."""
    from jinlin.service.daysums import day_sums
    from jinlin.service.models import LedgerDay

    sums = day_sums(
        ledger_rows_for_day_sums().iterator(chunk_size=5000), ledger_report_communities()
    )
    with transaction.atomic():
        LedgerDay.objects.all().delete()
        LedgerDay.objects.bulk_create(
            [
                LedgerDay(community_id=c, day=d, credits=n, hours=h)
                for (c, d), (n, h) in sums.items()
            ],
            batch_size=2000,
        )
    return len(sums)


def record_reverse(
    *, record: ServiceRecord, reason: str, by: Any = None, allowed: bool = False
) -> ServiceRecord:
    """A correction: a new row with the opposite hours, naming the row it reverses.
    ``allowed``: the caller has already decided that ``by`` may (the recording community
    answering a dispute)."""
    if record.kind != ServiceRecord.Kind.CREDIT:
        raise Conflict(_("Only a credit can be reversed."), code="not_a_credit")
    if by is not None and not allowed:
        allowed = record.need is not None and need_access.can_manage_need(by, record.need)
        if not allowed and record.need is None:
            from jinlin.members import access as member_access

            allowed = member_access.can_manage_member(by, record.member)
        if not allowed:
            raise NotAllowed(_("Only the community that credited these hours can reverse them."))
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Say why the hours are reversed."), fields={"reason": _("Required.")})
    recorder = ""
    if by is not None and by.is_authenticated:
        recorder = (by.get_full_name() or by.get_username())[:100]
    from jinlin.audit.services import audit

    audit("record_reverse", f"{record.position} {record.member_id} {record.hours}h")
    try:
        with transaction.atomic():
            return ledger_append(
                community_id=_community_of(record),
                member=record.member,
                kind=ServiceRecord.Kind.REVERSAL,
                source=record.source,
                claim=None,
                need=record.need,
                hours=-record.hours,
                activity_name=record.activity_name,
                activity_date=record.activity_date,
                place=record.place,
                served=record.served,
                content=record.content,
                evaluation=record.evaluation,
                lead=record.lead,
                recorder=recorder,
                recorded_by=by if by is not None and by.is_authenticated else None,
                reverses=record,
                reason=reason[:200],
            )
    except IntegrityError as exc:
        raise Conflict(_("This record was already reversed."), code="already_reversed") from exc


def anchor_heads(anchor: LedgerAnchor) -> list[tuple[int, int, str]]:
    """The chains' heads an anchor seals: (chain, seq, hash); an anchor taken before the
    chains were split names chain 0's head alone."""
    if anchor.heads:
        return [(int(c), int(n), str(h)) for c, n, h in anchor.heads]
    return [(0, anchor.seq, anchor.head_hash)] if anchor.seq else []


def ledger_verify() -> tuple[int, ServiceRecord | None, str]:
    """Recompute every chain with the keys and check it against its head and every anchor:
    (rows checked, first bad row or None, what is wrong). The rows waiting for their seal
    are sealed first (``ledger_seal``)."""
    ledger_seal()
    zero = "0" * 64
    anchors = list(LedgerAnchor.objects.all())
    pinned: dict[tuple[int, int], list[tuple[LedgerAnchor, str]]] = {}
    for anchor in anchors:
        for anchored_chain, seq, head in anchor_heads(anchor):
            pinned.setdefault((anchored_chain, seq), []).append((anchor, head))
    ends: dict[int, tuple[int, str]] = {}  # each chain's last row: (seq, hash)
    chain: int | None = None
    previous, count = zero, 0
    expected_seq: int | None = None
    rows = ServiceRecord.objects.order_by("chain", "seq").iterator(chunk_size=2000)
    for record in rows:
        if record.hash is None or record.seq is None:
            continue  # written since the seal above; the next check seals it
        count += 1
        if record.chain != chain:
            chain, previous, expected_seq = record.chain, zero, None
        if expected_seq is not None and record.seq != expected_seq:
            return count, record, f"a row is missing before {record.position}"
        if record.prev_hash != previous:
            return count, record, "its link to the previous row is broken"
        try:
            expected = record_hash(record)
        except UnknownLedgerKey:
            return (
                count,
                record,
                f"it is sealed with a key this server does not have ({record.key_id!r})",
            )
        if not hmac.compare_digest(expected, record.hash):
            if _wrong_key(record.key_id):
                return (
                    count,
                    record,
                    f"the key configured as {record.key_id!r} is not the key the ledger was "
                    "sealed with (its check value does not match): set LEDGER_KEY, or "
                    "LEDGER_OLD_KEYS for a retired key, to the key kept apart from the "
                    "database; no row was judged",
                )
            return count, record, "its contents were altered after it was written"
        for anchor, head in pinned.get((record.chain, record.seq), ()):
            if head != record.hash:
                return count, record, f"it differs from the anchor of {anchor.day}"
        previous = record.hash
        expected_seq = record.seq + 1
        ends[record.chain] = (record.seq, record.hash)
    for head_chain, seq, last_hash in LedgerHead.objects.values_list("chain", "seq", "last_hash"):
        if seq and ends.get(head_chain, (0, zero)) != (seq, last_hash):
            return count, None, f"rows were removed from the end of the ledger's chain {head_chain}"
    for anchor in anchors:
        try:
            sealed = hmac.compare_digest(anchor_mac(anchor), anchor.mac)
        except UnknownLedgerKey:
            sealed = False
        if not anchor.digest_holds():
            sealed = False
        if not sealed:
            return count, None, f"the anchor of {anchor.day} was altered"
        for head_chain, seq, _head in anchor_heads(anchor):
            if seq > ends.get(head_chain, (0, zero))[0]:
                where = ledger_position(head_chain, seq)
                return count, None, f"rows anchored on {anchor.day} (up to {where}) are gone"
    wrong_sum = ledger_days_check()
    if wrong_sum:
        return count, None, wrong_sum
    return count, None, ""


def ledger_days_check() -> str:
    """The running day sums (``LedgerDay``, what pages and figures read) against the rows: ""
    when every community's every day agrees, else the first that does not."""
    from jinlin.service.daysums import day_sums
    from jinlin.service.models import LedgerDay

    sums = day_sums(
        ledger_rows_for_day_sums().iterator(chunk_size=5000), ledger_report_communities()
    )
    stored = {
        (c, d): (n, h)
        for c, d, n, h in LedgerDay.objects.values_list("community_id", "day", "credits", "hours")
    }
    for key in sorted(set(sums) | set(stored), key=lambda k: (k[1], k[0])):
        rows = sums.get(key, (0, Decimal(0)))
        kept = stored.get(key, (0, Decimal(0)))
        if rows[0] != kept[0] or Decimal(rows[1]) != Decimal(kept[1]):
            community, day = key
            return (
                f"the day sums of community {community} on {day} say {kept[1]} hours in "
                f"{kept[0]} credits, the rows {rows[1]} hours in {rows[0]}: the sums were altered"
            )
    return ""


# Anchors kept outside the database ---------------------------------------------------------


def anchor_line(anchor: LedgerAnchor) -> str:
    return f"{anchor.day.isoformat()} {anchor.seq}:{anchor.head_hash} {anchor.key_id} {anchor.mac}"


def anchors_outside(path: str) -> list[tuple[dt.date, int, str]]:
    """The anchors a file kept outside the database holds: (day, seq, hash), in file order.
    Raises ValueError naming the line that cannot be read."""
    found = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                day_text, position, *_rest = line.split()
                seq, _sep, head_hash = position.partition(":")
                found.append((dt.date.fromisoformat(day_text), int(seq), head_hash.lower()))
            except ValueError:
                raise ValueError(f"{path}, line {number}: not DAY SEQ:HASH") from None
    return found


def anchors_outside_check(path: str) -> tuple[list[str], list[str]]:
    """An anchor file against the database: (what is broken, what is only missing). Broken: a
    row an anchor names differs or is gone, or an anchor the file holds was removed from the
    database. Missing: a day between the first and the last anchor with no anchor anywhere
    (the job did not run; named, so that a removed day is never silent)."""
    outside = anchors_outside(path)
    in_database = dict(LedgerAnchor.objects.values_list("day", "seq"))
    broken, missing = [], []
    for day, seq, head_hash in outside:
        if seq and not ledger_check_anchor(seq=seq, head_hash=head_hash):
            broken.append(
                f"the ledger differs from the anchor of {day} kept outside the database "
                f"({seq}:{head_hash[:12]}…)"
            )
        if day not in in_database:
            broken.append(f"the anchor of {day} was removed from the database")
    days = sorted({day for day, _seq, _hash in outside} | set(in_database))
    if days:
        day = days[0]
        while day < days[-1]:
            day += dt.timedelta(days=1)
            if day not in in_database and day not in {d for d, _s, _h in outside}:
                missing.append(f"no anchor of {day}")
    return broken, missing


def _keep_anchor_outside(anchor: LedgerAnchor) -> None:
    """Append the anchor to the file outside the database, and send it to the district's
    admins' bells: a database attacker can remove neither."""
    line = anchor_line(anchor)
    if settings.LEDGER_ANCHOR_FILE:
        try:
            with open(settings.LEDGER_ANCHOR_FILE, "a", encoding="utf-8") as kept:
                kept.write(line + "\n")
        except OSError:
            logger.exception("the ledger anchor of %s could not be written to %s", anchor.day,
                             settings.LEDGER_ANCHOR_FILE)  # fmt: skip
    from jinlin.members.models import RoleAssignment

    notify(
        user_ids=RoleAssignment.objects.filter(
            role=RoleAssignment.Role.DISTRICT_ADMIN
        ).values_list("user_id", flat=True),
        kind=Notification.Kind.OTHER,
        message=gettext_noop(
            "Ledger anchor of %(day)s: %(anchor)s. Keep it apart from the database (print it "
            "or copy it); verify_ledger --anchor checks the ledger against it."
        ),
        params={"day": anchor.day.isoformat(), "anchor": f"{anchor.seq}:{anchor.head_hash}"},
        url=reverse("ledger-anchors"),
    )


def _wrong_key(key_id: str) -> bool:
    """Does the key configured under ``key_id`` fail the check value recorded when it first
    sealed (a wrong LEDGER_KEY, not an altered row)?"""
    from jinlin.service.models import LedgerKey, key_check, ledger_keys

    known = LedgerKey.objects.filter(key_id=key_id).first()
    key = ledger_keys().get(key_id)
    return known is not None and key is not None and not hmac.compare_digest(
        key_check(key_id, key), known.check_value
    )


def ledger_key_record() -> None:
    """Record the check value of the current key, once per key id (at migration and with each
    daily anchor: never on the hot path of a credit)."""
    from jinlin.service.models import LedgerKey, key_check, ledger_keys

    key_id = settings.LEDGER_KEY_ID
    LedgerKey.objects.get_or_create(
        key_id=key_id, defaults={"check_value": key_check(key_id, ledger_keys()[key_id])}
    )


def ledger_anchor(*, day: dt.date | None = None) -> LedgerAnchor:
    """Anchor every chain's head for the day (once a day: a second call returns the first)."""
    day = day or timezone.localdate()
    ledger_key_record()
    ledger_seal()  # the heads anchored are those of every row written so far
    existing = LedgerAnchor.objects.filter(day=day).first()
    if existing is not None:
        return existing
    heads = [
        [chain, seq, last_hash]
        for chain, seq, last_hash in LedgerHead.objects.filter(seq__gt=0)
        .order_by("chain")
        .values_list("chain", "seq", "last_hash")
    ]
    anchor = LedgerAnchor(
        day=day,
        seq=sum(seq for _chain, seq, _hash in heads),
        head_hash=heads_digest(heads) if heads else "0" * 64,
        heads=heads,
        key_id=settings.LEDGER_KEY_ID,
    )
    anchor.mac = anchor_mac(anchor)
    anchor.save()
    _keep_anchor_outside(anchor)
    return anchor


def ledger_check_anchor(*, seq: int, head_hash: str) -> bool:
    """Does the ledger still hold what an anchor kept outside the database (printed, in the
    anchor file) says: ``seq`` rows in all whose chains' heads have the digest ``head_hash``
    (the anchor in the database lists the heads; each must still be the row it names), or,
    for an anchor taken before the chains were split, chain 0's row ``seq`` with that hash?"""
    head_hash = head_hash.strip().lower()
    for anchor in LedgerAnchor.objects.filter(seq=seq, head_hash=head_hash):
        if not anchor.heads or not anchor.digest_holds():
            continue
        heads = {(c, n, h) for c, n, h in anchor_heads(anchor)}
        found = set(
            ServiceRecord.objects.filter(hash__in=[h for _c, _n, h in heads]).values_list(
                "chain", "seq", "hash"
            )
        )
        if heads <= found:
            return True
    return ServiceRecord.objects.filter(chain=0, seq=seq, hash=head_hash).exists()


# Acceptance ------------------------------------------------------------------------------


def _clean_hours(value: Any, need: Need) -> Decimal:
    try:
        hours = decimal_of(value)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise InvalidInput(
            _("Hours are a number, like 2 or 1.5."), fields={"hours": _("Not a number.")}
        ) from exc
    if hours <= 0:
        raise InvalidInput(_("Hours must be more than zero."), fields={"hours": _("Must be > 0.")})
    window = Decimal(str(need.window_hours)).quantize(Decimal("0.01"))
    if hours > window:
        raise InvalidInput(
            _("The need lasted %(window)s hours; no more can be credited.")
            % {"window": hours_text(window)},
            fields={"hours": _("At most %(window)s.") % {"window": hours_text(window)}},
        )
    return hours


def _decidable(claim: Claim, by: Any) -> Attendance:
    if by is not None and not need_access.can_manage_need(by, claim.need):
        raise NotAllowed(_("Only the need's community admins accept or reject its work."))
    if claim.status != Claim.Status.CONFIRMED:
        raise Conflict(
            _("Only a confirmed claim can be accepted or rejected (it is %(status)s).")
            % {"status": claim.get_status_display()},
            code="not_confirmed",
        )
    try:
        attendance: Attendance | None = claim.attendance
    except Attendance.DoesNotExist:
        attendance = None
    if attendance is None or attendance.signed_in_at is None:
        raise Conflict(
            _("%(name)s has not signed in on site; mark them absent instead.")
            % {"name": claim.member.name},
            code="not_signed_in",
        )
    if attendance.decision != Decision.PENDING:
        raise Conflict(
            _("This work was already %(decision)s.")
            % {"decision": attendance.get_decision_display()},
            code="already_decided",
        )
    return attendance


def claim_accept(
    *,
    claim: Claim,
    hours: Any,
    outcomes: Any = None,
    note: str = "",
    photo: UploadedFile | None = None,
    by: Any = None,
    notify_member: bool = True,
) -> Attendance:
    """验收: the community accepts a member's work, setting the hours and outcomes."""
    attendance = _decidable(claim, by)
    cleaned_hours = _clean_hours(hours, claim.need)
    shares = {k: v for k, v in clean_counts(outcomes, claim.need).items() if v is not None}
    note = (note or "").strip()
    if len(note) > 300:
        raise InvalidInput(_("The note is too long."), fields={"note": _("At most 300.")})
    if photo is not None:
        check_photo(photo)
    with transaction.atomic():
        if shares:
            # The need's row orders acceptances that add shares to its outcomes.
            Need.objects.select_for_update().filter(pk=claim.need_id).values_list("pk").first()
        updated = Attendance.objects.filter(pk=attendance.pk, decision=Decision.PENDING).update(
            decision=Decision.ACCEPTED,
            hours=cleaned_hours,
            outcomes=shares,
            note=note,
            decided_by=by if by is not None and by.is_authenticated else None,
            decided_at=timezone.now(),
        )
        if not updated:
            raise Conflict(_("This work was just decided by someone else."), code="already_decided")
        attendance.refresh_from_db()
        if shares:
            shares_roll_up(need=claim.need, metrics=list(shares))
        if photo is not None:
            attendance.photo.save(*photo_content(photo), save=False)
            Attendance.objects.filter(pk=attendance.pk).update(photo=attendance.photo.name)
    if not notify_member:
        return attendance
    notify(
        user_ids=[claim.member.user_id],
        kind=Notification.Kind.ACCEPTED,
        message=gettext_noop(
            "Your work on “%(title)s” was accepted: %(hours)s hours. Scan the "
            "site code again to have them credited."
        ),
        params={"title": claim.need.title, "hours": hours_text(cleaned_hours)},
        url=reverse("my-claims"),
    )
    return attendance


def claim_credit_for_member(
    *, claim: Claim, reason: str, hours: Any = None, by: Any = None
) -> dict[str, Any]:
    """代为扫码: a member who cannot scan (no smartphone, an older member, one imported without
    an account) is signed in, accepted (with ``hours``, unless already accepted) and credited
    by the need's community, once the activity has begun. The reason is required and is
    written into the ledger row, whose recorder is the admin who did it. Every rule of
    先验收后扫码 still holds: a rejected claim is not credited, a credited one not twice."""
    need = claim.need
    if by is not None and not need_access.can_manage_need(by, need):
        raise NotAllowed(_("Only the need's community admins credit on a member's behalf."))
    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput(
            _("Say why the community scans for this member (e.g. no smartphone)."),
            fields={"reason": _("Required.")},
        )
    if len(reason) > 150:
        raise InvalidInput(_("The reason is at most 150 characters."),
                           fields={"reason": _("Too long.")})  # fmt: skip
    if claim.status != Claim.Status.CONFIRMED:
        raise Conflict(
            _("Only a confirmed claim can be credited (it is %(status)s).")
            % {"status": claim.get_status_display()},
            code="not_confirmed",
        )
    now = timezone.now()
    if now < need.starts_at - need.grace:
        raise Conflict(_("The activity has not begun."), code="outside_window")
    target = fastpath.scan_target(need_id=need.pk, member_id=claim.member_id)
    if target is None or target.signed_in_at is None:
        fastpath.attendance_sign_in(claim_id=claim.pk, at=min(now, need.ends_at))
        target = fastpath.scan_target(need_id=need.pk, member_id=claim.member_id)
    assert target is not None
    if target.credited_at is not None:
        raise Conflict(_("These hours were already credited."), code="already_credited")
    if target.decision == Decision.REJECTED:
        raise Conflict(
            _("The community did not accept this work: %(reason)s")
            % {"reason": target.reject_reason},
            code="rejected",
        )
    if target.decision == Decision.PENDING:
        claim.refresh_from_db()
        claim_accept(claim=claim, hours=hours if hours not in (None, "") else need.window_hours,
                     by=by, notify_member=False)  # fmt: skip
        target = fastpath.scan_target(need_id=need.pk, member_id=claim.member_id)
        assert target is not None
    name = ""
    if by is not None and getattr(by, "is_authenticated", False):
        name = (by.get_full_name() or by.get_username())[:100]
    return _credit(target, proxy=reason, recorder=name)


def claim_reject(*, claim: Claim, reason: str, by: Any = None) -> Attendance:
    attendance = _decidable(claim, by)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(
            _("Say why the work is not accepted; the member will see it."),
            fields={"reason": _("Required.")},
        )
    updated = Attendance.objects.filter(pk=attendance.pk, decision=Decision.PENDING).update(
        decision=Decision.REJECTED,
        reject_reason=reason[:200],
        decided_by=by if by is not None and by.is_authenticated else None,
        decided_at=timezone.now(),
    )
    if not updated:
        raise Conflict(_("This work was just decided by someone else."), code="already_decided")
    attendance.refresh_from_db()
    notify(
        user_ids=[claim.member.user_id],
        kind=Notification.Kind.REJECTED,
        message=gettext_noop("Your work on “%(title)s” was not accepted: %(reason)s"),
        params={"title": claim.need.title, "reason": reason},
        url=reverse("my-claims"),
    )
    return attendance


def claim_mark_absent(*, claim: Claim, by: Any = None) -> Claim:
    """No-show: a confirmed member who never signed in, once the need has started."""
    if by is not None and not need_access.can_manage_need(by, claim.need):
        raise NotAllowed(_("Only the need's community admins mark absences."))
    if timezone.now() < claim.need.starts_at:
        raise Conflict(_("The need has not started yet."), code="not_started")
    if Attendance.objects.filter(claim=claim, signed_in_at__isnull=False).exists():
        raise Conflict(
            _("%(name)s signed in on site.") % {"name": claim.member.name}, code="signed_in"
        )
    return need_services.claim_mark_absent(claim=claim)


# 服务登记: service reported by the member, credited after review ------------------------------


def _report_community(member: Member) -> Any:
    from jinlin.members.models import Registration

    registration = (
        Registration.objects.filter(member=member, status=Registration.Status.CONFIRMED)
        .select_related("community")
        .first()
    )
    return registration.community if registration else member.community


def report_submit(
    *,
    member: Member,
    date: dt.date | None,
    content: str,
    hours: Any = None,
    starts_at: dt.datetime | None = None,
    ends_at: dt.datetime | None = None,
    served: str = "",
    photo: UploadedFile | None = None,
    by: Any = None,
) -> ServiceReport:
    """A member reports service done outside a need. Nothing counts until it is approved."""
    from jinlin.members import access as member_access

    if by is not None and member_access.member_id_of(by) != member.pk:
        raise NotAllowed(_("Members report their own service."))
    community = _report_community(member)
    if community is None:
        raise InvalidInput(
            _("Register with your community first; it reviews your reports."),
            fields={"community": _("Not registered.")},
        )
    errors: dict[str, str] = {}
    today = timezone.localdate()
    if date is None:
        errors["date"] = _("Required.")
    elif date > today:
        errors["date"] = _("Service cannot be reported in advance.")
    elif date < today - dt.timedelta(days=180):
        errors["date"] = _("Report service within 180 days.")
    content = (content or "").strip()
    if not content:
        errors["content"] = _("Say what you did.")
    elif len(content) > 300:
        errors["content"] = _("At most 300 characters.")
    amount = Decimal(0)
    if starts_at is not None or ends_at is not None:
        if starts_at is None or ends_at is None:
            errors["ends_at"] = _("Give both the start and the end.")
        elif ends_at <= starts_at:
            errors["ends_at"] = _("The end must come after the start.")
        elif date is not None and timezone.localtime(starts_at).date() != date:
            errors["starts_at"] = _("The start is not on the reported date.")
        elif ends_at > timezone.now():
            errors["ends_at"] = _("The end is in the future.")
        else:
            amount = Decimal((ends_at - starts_at).total_seconds() / 3600).quantize(Decimal("0.01"))
    else:
        try:
            amount = decimal_of(hours)
        except (InvalidOperation, TypeError, ValueError):
            errors["hours"] = _("Hours are a number, like 2 or 1.5.")
    if "hours" not in errors and "ends_at" not in errors and not Decimal(0) < amount <= 24:
        errors["hours"] = _("Between 0 and 24 hours: a day has no more.")
    if errors:
        raise InvalidInput(_("Please correct the marked fields."), fields=errors)
    assert date is not None
    if photo is not None:
        check_photo(photo)
    with transaction.atomic():
        # The member's row serializes their reports: two at once cannot both fit the day.
        Member.objects.select_for_update().filter(pk=member.pk).values_list("pk").first()
        same_day = ServiceReport.objects.filter(
            member=member,
            date=date,
            status__in=[ServiceReport.Status.PENDING, ServiceReport.Status.APPROVED],
        )
        credited = ServiceRecord.objects.filter(
            member=member, activity_date=date, source=ServiceRecord.Source.NEED
        ).aggregate(total=Sum("hours"))["total"] or Decimal(0)
        reported = sum((r.hours for r in same_day), Decimal(0))
        if reported + credited + amount > 24:
            raise InvalidInput(
                _(
                    "With this report, %(date)s would have %(total)s hours of service: more "
                    "than a day."
                )
                % {"date": date.isoformat(), "total": hours_text(reported + credited + amount)},
                fields={"hours": _("More than a day in total.")},
            )
        if starts_at is not None and ends_at is not None:
            clash = same_day.filter(starts_at__lt=ends_at, ends_at__gt=starts_at).first()
            if clash is not None:
                raise Conflict(
                    _("You already reported %(from)s–%(to)s that day: “%(what)s”.")
                    % {
                        "from": timezone.localtime(clash.starts_at).strftime("%H:%M"),
                        "to": timezone.localtime(clash.ends_at).strftime("%H:%M"),
                        "what": clash.content,
                    },
                    code="duplicate_report",
                )
            need = Need.objects.filter(
                claims__member=member,
                claims__status=Claim.Status.CONFIRMED,
                claims__attendance__signed_in_at__isnull=False,
                starts_at__lt=ends_at,
                ends_at__gt=starts_at,
            ).first()
            if need is not None:
                raise Conflict(
                    _("At that time you were serving “%(title)s”; those hours come from it.")
                    % {"title": need.title},
                    code="duplicate_report",
                )
        elif same_day.filter(content=content).exists():
            raise Conflict(
                _("You already reported this service for that day."), code="duplicate_report"
            )
        report = ServiceReport(
            member=member,
            community=community,
            date=date,
            starts_at=starts_at,
            ends_at=ends_at,
            hours=amount,
            content=content,
            served=(served or "").strip()[:200],
        )
        if photo is not None:
            report.photo.save(*photo_content(photo), save=False)
        report.save()
    return report


def _report_decidable(report: ServiceReport, by: Any) -> None:
    from jinlin.members import access as member_access
    from jinlin.members.models import RoleAssignment

    if by is not None and not member_access.scope_of(by).holds(
        RoleAssignment.Role.COMMUNITY_ADMIN, report.community_id
    ):
        raise NotAllowed(_("Only the member's community reviews the report."))


def report_approve(*, report: ServiceReport, by: Any = None) -> ServiceReport:
    """Approve a report: now, and only now, its hours enter the ledger."""
    _report_decidable(report, by)
    with translation.override(settings.LANGUAGE_CODE):  # the ledger keeps the site's language
        activity_name = str(_("Reported service"))[:100]
        evaluation = str(_("Reviewed and approved"))
    name = ""
    if by is not None and by.is_authenticated:
        name = (by.get_full_name() or by.get_username())[:100]
    with transaction.atomic():
        if (
            not ServiceReport.objects.select_for_update()
            .filter(pk=report.pk, status=ServiceReport.Status.PENDING)
            .exists()
        ):
            report.refresh_from_db()
            raise Conflict(
                _("This report was already reviewed (%(status)s).")
                % {"status": report.get_status_display()},
                code="already_decided",
            )
        record = ledger_append(
            community_id=report.community_id,
            member_id=report.member_id,
            kind=ServiceRecord.Kind.CREDIT,
            source=ServiceRecord.Source.REPORT,
            hours=report.hours,
            activity_name=activity_name,
            activity_date=report.date,
            place=report.community.name,
            served=report.served or report.community.name,
            content=report.content,
            evaluation=evaluation,
            lead=name,
            recorder=name,
            recorded_by=by if by is not None and by.is_authenticated else None,
        )
        ServiceReport.objects.filter(pk=report.pk).update(
            status=ServiceReport.Status.APPROVED,
            record=record,
            decided_at=timezone.now(),
            decided_by=by if by is not None and by.is_authenticated else None,
        )
    report.refresh_from_db()
    notify(
        user_ids=[report.member.user_id],
        kind=Notification.Kind.CREDITED,
        message=gettext_noop("%(hours)s hours for “%(title)s” were credited to your record."),
        params={"hours": hours_text(report.hours), "title": report.content[:40]},
        url=reverse("my-hours"),
    )
    return report


def report_reject(*, report: ServiceReport, reason: str, by: Any = None) -> ServiceReport:
    _report_decidable(report, by)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Say why; the member will see it."), fields={"reason": _("Required.")})
    updated = ServiceReport.objects.filter(
        pk=report.pk, status=ServiceReport.Status.PENDING
    ).update(
        status=ServiceReport.Status.REJECTED,
        reason=reason[:200],
        decided_at=timezone.now(),
        decided_by=by if by is not None and by.is_authenticated else None,
    )
    if not updated:
        report.refresh_from_db()
        raise Conflict(
            _("This report was already reviewed (%(status)s).")
            % {"status": report.get_status_display()},
            code="already_decided",
        )
    report.refresh_from_db()
    notify(
        user_ids=[report.member.user_id],
        kind=Notification.Kind.REJECTED,
        message=gettext_noop("Your report of “%(what)s” was not approved: %(reason)s"),
        params={"what": report.content[:40], "reason": reason},
        url="/me/reports/",
    )
    return report
