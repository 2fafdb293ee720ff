"""Bearer tokens of the mobile API. Only a hash of each token is stored."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def password_stamp(password_hash: str) -> str:
    """A token is good only while its account's password is the one it was issued under:
    any change of password (page, back office, reset) ends every token at once."""
    return hashlib.sha256(f"stamp:{password_hash}".encode()).hexdigest()[:16]


def password_stamp_sql(column: str) -> str:
    """``password_stamp`` of a password column, computed by PostgreSQL (a cold token's scan
    checks it in the statement that signs in: ``jinlin.service.fastpath.scan_sign_in_as``)."""
    return f"left(encode(sha256(convert_to('stamp:' || {column}, 'UTF8')), 'hex'), 16)"


class ApiToken(models.Model):
    key_hash = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    password_stamp = models.CharField(max_length=16, default="")
    label = models.CharField(_("device"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.user} · {self.expires_at:%Y-%m-%d}"


class IdempotentRequest(models.Model):
    """A state-changing API call made with an ``Idempotency-Key``, and the answer it got: a
    retry with the same key and body gets that answer again without the work being done
    twice. ``status`` 0 while the first call is still running."""

    caller = models.CharField(max_length=80)  # "user:<id>", or "address:<ip>" without a token
    key = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=64)  # method, path and body, hashed
    status = models.PositiveSmallIntegerField(default=0)
    body = models.BinaryField(default=b"")
    content_type = models.CharField(max_length=100, blank=True)
    # The process handling the first call (host:pid): once it is gone from this host (killed,
    # restarted), a retry takes the key over at once instead of waiting for it to go stale.
    holder = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["caller", "key"], name="idempotent_request_once")
        ]

    def __str__(self) -> str:
        return f"{self.caller} {self.key}: {self.status}"
