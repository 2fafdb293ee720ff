import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup(set_prefix=False)

from jinlin.core.lanes import application as _application  # noqa: E402

application = _application()
