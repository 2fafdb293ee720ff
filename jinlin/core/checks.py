"""Jinlin's own checks for `jinlin check --deploy`, beside Django's."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def ledger_key_is_set(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.LEDGER_KEY_SET:
        return []
    return [
        Warning(
            "LEDGER_KEY is not set: the service ledger is sealed with a key derived from "
            "SECRET_KEY, so changing SECRET_KEY would make every row fail verification.",
            hint="Set LEDGER_KEY to a long random string and keep it as safely as SECRET_KEY.",
            id="jinlin.W001",
        )
    ]


@register(deploy=True)
def site_url_is_set(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.SITE_URL or settings.DEBUG:
        return []
    return [
        Warning(
            "SITE_URL is not set: QR codes and addresses on papers made by the worker (service "
            "cards, 报到证, certificates, briefings) would point to the trial address "
            "http://127.0.0.1:8000, which no phone can open.",
            hint="Set SITE_URL to the address people reach the site at, such as "
            "https://jinlin.example.gov.cn.",
            id="jinlin.W003",
        )
    ]


@register(deploy=True)
def sms_backend_is_set(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    from django.utils.module_loading import import_string

    if settings.SMS_BACKEND in ("jinlin.core.sms.LogBackend", "jinlin.core.sms.QuietBackend"):
        return [
            Warning(
                f"SMS_BACKEND is {settings.SMS_BACKEND}, which sends nothing: residents never "
                "receive their one-time codes.",
                hint="Set SMS_BACKEND to the class that talks to the district's gateway.",
                id="jinlin.W004",
            )
        ]
    if settings.SMS_BACKEND:
        try:
            import_string(settings.SMS_BACKEND)
        except ImportError as exc:
            return [
                Error(
                    f"SMS_BACKEND is {settings.SMS_BACKEND}, which cannot be imported ({exc}).",
                    id="jinlin.E001",
                )
            ]
        return []
    return [
        Warning(
            "SMS_BACKEND is not set: residents cannot get a one-time code to ask their "
            "community for help, and reminders go to the bell only.",
            hint="Set SMS_BACKEND to the dotted path of a class with send(phone, text) that "
            "talks to the district's text-message gateway (README, configuration).",
            id="jinlin.W004",
        )
    ]


@register(Tags.security, deploy=True)
def served_over_https(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.HTTPS:
        return []
    return [
        Warning(
            "HTTPS is not set: cookies may travel unencrypted and browsers are not told to "
            "keep to HTTPS.",
            hint="Serve Jinlin behind a TLS-terminating proxy and set HTTPS=true.",
            id="jinlin.W002",
        )
    ]


@register(Tags.security, deploy=True)
def admins_need_a_second_factor(app_configs: Any, **kwargs: Any) -> list[Warning]:
    if settings.REQUIRE_ADMIN_MFA:
        return []
    return [
        Warning(
            "REQUIRE_ADMIN_MFA is off: administrators and supervisors sign in with a password "
            "alone (等保 2.0 asks for two kinds of authentication for them).",
            hint="Set REQUIRE_ADMIN_MFA=true; each of them then sets up an authenticator app "
            "at their first sign-in.",
            id="jinlin.W005",
        )
    ]
