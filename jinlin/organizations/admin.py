from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from jinlin.members import access
from jinlin.members.admin_site import ScopedAdmin
from jinlin.organizations import services
from jinlin.organizations.models import Organization, Partnership


@admin.register(Organization)
class OrganizationAdmin(ScopedAdmin):
    list_display = ("name", "subkind", "code", "parent")
    list_filter = ("kind", "subkind")
    search_fields = ("name", "code")
    readonly_fields = ("path", "depth")
    raw_id_fields = ("parent",)
    fields = (
        "name",
        "kind",
        "subkind",
        "code",
        "parent",
        "address",
        "contact_phone",
        "longitude",
        "latitude",
        "path",
        "depth",
    )

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.organizations_visible(request.user).select_related("parent")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is not None:
            return (*self.readonly_fields, "kind", "parent")
        return self.readonly_fields

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return access.can_manage_organization(request.user, obj)

    def save_model(self, request: HttpRequest, obj: Organization, form: Any, change: bool) -> None:
        # Writes go through the services, where the tree's rules live; a refusal is shown
        # by ScopedAdmin.changeform_view and nothing is saved.
        if change:
            services.organization_update(
                organization=obj,
                by=request.user,
                name=obj.name,
                subkind=obj.subkind,
                code=obj.code,
                address=obj.address,
                contact_phone=obj.contact_phone,
            )
            return
        created = services.organization_create(
            name=obj.name,
            kind=obj.kind,
            subkind=obj.subkind,
            parent=obj.parent,
            code=obj.code,
            address=obj.address,
            contact_phone=obj.contact_phone,
            longitude=obj.longitude,
            latitude=obj.latitude,
            by=request.user,
        )
        obj.pk = created.pk
        obj.path = created.path


@admin.register(Partnership)
class PartnershipAdmin(ScopedAdmin):
    list_display = ("unit", "community", "since", "note")
    search_fields = ("unit__name", "community__name")
    raw_id_fields = ("unit", "community")

    def scoped_queryset(self, request: HttpRequest) -> Any:
        scope = access.scope_of(request.user)
        return Partnership.objects.filter(
            scope.org_q("community") | scope.org_q("unit")
        ).select_related("unit", "community")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ("unit", "community") if obj is not None else ()

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return access.can_manage_partnerships(request.user, obj.community)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return access.scope_of(request.user).is_admin
        return access.can_manage_partnerships(request.user, obj.community)

    def delete_model(self, request: HttpRequest, obj: Partnership) -> None:
        services.partnership_delete(partnership=obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for partnership in queryset:
            services.partnership_delete(partnership=partnership, by=request.user)

    def save_model(self, request: HttpRequest, obj: Partnership, form: Any, change: bool) -> None:
        if change:  # only when and why: the unit and the community stay as they are
            services.partnership_describe(
                partnership=obj, since=obj.since, note=obj.note, by=request.user
            )
            return
        created = services.partnership_create(
            unit=obj.unit,
            community=obj.community,
            since=obj.since,
            note=obj.note,
            by=request.user,
        )
        obj.pk = created.pk
