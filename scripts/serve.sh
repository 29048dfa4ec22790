#!/usr/bin/env bash
# Production: one command starts Werkpad's processes on this machine (docs/DEPLOYMENT.md).
# Settings come from the environment (DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL,
# WERKPAD_FIELD_ENCRYPTION_KEYS, ...). It migrates, collects the static files with their
# manifest, starts the background-task worker and then gunicorn in the foreground; stopping
# it (Ctrl-C, SIGTERM from systemd) stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-werkpad.settings.production}
py=.venv/bin/python
$py manage.py check --deploy --fail-level WARNING
$py manage.py migrate --noinput
$py manage.py collectstatic --noinput -v 0
$py manage.py db_worker &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
.venv/bin/gunicorn --config gunicorn.conf.py werkpad.wsgi
