"""Sign-in, sign-out and failed sign-ins, from Django's signals (every door raises them)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from jinlin.audit.services import audit


def _ip(request: Any) -> str:
    if request is None:
        return ""
    from jinlin.members.auth import client_address

    return client_address(request)


@receiver(user_logged_in)
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit("sign_in", user.get_username(), user=user, ip=_ip(request))


@receiver(user_logged_out)
def _signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit("sign_out", user.get_username(), user=user, ip=_ip(request))


@receiver(user_login_failed)
def _failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    # The name tried, never the password (Django already masks it in ``credentials``).
    audit("sign_in_failed", str(credentials.get("username", ""))[:150], "refused",
          ip=_ip(request))  # fmt: skip
