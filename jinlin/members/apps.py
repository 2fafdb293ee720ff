from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    verbose_name = _("Members and registrations")
    name = "jinlin.members"
    label = "members"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind
        from jinlin.members import auth  # noqa: F401  (counts failed sign-ins at every door)

        register_object_kind(
            "member",
            "members.Member",
            organizations=("community", "branch", "registrations__community"),
            member="",
        )
        register_object_kind(
            "registration",
            "members.Registration",
            organizations=("community", "unit"),
            member="member",
        )
        register_choice("registration_decision", "confirm", "decline")

        from jinlin.core.worklist import register
        from jinlin.members import work

        register(work.waiting)


class JinlinAdminConfig(admin_apps.AdminConfig):
    """The back office, scoped by the same access functions as the pages."""

    default = False
    default_site = "jinlin.members.admin_site.JinlinAdminSite"
