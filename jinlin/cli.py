"""The ``jinlin`` console script: Django's management commands under one name.

``jinlin migrate``, ``jinlin load_demo``, ``jinlin import_roster FILE.xlsx``,
``jinlin serve --bind HOST:PORT`` and every other command Django offers.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    args = ["jinlin", *(sys.argv[1:] if argv is None else argv)]
    try:
        execute_from_command_line(args)
    except ImproperlyConfigured as exc:
        # A configuration mistake deserves one clear line, not a traceback.
        sys.stderr.write(f"jinlin: configuration error: {exc}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
