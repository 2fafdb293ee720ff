"""Back office: residents' requests and small wishes, read-only and without the residents'
phone numbers; the community handles them on its pages."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from jinlin.members.admin_site import CommunityReadOnlyAdmin
from jinlin.residents.models import ResidentRequest, Wish


@admin.register(ResidentRequest)
class ResidentRequestAdmin(CommunityReadOnlyAdmin):
    list_display = ("title", "community", "who", "status", "need", "created_at")
    list_filter = ("status",)
    search_fields = ("title", "community__name")
    fields = ("community", "title", "details", "place", "wanted_on", "status", "need")

    @admin.display(description=pgettext_lazy("requester", "Who"))
    def who(self, obj: ResidentRequest) -> str:
        return obj.masked_requester


@admin.register(Wish)
class WishAdmin(CommunityReadOnlyAdmin):
    list_display = ("title", "community", "for_whom", "status", "claimed_by")
    list_filter = ("status",)
    search_fields = ("title", "community__name")
    fields = ("community", "title", "status", "claimed_by", "fulfilled_at", "confirmed_at")

    @admin.display(description=_("For whom"))
    def for_whom(self, obj: Wish) -> str:
        return obj.masked_beneficiary
