"""The demo's duties of 民政部令第67号: every community's 负责人 and telephone, the first
community's electronic seal, the member's file (a training, an award, a complaint and how it
was handled), and certificates — one issued, one applied for and waiting on the worklist."""

from __future__ import annotations

import datetime as dt
import glob
import io
import math
import random
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from jinlin.core.errors import ServiceError
from jinlin.members.models import Member, RoleAssignment
from jinlin.organizations.models import Organization

SURNAMES = "陈林黄张李王吴刘蔡杨郑许谢洪郭曾"
GIVEN = ["建华", "秀英", "志强", "丽华", "国平", "海燕", "文斌", "美玲", "少峰", "惠珍"]


def seal_png(name: str, size: int = 400) -> bytes:
    """A round red seal drawn for the demo: a ring, a star and the organization's name along
    the upper arc (when a CJK font is installed; otherwise the ring and the star)."""
    from PIL import Image, ImageDraw, ImageFont

    red = (200, 16, 46, 235)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    ring = size // 36
    draw.ellipse((ring, ring, size - ring, size - ring), outline=red, width=ring)
    centre, radius = size / 2, size * 0.13
    star = [
        (centre + radius * (1 if k % 2 == 0 else 0.4) * math.sin(math.pi * k / 5),
         centre - radius * (1 if k % 2 == 0 else 0.4) * math.cos(math.pi * k / 5))
        for k in range(10)
    ]  # fmt: skip
    draw.polygon(star, fill=red)
    fonts = sorted(glob.glob("/usr/share/fonts/**/NotoSerifCJK-Bold.ttc", recursive=True)
                   + glob.glob("/usr/share/fonts/**/NotoSansCJK-Bold.ttc", recursive=True))
    if fonts:
        font = ImageFont.truetype(fonts[0], size // 9)
        text = name[:14]
        spread = math.radians(min(240, 22 * len(text)))
        for index, char in enumerate(text):
            angle = -spread / 2 + spread * (index + 0.5) / len(text)
            glyph = Image.new("RGBA", (size // 7, size // 7), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((size // 14, size // 14), char, font=font, fill=red,
                                       anchor="mm")  # fmt: skip
            glyph = glyph.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
            r = size / 2 - ring * 2 - size // 14
            x = centre + r * math.sin(angle) - glyph.width / 2
            y = centre - r * math.cos(angle) - glyph.height / 2
            image.alpha_composite(glyph, (round(x), round(y)))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def build_duties(*, seed: int, community: Organization, member: Member) -> dict[str, int]:
    from jinlin.cloudmap.indicators import Period
    from jinlin.members.file import complaint_handle, entry_record
    from jinlin.organizations.services import organization_seal_set
    from jinlin.reports.applications import application_decide, certificate_apply

    rng = random.Random(seed + 67)
    issuers = list(Organization.objects.filter(kind__in=["community", "street"], head=""))
    for org in issuers:
        org.head = rng.choice(SURNAMES) + rng.choice(GIVEN)
        org.contact_phone = org.contact_phone or f"0592-{rng.randrange(5000000, 6999999)}"
    Organization.objects.bulk_update(issuers, ["head", "contact_phone"], batch_size=500)
    community.refresh_from_db()
    admin = (
        RoleAssignment.objects.filter(role=RoleAssignment.Role.COMMUNITY_ADMIN,
                                      organization=community)
        .select_related("user").first()
    )  # fmt: skip
    counts = {"heads": len(issuers), "seals": 0, "file_entries": 0, "certificates": 0}
    if admin is None:
        return counts
    by = admin.user
    organization_seal_set(
        organization=community, by=by,
        seal=SimpleUploadedFile("seal.png", seal_png(community.name), "image/png"),
    )  # fmt: skip
    counts["seals"] = 1
    today = timezone.localdate()
    entries: list[dict[str, Any]] = [
        dict(kind="training", title="新时代文明实践志愿者骨干培训", by_whom="区文明办",
             date=today - dt.timedelta(days=75), hours=Decimal("3.0")),
        dict(kind="award", title="社区“优秀双报到党员”", by_whom=community.name,
             date=today - dt.timedelta(days=40)),
        dict(kind="complaint", title="居民反映入户走访未按约定时间到达", by_whom="居民来电",
             date=today - dt.timedelta(days=20)),
    ]  # fmt: skip
    for values in entries:
        entry = entry_record(member=member, by=by, **values)
        if entry.kind == "complaint":
            complaint_handle(entry=entry, by=by, handling="已核实，系交通原因迟到，已向居民致歉")
        counts["file_entries"] += 1
    # A certificate for the first half of the history, issued; one for the last weeks, waiting.
    periods = [
        Period(today - dt.timedelta(days=330), today - dt.timedelta(days=120)),
        Period(today - dt.timedelta(days=119), today),
    ]
    for index, period in enumerate(periods):
        try:
            application = certificate_apply(member=member, period=period, purpose="单位评先评优")
            if index == 0:
                application_decide(application=application, by=by, decision="issue")
                counts["certificates"] += 1
        except ServiceError:
            continue
    return counts
