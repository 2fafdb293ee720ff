"""Uploaded photos: checked, renamed, and cleaned before they are kept.

``check_photo`` refuses what is too large or is not a JPEG, PNG or WebP picture (by its bytes,
not its name). ``photo_content`` returns what is stored: a random name with the extension of the
type the bytes are (a PNG-headed file named ``x.html`` is kept as ``….png``), and — unless the
place is the point of the record, as for a supervisor's finding — without the GPS position
phones write into their photos (a household's door, a helper's home).
"""

from __future__ import annotations

import io
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from jinlin.core.errors import InvalidInput

EXTENSIONS = {"jpeg": "jpg", "png": "png", "webp": "webp"}
GPS_IFD = 0x8825


def detect_type(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


def check_photo(photo: UploadedFile) -> str:
    """The photo's type (jpeg, png, webp), or InvalidInput naming what is wrong."""
    if photo.size and photo.size > settings.PHOTO_MAX_BYTES:
        raise InvalidInput(
            _("The photo is larger than %(mb)d MB.")
            % {"mb": settings.PHOTO_MAX_BYTES // 1_000_000},
            fields={"photo": _("Too large.")},
        )
    head = photo.read(12)
    photo.seek(0)
    kind = detect_type(head)
    if kind is None:
        raise InvalidInput(
            _("The photo must be a JPEG, PNG or WebP picture."),
            fields={"photo": _("Not a picture.")},
        )
    return kind


def photo_content(
    photo: UploadedFile | ContentFile, *, keep_location: bool = False
) -> tuple[str, ContentFile]:
    """The name and content to store for a photo: a random name of its true type, GPS
    removed. ``field.save(*photo_content(photo), save=False)``."""
    kind = check_photo(photo)  # type: ignore[arg-type]
    data = photo.read()
    photo.seek(0)
    if not keep_location:
        data = _without_location(data, kind)
    return f"{uuid.uuid4().hex}.{EXTENSIONS[kind]}", ContentFile(data)


def _without_location(data: bytes, kind: str) -> bytes:
    """The picture without its GPS position (re-saved only when it carries one)."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        exif = image.getexif()
    except (UnidentifiedImageError, OSError, ValueError):
        raise InvalidInput(
            _("The photo could not be read; take it again."), fields={"photo": _("Not readable.")}
        ) from None
    if GPS_IFD not in exif:
        return data
    del exif[GPS_IFD]
    out = io.BytesIO()
    options: dict[str, object] = {"exif": exif.tobytes()}
    if kind == "jpeg":
        options.update(quality=92, optimize=True)
    image.save(out, format=kind.upper(), **options)
    return out.getvalue()
