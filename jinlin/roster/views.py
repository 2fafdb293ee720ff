"""Upload a roster, watch it being checked, read the errors or the preview, import it."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.core.errors import ServiceError
from jinlin.core.http import file_response, paper_name
from jinlin.members.access import scope_of
from jinlin.roster import services
from jinlin.roster.models import ImportJob
from jinlin.roster.template import roster_template

FINAL = {
    ImportJob.Status.INVALID,
    ImportJob.Status.READY,
    ImportJob.Status.DONE,
    ImportJob.Status.FAILED,
}


def _require_admin(request: HttpRequest) -> None:
    if not scope_of(request.user).is_admin:
        raise PermissionDenied(_("Only administrators import rosters."))


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    _require_admin(request)
    error = ""
    if request.method == "POST":
        upload_file = request.FILES.get("file")
        if upload_file is None:
            error = _("Choose the roster file to upload (.xlsx, .xls or .ods).")
        elif upload_file.size and upload_file.size > settings.ROSTER_MAX_BYTES:
            error = _("The file is %(size).1f MB; the most Jinlin accepts is %(max).0f MB.") % {
                "size": upload_file.size / 1e6,
                "max": settings.ROSTER_MAX_BYTES / 1e6,
            }
        else:
            job = services.job_create(upload=upload_file, by=request.user, language=get_language())
            return redirect("roster-job", pk=job.pk)
    jobs = ImportJob.objects.filter(created_by_id=request.user.pk)[:10]
    return render(
        request, "roster/upload.html", {"jobs": jobs, "error": error}, status=400 if error else 200
    )


def _job_for(request: HttpRequest, pk: str) -> ImportJob:
    _require_admin(request)
    return get_object_or_404(ImportJob, pk=pk, created_by_id=request.user.pk)


@login_required
def job_detail(request: HttpRequest, pk: str) -> HttpResponse:
    job = _job_for(request, pk)
    context = {"job": job, "progress": services.job_progress(job), "final": job.status in FINAL}
    template = "roster/_job.html" if request.headers.get("HX-Request") else "roster/job.html"
    return render(request, template, context)


@login_required
@require_POST
def job_confirm(request: HttpRequest, pk: str) -> HttpResponse:
    job = _job_for(request, pk)
    try:
        services.job_confirm(job=job, by=request.user, language=get_language())
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("roster-job", pk=job.pk)


@login_required
@require_POST
def job_mapping(request: HttpRequest, pk: str) -> HttpResponse:
    """The clerk says which of their columns is which (map-<sheet>-<column> = header)."""
    job = _job_for(request, pk)
    choices: dict[tuple[str, str], str] = {}
    for name in request.POST:
        header = request.POST.get(name, "")
        parts = name.split("-")
        if len(parts) == 3 and parts[0] == "map" and header.strip():
            choices[(parts[1], parts[2])] = header.strip()
    if not choices:
        messages.error(request, _("Choose at least one column."))
        return redirect("roster-job", pk=job.pk)
    try:
        services.job_recheck(job=job, by=request.user, choices=choices, language=get_language())
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("roster-job", pk=job.pk)


@login_required
def template_download(request: HttpRequest) -> HttpResponse:
    return file_response(
        roster_template(), filename=paper_name(pgettext("file", "Roster template"), ext="xlsx")
    )
