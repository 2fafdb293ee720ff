from django.apps import AppConfig


class CloudmapConfig(AppConfig):
    """党群云图: the district's picture (indicators, map, trends) and the rebalancer."""

    name = "jinlin.cloudmap"
    label = "cloudmap"
