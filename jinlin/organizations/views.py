"""Pages to browse and edit the organization tree and its partnerships."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jinlin.core.errors import ServiceError
from jinlin.core.http import add_service_error
from jinlin.members import access, selectors
from jinlin.organizations import services
from jinlin.organizations.forms import OrganizationForm, PartnershipForm, SealForm
from jinlin.organizations.models import Organization, Partnership

Kind = Organization.Kind


def _with_child_counts(queryset: QuerySet[Organization]) -> QuerySet[Organization]:
    return queryset.annotate(child_count=Count("children")).order_by("kind", "code")


@login_required
def org_tree(request: HttpRequest) -> HttpResponse:
    scope = access.scope_of(request.user)
    if not scope.can_read_tree:
        raise PermissionDenied
    visible = access.organizations_visible(request.user)
    query = request.GET.get("q", "").strip()
    results = None
    if query:
        results = visible.filter(Q(name__contains=query) | Q(code__icontains=query))[:100]
    roots = _with_child_counts(visible.exclude(parent_id__in=visible.values("id")))
    return render(
        request,
        "organizations/tree.html",
        {"roots": roots, "q": query, "results": results},
    )


@login_required
def org_children(request: HttpRequest, pk: int) -> HttpResponse:
    parent = get_object_or_404(access.organizations_visible(request.user), pk=pk)
    children = _with_child_counts(parent.children.all())
    return render(request, "organizations/_children.html", {"children": children})


@login_required
def org_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org = get_object_or_404(
        access.organizations_visible(request.user).select_related("parent"), pk=pk
    )
    can_manage = access.can_manage_organization(request.user, org)
    edit_form = None
    if can_manage:
        edit_form = OrganizationForm(
            request.POST if request.POST.get("action") == "edit" else None,
            kinds=[org.kind],
            initial={
                "name": org.name,
                "subkind": org.subkind,
                "code": org.code,
                "address": org.address,
                "contact_phone": org.contact_phone,
                "head": org.head,
                "brand": org.brand,
                "brand_note": org.brand_note,
            },
        )
        if (
            request.method == "POST"
            and request.POST.get("action") == "edit"
            and edit_form.is_valid()
        ):
            try:
                services.organization_update(
                    organization=org, by=request.user, **edit_form.cleaned_data
                )
            except ServiceError as error:
                add_service_error(edit_form, error)
            else:
                messages.success(request, _("Saved."))
                return redirect("org-detail", pk=org.pk)
    seal_form = None
    if can_manage and org.kind != Kind.BRANCH:
        action = request.POST.get("action")
        posted = action == "seal"
        seal_form = SealForm(request.POST if posted else None, request.FILES if posted else None)
        if action == "seal_remove" or (posted and seal_form.is_valid()):
            upload = seal_form.cleaned_data["seal"] if posted else None
            try:
                services.organization_seal_set(organization=org, by=request.user, seal=upload)
            except ServiceError as error:
                add_service_error(seal_form, error)
            else:
                messages.success(request, _("Seal saved.") if upload else _("Seal removed."))
                return redirect("org-detail", pk=org.pk)
    creatable = [
        kind
        for kind in (Kind.STREET, Kind.COMMUNITY, Kind.UNIT, Kind.BRANCH)
        if kind in Organization.PARENT_KINDS
        and org.kind in Organization.PARENT_KINDS[kind]
        and access.can_create_organization(request.user, parent=org, kind=kind)
    ]
    child_form = None
    if creatable:
        child_form = OrganizationForm(
            request.POST if request.POST.get("action") == "add_child" else None,
            kinds=creatable,
            prefix="child",
        )
        if (
            request.method == "POST"
            and request.POST.get("action") == "add_child"
            and child_form.is_valid()
        ):
            data = child_form.cleaned_data
            try:
                child = services.organization_create(
                    parent=org,
                    kind=OrganizationForm.kind_of_subkind(data["subkind"]),
                    by=request.user,
                    **data,
                )
            except ServiceError as error:
                add_service_error(child_form, error)
            else:
                messages.success(request, _("%(name)s added.") % {"name": child.name})
                return redirect("org-detail", pk=child.pk)
    partnership_form = None
    partnerships = []
    if org.kind in (Kind.UNIT, Kind.COMMUNITY):
        if org.kind == Kind.UNIT:
            partnerships = list(
                Partnership.objects.filter(unit=org).select_related("community", "unit")
            )
        else:
            partnerships = list(
                Partnership.objects.filter(community=org).select_related("community", "unit")
            )
        if org.kind == Kind.COMMUNITY and access.can_manage_partnerships(request.user, org):
            partnership_form = PartnershipForm(organization=org)
    ancestors = Organization.objects.filter(pk__in=org.ancestor_ids).order_by("depth")
    counts = (
        selectors.registration_counts([org.pk]).get(org.pk) if org.kind == Kind.COMMUNITY else None
    )
    children = _with_child_counts(org.children.all())
    return render(
        request,
        "organizations/detail.html",
        {
            "org": org,
            "ancestors": ancestors,
            "children": children,
            "edit_form": edit_form,
            "child_form": child_form,
            "seal_form": seal_form,
            "partnerships": partnerships,
            "partnership_form": partnership_form,
            "can_manage_partnerships": org.kind == Kind.COMMUNITY
            and access.can_manage_partnerships(request.user, org),
            "counts": counts,
            "member_count": access.members_visible(request.user)
            .filter(Q(community__path__startswith=org.path) | Q(branch__path__startswith=org.path))
            .count(),
        },
    )


@login_required
@require_POST
def partnership_add(request: HttpRequest, pk: int) -> HttpResponse:
    community = get_object_or_404(
        access.organizations_visible(request.user), pk=pk, kind=Kind.COMMUNITY
    )
    form = PartnershipForm(request.POST, organization=community)
    if form.is_valid():
        try:
            services.partnership_create(
                unit=form.cleaned_data["partner"],
                community=community,
                note=form.cleaned_data["note"],
                by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Partnership added."))
    else:
        messages.error(request, _("Choose a unit."))
    return redirect("org-detail", pk=community.pk)


@login_required
@require_POST
def partnership_remove(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = get_object_or_404(Partnership.objects.select_related("community"), pk=pk)
    if not access.can_view_organization(request.user, partnership.community):
        raise PermissionDenied
    try:
        services.partnership_delete(partnership=partnership, by=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Partnership removed."))
    return redirect("org-detail", pk=partnership.community_id)
