from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    verbose_name = _("Campaigns")
    """Campaigns (百日攻坚, 党员活动日 …): needs, rounds and problems grouped under a campaign
    with targets and progress."""

    name = "jinlin.campaigns"
    label = "campaigns"

    def ready(self) -> None:
        from jinlin.core.urlconverters import register_choice, register_object_kind

        register_object_kind(
            "campaign", "campaigns.Campaign", organizations=("organization",), above=True,
            below=True,
        )  # fmt: skip
        register_choice("campaign_part", "needs", "rounds", "problems")
