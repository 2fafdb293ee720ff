from django.urls import path

from jinlin.oversight import views

urlpatterns = [
    path("oversight/", views.board, name="oversight-board"),
    path("oversight/export.xlsx", views.board_export, name="oversight-export"),
    path("oversight/problems/", views.problem_list, name="problem-list"),
    path("oversight/problems/new/", views.problem_create, name="problem-create"),
    path("oversight/problems/<problem:pk>/", views.problem_detail, name="problem-detail"),
    path(
        "oversight/problems/<problem:pk>/<problem_action:action>/",
        views.problem_act,
        name="problem-act",
    ),
    path("oversight/rounds/", views.round_list, name="round-list"),
    path("oversight/rounds/worker.js", views.rounds_worker, name="rounds-worker"),
    path("oversight/rounds/<round:pk>/", views.round_detail, name="round-detail"),
    path("oversight/rounds/<round:pk>/record/", views.finding_capture, name="finding-capture"),
    path("oversight/self/", views.self_inspections, name="self-inspections"),
    path("oversight/typical/", views.typical, name="typical"),
    path(
        "oversight/typical/article.<article_format:fmt>",
        views.typical_export,
        name="typical-export",
    ),
]
