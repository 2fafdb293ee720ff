from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "jinlin.api"
    label = "api"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_object_kind

        register_object_kind("token", "api.ApiToken", organizations=(), user="user")
