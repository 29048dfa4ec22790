#!/usr/bin/env bash
# Migrates the SQLite demo database, loads the demo region (keeping what was entered), starts a
# background-task worker and the server, and prints the demo logins. The server is gunicorn
# with the same configuration as production (gunicorn.conf.py; docs/DEPLOYMENT.md): what a
# newcomer sees is what production runs.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}; port=${2:-8000}
export DJANGO_SETTINGS_MODULE=werkpad.settings.demo
export WERKPAD_BASE_URL=${WERKPAD_BASE_URL:-http://$host:$port}  # links in e-mails
py=.venv/bin/python
$py manage.py migrate --noinput -v 0
$py manage.py seed_demo
$py manage.py db_worker --no-startup-delay --interval 2 >var/worker.log 2>&1 &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
echo
echo "Werkpad runs at http://$host:$port/ (stop with Ctrl-C). Mail is printed here."
.venv/bin/gunicorn --config gunicorn.conf.py --bind "$host:$port" \
  --workers "${WERKPAD_WORKERS:-2}" --access-logfile var/access.log werkpad.wsgi
