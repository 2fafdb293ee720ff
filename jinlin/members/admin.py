from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from jinlin.core.errors import ServiceError
from jinlin.members import access, services
from jinlin.members.admin_site import ScopedAdmin
from jinlin.members.models import Member, Registration, RoleAssignment


@admin.register(Member)
class MemberAdmin(ScopedAdmin):
    list_display = ("name", "shown_phone", "branch", "community", "is_party_member", "in_service")
    list_filter = ("is_party_member", "in_service")
    search_fields = ("name",)  # not by phone: a search would tell which phones exist
    raw_id_fields = ("user", "branch", "community")
    fields = (
        "name",
        "gender",
        "phone",
        "is_party_member",
        "in_service",
        "branch",
        "community",
        "user",
    )

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.members_visible(request.user).select_related("branch", "community")

    def get_list_display(self, request: HttpRequest) -> Any:
        self._request = request
        return super().get_list_display(request)

    @admin.display(description=_("phone"))
    def shown_phone(self, obj: Member) -> str:
        return access.phone_for(self._request.user, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return access.can_manage_member(request.user, obj)

    def _masked(self, request: HttpRequest, obj: Any) -> bool:
        return obj is not None and not access.can_see_member_contact(request.user, obj)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        # A phone the masking rule hides is never on the form, not even read-only (a
        # read-only field shows its value whole): its masked form stands in its place.
        self._request = request
        if self._masked(request, obj):
            return tuple("shown_phone" if f == "phone" else f for f in self.fields)
        return self.fields

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if self._masked(request, obj):
            return ("shown_phone",)
        return ()

    def save_model(self, request: HttpRequest, obj: Member, form: Any, change: bool) -> None:
        fields: dict[str, Any] = {
            "name": obj.name,
            "phone": obj.phone,
            "is_party_member": obj.is_party_member,
            "in_service": obj.in_service,
            "branch": obj.branch,
            "community": obj.community,
        }
        if change:
            services.member_update(member=obj, by=request.user, **fields)
        else:
            obj.pk = services.member_create(by=request.user, gender=obj.gender, **fields).pk


@admin.register(Registration)
class RegistrationAdmin(ScopedAdmin):
    list_display = ("__str__", "kind", "status", "created_at", "decided_at")
    list_filter = ("kind", "status")
    search_fields = ("member__name", "unit__name", "community__name")
    readonly_fields = (
        "kind",
        "community",
        "member",
        "unit",
        "status",
        "decline_reason",
        "created_by",
        "created_at",
        "decided_by",
        "decided_at",
    )
    actions = ("confirm_selected",)

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return access.registrations_visible(request.user).select_related(
            "member", "unit", "community"
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description=_("Confirm the selected registrations"))
    def confirm_selected(self, request: HttpRequest, queryset: Any) -> None:
        done = 0
        for registration in queryset:
            try:
                services.registration_confirm(registration=registration, by=request.user)
                done += 1
            except ServiceError as error:
                messages.warning(request, f"{registration}: {error.message}")
        messages.success(request, _("%(n)d confirmed.") % {"n": done})


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(ScopedAdmin):
    list_display = ("user", "role", "organization")
    list_filter = ("role",)
    search_fields = ("user__username", "organization__name")
    raw_id_fields = ("user", "organization")

    def scoped_queryset(self, request: HttpRequest) -> Any:
        return RoleAssignment.objects.filter(
            access.scope_of(request.user).org_q("organization")
        ).select_related("user", "organization")

    def save_model(
        self, request: HttpRequest, obj: RoleAssignment, form: Any, change: bool
    ) -> None:
        obj.pk = services.role_grant(
            user=obj.user, role=obj.role, organization=obj.organization, by=request.user
        ).pk

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # a role is granted or revoked, not edited into another

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return access.scope_of(request.user).is_admin
        return access.can_manage_organization(request.user, obj.organization)

    def delete_model(self, request: HttpRequest, obj: RoleAssignment) -> None:
        services.role_revoke(assignment=obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for assignment in queryset:
            services.role_revoke(assignment=assignment, by=request.user)
