from django.urls import path

from jinlin.service import views

urlpatterns = [
    path("needs/<int:pk>/code/", views.site_code, name="need-code"),
    path("needs/<int:pk>/poster/", views.site_poster, name="need-poster"),
    path("needs/<int:pk>/roster/", views.roster, name="need-roster"),
    path("needs/<int:pk>/roster/bulk/", views.roster_bulk, name="need-roster-bulk"),
    path("claims/<int:pk>/<str:decision>/", views.claim_decide, name="claim-decide"),
    path("scan/", views.scan, name="scan"),
    path("me/hours/", views.my_hours, name="my-hours"),
    path("me/reports/", views.my_reports, name="my-reports"),
    path("reports/review/", views.report_review, name="report-review"),
]
