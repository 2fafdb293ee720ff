"""The back office: Django's admin, opened to every administrator, scoped like the pages."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from jinlin.core.errors import ServiceError
from jinlin.members.access import scope_of
from jinlin.members.auth import is_throttled, throttled_message, was_refused


class ThrottledLoginForm(AdminAuthenticationForm):
    """The back office's door, under the same throttle as the sign-in page and the API."""

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        if username and is_throttled(self.request, username):
            raise ValidationError(throttled_message(), code="throttled")
        try:
            return super().clean()
        except ValidationError:
            if was_refused(self.request):
                raise ValidationError(throttled_message(), code="throttled") from None
            raise


class JinlinAdminSite(admin.AdminSite):
    site_header = "近邻 Jinlin"
    site_title = "近邻 Jinlin"
    login_form = ThrottledLoginForm

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(user.is_active and (user.is_superuser or scope_of(user).is_admin))


class ScopedAdmin(admin.ModelAdmin):
    """Rows limited by ``scoped_queryset``; admins may view and change what is in scope."""

    def scoped_queryset(self, request: HttpRequest) -> Any:
        raise NotImplementedError

    def get_queryset(self, request: HttpRequest) -> Any:
        return self.scoped_queryset(request)

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        # save_model() calls the owning service; when it refuses, its transaction is rolled
        # back and the admin shows the reason on the same page instead of an error page.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ServiceError as error:
            messages.error(request, error.message)
            return HttpResponseRedirect(request.get_full_path())

    def has_module_permission(self, request: HttpRequest) -> bool:
        return scope_of(request.user).is_admin

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return scope_of(request.user).is_admin

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return scope_of(request.user).is_admin

    def has_add_permission(self, request: HttpRequest) -> bool:
        return scope_of(request.user).is_admin

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_superuser)


class ReadOnlyAdmin(ScopedAdmin):
    """A list to look things up in; what changes them are the pages and the API, where the
    rules live."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class CommunityReadOnlyAdmin(ReadOnlyAdmin):
    """Rows of the communities (or other organizations, ``scope_field``) the admin reads."""

    scope_field = "community"

    def scoped_queryset(self, request: HttpRequest) -> Any:
        from jinlin.members.access import READ_ROLES

        scope = scope_of(request.user)
        return self.model.objects.filter(scope.org_q(self.scope_field, READ_ROLES))
