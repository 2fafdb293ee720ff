"""Uploads: served (DEBUG off, as in production) only to those who may see their record, under
a random name of their true type, drawn again from their pixels with no metadata (a finding's
place is kept as its fields); an uploaded roster is served to nobody."""

from __future__ import annotations

import io

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client
from django.utils.translation import override
from PIL import Image

from jinlin.core.errors import InvalidInput
from jinlin.core.media import MEDIA_KINDS
from jinlin.core.uploads import GPS_IFD, photo_content
from jinlin.needs import services as need_services
from jinlin.service import services as service_services
from jinlin.service.models import Attendance
from tests.needs_helpers import new_member, publish

pytestmark = pytest.mark.django_db


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (40, 30), (200, 16, 46))
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"
    exif[GPS_IFD] = {1: "N", 2: (24.0, 36.0, 0.0), 3: "E", 4: (118.0, 6.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def _accepted_with_photo(cast, photo) -> Attendance:
    member = new_member(cast, "王五", "13700137000")
    need = publish(cast)
    claim = need_services.claim_create(need=need, member=member)
    token, _expires = service_services.site_code_issue(need=need, by=cast.community_admin)
    service_services.scan_record(token=token, member=member)
    return service_services.claim_accept(
        claim=claim, hours="1", outcomes={}, note="", photo=photo, by=cast.community_admin
    )


def test_an_acceptance_photo_is_for_the_member_and_the_community_only(cast, as_user, settings):
    assert not settings.DEBUG
    attendance = _accepted_with_photo(
        cast, SimpleUploadedFile("IMG_0001.JPG", _jpeg_with_gps(), content_type="image/jpeg")
    )
    url = attendance.photo.url
    assert url.startswith("/media/acceptance/") and url.endswith(".jpg")
    assert "IMG_0001" not in url  # a random name, not the phone's
    member = attendance.claim.member.user
    for user in (member, cast.community_admin, cast.street_admin, cast.supervisor):
        response = as_user(user).get(url)
        assert response.status_code == 200, user
        assert response["Content-Type"] == "image/jpeg"
        assert response["X-Content-Type-Options"] == "nosniff"
    for user in (cast.community2_admin, cast.other_member_user, cast.outsider):
        assert as_user(user).get(url).status_code == 404, user
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/signin/" in anonymous["Location"]
    # The kept photo has no metadata at all: no GPS position, not even the phone's maker.
    stored = Image.open(attendance.photo.path)
    assert not stored.getexif() and stored.size == (40, 30)


def test_a_polyglot_is_kept_as_the_picture_it_claims_to_be(cast, as_user):
    polyglot = b"\x89PNG\r\n\x1a\n" + b"<html><script>alert(1)</script></html>"
    picture = io.BytesIO()
    Image.new("RGB", (4, 4)).save(picture, format="PNG")
    real = picture.getvalue() + b"<html><script>alert(1)</script></html>"
    attendance = _accepted_with_photo(
        cast, SimpleUploadedFile("evil.html", real, content_type="text/html")
    )
    assert attendance.photo.name.endswith(".png")
    with open(attendance.photo.path, "rb") as kept:
        assert b"<html>" not in kept.read()  # the bytes after the picture are gone
    response = as_user(cast.community_admin).get(attendance.photo.url)
    assert response["Content-Type"] == "image/png"
    # Bytes that are no picture at all are refused, whatever their name.
    for fake in (polyglot, b"<html>" + polyglot):
        with pytest.raises(InvalidInput) as refused:
            photo_content(SimpleUploadedFile("x.png", fake))
        assert refused.value.fields["photo"]


def test_a_findings_photo_gives_the_finding_its_place(cast, as_user):
    from jinlin.oversight import services as oversight_services
    from tests.oversight_helpers import round_for

    finding = oversight_services.finding_record(
        round_=round_for(cast),
        kind="problem",
        organization=cast.community,
        title="楼道堆物",
        text="",
        place="3号楼",
        severity="high",
        photos=[SimpleUploadedFile("site.jpg", _jpeg_with_gps(), content_type="image/jpeg")],
        by=cast.supervisor,
    )
    photo = finding.photos.get()
    assert not Image.open(photo.file.path).getexif()
    assert (str(finding.longitude), str(finding.latitude)) == ("118.100000", "24.600000")
    assert as_user(cast.supervisor).get(photo.file.url).status_code == 200
    assert as_user(cast.community2_admin).get(photo.file.url).status_code == 404


def test_an_uploaded_roster_is_served_to_nobody(cast, as_user):
    from jinlin.roster.services import job_create
    from jinlin.roster.template import roster_template

    job = job_create(
        upload=SimpleUploadedFile("roster.xlsx", roster_template()),
        by=cast.district_admin,
        language="zh-hans",
    )
    relative = f"roster/{job.pk}.xlsx"
    assert job.stored_path.endswith(relative)  # it is there, holding ID numbers
    for client in (as_user(cast.district_admin), Client()):
        assert client.get(f"/media/{relative}").status_code == 404


def test_a_wish_on_the_public_wall_shows_its_photo_to_anyone(cast):
    from jinlin.residents import services as resident_services
    from tests.standing_helpers import photo

    member = new_member(cast, "王五", "13700137000")
    wish = resident_services.wish_post(
        community=cast.community,
        title="给独居老人修台灯",
        beneficiary="陈奶奶",
        by=cast.community_admin,
    )
    resident_services.wish_claim(wish=wish, member=member, by=member.user)
    resident_services.wish_fulfil(wish=wish, photo=photo(), note="修好了", by=member.user)
    wish.refresh_from_db()
    assert Client().get(wish.fulfilled_photo.url).status_code == 302  # not on the wall yet
    resident_services.wish_confirm(wish=wish, by=cast.community_admin)
    assert Client().get(wish.fulfilled_photo.url).status_code == 200


def test_every_upload_folder_says_who_may_open_it():
    """A file field whose folder no app registered would be served to nobody (or, worse, by
    something else): each upload_to must have its reader in jinlin/core/media.py."""
    missing = []
    for model in apps.get_models():
        if not model.__module__.startswith("jinlin."):
            continue
        for field in model._meta.fields:
            if isinstance(field, models.FileField):
                folder = str(field.upload_to).split("%")[0]
                if not any(folder.startswith(k) for k in MEDIA_KINDS):
                    missing.append(f"{model._meta.label}.{field.name} ({folder})")
    assert missing == []


XMP_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="24,36.0N" exif:GPSLongitude="118,6.0E"/></rdf:RDF></x:xmpmeta>'
)


def _jpeg_with_xmp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(out, format="JPEG")
    data = out.getvalue()
    app1 = b"http://ns.adobe.com/xap/1.0/\x00" + XMP_GPS
    segment = b"\xff\xe1" + (len(app1) + 2).to_bytes(2, "big") + app1
    return data[:2] + segment + data[2:] + b"<html><script>alert(1)</script></html>"


def _png_with_itxt() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP_GPS.decode())
    info.add_text("Comment", "home: 岑东路77号")
    out = io.BytesIO()
    Image.new("RGBA", (16, 16), (1, 2, 3, 255)).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data"), [("x.jpg", _jpeg_with_xmp()), ("x.png", _png_with_itxt())]
)
def test_xmp_text_chunks_and_appended_bytes_are_not_kept(name, data):
    assert b"GPSLatitude" in data
    stored_name, content = photo_content(SimpleUploadedFile(name, data))
    kept = content.read()
    assert stored_name.endswith(name[-4:])
    for trace in (b"GPSLatitude", b"xmpmeta", b"<html>", "岑东路".encode()):
        assert trace not in kept, trace
    again = Image.open(io.BytesIO(kept))
    assert (
        again.size == (16, 16) and not again.getexif() and not again.info.get("XML:com.adobe.xmp")
    )


def test_a_header_claiming_a_huge_picture_is_refused_before_decoding():
    """20000 × 20000 pixels in a 100-byte PNG header: refused by its declared size."""
    import struct
    import zlib

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100))
    )
    bomb += chunk(b"IEND", b"")
    with override("en"), pytest.raises(InvalidInput) as refused:
        photo_content(SimpleUploadedFile("bomb.png", bomb))
    assert "million pixels" in refused.value.message
