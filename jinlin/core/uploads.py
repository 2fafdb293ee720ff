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
from decimal import Decimal
from typing import Any

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


def photo_content(photo: UploadedFile | ContentFile) -> tuple[str, ContentFile]:
    """The name and content to store for a photo: a random name of its true type, and the
    picture drawn again from its pixels (``reencoded``). ``field.save(*photo_content(photo),
    save=False)``."""
    kind = check_photo(photo)  # type: ignore[arg-type]
    data = photo.read()
    photo.seek(0)
    return f"{uuid.uuid4().hex}.{EXTENSIONS[kind]}", ContentFile(reencoded(data, kind))


def _opened(data: bytes) -> Any:
    """The picture, its size checked before its pixels are read: a few bytes of PNG header
    may claim 20000 × 20000 pixels (1.6 GB once decoded)."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
    except Image.DecompressionBombError:
        width = height = settings.PHOTO_MAX_PIXELS
    except (UnidentifiedImageError, OSError, ValueError):
        raise InvalidInput(
            _("The photo could not be read; take it again."), fields={"photo": _("Not readable.")}
        ) from None
    if width * height > settings.PHOTO_MAX_PIXELS:
        raise InvalidInput(
            _("The photo has more than %(mp)d million pixels; send a smaller one.")
            % {"mp": settings.PHOTO_MAX_PIXELS // 1_000_000},
            fields={"photo": _("Too large.")},
        )
    return image


def reencoded(data: bytes, kind: str) -> bytes:
    """The picture drawn again from its pixels, turned upright, with no metadata at all: no
    EXIF or XMP (GPS positions, the phone's name), no comments, no text chunks, and nothing
    appended after the image (a JPEG with HTML behind it loses the HTML)."""
    from PIL import Image, ImageOps

    image = _opened(data)
    try:
        image = ImageOps.exif_transpose(image) or image
        image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise InvalidInput(
            _("The photo could not be read; take it again."), fields={"photo": _("Not readable.")}
        ) from None
    if kind == "jpeg":
        image = image.convert("L" if image.mode in ("L", "LA") else "RGB")
        options: dict[str, object] = {"quality": 90, "optimize": True}
    elif kind == "png":
        if image.mode not in ("1", "L", "LA", "RGB", "RGBA"):
            image = image.convert("RGBA")
        options = {"optimize": True}
    else:
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA")
        options = {"quality": 85}
    # A new image made of the pixels alone: nothing of the file it came from travels along.
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    out = io.BytesIO()
    clean.save(out, format=kind.upper(), **options)
    return out.getvalue()


def photo_location(photo: UploadedFile | ContentFile) -> tuple[Decimal, Decimal] | None:
    """Where the phone says the photo was taken (longitude, latitude), from its EXIF GPS:
    for a supervisor's finding, whose place is the point, stored as the finding's fields."""
    data = photo.read()
    photo.seek(0)
    try:
        gps = _opened(data).getexif().get_ifd(GPS_IFD)
        lat, lon = _degrees(gps[2], gps.get(1)), _degrees(gps[4], gps.get(3))
    except (InvalidInput, KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


def _degrees(parts: Any, ref: Any) -> Decimal:
    degrees, minutes, seconds = (Decimal(str(float(p))) for p in parts)
    value = degrees + minutes / 60 + seconds / 3600
    if str(ref).strip().upper() in ("S", "W"):
        value = -value
    return value.quantize(Decimal("0.000001"))
