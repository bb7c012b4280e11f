"""gunicorn settings: `gunicorn --config gunicorn.conf.py archive.wsgi`."""
import multiprocessing
import os

bind = os.getenv("BIND", "127.0.0.1:8000")
workers = int(os.getenv("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
# Load Django once in the master: the embedded database is started (or found)
# there, once, instead of by every worker.
preload_app = True
accesslog = os.getenv("ACCESS_LOG", "-")
timeout = 30
