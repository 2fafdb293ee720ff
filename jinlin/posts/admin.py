from __future__ import annotations

from django.contrib import admin

from jinlin.members.admin_site import CommunityReadOnlyAdmin
from jinlin.posts.models import Application, Post


@admin.register(Post)
class PostAdmin(CommunityReadOnlyAdmin):
    list_display = ("title", "community", "category", "places", "schedule", "status")
    list_filter = ("category", "status")
    search_fields = ("title", "community__name")


@admin.register(Application)
class ApplicationAdmin(CommunityReadOnlyAdmin):
    scope_field = "post__community"
    list_display = ("post", "member", "status", "created_at", "decided_at")
    list_filter = ("status",)
    search_fields = ("post__title", "member__name")
