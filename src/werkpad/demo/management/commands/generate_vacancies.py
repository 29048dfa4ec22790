"""Generate invented vacancies for measurements (e.g. 100,000), at generated employers spread
over every gemeente in the database.

The employers are held by one organisation (``--holder``, default the demo ggz), or, in a
region where that organisation shares its employer relations (``RegionalSharing``), partly by
the other organisations that share there: either way its professionals see them all, as the
access policy's ``_employer_q`` rule says. Inserts in batches, without access-log rows:
generated data, like ``generate_clients``.

Only the demo region has gemeenten until the CBS mapping is imported; ``--fill-regions K``
adds K invented gemeenten ("Voorbeeldgemeente AMxx-n", code GXxxnn) to every region that
has none, so that vacancies spread over the whole country."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone

from werkpad.accounts.models import User
from werkpad.demo.data.people import GGZ
from werkpad.employment.models import (
    Condition,
    Employer,
    RegionalSharing,
    Sector,
    UwvAdvice,
    Vacancy,
    VacancyStatus,
    WorkKind,
)
from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente, Membership, Organisation, Role

BATCH = 1000
VACANCIES_PER_EMPLOYER = 20  # the default number of employers is count / this
PARTNER_SHARE = 0.3  # in a shared region, the part of the employers a partner holds

# A realistic mix: most vacancies are open, some filled, some closed.
STATUS_WEIGHTS = ((VacancyStatus.OPEN, 70), (VacancyStatus.FILLED, 15), (VacancyStatus.CLOSED, 15))
SECTOR_NOUNS = {
    Sector.SCHOONMAAK: ("Schoonmaakbedrijf", "Facilitair bedrijf"),
    Sector.GROEN: ("Hoveniersbedrijf", "Groenbedrijf", "Kwekerij"),
    Sector.HORECA: ("Restaurant", "Lunchroom", "Hotel", "Cateraar"),
    Sector.ZORG: ("Zorgcentrum", "Thuiszorg", "Zorgboerderij"),
    Sector.ICT: ("Softwarebedrijf", "ICT-dienstverlener"),
    Sector.ADMINISTRATIE: ("Administratiekantoor", "Verzekeraar"),
    Sector.LOGISTIEK: ("Distributiecentrum", "Transportbedrijf", "Koeriersdienst"),
    Sector.DETAILHANDEL: ("Supermarkt", "Bouwmarkt", "Kringloopwinkel"),
    Sector.TECHNIEK: ("Installatiebedrijf", "Garage", "Fietsenmaker"),
    Sector.PRODUCTIE: ("Bakkerij", "Drukkerij", "Metaalbedrijf"),
    Sector.BOUW: ("Bouwbedrijf", "Schildersbedrijf"),
    Sector.ONDERWIJS: ("Kinderopvang", "Basisschool"),
    Sector.CULTUUR: ("Bibliotheek", "Theater", "Sportcentrum"),
    Sector.OVERHEID: ("Stichting", "Buurthuis"),
}
FAMILY = ("De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder")
TITLES = {
    WorkKind.HANDS: ("Productiemedewerker", "Orderpicker", "Medewerker magazijn"),
    WorkKind.PEOPLE: ("Verkoopmedewerker", "Gastvrouw of gastheer", "Begeleider"),
    WorkKind.ADMIN: ("Administratief medewerker", "Medewerker orderadministratie"),
    WorkKind.COMPUTERS: ("Medewerker servicedesk", "Data-invoerder"),
    WorkKind.CREATIVE: ("Medewerker vormgeving", "Decorbouwer"),
    WorkKind.TECHNICAL: ("Monteur", "Onderhoudsmedewerker"),
    WorkKind.OUTDOORS: ("Medewerker groenonderhoud", "Bezorger"),
    WorkKind.ANIMALS: ("Dierverzorger", "Medewerker kinderboerderij"),
}


class Command(BaseCommand):
    help = "Add N invented vacancies at generated employers over all gemeenten, for measurements."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("count", type=int)
        parser.add_argument(
            "--employers",
            type=int,
            default=None,
            help=f"Generated employers (default: count / {VACANCIES_PER_EMPLOYER}).",
        )
        parser.add_argument(
            "--holder",
            type=int,
            default=None,
            help="Id of the organisation holding the employers (default: the demo ggz).",
        )
        parser.add_argument(
            "--fill-regions",
            type=int,
            default=0,
            metavar="K",
            help="Add K invented gemeenten to every region without gemeenten (at most 99).",
        )
        parser.add_argument("--seed", type=int, default=13)

    def handle(
        self,
        *args: Any,
        count: int,
        employers: int | None,
        holder: int | None,
        fill_regions: int,
        seed: int,
        **options: Any,
    ) -> None:
        if count < 1:
            raise CommandError("count must be at least 1")
        if not 0 <= fill_regions <= 99:
            raise CommandError("--fill-regions must be between 0 and 99")
        org = (
            Organisation.objects.filter(pk=holder).first()
            if holder is not None
            else Organisation.objects.filter(name=GGZ).first()
        )
        if org is None:
            raise CommandError("No holding organisation (give --holder, or run seed_demo first)")
        n_employers = max(1, employers or count // VACANCIES_PER_EMPLOYER)
        rng = random.Random(seed)  # noqa: S311 - invented test data, not security
        with transaction.atomic():
            added = _fill_regions(fill_regions)
            gemeenten = list(Gemeente.objects.all())
            if not gemeenten:
                raise CommandError("No gemeenten in the database")
            generator = _Generator(org, gemeenten, rng)
            made = generator.employers(n_employers)
            statuses = generator.vacancies(made, count)
        regions = len({g.region_id for g in gemeenten})
        open_ = statuses[VacancyStatus.OPEN]
        self.stdout.write(
            f"Added {count} vacancies ({open_} open) at {len(made)} generated employers in "
            f"{len(gemeenten)} gemeenten of {regions} regions"
            + (f" ({added} invented gemeenten added)." if added else ".")
        )


def _fill_regions(per_region: int) -> int:
    if not per_region:
        return 0
    empty = ArbeidsmarktRegio.objects.filter(gemeenten__isnull=True)
    new = [
        Gemeente(
            code=f"GX{region.code[2:]}{n:02d}",
            name=f"Voorbeeldgemeente {region.code}-{n}",
            region=region,
        )
        for region in empty
        for n in range(1, per_region + 1)
    ]
    Gemeente.objects.bulk_create(new, batch_size=BATCH)
    return len(new)


@contextmanager
def _keep_created_at(model: type[Employer]) -> Iterator[None]:
    """Let a bulk insert keep the ``created_at`` it was given (spread over the past), instead
    of 'now' for every row."""
    field = model._meta.get_field("created_at")
    saved = field.auto_now_add
    field.auto_now_add = False
    try:
        yield
    finally:
        field.auto_now_add = saved


class _Generator:
    def __init__(self, org: Organisation, gemeenten: list[Gemeente], rng: random.Random) -> None:
        self.org = org
        self.rng = rng
        self.gemeenten = gemeenten
        self.by_region: dict[int, list[Gemeente]] = {}
        for gemeente in gemeenten:
            self.by_region.setdefault(gemeente.region_id, []).append(gemeente)
        holder_coach = _coach(org)
        if holder_coach is None:
            raise CommandError(f"{org.name} has no professional to hold the employers")
        self.coaches: dict[int, User] = {org.pk: holder_coach}
        # Regions where the holder shares, and the other organisations sharing there.
        shared = set(
            RegionalSharing.objects.filter(organisation=org).values_list("region_id", flat=True)
        )
        self.partners: dict[int, list[Organisation]] = {}
        for sharing in RegionalSharing.objects.filter(region_id__in=shared).exclude(
            organisation=org
        ):
            partner = sharing.organisation
            coach = _coach(partner)
            if coach is not None:
                self.coaches[partner.pk] = coach
                self.partners.setdefault(sharing.region_id, []).append(partner)

    def _past(self, days: int) -> datetime:
        day = timezone.localdate() - timedelta(days=self.rng.randrange(days))
        return timezone.make_aware(datetime.combine(day, time(self.rng.randrange(8, 18))))

    def employers(self, count: int) -> list[Employer]:
        rng = self.rng
        first = Employer.objects.filter(name__startswith="Gegenereerd: ").count() + 1
        batch = []
        for n in range(first, first + count):
            gemeente = rng.choice(self.gemeenten)
            sector = rng.choice(list(Sector))
            holder = self.org
            partners = self.partners.get(gemeente.region_id)
            if partners and rng.random() < PARTNER_SHARE:
                holder = rng.choice(partners)
            noun = rng.choice(SECTOR_NOUNS[sector])
            batch.append(
                Employer(
                    holder=holder,
                    name=f"Gegenereerd: {noun} {rng.choice(FAMILY)} {n}",
                    sector=sector,
                    gemeente=gemeente,
                    region_id=gemeente.region_id,
                    coach=self.coaches[holder.pk],
                    social_heart=rng.random() < 0.3,
                    uwv_advice=rng.choices(list(UwvAdvice), weights=(80, 8, 12))[0],
                    sroi_obligation=rng.random() < 0.05,
                    created_at=self._past(1500),
                )
            )
        with _keep_created_at(Employer):
            Employer.objects.bulk_create(batch, batch_size=BATCH)
        if batch and batch[0].pk is None:  # a database that does not return ids
            ids = dict(
                Employer.objects.filter(name__in=[e.name for e in batch]).values_list("name", "pk")
            )
            for employer in batch:
                employer.pk = employer.id = ids[employer.name]
        return batch

    def vacancies(self, employers: list[Employer], count: int) -> Counter[str]:
        """Insert ``count`` vacancies and return how many have each status. Plain batched
        INSERTs (``executemany``): for 100,000 rows ``bulk_create`` spent half a minute
        compiling SQL (SQLite allows 999 parameters, so about 50 rows per statement)."""
        rng = self.rng
        statuses = [s for s, _w in STATUS_WEIGHTS]
        weights = [w for _s, w in STATUS_WEIGHTS]
        sectors, kinds = list(Sector), list(WorkKind)
        conditions = [c.value for c in Condition]
        moments = [connection.ops.adapt_datetimefield_value(self._past(365)) for _ in range(2000)]
        rows = _Rows(Vacancy)
        made: Counter[str] = Counter()
        for _ in range(count):
            employer = rng.choice(employers)
            gemeente = employer.gemeente
            if rng.random() < 0.1:  # another location in the same region
                gemeente = rng.choice(self.by_region[employer.region_id])
            kind = rng.choice(kinds)
            hours_min = rng.choice((4, 8, 12, 16, 20, 24, 28, 32))
            status = rng.choices(statuses, weights=weights)[0]
            made[status] += 1
            rows.add(
                employer_id=employer.pk,
                title=rng.choice(TITLES[kind]),
                tasks="Gegenereerde vacature voor metingen.",
                sector=str(employer.sector if rng.random() < 0.8 else rng.choice(sectors)),
                work_kind=str(kind),
                hours_min=hours_min,
                hours_max=min(48, hours_min + rng.choice((0, 4, 8, 12, 16))),
                gemeente_id=gemeente.pk,
                region_id=gemeente.region_id,
                offers_mask=sum(c for c in conditions if rng.random() < 0.3),
                adaptable=rng.random() < 0.2,
                status=str(status),
                created_by_id=employer.coach_id,
                created_at=moments[rng.randrange(len(moments))],
            )
        rows.flush()
        return made


class _Rows:
    """Rows for one model's table, inserted ``BATCH`` at a time. Every concrete field that
    is not given gets its model default, so a new field with a default needs no change."""

    def __init__(self, model: type[Vacancy]) -> None:
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        self.names = [f.attname for f in fields]
        self.defaults = {f.attname: f.get_db_prep_save(f.get_default(), connection) for f in fields}
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        marks = ", ".join(["%s"] * len(fields))
        table = quote(model._meta.db_table)
        # Names from the model's own metadata; every value goes in as a parameter.
        self.sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
        self.pending: list[tuple[Any, ...]] = []

    def add(self, **values: Any) -> None:
        self.pending.append(tuple(values.get(n, self.defaults[n]) for n in self.names))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            with connection.cursor() as cursor:
                cursor.executemany(self.sql, self.pending)
            self.pending = []


def _coach(org: Organisation) -> User | None:
    """The relation manager of generated employers: the organisation's IPS coach if it has
    one, else any of its professionals who work with clients."""
    memberships = Membership.objects.filter(organisation=org, is_active=True).select_related("user")
    chosen = memberships.filter(role=Role.IPS_TRAJECTBEGELEIDER).order_by("id").first()
    if chosen is None:
        chosen = (
            memberships.exclude(
                role__in=[Role.FUNCTIONEEL_BEHEERDER, Role.WERKGEVER_CONTACTPERSOON]
            )
            .order_by("id")
            .first()
        )
    return chosen.user if chosen is not None else None
