"""gunicorn reads this file when started from the repository root; the
settings and their reasons are in timeline_api/gunicorn_conf.py."""
from timeline_api.gunicorn_conf import *  # noqa: F401,F403
