from django.urls import path

from jinlin.needs import views

urlpatterns = [
    path("needs/", views.need_list, name="need-list"),
    path("needs/manage/", views.need_manage, name="need-manage"),
    path("needs/manage/export.xlsx", views.need_export, name="need-export"),
    path("needs/new/", views.need_create, name="need-create"),
    path("needs/<need:pk>/", views.need_detail, name="need-detail"),
    path("needs/<need:pk>/edit/", views.need_edit, name="need-edit"),
    path("needs/<need:pk>/cancel/", views.need_cancel, name="need-cancel"),
    path("needs/<need:pk>/message/", views.need_message, name="need-message"),
    path("needs/<need:pk>/claim/", views.need_claim, name="need-claim"),
    path("needs/<need:pk>/dispatch/", views.need_dispatch, name="need-dispatch"),
    path("needs/<need:pk>/dispatch/pick/", views.dispatch_pick, name="need-dispatch-pick"),
    path("claims/<claim:pk>/cancel/", views.claim_cancel, name="claim-cancel"),
    path("claims/<claim:pk>/calendar.ics", views.claim_calendar, name="claim-calendar"),
    path("me/claims/", views.my_claims, name="my-claims"),
    path("me/claims/calendar/", views.my_calendar, name="my-calendar"),
    path(
        "calendar/<calendar_secret:secret>.ics", views.calendar_feed, name="calendar-feed"
    ),
]
