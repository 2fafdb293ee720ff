from django.urls import path

from jinlin.residents import views

urlpatterns = [
    path("requests/new/", views.request_new, name="request-new"),
    path("requests/track/<tracking_token:token>/", views.request_track, name="request-track"),
    path("requests/mine/", views.my_requests, name="my-requests"),
    path("requests/manage/", views.request_manage, name="request-manage"),
    path("requests/manage/<request:pk>/", views.request_detail, name="request-detail"),
    path("wishes/wall/", views.wish_wall, name="wish-wall"),
    path("wishes/", views.wish_list, name="wish-list"),
    path("wishes/manage/", views.wish_manage, name="wish-manage"),
    path("wishes/<wish:pk>/<wish_action:action>/", views.wish_act, name="wish-act"),
]
