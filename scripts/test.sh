#!/usr/bin/env bash
# The whole suite: static checks, migrations, deploy check, then unit, integration and browser
# tests. DATABASE_URL picks the database (SQLite when unset).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
echo "== database: ${DATABASE_URL:-sqlite (default)}"
echo "== ruff";  $bin/ruff check src tests && $bin/ruff format --check src tests
echo "== mypy";  $bin/mypy src
echo "== migrations are complete"
DJANGO_SETTINGS_MODULE=werkpad.settings.test $bin/python manage.py makemigrations --check --dry-run -v 1
echo "== check --deploy under production settings"
DJANGO_SETTINGS_MODULE=werkpad.settings.production \
DJANGO_SECRET_KEY="$($bin/python -c 'import secrets; print(secrets.token_urlsafe(60))')" \
DJANGO_ALLOWED_HOSTS=werkpad.example \
WERKPAD_FIELD_ENCRYPTION_KEYS="$($bin/python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')" \
  $bin/python manage.py check --deploy --fail-level WARNING
echo "== pytest"
exec $bin/pytest "$@"
