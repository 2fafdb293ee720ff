"""Keeping the token cache true (``jinlin.api.security``): a token's entry goes with the
token, and every entry of a user goes when their account changes."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from jinlin.api.models import ApiToken
from jinlin.api.security import forget_tokens
from jinlin.members.models import Member

# Saving only these leaves what a cached entry holds true (sign-in stamps last_login).
HARMLESS = frozenset({"last_login"})


@receiver(post_delete, sender=ApiToken)
def _token_deleted(sender: Any, instance: ApiToken, **kwargs: Any) -> None:
    forget_tokens([instance.key_hash])


def forget_user(user_id: int | None) -> None:
    if user_id is None:
        return
    forget_tokens(list(ApiToken.objects.filter(user_id=user_id).values_list("key_hash", flat=True)))


@receiver(post_save, sender=get_user_model())
def _user_saved(sender: Any, instance: Any, created: bool, update_fields: Any = None,
                **kwargs: Any) -> None:  # fmt: skip
    if created or (update_fields is not None and set(update_fields) <= HARMLESS):
        return
    forget_user(instance.pk)


@receiver(post_save, sender=Member)
def _member_saved(sender: Any, instance: Member, created: bool, update_fields: Any = None,
                  **kwargs: Any) -> None:  # fmt: skip
    # Whose member this is, is part of an entry.
    if update_fields is None or "user" in update_fields or "user_id" in update_fields:
        forget_user(instance.user_id)
