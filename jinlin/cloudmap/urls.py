from django.urls import path

from jinlin.cloudmap import views

urlpatterns = [
    path("cloudmap/", views.index, name="cloudmap"),
    path("cloudmap/c/<community:pk>/card/", views.community_card, name="cloudmap-card"),
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
