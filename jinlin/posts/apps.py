from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PostsConfig(AppConfig):
    verbose_name = _("Standing posts")
    name = "jinlin.posts"
    label = "posts"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind("post", "posts.Post", organizations=("community",))
        register_object_kind(
            "application", "posts.Application", organizations=("post__community",), member="member"
        )
        register_choice(
            "application_decision", "approve", "decline", "leave-approve", "leave-decline"
        )

        from jinlin.core.worklist import register
        from jinlin.posts import work

        register(work.waiting)
