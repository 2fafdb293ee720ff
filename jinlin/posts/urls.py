from django.urls import path

from jinlin.posts import views

urlpatterns = [
    path("posts/", views.post_list, name="post-list"),
    path("posts/<int:pk>/apply/", views.post_apply, name="post-apply"),
    path("posts/applications/<int:pk>/leave/", views.post_leave, name="post-leave"),
    path("posts/manage/", views.post_manage, name="post-manage"),
    path("posts/manage/<int:pk>/", views.post_manage, name="post-manage-one"),
    path(
        "posts/applications/<int:pk>/<str:decision>/",
        views.application_decide,
        name="application-decide",
    ),
    path("me/skills/", views.my_skills, name="my-skills"),
]
