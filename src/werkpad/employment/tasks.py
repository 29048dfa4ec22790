from django_tasks import task

from .wellbeing import evaluate_placement, evaluate_recent


@task()
def evaluate_checkins(placement_id: int) -> bool:
    """After a check-in: raise an early-warning signal if the series calls for one."""
    return evaluate_placement(placement_id) is not None


@task()
def sweep_checkins() -> int:
    """Daily: every placement with a recent check-in, in case a task was lost."""
    return evaluate_recent()


@task()
def start_placements() -> int:
    """Daily: placements recorded ahead whose start date has come move the trajectory to
    'plaatsing' and up the ladder (``services.placements.placements_start_due``)."""
    from .services.placements import placements_start_due

    return placements_start_due()
