from django.urls import path

from jinlin.reports import views

urlpatterns = [
    path(
        "registrations/<registration:pk>/slip.pdf",
        views.registration_slip,
        name="registration-slip",
    ),
    path("reports/feedback/", views.feedback, name="unit-feedback"),
    path("me/card.pdf", views.member_card, name="my-card"),
    path("members/<member:pk>/card.pdf", views.member_card, name="member-card"),
    path("reports/evaluations/", views.evaluations, name="evaluations"),
    path("reports/ratings/", views.rating_rules, name="rating-rules"),
    path("reports/ratings/<rating_rule:pk>/", views.rating_detail, name="rating-detail"),
    path("reports/exports/ledger/", views.ledger_export, name="ledger-export"),
    path("reports/exports/national/", views.national_export, name="national-export"),
    path("certificates/verify/", views.certificate_verify, name="certificate-verify"),
    path("me/certificates/", views.my_certificates, name="my-certificates"),
    path(
        "certificates/applications/",
        views.certificate_applications,
        name="certificate-applications",
    ),
    path("certificates/register.xlsx", views.certificate_register, name="certificate-register"),
    path("certificates/publicity/", views.certificate_publicity, name="certificate-publicity"),
    path(
        "certificates/<certificate:number>.pdf",
        views.certificate_download,
        name="certificate-download",
    ),
    path("reports/exports/briefing/", views.briefing_create, name="briefing-create"),
    path("reports/exports/<export:pk>/", views.export_detail, name="export-detail"),
    path(
        "reports/exports/<export:pk>/briefing.docx",
        views.briefing_download,
        {"fmt": "docx"},
        name="briefing-docx",
    ),
    path(
        "reports/exports/<export:pk>/briefing.pdf",
        views.briefing_download,
        {"fmt": "pdf"},
        name="briefing-pdf",
    ),
    path("reports/exports/<export:pk>/ledger.xlsx", views.ledger_download, name="ledger-xlsx"),
]
