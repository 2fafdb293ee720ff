from django.urls import path

from jinlin.care import views

urlpatterns = [
    path("care/", views.care_home, name="care-home"),
    path("care/c/<community:pk>/", views.community_care, name="care-community"),
    path("care/c/<community:community_pk>/teams/new/", views.team_edit, name="care-team-create"),
    path("care/teams/<team:pk>/", views.team_edit, name="care-team"),
    path("care/c/<community:pk>/members/pick/", views.member_pick, name="care-member-pick"),
    path("care/c/<community:pk>/buildings/", views.buildings, name="care-buildings"),
    path("care/entrances/<entrance:pk>/captain/", views.entrance_captain, name="care-captain"),
    path("care/c/<community:pk>/households/", views.households, name="care-households"),
    path("care/households/<household:pk>/", views.household_detail, name="care-household"),
    path("care/pairings/<pairing:pk>/end/", views.pairing_end, name="care-pairing-end"),
    path("care/visits/<visit:pk>/to-need/", views.visit_to_need, name="care-visit-to-need"),
    path("care/c/<community:pk>/map/", views.zones_and_points, name="care-map"),
    path("care/c/<community:pk>/grids/", views.grids, name="care-grids"),
    path("care/access-log/", views.access_log, name="care-access-log"),
    path("points/", views.public_points, name="public-points"),
    path("me/pairings/", views.my_pairings, name="my-pairings"),
    path("me/pairings/<pairing:pk>/visit/", views.pairing_visit, name="pairing-visit"),
    path("me/entrance/", views.my_entrance, name="my-entrance"),
]
