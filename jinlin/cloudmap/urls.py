from django.urls import path

from jinlin.cloudmap import home, views

urlpatterns = [
    path("", home.home, name="home"),
    path("cloudmap/", views.index, name="cloudmap"),
    path("cloudmap/shapes.json", views.community_shapes, name="cloudmap-shapes"),
    path("cloudmap/c/<community:pk>/card/", views.community_card, name="cloudmap-card"),
    path("cloudmap/o/<org:pk>/", views.overview, name="cloudmap-overview"),
    path("cloudmap/o/<org:pk>/f/<figure:key>/", views.figure_rows, name="cloudmap-figure"),
    path("cloudmap/rebalance/", views.proposals, name="cloudmap-proposals"),
    path("cloudmap/rebalance/<proposal:pk>/", views.proposal_detail, name="cloudmap-proposal"),
    path(
        "cloudmap/rebalance/<proposal:pk>/edit/", views.proposal_edit, name="cloudmap-proposal-edit"
    ),
    path(
        "cloudmap/rebalance/<proposal:pk>/<proposal_decision:decision>/",
        views.proposal_decide,
        name="cloudmap-proposal-decide",
    ),
]
