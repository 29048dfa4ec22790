"""The demo of job development and placement (issue 4), on top of the trajectory stories:
the employers the IPS team visits (three of them log in to Werkpad), a regional sharing
agreement, eight weeks of employer contacts around the IPS norm, vacancies and two jobs
created for one person, career profiles, werkplekscans, placements with their instruments,
follow-along, check-ins and one early-warning signal. Invented people and companies only.

Everything goes through the services with the demo professionals as actors, so the access
log and the invariants hold; dates are then moved into the past with ``QuerySet.update``
where a service stamps "now". Two things the services cannot express are written directly:
placements of trajectories that are already in 'nazorg' (the placement service would move
them back to 'plaatsing'), and the signal, which the early-warning rule raises from the
check-ins exactly as the background task does. Idempotent: when the first employer exists,
nothing is added.
"""

from __future__ import annotations

from django.db import transaction

from werkpad.access.actor import actor_for_user
from werkpad.accounts.models import User
from werkpad.employment.models import Employer
from werkpad.organisations.models import Organisation

from ..data.employers import EMPLOYER_USER, FIRST_EMPLOYER
from ..data.people import GGZ
from ..data.placements import CLIENT_USER
from .employers import (
    World,
    coach_numbers_for_employers,
    employer_contacts,
    employers,
    profiles,
    sharing,
    vacancies,
)
from .people import Cast
from .placements import placements


def seed_employment() -> None:
    """The demo of job development and placement; nothing when it is already there."""
    ggz = Organisation.objects.get(name=GGZ)
    if Employer.objects.filter(holder=ggz, name=FIRST_EMPLOYER).exists():
        return
    with transaction.atomic():
        world = World(
            cast=Cast.load(),
            ggz=ggz,
            employer_actor=actor_for_user(User.objects.get(email=EMPLOYER_USER)),
            client_actor=actor_for_user(User.objects.get(email=CLIENT_USER)),
        )
        sharing(world)
        employers(world)
        profiles(world)
        vacancies(world)
        placements(world)
        employer_contacts(world)
        coach_numbers_for_employers()
