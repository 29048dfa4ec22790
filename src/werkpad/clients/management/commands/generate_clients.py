"""Generate invented clients for measurements (e.g. 10,000)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from werkpad.clients.models import Client, new_public_id
from werkpad.core.demo import GGZ
from werkpad.organisations.models import Gemeente, Organisation

GIVEN = ("Sanne", "Mohamed", "Lisa", "Daan", "Fatma", "Jeroen", "Noa", "Bram", "Aisha", "Tim")
FAMILY = ("de Vries", "Jansen", "Bakker", "Yilmaz", "Visser", "Smit", "Meijer", "El Idrissi")


class Command(BaseCommand):
    help = "Add N invented clients to an organisation (default: the demo ggz), for measurements."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("count", type=int)
        parser.add_argument("--organisation", default=GGZ)
        parser.add_argument("--seed", type=int, default=13)

    def handle(self, *args: Any, count: int, organisation: str, seed: int, **options: Any) -> None:
        if count < 1:
            raise CommandError("count must be at least 1")
        org = Organisation.objects.filter(name=organisation).first()
        if org is None:
            raise CommandError(f"No organisation named {organisation!r} (run seed_demo first)")
        gemeenten: list[Gemeente | None] = list(
            Gemeente.objects.filter(region__in=org.regions.all())
        ) or [None]
        rng = random.Random(seed)  # noqa: S311 - invented test data, not security
        batch = [
            Client(
                public_id=new_public_id(),
                full_name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                date_of_birth=date(1960, 1, 1) + timedelta(days=rng.randrange(16000)),
                gemeente=rng.choice(gemeenten),
                organisation=org,
            )
            for _ in range(count)
        ]
        with transaction.atomic():
            Client.objects.bulk_create(batch, batch_size=1000)
        self.stdout.write(f"Added {count} invented clients to {org.name}.")
