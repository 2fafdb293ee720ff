from django.urls import path

from jinlin.core import views

urlpatterns = [
    path("", views.home, name="home"),
]
