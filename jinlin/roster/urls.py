from django.urls import path

from jinlin.roster import views

urlpatterns = [
    path("", views.upload, name="roster-upload"),
    path("template.xlsx", views.template_download, name="roster-template"),
    path("<import_job:pk>/", views.job_detail, name="roster-job"),
    path("<import_job:pk>/import/", views.job_confirm, name="roster-confirm"),
    path("<import_job:pk>/columns/", views.job_mapping, name="roster-mapping"),
]
