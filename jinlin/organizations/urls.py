from django.urls import path

from jinlin.organizations import views

urlpatterns = [
    path("", views.org_tree, name="org-tree"),
    path("<int:pk>/", views.org_detail, name="org-detail"),
    path("<int:pk>/children/", views.org_children, name="org-children"),
    path("<int:pk>/partnerships/", views.partnership_add, name="partnership-add"),
    path("partnerships/<int:pk>/remove/", views.partnership_remove, name="partnership-remove"),
]
