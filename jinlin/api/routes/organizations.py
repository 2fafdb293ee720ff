"""The organization tree, as the caller's scope allows."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema

from jinlin.api.pagination import page_of
from jinlin.api.routes.accounts import ErrorOut
from jinlin.api.types import Id, PageNumber, PageSize, one_of
from jinlin.core.errors import InvalidInput, NotAllowed
from jinlin.members import access
from jinlin.organizations.models import Organization

router = Router(tags=["organizations"])


class OrganizationOut(Schema):
    id: int
    name: str
    kind: str
    subkind: str
    parent: int | None
    code: str
    address: str


class OrganizationPage(Schema):
    count: int
    results: list[OrganizationOut]


def organization_dict(org: Organization) -> dict[str, Any]:
    return {
        "id": org.pk,
        "name": org.name,
        "kind": org.kind,
        "subkind": org.subkind,
        "parent": org.parent_id,
        "code": org.code,
        "address": org.address,
    }


def _require_tree_reader(request: HttpRequest) -> None:
    if not access.scope_of(request.user).can_read_tree:
        raise NotAllowed(_("Only administrators and supervisors browse organizations."))


@router.get(
    "/organizations",
    response={200: OrganizationPage, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    summary="Organizations in the caller's scope",
)
def organization_list(
    request: HttpRequest,
    kind: Annotated[str, one_of("", "district", "street", "community", "unit", "branch")] = "",
    parent: Id | None = None,
    page: PageNumber = 1,
    page_size: PageSize = 50,
) -> dict[str, Any]:
    _require_tree_reader(request)
    rows = access.organizations_visible(request.user).order_by("path")
    if kind:
        if kind not in Organization.Kind.values:
            raise InvalidInput(
                _("kind is one of %(kinds)s.") % {"kinds": ", ".join(Organization.Kind.values)},
                fields={"kind": _("Unknown kind.")},
            )
        rows = rows.filter(kind=kind)
    if parent is not None:
        rows = rows.filter(parent_id=parent)
    return page_of(rows, page=page, page_size=page_size, serialize=organization_dict)


@router.get(
    "/organizations/{org_id}",
    response={200: OrganizationOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
)
def organization_get(request: HttpRequest, org_id: Id) -> dict[str, Any]:
    _require_tree_reader(request)
    org = get_object_or_404(access.organizations_visible(request.user), pk=org_id)
    return organization_dict(org)
