from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "jinlin.notifications"
    label = "notifications"
