import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CloudmapConfig(AppConfig):
    verbose_name = _("Cloud map")
    """党群云图: the district's picture (indicators, map, trends) and the rebalancer."""

    name = "jinlin.cloudmap"
    label = "cloudmap"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind(
            "proposal", "cloudmap.Proposal", organizations=("district",), above=True
        )
        register_choice("proposal_decision", "approve", "discard")

        from jinlin.cloudmap.figures import all_figures

        register_choice("figure", *all_figures())

        from jinlin.cloudmap.kept import refresh_large
        from jinlin.core.schedule import Job, scheduled

        # A city-sized district's figures page, counted again for its readers.
        scheduled(Job("kept_figures", refresh_large, every=dt.timedelta(minutes=5)))
