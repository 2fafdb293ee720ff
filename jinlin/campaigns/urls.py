from django.urls import path

from jinlin.campaigns import views

urlpatterns = [
    path("campaigns/", views.campaign_list, name="campaign-list"),
    path("campaigns/new/", views.campaign_create, name="campaign-create"),
    path("campaigns/<campaign:pk>/", views.campaign_detail, name="campaign-detail"),
    path("campaigns/<campaign:pk>/edit/", views.campaign_edit, name="campaign-edit"),
    path(
        "campaigns/<campaign:pk>/<campaign_part:part>/",
        views.campaign_items,
        name="campaign-items",
    ),
]
