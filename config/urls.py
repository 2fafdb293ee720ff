from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path

from jinlin.api.urls import api
from jinlin.core import health
from jinlin.core.media import serve_media
from jinlin.core.views import favicon

admin.site.site_header = "近邻 Jinlin"
admin.site.site_title = "近邻 Jinlin"

urlpatterns: list[URLPattern | URLResolver] = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", health.metrics, name="metrics"),
    path("favicon.ico", favicon),
    path("api/v1/", api.urls),
    path("", include("jinlin.members.urls")),
    path("", include("jinlin.needs.urls")),
    path("", include("jinlin.service.urls")),
    path("", include("jinlin.notifications.urls")),
    path("", include("jinlin.care.urls")),
    path("", include("jinlin.oversight.urls")),
    path("", include("jinlin.residents.urls")),
    path("", include("jinlin.posts.urls")),
    path("", include("jinlin.reports.urls")),
    path("", include("jinlin.cloudmap.urls")),
    path("", include("jinlin.campaigns.urls")),
    path("", include("jinlin.audit.urls")),
    path("orgs/", include("jinlin.organizations.urls")),
    path("roster/", include("jinlin.roster.urls")),
]

# Uploads: only through the access checks of jinlin/core/media.py, DEBUG on or off.
urlpatterns.append(re_path(r"^media/(?P<path>.+)$", serve_media, name="media"))

handler400 = "jinlin.core.views.bad_request"

handler500 = "jinlin.core.unavailable.server_error"
