"""Gunicorn, as the demo and production run Werkpad (issue 14; docs/DEPLOYMENT.md).

Sync workers: Werkpad is a synchronous Django application whose requests wait on the
database, not on slow clients (the proxy in front buffers those). Every value can be set
from the environment; the defaults suit this 2-core machine."""

import multiprocessing
import os

# The package lives in src/ (manage.py adds it the same way).
pythonpath = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
bind = os.environ.get("WERKPAD_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WERKPAD_WORKERS", str(multiprocessing.cpu_count() * 2)))
worker_class = "sync"
timeout = int(os.environ.get("WERKPAD_WORKER_TIMEOUT", "30"))
graceful_timeout = 20
# A worker is replaced after this many requests (and a few more at random, so not all at
# once): a slow leak in a library cannot grow without end.
max_requests = 2000
max_requests_jitter = 200
# The proxy in front (nginx, HAProxy) sets X-Forwarded-For/-Proto; trust it only from there.
forwarded_allow_ips = os.environ.get("WERKPAD_PROXY_IPS", "127.0.0.1")
accesslog = os.environ.get("WERKPAD_ACCESS_LOG", "-")
errorlog = "-"
# No query strings in the access log: a search may hold a client's name.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
