#!/usr/bin/env bash
# The whole suite: static checks, migrations, deploy check, then unit, integration and browser
# tests. DATABASE_URL picks the database (SQLite when unset).
#
#   scripts/test.sh [pytest args]            everything, on DATABASE_URL's database
#   scripts/test.sh --db-only [pytest args]  no static checks, and only the tests that use the
#                                            database (not the ``db_independent`` ones), of the
#                                            browser suite only those marked ``every_database``,
#                                            none marked ``one_database``:
#                                            for a second database after a full run (.ci/run)
#
# pytest runs on WERKPAD_TEST_WORKERS processes (pytest-xdist; default 2, 0 for none).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
db_only=0
if [[ "${1:-}" == "--db-only" ]]; then
  db_only=1
  shift
fi
stage() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  "$@"
  echo "== $name: $((SECONDS - start)) s"
}
deploy_check() {
  DJANGO_SETTINGS_MODULE=werkpad.settings.production \
  DJANGO_SECRET_KEY="$($bin/python -c 'import secrets; print(secrets.token_urlsafe(60))')" \
  DJANGO_ALLOWED_HOSTS=werkpad.example \
  WERKPAD_FIELD_ENCRYPTION_KEYS="$($bin/python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')" \
    $bin/python manage.py check --deploy --fail-level WARNING
}
echo "== database: ${DATABASE_URL:-sqlite (default)}"
if [[ $db_only == 0 ]]; then
  stage "ruff" bash -c "$bin/ruff check src tests && $bin/ruff format --check src tests"
  stage "mypy" $bin/mypy src
  stage "migrations are complete" env DJANGO_SETTINGS_MODULE=werkpad.settings.test \
    $bin/python manage.py makemigrations --check --dry-run -v 1
  stage "check --deploy under production settings" deploy_check
fi
workers=${WERKPAD_TEST_WORKERS:-2}
args=()
if [[ $workers != 0 ]]; then
  args+=(-n "$workers")
fi
if [[ $db_only == 1 ]]; then
  args+=(-m "not db_independent and not one_database and (not browser or every_database)")
fi
echo "== pytest ${args[*]} $*"
start=$SECONDS
status=0
$bin/pytest "${args[@]}" "$@" || status=$?
echo "== pytest: $((SECONDS - start)) s"
exit $status
