from django.urls import path

from jinlin.campaigns import views

urlpatterns = [
    path("campaigns/", views.campaign_list, name="campaign-list"),
    path("campaigns/new/", views.campaign_create, name="campaign-create"),
    path("campaigns/publicity/", views.publicity, name="campaign-publicity"),
    path("campaigns/<campaign:pk>/plan/", views.campaign_plan, name="campaign-plan"),
    path("campaigns/<campaign:pk>/", views.campaign_detail, name="campaign-detail"),
    path("campaigns/<campaign:pk>/edit/", views.campaign_edit, name="campaign-edit"),
    path(
        "campaigns/<campaign:pk>/<campaign_part:part>/",
        views.campaign_items,
        name="campaign-items",
    ),
]
