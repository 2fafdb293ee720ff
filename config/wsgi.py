import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from jinlin.core.lanes import application as _application

application = _application()
