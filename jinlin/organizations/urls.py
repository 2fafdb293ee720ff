from django.urls import path

from jinlin.organizations import views

urlpatterns = [
    path("", views.org_tree, name="org-tree"),
    path("<org:pk>/", views.org_detail, name="org-detail"),
    path("<org:pk>/children/", views.org_children, name="org-children"),
    path("<org:pk>/partnerships/", views.partnership_add, name="partnership-add"),
    path(
        "partnerships/<partnership:pk>/remove/", views.partnership_remove, name="partnership-remove"
    ),
]
