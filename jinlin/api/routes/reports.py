"""Reports the worker makes: the 台账 (.xlsx) and the 工作简报 (.docx, PDF) of an organization
for a period — asked for, followed, and downloaded by whoever asked and the organization's
admins."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import Field

from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id
from jinlin.cloudmap.selectors import period_of
from jinlin.core.errors import InvalidInput
from jinlin.core.http import CONTENT_TYPES, file_response
from jinlin.core.schedule import worker_paused
from jinlin.core.site import site_base
from jinlin.members import access
from jinlin.reports.exports import (
    can_read_export,
    export_downloaded,
    export_file_name,
    export_request,
)
from jinlin.reports.models import Export

router = Router(tags=["reports"])
ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
FORMATS = {
    Export.KIND_LEDGER: ("xlsx",),
    Export.KIND_BRIEFING: ("docx", "pdf"),
    Export.KIND_NATIONAL: ("xlsx",),
}


class ExportIn(Schema):
    kind: Literal["ledger", "briefing", "national"]
    organization: Id
    period_from: dt.date | None = None  # by default the last four weeks
    period_to: dt.date | None = None


class ExportFileOut(Schema):
    format: str
    url: str


class ExportOut(Schema):
    id: uuid.UUID
    kind: str
    organization: int
    organization_name: str
    period_from: dt.date
    period_to: dt.date
    status: str  # queued, running, done, failed
    progress: dict[str, Any]
    error: str
    title: str  # a briefing's title, once written
    files: list[ExportFileOut]  # once done
    worker_paused: bool = Field(
        False, description="waiting, and no worker has checked in lately: the file waits"
    )


class FileQuery(Schema):
    format: Literal["xlsx", "docx", "pdf"]


def export_dict(export: Export) -> dict[str, Any]:
    done = export.status == Export.Status.DONE
    return {
        "id": export.pk,
        "kind": export.kind,
        "organization": export.organization_id,
        "organization_name": export.organization.name,
        "period_from": export.start,
        "period_to": export.end,
        "status": export.status,
        "progress": export.progress or {},
        "error": export.error,
        "title": (export.content or {}).get("title", ""),
        # Waiting, and no worker checked in lately: the client can say why nothing moves.
        "worker_paused": export.status in (Export.Status.QUEUED, Export.Status.RUNNING)
        and worker_paused(),
        "files": [
            {"format": f, "url": f"/api/v1/exports/{export.pk}/file?format={f}"}
            for f in FORMATS.get(export.kind, ())
        ]
        if done
        else [],
    }


def _export(request: HttpRequest, export_id: uuid.UUID) -> Export:
    export = get_object_or_404(Export.objects.select_related("organization"), pk=export_id)
    if not can_read_export(request.user, export):
        raise Http404
    return export


@router.post(
    "/exports",
    response={202: ExportOut, 429: ErrorOut, **ERRORS},
    summary="Ask for an organization's 台账 (ledger) or 工作简报 (briefing) for a period",
    description="The same file asked for again while it is being made answers that one. "
    "`429` when the caller already has `EXPORTS_AT_ONCE` files being made, or asked for "
    "`EXPORTS_PER_DAY` today.",
)
def export_create(request: HttpRequest, payload: ExportIn) -> Status[Any]:
    org = get_object_or_404(
        access.organizations_visible(request.user).select_related(None), pk=payload.organization
    )
    try:
        period = period_of(payload.period_from, payload.period_to)
    except InvalidInput as error:  # named as this API names them
        names = {"from": "period_from", "to": "period_to"}
        raise InvalidInput(
            error.message, fields={names.get(k, k): v for k, v in error.fields.items()}
        ) from None
    export = export_request(
        kind=payload.kind, organization=org, period=period, by=request.user,
        language=get_language(),
    )  # fmt: skip
    export.refresh_from_db()
    return Status(202, export_dict(export))


@router.get(
    "/exports/{export_id}",
    response={200: ExportOut, **ERRORS},
    summary="Progress of an export, and its files once done",
)
def export_detail(request: HttpRequest, export_id: uuid.UUID) -> dict[str, Any]:
    return export_dict(_export(request, export_id))


BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.get(
    "/exports/{export_id}/file",
    response={200: None, **ERRORS},
    summary="Download a finished export: xlsx for a ledger, docx or pdf for a briefing",
    openapi_extra={
        "responses": {
            "200": {
                "description": "The file",
                "content": {CONTENT_TYPES[f]: BINARY for f in ("xlsx", "docx", "pdf")},
            }
        }
    },
)
def export_file(
    request: HttpRequest, export_id: uuid.UUID, query: Query[FileQuery]
) -> HttpResponse:
    from jinlin.reports import briefing

    export = _export(request, export_id)
    if query.format not in FORMATS.get(export.kind, ()):
        raise InvalidInput(
            _("This export has no %(format)s file.") % {"format": query.format},
            fields={"format": _("Not offered for this export.")},
        )
    if export.status != Export.Status.DONE:
        raise InvalidInput(
            _("The file is not ready yet."), fields={"export_id": export.get_status_display()}
        )
    name = export_file_name(export, query.format)
    export_downloaded(export, query.format)
    if query.format == "xlsx":
        with export.file.open("rb") as handle:
            return file_response(handle.read(), filename=name)
    base = site_base(request)
    write = briefing.briefing_docx if query.format == "docx" else briefing.briefing_pdf
    return file_response(write(export, base), filename=name)
