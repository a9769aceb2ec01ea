"""WSGI entry point: `gunicorn --preload timeline_api.wsgi:app`."""
from .web.app import create_app

app = create_app()
