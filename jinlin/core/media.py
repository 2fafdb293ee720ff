"""Uploaded files are served only to those who may see the record they belong to.

Each app declares, in its ``ready()``, the folder its uploads go to (a field's ``upload_to``),
the model and field that hold them, and who may read them — asking the same access functions
as its pages. ``/media/<path>`` finds the record that holds that very file and asks; a file no
record holds (an uploaded roster, a left-over) is served to nobody. With DEBUG on or off alike.

Behind nginx set ``MEDIA_ACCEL_REDIRECT`` (e.g. ``/protected-media/``) and an ``internal``
location for it: Jinlin decides, nginx sends the bytes.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Model, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse

Reader = Callable[[Any, Any], bool]


@dataclass(frozen=True)
class MediaKind:
    folder: str
    model: str
    fields: tuple[str, ...]
    readable: Reader  # (user, record) -> may this signed-in user see it
    public: Callable[[Any], bool] | None = None  # may anyone, signed in or not


MEDIA_KINDS: dict[str, MediaKind] = {}
SAFE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}


def register_media(
    folder: str,
    model: str,
    fields: tuple[str, ...] | str,
    *,
    readable: Reader,
    public: Callable[[Any], bool] | None = None,
) -> None:
    folder = folder.rstrip("/") + "/"
    fields = (fields,) if isinstance(fields, str) else fields
    MEDIA_KINDS[folder] = MediaKind(folder, model, fields, readable, public)


def _record(kind: MediaKind, path: str) -> Model | None:
    model = apps.get_model(kind.model)
    q = Q()
    for field in kind.fields:
        q |= Q(**{field: path})
    return model._default_manager.filter(q).first()


def serve_media(request: HttpRequest, path: str) -> HttpResponse | FileResponse:
    kind = next((k for folder, k in MEDIA_KINDS.items() if path.startswith(folder)), None)
    if kind is None or ".." in Path(path).parts:
        raise Http404
    record = _record(kind, path)
    if record is None:
        raise Http404
    public = kind.public is not None and kind.public(record)
    if not public:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not kind.readable(request.user, record):
            raise Http404  # not even whether it exists
    return _file_response(path, public=public)


def _file_response(path: str, *, public: bool) -> HttpResponse | FileResponse:
    suffix = Path(path).suffix.lower()
    content_type = SAFE_TYPES.get(suffix) or mimetypes.guess_type(path)[0] or ""
    inline = suffix in SAFE_TYPES
    if not inline:
        content_type = content_type or "application/octet-stream"
    prefix = settings.MEDIA_ACCEL_REDIRECT
    response: HttpResponse | FileResponse
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + path
    else:
        file_path = Path(settings.MEDIA_ROOT) / path
        if not file_path.is_file():
            raise Http404
        response = FileResponse(file_path.open("rb"), content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{Path(path).name}"'
    response["Cache-Control"] = ("public" if public else "private") + ", max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response
