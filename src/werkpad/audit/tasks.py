from django_tasks import task

from .integrity import purge_expired


@task()
def purge_access_log() -> int:
    """Retention: remove access-log rows older than WERKPAD_ACCESS_LOG_RETENTION_DAYS."""
    return purge_expired()
