from django.urls import path

from jinlin.reports import views

urlpatterns = [
    path("registrations/<int:pk>/slip.pdf", views.registration_slip, name="registration-slip"),
    path("reports/feedback/", views.feedback, name="unit-feedback"),
    path("reports/evaluations/", views.evaluations, name="evaluations"),
]
