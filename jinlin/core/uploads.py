"""Checks on uploaded photos: size, and that the bytes really are a picture."""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from jinlin.core.errors import InvalidInput


def check_photo(photo: UploadedFile) -> None:
    if photo.size and photo.size > settings.PHOTO_MAX_BYTES:
        raise InvalidInput(
            _("The photo is larger than %(mb)d MB.")
            % {"mb": settings.PHOTO_MAX_BYTES // 1_000_000},
            fields={"photo": _("Too large.")},
        )
    head = photo.read(12)
    photo.seek(0)
    is_image = (
        head.startswith(b"\xff\xd8\xff")
        or head.startswith(b"\x89PNG")
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1")
    )
    if not is_image:
        raise InvalidInput(
            _("The photo must be a JPEG, PNG, WebP or HEIC picture."),
            fields={"photo": _("Not a picture.")},
        )
