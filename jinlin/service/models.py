"""Attendance on site (sign-in, acceptance) and the append-only service-record ledger.

The ledger is a hash chain per community: each row stores the hash of the row before it in
its community's chain, and that chain's ``LedgerHead`` row (locked for every append to the
chain) holds its newest hash and sequence number, so that credits of different communities
never wait for each other. Chain 0 holds the rows of no community and every row written
before the chains were split (one chain then). A daily ``LedgerAnchor`` seals every chain's
head at once. Rows are never updated or deleted — the model refuses, and on PostgreSQL a
trigger refuses too — so a correction is a new reversing row. ``jinlin verify_ledger``
recomputes the chains.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.members.models import Member
from jinlin.needs.models import Claim, Need


class Attendance(models.Model):
    """What happened on site for one claim: the sign-in scan, then the community's decision."""

    class Decision(models.TextChoices):
        PENDING = "", _("Awaiting acceptance")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Not accepted")

    claim = models.OneToOneField(Claim, on_delete=models.PROTECT, related_name="attendance")
    signed_in_at = models.DateTimeField(_("signed in at"), null=True, blank=True)
    decision = models.CharField(
        _("acceptance"), max_length=10, choices=Decision.choices, blank=True, default=""
    )
    hours = models.DecimalField(
        pgettext_lazy("how long", "hours"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    outcomes = models.JSONField(_("outcomes"), default=dict, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    photo = models.FileField(_("photo"), upload_to="acceptance/%Y/%m/", blank=True)
    reject_reason = models.CharField(_("reason"), max_length=200, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    credited_at = models.DateTimeField(_("credited at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__isnull=True) | Q(hours__gt=0), name="attendance_hours_positive"
            ),
            models.CheckConstraint(
                condition=Q(credited_at__isnull=True) | Q(decision="accepted"),
                name="attendance_credit_only_when_accepted",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim} · {self.get_decision_display()}"


class ActivityOutcome(models.Model):
    """成效 of one activity (a need): “清理出杂物28车” is one figure of one activity, recorded
    once by the community at acceptance as the activity's total. Members' shares may be kept
    on their attendances (``Attendance.outcomes``); they never add to a total the community
    recorded. Until it records one, the shares' sum stands in (``from_shares``): what an API
    client sending per-claim outcomes, and data from before this model, meant."""

    need = models.ForeignKey(
        Need, verbose_name=_("need"), on_delete=models.CASCADE, related_name="activity_outcomes"
    )
    metric = models.CharField(_("outcome"), max_length=20)
    count = models.PositiveIntegerField(_("count"))
    from_shares = models.BooleanField(
        _("summed from members' shares"),
        default=False,
        help_text=_("Not recorded by the community as the activity's total yet."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("activity outcome")
        verbose_name_plural = _("activity outcomes")
        constraints = [
            models.UniqueConstraint(fields=["need", "metric"], name="activity_outcome_once"),
            models.CheckConstraint(
                condition=Q(count__lte=1_000_000), name="activity_outcome_bounded"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.need_id} {self.metric} {self.count}"

    @property
    def how_recorded(self) -> str:
        if self.from_shares:
            return str(_("Sum of members' shares"))
        return str(_("Activity total"))


class ServiceReport(models.Model):
    """服务登记: service a member did outside a published need, credited only once the
    community has reviewed it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved and credited")
        REJECTED = "rejected", _("Not approved")

    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="service_reports"
    )
    community = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("community"),
        on_delete=models.PROTECT,
        related_name="service_reports",
    )
    date = models.DateField(_("date"))
    starts_at = models.DateTimeField(_("from"), null=True, blank=True)
    ends_at = models.DateTimeField(_("to"), null=True, blank=True)
    hours = models.DecimalField(pgettext_lazy("how long", "hours"), max_digits=5, decimal_places=2)
    content = models.CharField(_("what was done"), max_length=300)
    served = models.CharField(_("for whom"), max_length=200, blank=True)
    photo = models.FileField(_("photo"), upload_to="reports/%Y/%m/", blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    record = models.OneToOneField(
        "ServiceRecord", on_delete=models.PROTECT, null=True, blank=True, related_name="report"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("service report")
        verbose_name_plural = _("service reports")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0, hours__lte=24), name="report_hours_within_a_day"
            ),
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(record__isnull=False),
                name="report_approved_is_credited",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} {self.date} {self.hours}h"


class LedgerHead(models.Model):
    """The row that orders appends to one chain (a community's; 0: rows of no community and
    the ledger before chains were split) and remembers its newest hash."""

    # The database's default too: a server still running the code of one chain (a rolling
    # upgrade) makes and advances chain 0's head, as it always did.
    chain = models.BigIntegerField(unique=True, default=0, db_default=0)
    seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"ledger chain {self.chain} head #{self.seq}"


class LedgerQuerySet(models.QuerySet["ServiceRecord"]):
    def update(self, **kwargs: Any) -> int:
        raise PermissionError("The service ledger is append-only; add a reversing row instead.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("The service ledger is append-only; add a reversing row instead.")


class ServiceRecord(models.Model):
    """One credit of service hours (民函〔2012〕340号 art. 7 fields), or its reversal."""

    class Kind(models.TextChoices):
        CREDIT = "credit", _("Credit")
        REVERSAL = "reversal", _("Reversal")

    class Source(models.TextChoices):
        NEED = "need", _("Need")
        REPORT = "report", _("Self-reported service")
        OTHER = "other", _("Other")

    # The row's chain (its community's id; 0: no community, or written before chains were
    # split) and its place in that chain, from 1 without gaps. The database's default too: a
    # server still running the code of one chain (a rolling upgrade) appends to chain 0.
    chain = models.BigIntegerField(default=0, db_default=0, editable=False)
    # A credit scanned on PostgreSQL is written at once and sealed a moment later, in a batch
    # with its chain's other new rows (``services.ledger_seal``): until then its seq and hash
    # are empty (NULL) and the database still refuses any change but its seal. Rows written
    # any other way are sealed as they are written.
    seq = models.BigIntegerField(editable=False, null=True)
    # No index of its own: the (member, created_at) index below finds a member's rows (one
    # entry fewer for every credit to write; ``tests/test_hot_indexes.py``).
    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        on_delete=models.PROTECT,
        related_name="service_records",
        db_index=False,
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.NEED
    )
    # Only a credit names its claim, and a claim is credited once (the constraints below): the
    # one unique index on it serves both that rule and a claim's lookups, with no second
    # index of its own for every credit to write.
    claim = models.ForeignKey(
        Claim,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="service_records",
        db_index=False,
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="service_records",
    )
    hours = models.DecimalField(pgettext_lazy("how long", "hours"), max_digits=6, decimal_places=2)
    points = models.DecimalField(
        pgettext_lazy("earned by service", "points"), max_digits=8, decimal_places=2
    )
    # The record a volunteer service record must keep (民函〔2012〕340号, art. 7).
    activity_name = models.CharField(_("activity"), max_length=100)
    activity_date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    served = models.CharField(_("who was served"), max_length=200)
    content = models.CharField(_("content"), max_length=300)
    evaluation = models.CharField(_("evaluation"), max_length=300, blank=True)
    lead = models.CharField(_("activity lead"), max_length=100)
    recorder = models.CharField(_("recorder"), max_length=100)
    # Who wrote the row, kept with it: an account that recorded rows is not deleted (the ledger
    # is append-only; accounts are ended by ``privacy.member_erase``, which keeps the user).
    # No index: nothing reads rows by their recorder, and every credit would write its entry
    # twice (at its insert and its seal); removing an account in the back office reads the
    # ledger once instead.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    reverses = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="reversed_by"
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("recorded at"))
    prev_hash = models.CharField(max_length=64, editable=False)
    # Unique by a constraint below, not ``unique=True``: on PostgreSQL that would add a second
    # index of every hash for LIKE searches no one makes (119 MB at a tenth of a city, and an
    # entry more for every credit to write).
    hash = models.CharField(max_length=64, editable=False, null=True)
    key_id = models.CharField(max_length=16, editable=False, default="")

    objects = LedgerQuerySet.as_manager()

    class Meta:
        verbose_name = _("service record")
        verbose_name_plural = _("service records")
        # The order rows were written in, across chains.
        ordering = ["id"]
        indexes = [
            models.Index(fields=["member", "created_at"]),
            # Figures read rows by the day their hours belong to (the activity's day).
            models.Index(fields=["activity_date"], name="ledger_activity_date"),
            # … and by their community's chain (``figures._ledger_q``), holding what the
            # figures read of each row, so that PostgreSQL answers a month of a district's
            # credits from the index alone, without visiting the rows
            # (``figures.credit_groups``; SQLite makes it a plain index). For the newest rows
            # to count as visible in it, the table is vacuumed after every few thousand
            # appends (migration 0012).
            models.Index(
                fields=["chain", "activity_date"],
                include=["id", "member", "need", "hours", "kind", "reverses"],
                name="ledger_chain_day_covering",
            ),
            # The rows still to be sealed, found by the sealer without reading the others.
            models.Index(
                fields=["chain", "id"], condition=Q(hash__isnull=True), name="ledger_pending"
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["chain", "seq"], name="ledger_chain_seq"),
            models.UniqueConstraint(fields=["hash"], name="ledger_hash_unique"),
            # However many scans arrive at once, a claim is credited once: only a credit names
            # a claim (a reversal names the row it reverses), and no two rows name the same.
            models.UniqueConstraint(fields=["claim"], name="ledger_one_row_per_claim"),
            models.CheckConstraint(
                condition=Q(claim__isnull=True) | Q(kind="credit"),
                name="ledger_only_credits_name_a_claim",
            ),
            models.CheckConstraint(
                condition=Q(kind="credit", hours__gt=0, reverses__isnull=True)
                | Q(kind="reversal", hours__lt=0, reverses__isnull=False),
                name="ledger_credit_positive_reversal_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position} {self.member} {self.hours}h {self.activity_name}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("The service ledger is append-only; add a reversing row.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("The service ledger is append-only; add a reversing row.")

    @property
    def position(self) -> str:
        return ledger_position(self.chain, self.seq)

    def compute_hash(self) -> str:
        return record_hash(self)


def ledger_position(chain: int, seq: int | None) -> str:
    """Where a row stands: ``#12`` in chain 0, ``#3/12`` as row 12 of chain 3, ``#3/…`` in
    chain 3 while it waits for its seal."""
    place = "…" if seq is None else seq
    return f"#{chain}/{place}" if chain else f"#{place}"


def _canonical_time(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _decimal(value: Decimal | int | float) -> str:
    return f"{Decimal(value):.2f}"


def ledger_keys() -> dict[str, bytes]:
    """The keys that seal the ledger, by id: the current one (LEDGER_KEY, id LEDGER_KEY_ID)
    and the retired ones rows were sealed with before a rotation (LEDGER_OLD_KEYS). They live
    in settings, never in the database: who can write the database cannot re-seal a row."""
    keys = {settings.LEDGER_KEY_ID: settings.LEDGER_KEY.encode()}
    for key_id, key in settings.LEDGER_OLD_KEYS.items():
        keys.setdefault(key_id, key.encode())
    return keys


class UnknownLedgerKey(Exception):
    pass


def seal(record: ServiceRecord) -> None:
    """Sign a new row with the current key: its key id, then its hash."""
    record.key_id = settings.LEDGER_KEY_ID
    record.hash = record_hash(record)


def sealer() -> Callable[[Any], str]:
    """``seal`` for many rows at once (a load): the current key looked up once. The rows may
    be any objects with the fields' attributes (``record_message`` reads them)."""
    key_id = settings.LEDGER_KEY_ID
    keyed = hmac.new(ledger_keys()[key_id], digestmod=hashlib.sha256)

    def seal_one(record: Any) -> str:
        record.key_id = key_id
        mac = keyed.copy()
        mac.update(record_message(record))
        record.hash = mac.hexdigest()
        return str(record.hash)

    return seal_one


def record_hash(record: ServiceRecord) -> str:
    """HMAC-SHA-256, with the key the row names, over its fields and the previous row's
    hash."""
    key = ledger_keys().get(record.key_id)
    if key is None:
        raise UnknownLedgerKey(record.key_id)
    return hmac.new(key, record_message(record), hashlib.sha256).hexdigest()


def record_message(record: ServiceRecord) -> bytes:
    # A row of chain 0 is sealed as before the chains were split (its seq alone), so the rows
    # written then still verify; a community's row names its chain too.
    parts = [
        record.key_id,
        f"{record.chain}/{record.seq}" if record.chain else str(record.seq),
        record.prev_hash,
        str(record.member_id),
        record.kind,
        record.source,
        str(record.claim_id or ""),
        str(record.need_id or ""),
        _decimal(record.hours),
        _decimal(record.points),
        record.activity_name,
        record.activity_date.isoformat(),
        record.place,
        record.served,
        record.content,
        record.evaluation,
        record.lead,
        record.recorder,
        str(record.recorded_by_id or ""),
        str(record.reverses_id or ""),
        record.reason,
        _canonical_time(record.created_at),
    ]
    return "\x1f".join(parts).encode()


class LedgerDay(models.Model):
    """The ledger summed per community and the day the hours belong to (the activity's day,
    ``activity_date``: a need's Shanghai start date, a reported service's date): credits
    standing (a reversal takes one away) and net hours (reversals subtract). Written by
    ``ledger_append`` in the same transaction as the row, so it is exact; the district's
    picture reads these instead of scanning the ledger."""

    # No index of its own: the unique (community, day) begins with it.
    community = models.ForeignKey(
        "organizations.Organization", on_delete=models.PROTECT, related_name="+", db_index=False
    )
    day = models.DateField()
    credits = models.IntegerField(default=0)
    hours = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal(0))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["community", "day"], name="ledgerday_community_day")
        ]
        indexes = [models.Index(fields=["day", "community"], name="ledgerday_day_community")]

    def __str__(self) -> str:
        return f"{self.community_id} {self.day}: {self.credits} / {self.hours}"


class LedgerAnchor(models.Model):
    """Every chain's head as it stood on a day, sealed with the key. Printed or exported by
    the district and kept outside the database: even someone holding the key and the database
    cannot rewrite the ledger behind an anchor without it showing.

    ``heads`` lists each chain's head (``[chain, seq, hash]``), ``seq`` the rows they hold in
    all and ``head_hash`` the digest of the heads (``heads_digest``), which the line kept
    outside names. An anchor taken before chains were split has no ``heads``: its ``seq`` and
    ``head_hash`` are the one chain's (chain 0's) head."""

    day = models.DateField(unique=True)
    seq = models.BigIntegerField()
    head_hash = models.CharField(max_length=64)
    heads = models.JSONField(default=list, blank=True)
    key_id = models.CharField(max_length=16)
    mac = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("ledger anchor")
        verbose_name_plural = _("ledger anchors")

    def __str__(self) -> str:
        return f"{self.day} #{self.seq} {self.head_hash[:12]}"

    def digest_holds(self) -> bool:
        """Whether ``head_hash`` is still the digest of the heads the anchor lists (an anchor
        before the chains lists none: its ``head_hash`` is chain 0's row's own hash)."""
        return not self.heads or heads_digest(self.heads) == self.head_hash


class LedgerKey(models.Model):
    """A check value of each key the ledger was sealed with (an HMAC of a fixed text under the
    key), so that ``verify_ledger`` tells a server configured with the wrong key from rows
    that were altered: under a wrong key the check fails too."""

    key_id = models.CharField(max_length=16, unique=True)
    check_value = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.key_id


def key_check(key_id: str, key: bytes) -> str:
    return hmac.new(key, f"jinlin ledger key check|{key_id}".encode(), hashlib.sha256).hexdigest()


def heads_digest(heads: list[list[Any]]) -> str:
    """The digest an anchor's line names for its chains' heads (sorted by chain)."""
    text = "\n".join(f"{chain}:{seq}:{head}" for chain, seq, head in sorted(heads))
    return hashlib.sha256(f"jinlin ledger heads\n{text}".encode()).hexdigest()


def anchor_mac(anchor: LedgerAnchor) -> str:
    key = ledger_keys().get(anchor.key_id)
    if key is None:
        raise UnknownLedgerKey(anchor.key_id)
    message = f"anchor|{anchor.key_id}|{anchor.day.isoformat()}|{anchor.seq}|{anchor.head_hash}"
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


class Dispute(models.Model):
    """异议 (民政部令第67号): a member finds a record of their service wrong, or one missing, and
    the community that recorded it answers within ``DISPUTE_DAYS``: a correction (a reversing
    row and a new row, with the reason, in the ledger) or a refusal with reasons."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for the community")
        CORRECTED = "corrected", _("Corrected")
        REFUSED = "refused", _("Not corrected")

    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.CASCADE, related_name="disputes"
    )
    record = models.ForeignKey(
        ServiceRecord,
        verbose_name=_("service record"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="disputes",
        help_text=_("Empty when a record is missing altogether."),
    )
    community = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("recording community"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    date = models.DateField(_("date of the service"))
    reason = models.CharField(_("what is wrong"), max_length=500)
    hours = models.DecimalField(
        _("hours it should be"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    answer = models.CharField(_("the community's answer"), max_length=500, blank=True)
    correction = models.ForeignKey(
        ServiceRecord, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    due_by = models.DateField(_("to be answered by"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__isnull=True) | Q(hours__gt=0, hours__lte=24),
                name="dispute_hours_within_a_day",
            ),
            # One open dispute per record at a time.
            models.UniqueConstraint(
                fields=["record"], condition=Q(status="open"), name="dispute_one_open_per_record"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_id} {self.date} {self.get_status_display()}"
