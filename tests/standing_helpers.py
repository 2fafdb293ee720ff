"""Helpers for 三单制 and standing service: a resident's request through to verified work."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from jinlin.needs import services as need_services
from jinlin.residents import services as resident_services
from jinlin.service import services as service_services
from tests.needs_helpers import publish


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 16, 46)).save(out, format="PNG")
    return out.getvalue()


PNG = _png()  # a real (tiny) picture: uploads are decoded before they are kept


def photo(name: str = "p.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def submit(cast: Any, **overrides: Any) -> Any:
    fields: dict[str, Any] = {
        "community": cast.community,
        "title": "帮忙修理楼道灯",
        "place": "岑东小区 5 号楼 2 单元",
        "name": "陈阿姨",
        "phone": "13611112222",
        "details": "三楼的灯坏了一周",
    }
    fields.update(overrides)
    return resident_services.request_submit(**fields)


def served_need(cast: Any, member: Any, *, hours: str = "1.5") -> tuple[Any, Any]:
    """A need whose work by ``member`` was accepted and credited: the verified path."""
    need = publish(cast)
    claim = need_services.claim_create(need=need, member=member)
    token, _expires = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=member)
    service_services.claim_accept(
        claim=claim, hours=hours, outcomes={}, note="", by=cast.community_admin
    )
    service_services.scan_record(token=token, member=member)
    return need, claim
