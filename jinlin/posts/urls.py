from django.urls import path

from jinlin.posts import views

urlpatterns = [
    path("posts/", views.post_list, name="post-list"),
    path("posts/<post:pk>/apply/", views.post_apply, name="post-apply"),
    path("posts/applications/<application:pk>/leave/", views.post_leave, name="post-leave"),
    path("posts/manage/", views.post_manage, name="post-manage"),
    path("posts/manage/<post:pk>/", views.post_manage, name="post-manage-one"),
    path(
        "posts/applications/<application:pk>/<application_decision:decision>/",
        views.application_decide,
        name="application-decide",
    ),
    path("me/skills/", views.my_skills, name="my-skills"),
]
