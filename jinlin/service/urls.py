from django.urls import path

from jinlin.service import dispute_views, views

urlpatterns = [
    path("needs/<need:pk>/code/", views.site_code, name="need-code"),
    path("needs/<need:pk>/poster/", views.site_poster, name="need-poster"),
    path("needs/<need:pk>/roster/", views.roster, name="need-roster"),
    path("needs/<need:pk>/roster/bulk/", views.roster_bulk, name="need-roster-bulk"),
    path("needs/<need:pk>/roster/outcomes/", views.roster_outcomes, name="need-roster-outcomes"),
    path("needs/<need:pk>/roster/add/", views.roster_add, name="need-roster-add"),
    path("needs/<need:pk>/roster/pick/", views.roster_pick, name="need-roster-pick"),
    path("claims/<claim:pk>/<claim_decision:decision>/", views.claim_decide, name="claim-decide"),
    path("scan/", views.scan, name="scan"),
    path("me/hours/", views.my_hours, name="my-hours"),
    path("me/hours/<record:pk>/dispute/", dispute_views.dispute_record, name="dispute-record"),
    path("me/hours/missing/", dispute_views.dispute_missing, name="dispute-missing"),
    path("disputes/", dispute_views.dispute_list, name="dispute-list"),
    path("me/reports/", views.my_reports, name="my-reports"),
    path("reports/review/", views.report_review, name="report-review"),
    path("ledger/anchors/", views.ledger_anchors, name="ledger-anchors"),
]
