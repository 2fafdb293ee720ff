from django.urls import path

from jinlin.notifications import views

urlpatterns = [
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/read/", views.notification_read_all, name="notifications-read"),
    path("notifications/sms/", views.notification_sms, name="notifications-sms"),
]
