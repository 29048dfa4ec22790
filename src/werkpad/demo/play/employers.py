"""Job development in the demo (issue 4): the regional sharing agreement, the employers and
their contact persons, the career profiles, the vacancies and eight weeks of employer
contacts, played through the employment services by the demo professionals; dates are then
moved into the past where a service stamps "now"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from werkpad.access.actor import Actor
from werkpad.employment import services
from werkpad.employment.models import (
    ContactKind,
    ContactPurpose,
    Employer,
    EmployerContact,
    Placement,
    RegionalSharing,
    Vacancy,
    VacancyKind,
    mask_of,
)
from werkpad.employment.services import EmployerDetails, ProfileDetails, VacancyDetails
from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente, Membership, Organisation
from werkpad.trajectories.models import PhaseChange, Trajectory

from .. import clock
from ..data.contacts import (
    CALL_OUTCOME,
    F2F_PER_WEEK,
    FILLER,
    FILLER_EMPLOYERS,
    MAIL_OUTCOME,
    NAMED_VISITS,
    Visit,
)
from ..data.employers import EMPLOYER_SPECS
from ..data.people import EMPLOYERS, REGION, REINTEGRATIE
from ..data.profiles import PROFILE_SPECS
from ..data.vacancies import VACANCY_SPECS, VACANCY_TERMS, VacancyTerms
from .people import Cast


@dataclass
class World:
    cast: Cast
    ggz: Organisation
    employer_actor: Actor
    client_actor: Actor
    employers: dict[str, Employer] = field(default_factory=dict)
    vacancies: dict[str, Vacancy] = field(default_factory=dict)
    vacancy_details: dict[str, VacancyDetails] = field(default_factory=dict)

    def actor(self, key: str) -> Actor:
        return self.cast.actors[key]

    def trajectory(self, name: str) -> Trajectory:
        found = (
            Trajectory.objects.filter(client__full_name=name, organisation=self.ggz)
            .select_related("client")
            .order_by("id")
            .first()
        )
        assert found is not None, f"the trajectory demo has no trajectory for {name}"
        return found

    def phase_day(self, trajectory: Trajectory, phase: str) -> date:
        """The day the trajectory entered ``phase`` (the first time)."""
        day = (
            PhaseChange.objects.filter(trajectory=trajectory, to_phase=phase)
            .order_by("changed_on", "id")
            .values_list("changed_on", flat=True)
            .first()
        )
        return day or trajectory.phase_since


def sharing(world: World) -> None:
    """The ggz and the re-integratiebedrijf share their employer relations in AM13."""
    region = ArbeidsmarktRegio.objects.get(code=REGION)
    werkkracht = world.cast.organisations[REINTEGRATIE]
    for organisation in (world.ggz, werkkracht):
        RegionalSharing.objects.get_or_create(
            organisation=organisation, region=region, defaults={"agreed_on": clock.ago(120)}
        )


def employers(world: World) -> None:
    accounts = {o.name: o for o in Organisation.objects.filter(name__in=EMPLOYERS)}
    for spec in EMPLOYER_SPECS:
        actor = world.actor(spec.holder)
        employer = services.employer_create(
            actor=actor,
            details=EmployerDetails(
                name=spec.name,
                sector=spec.sector,
                gemeente=Gemeente.objects.get(code=spec.gemeente),
                kvk_number=spec.kvk,
                locations=spec.locations,
                social_heart=spec.social_heart,
                attitude=spec.attitude,
                networks=spec.networks,
                trainings=spec.trainings,
                uwv_advice=spec.uwv_advice,
                sroi_obligation=bool(spec.sroi_note),
                sroi_note=spec.sroi_note,
            ),
        )
        for name, function, email, phone in spec.people:
            services.contact_person_add(
                actor=actor,
                employer=employer,
                name=name,
                function=function,
                email=email,
                phone=phone,
            )
        # No service links an employer record to the employer organisation's own login
        # (that is set up once, by the holder, outside the demo's scope): set it here.
        changes: dict[str, object] = {"created_at": clock.at(clock.ago(spec.since))}
        if spec.account:
            changes["account"] = accounts[spec.name]
        Employer.objects.filter(pk=employer.pk).update(**changes)
        employer.refresh_from_db()
        world.employers[spec.name] = employer


def profiles(world: World) -> None:
    ips = world.actor("ips")
    for spec in PROFILE_SPECS:
        trajectory = world.trajectory(spec.name)
        profile = services.career_profile_save(
            actor=ips,
            trajectory=trajectory,
            details=ProfileDetails(
                own_words=spec.own_words,
                work_kinds=list(spec.kinds),
                sectors=list(spec.sectors),
                avoid_kinds=list(spec.avoid_kinds),
                avoid_sectors=list(spec.avoid_sectors),
                hours_min=spec.hours[0],
                hours_max=spec.hours[1],
                home_gemeente=trajectory.client.gemeente,
                travel_scope=spec.travel,
                travel_note=spec.travel_note,
                available_from=world.phase_day(trajectory, "kennismaking") + timedelta(days=14),
                needs_mask=mask_of([c.value for c in spec.needs]),
                talents=spec.talents,
                interests=spec.interests,
                education=spec.education,
                helps=spec.helps,
                hinders=spec.hinders,
                support_wished=spec.support,
                benefit_status=spec.benefit,
                register_status=spec.register,
            ),
        )
        for job, employer, first, last, well, ended in spec.history:
            services.work_history_add(
                actor=ips,
                profile=profile,
                job=job,
                employer_name=employer,
                from_year=first,
                to_year=last,
                went_well=well,
                why_ended=ended,
            )


def vacancies(world: World) -> None:
    for spec in VACANCY_SPECS:
        employer = world.employers[spec.employer]
        actor = world.employer_actor if spec.by == "employer" else world.actor(spec.by)
        details = VacancyDetails(
            title=spec.title,
            tasks=spec.tasks,
            sector=spec.sector,
            work_kind=spec.work_kind,
            hours_min=spec.hours[0],
            hours_max=spec.hours[1],
            gemeente=Gemeente.objects.get(code=spec.gemeente),
            requirements=spec.requirements,
            offers_mask=mask_of([c.value for c in spec.offers]),
            offers_note=spec.offers_note,
            adaptable=spec.adaptable,
            kind=VacancyKind.CREATED if spec.for_client else VacancyKind.VACANCY,
            for_trajectory=world.trajectory(spec.for_client) if spec.for_client else None,
            status=spec.status,
            **_terms(spec.key),
        )
        vacancy = services.vacancy_create(actor=actor, employer=employer, details=details)
        Vacancy.objects.filter(pk=vacancy.pk).update(
            created_at=clock.at(clock.ago(spec.days_ago), 9)
        )
        vacancy.refresh_from_db()
        world.vacancies[spec.key] = vacancy
        world.vacancy_details[spec.key] = details


def _terms(key: str) -> dict[str, Any]:
    terms = VACANCY_TERMS.get(key, VacancyTerms())
    return {
        "shifts": list(terms.shifts),
        "contract": terms.contract,
        "wage_hourly": Decimal(terms.wage) if terms.wage else None,
        "wage_scale": terms.wage_scale,
        "other_work_kinds": list(terms.other_kinds),
    }


def coach_numbers_for_employers() -> None:
    """Each coach with a placement sets a number employers reach them on (issue 11): the
    employer sees that, not the coach's work address, which would name the care provider.
    And a number their clients call them on (issue 13, item 14): a tap-to-call link beside
    their name in the client's team list."""
    pairs = set(Placement.objects.values_list("coach_id", "organisation_id"))
    pairs |= set(Employer.objects.values_list("coach_id", "holder_id"))
    for i, (user_id, organisation_id) in enumerate(sorted(pairs)):
        Membership.objects.filter(
            user_id=user_id, organisation_id=organisation_id, employer_phone=""
        ).update(employer_phone=f"06 4000 {1000 + i}")
        Membership.objects.filter(
            user_id=user_id, organisation_id=organisation_id, client_phone=""
        ).update(client_phone=f"06-5100{2000 + i}")


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def employer_contacts(world: World) -> None:
    """Eight weeks of contacts: the named ones, then as many other face-to-face visits as
    each week's figure in ``F2F_PER_WEEK`` asks, and a few calls and e-mails."""
    visits: list[tuple[date, Visit]] = []
    for visit in NAMED_VISITS:
        if visit.after_start is not None:
            trajectory = world.trajectory(visit.client)
            on = world.phase_day(trajectory, "plaatsing") + timedelta(days=visit.after_start)
        else:
            assert visit.ago is not None
            on = clock.ago(visit.ago)
        if on <= clock.today():
            visits.append((on, visit))
    this_week = _week_start(clock.today())
    first = this_week - timedelta(weeks=len(F2F_PER_WEEK) - 1)
    counted: dict[date, int] = {}
    for on, visit in visits:
        if visit.key == "ips" and visit.kind == ContactKind.FACE_TO_FACE:
            week = _week_start(on)
            counted[week] = counted.get(week, 0) + 1
    n = 0
    for index, target in enumerate(F2F_PER_WEEK):
        monday = first + timedelta(weeks=index)
        for i in range(max(0, target - counted.get(monday, 0))):
            purpose, outcome = FILLER[n % len(FILLER)]
            employer = FILLER_EMPLOYERS[n % len(FILLER_EMPLOYERS)]
            on = clock.up_to_today(monday + timedelta(days=i % 5))
            visits.append((on, Visit(employer=employer, purpose=purpose, outcome=outcome)))
            n += 1
        for i, kind in enumerate((ContactKind.PHONE, ContactKind.EMAIL)):
            employer = FILLER_EMPLOYERS[(index + 3 * i) % len(FILLER_EMPLOYERS)]
            on = clock.up_to_today(monday + timedelta(days=1 + 2 * i))
            outcome = CALL_OUTCOME if kind == ContactKind.PHONE else MAIL_OUTCOME
            visits.append(
                (
                    on,
                    Visit(
                        employer=employer,
                        purpose=ContactPurpose.FOLLOW_UP,
                        outcome=outcome,
                        kind=kind,
                    ),
                )
            )
    for on, visit in sorted(visits, key=lambda pair: pair[0]):
        services.employer_contact_log(
            actor=world.actor(visit.key),
            employer=world.employers[visit.employer],
            occurred_on=on,
            purpose=visit.purpose,
            kind=visit.kind,
            with_whom=visit.with_whom,
            outcome=visit.outcome,
            trajectory=world.trajectory(visit.client) if visit.client else None,
        )
    # When they were typed in: the same day, in the afternoon.
    for contact in EmployerContact.objects.filter(employer__in=world.employers.values()):
        EmployerContact.objects.filter(pk=contact.pk).update(
            created_at=clock.at(contact.occurred_on, 16)
        )
