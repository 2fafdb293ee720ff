"""The framework's floor: a bare Django project whose one view makes one INSERT.

Served by the same server with the same settings as Jinlin (`harness.serve`) and hit by the
same client, it shows what Django, the HTTP server and one round trip to PostgreSQL cost on
this machine in this run; a benchmark divides Jinlin's rate by it. The database settings are
Jinlin's own (persistent connections with health checks), so that only Jinlin's work differs.

    granian --interface wsgi benchmarks.floor:application   (with BENCH_DATABASE_URL set)
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import django
from django.conf import settings

TABLE = "bench_floor"


def _configure() -> None:
    if settings.configured:
        return
    parts = urlsplit(os.environ.get("BENCH_DATABASE_URL", ""))
    settings.configure(
        DEBUG=False,
        SECRET_KEY="floor-" + "x" * 40,
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        USE_TZ=True,
        DATABASES={
            "default": {
                "ENGINE": "jinlin.core.postgresql",  # the same backend as Jinlin (its health check)
                "NAME": parts.path.lstrip("/"),
                "USER": parts.username or "",
                "PASSWORD": parts.password or "",
                "HOST": parts.hostname or "",
                "PORT": str(parts.port or ""),
                "CONN_MAX_AGE": 60,
                "CONN_HEALTH_CHECKS": True,
            }
        },
    )
    django.setup()


_configure()

from django.db import connection  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402


@csrf_exempt
def one_insert(request: HttpRequest, need_id: int) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TABLE} (need_id, token) VALUES (%s, %s) RETURNING id",
            [need_id, request.headers.get("Authorization", "")[-16:]],
        )
        (row_id,) = cursor.fetchone()
    response = JsonResponse({"id": row_id, "status": "confirmed"}, status=201)
    response["Content-Length"] = str(len(response.content))
    return response


# The claims' path (claim_storm) and the scans' (scan_burst, whose body it does not read).
urlpatterns = [
    path("api/v1/needs/<int:need_id>/claims", one_insert),
    path("api/v1/scans", one_insert, {"need_id": 0}),
]


from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
