"""ASGI entry point: `uvicorn archive.asgi:application` or any ASGI server."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
application = get_asgi_application()
