"""Use cases of job development and placement: one transaction each, checked by the access
policy and written to the access log with the change. The invariants live here so every
entry point keeps them: a competitive job pays at least the minimum wage; a placement after a
werkplekscan with a red light needs a recorded conscious decision; a placement moves an IPS
trajectory to 'plaatsing' and the ladder up where it applies; a job's end moves it back to
'zoeken'; a face-to-face contact for a job seeker counts for the 30-day norm."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require, visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import (
    ArbeidsmarktRegio,
    Gemeente,
    Membership,
    OrganisationType,
)
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import (
    BenefitStatus,
    LadderAssessment,
    LadderStep,
    Perspective,
    Trajectory,
)
from werkpad.trajectories.phases import IPS_SEARCH, TrajectoryType

from .care_words import care_words_in
from .instruments import INSTRUMENT_BY_CODE, minimum_hourly_wage
from .models import (
    SCAN_ASPECTS,
    AppliedInstrument,
    CareerProfile,
    CheckIn,
    ContactKind,
    ContactPerson,
    ContactPurpose,
    ContractType,
    Employer,
    EmployerContact,
    FollowUpContact,
    JobEndReason,
    Light,
    Placement,
    RegionalSharing,
    RegisterStatus,
    Sector,
    Signal,
    TravelScope,
    UwvAdvice,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WithWhom,
    WorkHistoryEntry,
    WorkKind,
    WorkplaceScan,
    WorkType,
)

IPS_PLACEMENT = "plaatsing"
IPS_BEFORE_PLACEMENT = ("aanmelding", "kennismaking", IPS_SEARCH)
SCAN_ASPECTS_CODES = tuple(code for code, _label in SCAN_ASPECTS)

# The participatieladder step a placement reaches (REFERENCE.md §2): unpaid work is step 4,
# paid work with support (a subsidy or a jobcoach) 5, paid work without it 6.
UNPAID_STEP = {
    WorkType.TRIAL: LadderStep.UNPAID_WORK,
    WorkType.LEARNING: LadderStep.UNPAID_WORK,
    WorkType.VOLUNTEER: LadderStep.UNPAID_WORK,
    WorkType.DAY_ACTIVITY: LadderStep.ORGANISED_ACTIVITIES,
}
SUPPORT_INSTRUMENTS = frozenset({"loonkostensubsidie", "jobcoach"})


def _not_in_future(day: date, field: str) -> None:
    if day > timezone.localdate():
        raise ValidationError({field: _("Deze datum ligt in de toekomst.")})


def _save_versioned(model: type[Model], obj: Any, version: int, changes: dict[str, Any]) -> None:
    """Apply ``changes`` only if nobody saved a newer version in between (no lost updates)."""
    updated = model._default_manager.filter(pk=obj.pk, version=version).update(
        **changes, version=version + 1
    )
    if not updated:
        raise StaleEditError
    obj.refresh_from_db()


# --- Career profile ------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class ProfileDetails:
    own_words: str
    work_kinds: list[str]
    sectors: list[str]
    avoid_kinds: list[str]
    avoid_sectors: list[str]
    hours_min: int | None = None
    hours_max: int | None = None
    home_gemeente: Gemeente | None = None
    travel_scope: str = "regio"
    travel_note: str = ""
    available_from: date | None = None
    needs_mask: int = 0
    talents: str = ""
    interests: str = ""
    education: str = ""
    helps: str = ""
    hinders: str = ""
    support_wished: str = ""
    benefit_status: str = ""
    register_status: str = "onbekend"


def _choices_valid(**fields: tuple[Any, Any]) -> None:
    """Every given value (or every item of a given list) is one of its field's choices; the
    forms offer only those, but services are also called by the API, demo and generators."""
    for name, (value, choices) in fields.items():
        values = value if isinstance(value, list) else [value]
        if any(v not in choices for v in values):
            raise ValidationError({name: _("Kies een van de mogelijkheden.")})


def _check_profile(details: ProfileDetails) -> None:
    _choices_valid(
        work_kinds=(details.work_kinds, WorkKind.values),
        avoid_kinds=(details.avoid_kinds, WorkKind.values),
        sectors=(details.sectors, Sector.values),
        avoid_sectors=(details.avoid_sectors, Sector.values),
        travel_scope=(details.travel_scope, TravelScope.values),
        register_status=(details.register_status, RegisterStatus.values),
        benefit_status=(details.benefit_status, ["", *BenefitStatus.values]),
    )
    if not details.own_words.strip():
        raise ValidationError(
            {"own_words": _("Schrijf in de woorden van de cliënt wat voor werk die wil.")}
        )
    if set(details.work_kinds) & set(details.avoid_kinds):
        raise ValidationError(
            {"avoid_kinds": _("Een soort werk kan niet tegelijk gewild en niet gewild zijn.")}
        )
    if set(details.sectors) & set(details.avoid_sectors):
        raise ValidationError(
            {"avoid_sectors": _("Een sector kan niet tegelijk gewild en niet gewild zijn.")}
        )
    if details.hours_min and details.hours_max and details.hours_min > details.hours_max:
        raise ValidationError({"hours_max": _("Het maximum aantal uren is lager dan het minimum.")})
    for name in ("hours_min", "hours_max"):
        value = getattr(details, name)
        if value is not None and not 1 <= value <= 48:
            raise ValidationError({name: _("Kies een aantal uren tussen 1 en 48 per week.")})


def career_profile_save(
    *, actor: Actor, trajectory: Trajectory, details: ProfileDetails, version: int | None = None
) -> CareerProfile:
    """Create the trajectory's career profile, or change it (with the version the form saw)."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    _check_profile(details)
    values = asdict(details)
    values["own_words"] = details.own_words.strip()
    values["home_gemeente"] = details.home_gemeente
    with transaction.atomic():
        existing = CareerProfile.objects.filter(trajectory=trajectory).first()
        if existing is None:
            profile = CareerProfile.objects.create(
                trajectory=trajectory,
                organisation=_organisation(actor),
                updated_by=_user(actor),
                **values,
            )
            _audit(actor, "career_profile.create", AuditAction.CREATE, profile, decision)
            return profile
        change = require(actor, Action.CHANGE_RECORD, existing)
        if version is None:
            raise StaleEditError
        _save_versioned(CareerProfile, existing, version, {**values, "updated_by": _user(actor)})
        _audit(actor, "career_profile.update", AuditAction.UPDATE, existing, change)
    return existing


def work_history_add(
    *,
    actor: Actor,
    profile: CareerProfile,
    job: str,
    from_year: int,
    to_year: int | None = None,
    employer_name: str = "",
    went_well: str = "",
    why_ended: str = "",
) -> WorkHistoryEntry:
    decision = require(actor, Action.CHANGE_RECORD, profile)
    if not job.strip():
        raise ValidationError({"job": _("Vul de functie in.")})
    this_year = timezone.localdate().year
    if not 1950 <= from_year <= this_year:
        raise ValidationError({"from_year": _("Kies een jaar tussen 1950 en nu.")})
    if to_year is not None and not from_year <= to_year <= this_year:
        raise ValidationError(
            {"to_year": _("Het eindjaar ligt voor het beginjaar of in de toekomst.")}
        )
    with transaction.atomic():
        entry = WorkHistoryEntry.objects.create(
            profile=profile,
            job=job.strip(),
            employer_name=employer_name.strip(),
            from_year=from_year,
            to_year=to_year,
            went_well=went_well.strip(),
            why_ended=why_ended.strip(),
        )
        _audit(
            actor,
            "career_profile.history_add",
            AuditAction.UPDATE,
            profile,
            decision,
            detail={"entry": entry.pk},
        )
    return entry


# --- Employers -----------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class EmployerDetails:
    name: str
    sector: str
    gemeente: Gemeente
    kvk_number: str = ""
    locations: str = ""
    coach: User | None = None
    social_heart: bool = False
    attitude: str = ""
    networks: str = ""
    trainings: str = ""
    uwv_advice: str = "nee"
    sroi_obligation: bool = False
    sroi_note: str = ""


def _check_employer(details: EmployerDetails) -> None:
    _choices_valid(
        sector=(details.sector, Sector.values), uwv_advice=(details.uwv_advice, UwvAdvice.values)
    )
    if not details.name.strip():
        raise ValidationError({"name": _("Vul de naam van de werkgever in.")})
    kvk = details.kvk_number.strip()
    if kvk and (len(kvk) != 8 or not kvk.isdigit()):
        raise ValidationError({"kvk_number": _("Een KvK-nummer bestaat uit 8 cijfers.")})


def similar_employers(*, actor: Actor, name: str, kvk_number: str = "") -> list[Employer]:
    """Employers the actor can see with the same KvK number or name: so two coaches don't
    call the same employer unawares."""
    q = Q(name__iexact=name.strip())
    if kvk_number.strip():
        q |= Q(kvk_number=kvk_number.strip())
    return list(visible_to(actor, Employer.objects.filter(q)).select_related("holder", "coach"))


def employer_create(
    *, actor: Actor, details: EmployerDetails, confirm_duplicate: bool = False
) -> Employer:
    decision = require(actor, Action.CREATE_EMPLOYER)
    _check_employer(details)
    similar = similar_employers(actor=actor, name=details.name, kvk_number=details.kvk_number)
    if similar and not confirm_duplicate:
        names = ", ".join(f"{e.name} ({e.holder}, {e.coach})" for e in similar)
        raise ValidationError(
            {
                "confirm_duplicate": _(
                    "Deze werkgever staat al in Werkpad: %(names)s. Neem contact op met de "
                    "relatiebeheerder, of bevestig dat het een andere werkgever is."
                )
                % {"names": names}
            }
        )
    values = asdict(details)
    values["name"] = details.name.strip()
    values["kvk_number"] = details.kvk_number.strip()
    values["coach"] = details.coach or _user(actor)
    with transaction.atomic():
        employer = Employer.objects.create(
            holder=_organisation(actor), region_id=details.gemeente.region_id, **values
        )
        _audit(actor, "employer.create", AuditAction.CREATE, employer, decision)
    return employer


def employer_update(
    *, actor: Actor, employer: Employer, version: int, details: EmployerDetails
) -> Employer:
    decision = require(actor, Action.CHANGE_EMPLOYER, employer)
    _check_employer(details)
    values = asdict(details)
    values["name"] = details.name.strip()
    values["kvk_number"] = details.kvk_number.strip()
    values["coach"] = details.coach or employer.coach
    values["region_id"] = details.gemeente.region_id
    with transaction.atomic():
        _save_versioned(Employer, employer, version, values)
        _audit(actor, "employer.update", AuditAction.UPDATE, employer, decision)
    return employer


def contact_person_add(
    *,
    actor: Actor,
    employer: Employer,
    name: str,
    function: str = "",
    email: str = "",
    phone: str = "",
) -> ContactPerson:
    decision = require(actor, Action.CHANGE_EMPLOYER, employer)
    if not name.strip():
        raise ValidationError({"name": _("Vul de naam van de contactpersoon in.")})
    with transaction.atomic():
        person = ContactPerson.objects.create(
            employer=employer,
            name=name.strip(),
            function=function.strip(),
            email=email,
            phone=phone,
        )
        _audit(actor, "employer.contact_person_add", AuditAction.UPDATE, employer, decision)
    return person


def employer_contact_log(
    *,
    actor: Actor,
    employer: Employer,
    occurred_on: date,
    purpose: str,
    kind: str = ContactKind.FACE_TO_FACE,
    with_whom: str = "",
    outcome: str = "",
    trajectory: Trajectory | None = None,
) -> EmployerContact:
    """Log a contact. For a named job seeker the trajectory is needed (and the right to work
    on it); a face-to-face one is then the trajectory's employer contact for the 30-day norm."""
    decision = require(actor, Action.LOG_EMPLOYER_CONTACT, employer)
    _not_in_future(occurred_on, "occurred_on")
    if purpose not in ContactPurpose.values:
        raise ValidationError({"purpose": _("Kies het doel van het contact.")})
    if kind not in ContactKind.values:
        raise ValidationError({"kind": _("Kies de soort contact.")})
    if purpose == ContactPurpose.FOR_JOB_SEEKER and trajectory is None:
        raise ValidationError({"trajectory": _("Kies voor welke werkzoekende dit contact was.")})
    if trajectory is not None:
        require(actor, Action.ADD_OWN_RECORD, trajectory)
    with transaction.atomic():
        contact = EmployerContact.objects.create(
            employer=employer,
            organisation=_organisation(actor),
            coach=_user(actor),
            occurred_on=occurred_on,
            kind=kind,
            purpose=purpose,
            with_whom=with_whom.strip(),
            outcome=outcome.strip(),
            trajectory=trajectory,
        )
        if (
            trajectory is not None
            and kind == ContactKind.FACE_TO_FACE
            and occurred_on >= trajectory.started_on  # earlier contacts don't count for the norm
        ):
            Trajectory.objects.filter(
                Q(first_employer_contact_on__isnull=True)
                | Q(first_employer_contact_on__gt=occurred_on),
                pk=trajectory.pk,
            ).update(first_employer_contact_on=occurred_on)
        _audit(
            actor,
            "employer.contact_log",
            AuditAction.CREATE,
            contact,
            decision,
            client_pid=trajectory.client.public_id if trajectory else "",
            detail={"kind": kind, "purpose": purpose},
        )
    return contact


def employer_sharing_set(*, actor: Actor, regions: list[ArbeidsmarktRegio]) -> list[int]:
    """The organisation agrees to share its employer relations in ``regions`` (and stops in
    the others). Sharing works both ways: only with organisations that agreed as well."""
    decision = require(actor, Action.MANAGE_EMPLOYER_SHARING)
    organisation = _organisation(actor)
    allowed = set(organisation.regions.values_list("pk", flat=True))
    chosen = {r.pk for r in regions}
    if not chosen <= allowed:
        raise ValidationError({"regions": _("Kies alleen regio's waarin je organisatie werkt.")})
    with transaction.atomic():
        current = set(
            RegionalSharing.objects.filter(organisation=organisation).values_list(
                "region_id", flat=True
            )
        )
        RegionalSharing.objects.filter(
            organisation=organisation, region_id__in=current - chosen
        ).delete()
        RegionalSharing.objects.bulk_create(
            RegionalSharing(organisation=organisation, region_id=pk, agreed_on=timezone.localdate())
            for pk in chosen - current
        )
        record(
            actor,
            event="employer.sharing",
            action=AuditAction.UPDATE,
            obj=organisation,
            basis=decision.basis,
            detail={"regions": sorted(chosen)},
        )
    return sorted(chosen)


# --- Vacancies and created jobs ------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class VacancyDetails:
    title: str
    tasks: str
    sector: str
    work_kind: str
    hours_min: int
    hours_max: int
    gemeente: Gemeente
    requirements: str = ""
    offers_mask: int = 0
    offers_note: str = ""
    adaptable: bool = False
    kind: str = VacancyKind.VACANCY
    for_trajectory: Trajectory | None = None
    status: str = VacancyStatus.OPEN


def _check_vacancy(actor: Actor, details: VacancyDetails) -> None:
    _choices_valid(
        sector=(details.sector, Sector.values),
        work_kind=(details.work_kind, WorkKind.values),
        kind=(details.kind, VacancyKind.values),
        status=(details.status, VacancyStatus.values),
    )
    if not details.title.strip():
        raise ValidationError({"title": _("Vul de functie in.")})
    if not details.tasks.strip():
        raise ValidationError({"tasks": _("Beschrijf de taken.")})
    if not 1 <= details.hours_min <= details.hours_max <= 48:
        raise ValidationError(
            {"hours_max": _("Kies de uren tussen 1 en 48, het minimum niet boven het maximum.")}
        )
    if details.kind == VacancyKind.CREATED:
        if details.for_trajectory is None:
            raise ValidationError(
                {"for_trajectory": _("Een gecreëerde baan is voor één persoon: kies voor wie.")}
            )
        require(actor, Action.ADD_OWN_RECORD, details.for_trajectory)
    elif details.for_trajectory is not None:
        raise ValidationError(
            {"for_trajectory": _("Alleen een gecreëerde baan is voor één persoon.")}
        )


def vacancy_create(*, actor: Actor, employer: Employer, details: VacancyDetails) -> Vacancy:
    decision = require(actor, Action.ADD_VACANCY, employer)
    _check_vacancy(actor, details)
    values = asdict(details)
    values.update(title=details.title.strip(), tasks=details.tasks.strip())
    values["gemeente"] = details.gemeente
    values["for_trajectory"] = details.for_trajectory
    with transaction.atomic():
        vacancy = Vacancy.objects.create(
            employer=employer,
            region_id=details.gemeente.region_id,
            created_by=_user(actor),
            **values,
        )
        _audit(actor, "vacancy.create", AuditAction.CREATE, vacancy, decision)
    return vacancy


def vacancy_update(
    *, actor: Actor, vacancy: Vacancy, version: int, details: VacancyDetails
) -> Vacancy:
    decision = require(actor, Action.CHANGE_VACANCY, vacancy)
    _check_vacancy(actor, details)
    values = asdict(details)
    values.update(title=details.title.strip(), tasks=details.tasks.strip())
    values["gemeente"] = details.gemeente
    values["for_trajectory"] = details.for_trajectory
    values["region_id"] = details.gemeente.region_id
    with transaction.atomic():
        _save_versioned(Vacancy, vacancy, version, values)
        _audit(actor, "vacancy.update", AuditAction.UPDATE, vacancy, decision)
    return vacancy


# --- Werkplekscan --------------------------------------------------------------------------
def workplace_scan_record(
    *,
    actor: Actor,
    trajectory: Trajectory,
    employer: Employer,
    done_on: date,
    lights: dict[str, dict[str, str]],
    vacancy: Vacancy | None = None,
) -> WorkplaceScan:
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    require(actor, Action.VIEW_EMPLOYER, employer)
    _not_in_future(done_on, "done_on")
    clean: dict[str, dict[str, str]] = {}
    for aspect, label in SCAN_ASPECTS:
        given = lights.get(aspect) or {}
        light = given.get("light", "")
        if light not in Light.values:
            raise ValidationError(
                {
                    f"{aspect}_light": _("Kies groen, oranje of rood voor: %(aspect)s")
                    % {"aspect": label}
                }
            )
        note = (given.get("note") or "").strip()
        if light != Light.GREEN and not note:
            raise ValidationError(
                {
                    f"{aspect}_note": _("Licht toe waarom dit niet groen is: %(aspect)s")
                    % {"aspect": label}
                }
            )
        clean[aspect] = {"light": light, "note": note}
    if vacancy is not None and vacancy.employer_id != employer.pk:
        raise ValidationError({"vacancy": _("Deze vacature hoort bij een andere werkgever.")})
    with transaction.atomic():
        scan = WorkplaceScan.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            employer=employer,
            vacancy=vacancy,
            done_on=done_on,
            lights=clean,
            done_by=_user(actor),
        )
        _audit(actor, "workplace_scan.create", AuditAction.CREATE, scan, decision)
    return scan


# --- Placement -----------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class InstrumentUse:
    code: str
    starts_on: date
    ends_on: date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class PlacementDetails:
    employer: Employer
    job_title: str
    work_type: str
    start_on: date
    hours_per_week: Decimal
    contract_type: str
    hourly_wage: Decimal | None = None
    vacancy: Vacancy | None = None
    scan: WorkplaceScan | None = None
    adjustments: str = ""
    red_light_decision: str = ""
    instruments: tuple[InstrumentUse, ...] = ()


def _age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _check_placement(trajectory: Trajectory, details: PlacementDetails) -> None:
    _choices_valid(contract_type=(details.contract_type, ContractType.values))
    if not details.job_title.strip():
        raise ValidationError({"job_title": _("Vul de functie in.")})
    if details.work_type not in WorkType.values:
        raise ValidationError({"work_type": _("Kies de soort plaatsing.")})
    if not Decimal("1") <= details.hours_per_week <= Decimal("48"):
        raise ValidationError({"hours_per_week": _("Kies tussen 1 en 48 uur per week.")})
    if details.start_on < trajectory.started_on:
        raise ValidationError({"start_on": _("De startdatum ligt voor de start van het traject.")})
    if details.work_type == WorkType.COMPETITIVE:
        minimum = minimum_hourly_wage(_age_on(trajectory.client.date_of_birth, details.start_on))
        if details.hourly_wage is None or details.hourly_wage < minimum:
            raise ValidationError(
                {
                    "hourly_wage": _(
                        "Regulier betaald werk betaalt minstens het minimumloon: %(minimum)s "
                        "euro bruto per uur voor deze leeftijd."
                    )
                    % {"minimum": number_format(minimum, 2)}
                }
            )
        if details.contract_type == "geen":
            raise ValidationError(
                {"contract_type": _("Regulier betaald werk heeft een arbeidscontract.")}
            )
    vacancy = details.vacancy
    if vacancy is not None and vacancy.employer_id != details.employer.pk:
        raise ValidationError({"vacancy": _("Deze vacature hoort bij een andere werkgever.")})
    if (
        vacancy is not None
        and vacancy.kind == VacancyKind.CREATED
        and vacancy.for_trajectory_id != trajectory.pk
    ):
        raise ValidationError({"vacancy": _("Deze baan is voor iemand anders gemaakt.")})
    scan = details.scan
    if scan is not None and scan.trajectory_id != trajectory.pk:
        raise ValidationError({"scan": _("Deze werkplekscan hoort bij een ander traject.")})
    if scan is not None and scan.employer_id != details.employer.pk:
        raise ValidationError({"scan": _("Deze werkplekscan hoort bij een andere werkgever.")})
    if scan is not None and scan.red_aspects and not details.red_light_decision.strip():
        raise ValidationError(
            {
                "red_light_decision": _(
                    "De werkplekscan heeft een rood licht. Leg vast waarom jullie toch bewust "
                    "voor deze plaatsing kiezen."
                )
            }
        )
    for use in details.instruments:
        if use.code not in INSTRUMENT_BY_CODE:
            raise ValidationError({"instruments": _("Onbekend instrument.")})
        if use.ends_on is not None and use.ends_on < use.starts_on:
            raise ValidationError({"instruments": _("Een instrument eindigt voor het begint.")})


def placement_record(
    *, actor: Actor, trajectory: Trajectory, details: PlacementDetails
) -> Placement:
    """Record a placement with its instruments. An IPS trajectory moves to 'plaatsing', the
    job created for this person is filled (a vacancy may have more places: its employer or
    coach closes it), and the ladder goes up to the step this work is (never down). A
    placement moves the trajectory's phase, so it is the owning organisation's to record."""
    decision = require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    require(actor, Action.VIEW_EMPLOYER, details.employer)
    _check_placement(trajectory, details)
    if trajectory.ended_on is not None:
        raise ValidationError(_("Dit traject is afgesloten."))
    open_elsewhere = Placement.objects.filter(
        trajectory=trajectory, employer=details.employer, ended_on__isnull=True
    )
    if open_elsewhere.exists():
        raise ValidationError(_("Er loopt al een plaatsing bij deze werkgever."))
    with transaction.atomic():
        placement = Placement.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            employer=details.employer,
            vacancy=details.vacancy,
            scan=details.scan,
            job_title=details.job_title.strip(),
            work_type=details.work_type,
            start_on=details.start_on,
            hours_per_week=details.hours_per_week,
            hourly_wage=details.hourly_wage,
            contract_type=details.contract_type,
            adjustments=details.adjustments.strip(),
            red_light_decision=details.red_light_decision.strip(),
            coach=_user(actor),
        )
        AppliedInstrument.objects.bulk_create(
            AppliedInstrument(
                placement=placement,
                instrument=use.code,
                starts_on=use.starts_on,
                ends_on=use.ends_on,
                note=use.note.strip(),
            )
            for use in details.instruments
        )
        if details.vacancy is not None and details.vacancy.kind == VacancyKind.CREATED:
            Vacancy.objects.filter(pk=details.vacancy.pk).update(status=VacancyStatus.FILLED)
        _audit(
            actor,
            "placement.create",
            AuditAction.CREATE,
            placement,
            decision,
            detail={"instruments": [u.code for u in details.instruments]},
        )
        _move_to_placement(actor, trajectory, placement)
    return placement


def _move_to_placement(actor: Actor, trajectory: Trajectory, placement: Placement) -> None:
    # The caller's object may be older than the trajectory (a job ended meanwhile): its
    # phase and version are read again, so the phase change neither fails nor is skipped.
    trajectory.refresh_from_db()
    day = min(placement.start_on, timezone.localdate())
    # Only forward: a new job while in aftercare ('nazorg') keeps the trajectory there.
    if trajectory.type == TrajectoryType.IPS and trajectory.phase in IPS_BEFORE_PLACEMENT:
        trajectory_services.trajectory_phase_change(
            actor=actor,
            trajectory=trajectory,
            version=trajectory.version,
            to_phase=IPS_PLACEMENT,
            reason=_("Geplaatst: %(job)s") % {"job": placement.job_title},
            on=day,
        )
    step = ladder_step_for(placement, {i.instrument for i in placement.instruments.all()})
    latest = (
        LadderAssessment.objects.filter(trajectory=trajectory, perspective=Perspective.PROFESSIONAL)
        .order_by("-assessed_on", "-id")
        .values_list("step", flat=True)
        .first()
    )
    if latest is None or step > latest:
        trajectory_services.ladder_assess(
            actor=actor,
            trajectory=trajectory,
            step=step,
            perspective=Perspective.PROFESSIONAL,
            assessed_on=day,
            note=_("Bij de plaatsing als %(job)s.") % {"job": placement.job_title},
        )


def ladder_step_for(placement: Placement, instruments: set[str]) -> int:
    if placement.work_type in UNPAID_STEP:
        return int(UNPAID_STEP[WorkType(placement.work_type)])
    if "proefplaatsing" in instruments:  # on trial with benefit kept: not paid yet
        return int(LadderStep.UNPAID_WORK)
    if instruments & SUPPORT_INSTRUMENTS:
        return int(LadderStep.PAID_WITH_SUPPORT)
    return int(LadderStep.PAID_WORK)


def instrument_apply(
    *,
    actor: Actor,
    placement: Placement,
    code: str,
    starts_on: date,
    ends_on: date | None = None,
    note: str = "",
) -> AppliedInstrument:
    decision = require(actor, Action.CHANGE_RECORD, placement)
    if code not in INSTRUMENT_BY_CODE:
        raise ValidationError({"code": _("Kies een instrument uit de lijst.")})
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError({"ends_on": _("De einddatum ligt voor de begindatum.")})
    if starts_on < placement.start_on:
        raise ValidationError({"starts_on": _("Een instrument begint niet voor de plaatsing.")})
    if placement.ended_on is not None:
        raise ValidationError(_("Deze plaatsing is beëindigd."))
    with transaction.atomic():
        applied = AppliedInstrument.objects.create(
            placement=placement, instrument=code, starts_on=starts_on, ends_on=ends_on, note=note
        )
        _audit(
            actor,
            "placement.instrument",
            AuditAction.UPDATE,
            placement,
            decision,
            detail={"instrument": code},
        )
    return applied


def placement_end(
    *,
    actor: Actor,
    placement: Placement,
    version: int,
    ended_on: date,
    reason: str,
    learned: str = "",
) -> Placement:
    """The job ended: the reason, what was learned; an IPS trajectory goes back to 'zoeken'
    (support is time-unlimited: a new start is the next step)."""
    decision = require(actor, Action.CHANGE_RECORD, placement)
    if placement.ended_on is not None:
        raise ValidationError(_("Deze plaatsing is al beëindigd."))
    if reason not in JobEndReason.values:
        raise ValidationError({"reason": _("Kies waarom het werk stopte.")})
    _not_in_future(ended_on, "ended_on")
    if ended_on < placement.start_on:
        raise ValidationError({"ended_on": _("De einddatum ligt voor de startdatum.")})
    trajectory = placement.trajectory
    with transaction.atomic():
        _save_versioned(
            Placement,
            placement,
            version,
            {"ended_on": ended_on, "end_reason": reason, "learned": learned.strip()},
        )
        Signal.objects.filter(placement=placement, resolved_at__isnull=True).update(
            resolved_at=timezone.now(), resolved_by=_user(actor), resolution=_("Werk gestopt.")
        )
        _audit(
            actor,
            "placement.end",
            AuditAction.UPDATE,
            placement,
            decision,
            detail={"reason": reason, "tenure_days": placement.tenure_days()},
        )
        trajectory.refresh_from_db()
        still_working = Placement.objects.filter(trajectory=trajectory, ended_on__isnull=True)
        if (
            trajectory.type == TrajectoryType.IPS
            and trajectory.ended_on is None
            and trajectory.phase != IPS_SEARCH
            and not still_working.exists()
        ):
            trajectory_services.trajectory_phase_change(
                actor=actor,
                trajectory=trajectory,
                version=trajectory.version,
                to_phase=IPS_SEARCH,
                reason=_("Werk gestopt (%(reason)s); we zoeken verder.")
                % {"reason": JobEndReason(reason).label},
                on=min(ended_on, timezone.localdate()),
            )
    return placement


# --- Follow-along and check-ins ------------------------------------------------------------
def follow_up_add(
    *,
    actor: Actor,
    placement: Placement,
    occurred_on: date,
    with_whom: str,
    kind: str,
    note: str,
    for_employer: bool = False,
) -> FollowUpContact:
    decision = require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    _not_in_future(occurred_on, "occurred_on")
    if occurred_on < placement.start_on:
        raise ValidationError({"occurred_on": _("Nazorg begint op de eerste werkdag.")})
    if with_whom not in WithWhom.values:
        raise ValidationError({"with_whom": _("Kies met wie.")})
    if kind not in ContactKind.values:
        raise ValidationError({"kind": _("Kies de soort contact.")})
    if not note.strip():
        raise ValidationError({"note": _("Schrijf kort wat er besproken is.")})
    if for_employer:
        follow_up_check_for_employer(note=note)
    with transaction.atomic():
        contact = FollowUpContact.objects.create(
            placement=placement,
            organisation=_organisation(actor),
            occurred_on=occurred_on,
            with_whom=with_whom,
            kind=kind,
            note=note.strip(),
            for_employer=for_employer,
            author=_user(actor),
        )
        if with_whom != WithWhom.EMPLOYER:
            trajectory_services.touch_contact(placement.trajectory, occurred_on)
        _audit(actor, "follow_up.create", AuditAction.CREATE, contact, decision)
    return contact


def follow_up_check_for_employer(*, note: str) -> str:
    """The note as the employer will read it, or ``ValidationError`` naming the first care
    word in it: the employer learns nothing about care or health through the coach."""
    words = care_words_in(note)
    if words:
        raise ValidationError(
            {
                "note": _(
                    "Je schrijft '%(word)s'. Dat gaat over zorg of gezondheid. De werkgever "
                    "mag daar niets over lezen. Haal het weg, of maak het bericht niet "
                    "zichtbaar voor de werkgever."
                )
                % {"word": words[0]}
            }
        )
    return note.strip()


def follow_up_withdraw(*, actor: Actor, contact: FollowUpContact) -> FollowUpContact:
    """Takes a note back from the employer: from the next request on the employer no longer
    sees it. The note stays for the team (and the log says who withdrew it and when)."""
    decision = require(actor, Action.CHANGE_RECORD, contact)
    with transaction.atomic():
        locked = FollowUpContact.objects.select_for_update().get(pk=contact.pk)
        if locked.withdrawn_at is not None:
            raise ValidationError(_("Dit bericht is al teruggetrokken."))
        if not locked.for_employer:
            raise ValidationError(_("Dit bericht was niet zichtbaar voor de werkgever."))
        locked.withdrawn_at = timezone.now()
        locked.withdrawn_by = _user(actor)
        locked.save(update_fields=["withdrawn_at", "withdrawn_by"])
        _audit(actor, "follow_up.withdraw", AuditAction.UPDATE, locked, decision)
    return locked


def follow_up_correct(*, actor: Actor, contact: FollowUpContact, note: str) -> FollowUpContact:
    """A correction of a note shared with the employer is a new version: a new row that
    replaces the old one, which is withdrawn (the employer sees only the new text). Checked
    for care words like a new note."""
    decision = require(actor, Action.CHANGE_RECORD, contact)
    if not note.strip():
        raise ValidationError({"note": _("Schrijf kort wat er besproken is.")})
    text = follow_up_check_for_employer(note=note)
    with transaction.atomic():
        old = FollowUpContact.objects.select_for_update().get(pk=contact.pk)
        if old.withdrawn_at is not None or not old.for_employer:
            raise ValidationError(
                _("Dit bericht ziet de werkgever niet (meer). Verbeteren kan dan niet.")
            )
        old.withdrawn_at = timezone.now()
        old.withdrawn_by = _user(actor)
        old.save(update_fields=["withdrawn_at", "withdrawn_by"])
        new = FollowUpContact.objects.create(
            placement=old.placement,
            organisation=_organisation(actor),
            occurred_on=old.occurred_on,
            with_whom=old.with_whom,
            kind=old.kind,
            note=text,
            for_employer=True,
            author=_user(actor),
            replaces=old,
        )
        _audit(actor, "follow_up.withdraw", AuditAction.UPDATE, old, decision)
        _audit(actor, "follow_up.correct", AuditAction.CREATE, new, decision)
    return new


def checkin_record(
    *,
    actor: Actor,
    placement: Placement,
    work: int,
    workload: int,
    sleep: int,
    support_needed: bool = False,
    note: str = "",
    on: date | None = None,
) -> CheckIn:
    """A well-being check-in by the worker (their own placement) or by the coach. The early-
    warning task reads it after the commit, through the tasks backend."""
    if actor.is_client:
        # Only on their own placement: another's is refused (and logged) by the policy.
        decision = require(actor, Action.WORKER_CHECKIN, placement)
    else:
        decision = require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    for name, value in (("work", work), ("workload", workload), ("sleep", sleep)):
        if value not in (1, 2, 3):
            raise ValidationError({name: _("Kies een van de drie antwoorden.")})
    day = on or timezone.localdate()
    _not_in_future(day, "on")
    if day < placement.start_on:
        raise ValidationError({"on": _("Een check-in hoort bij het werk: na de eerste werkdag.")})
    if placement.ended_on is not None:
        raise ValidationError(_("Dit werk is gestopt; een check-in hoort bij lopend werk."))
    with transaction.atomic():
        checkin = CheckIn.objects.create(
            placement=placement,
            organisation=placement.organisation if actor.is_client else _organisation(actor),
            on=day,
            by_worker=actor.is_client,
            work=work,
            workload=workload,
            sleep=sleep,
            support_needed=support_needed,
            note=note.strip(),
            recorded_by=_user(actor),
        )
        _audit(actor, "checkin.create", AuditAction.CREATE, checkin, decision)
        from .tasks import evaluate_checkins

        transaction.on_commit(lambda: evaluate_checkins.enqueue(placement.pk))
    return checkin


def signal_resolve(*, actor: Actor, signal: Signal, resolution: str) -> Signal:
    decision = require(actor, Action.CHANGE_RECORD, signal)
    if signal.resolved_at is not None:
        raise ValidationError(_("Dit signaal is al afgehandeld."))
    if not resolution.strip():
        raise ValidationError({"resolution": _("Schrijf wat er gedaan is.")})
    with transaction.atomic():
        updated = Signal.objects.filter(pk=signal.pk, resolved_at__isnull=True).update(
            resolved_at=timezone.now(), resolved_by=_user(actor), resolution=resolution.strip()
        )
        if not updated:
            raise StaleEditError
        signal.refresh_from_db()
        _audit(actor, "signal.resolve", AuditAction.UPDATE, signal, decision)
    return signal


# --- How employers reach the coach ---------------------------------------------------------
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{8,18}[0-9]$")


def employer_contact_set(*, actor: Actor, phone: str, email: str) -> Membership:
    """The phone number and e-mail address employers see for this coach (under the
    membership the coach acts under), instead of the work address: that one's domain would
    tell the employer which care provider the worker is with. An address on the domain of
    the coach's own work address is refused for a ggz organisation."""
    decision = require(actor, Action.VIEW_JOB_DEVELOPMENT)
    phone = (phone or "").strip()
    email = (email or "").strip().lower()
    errors: dict[str, Any] = {}
    if phone and not _PHONE.match(phone):
        errors["phone"] = _("Vul een telefoonnummer in, bijvoorbeeld 06 12345678.")
    membership = actor.membership
    assert membership is not None  # guaranteed by the policy
    own_domain = user_of(actor).email.rpartition("@")[2].lower()
    if (
        email
        and membership.organisation.type == OrganisationType.GGZ
        and email.rpartition("@")[2] == own_domain
    ):
        errors["email"] = _(
            "Dit adres laat zien bij welke zorgaanbieder je werkt. Kies een adres dat de "
            "werkgever mag zien zonder dat, of laat het leeg en vul een telefoonnummer in."
        )
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        locked = Membership.objects.select_for_update().get(pk=membership.pk)
        locked.employer_phone = phone
        locked.employer_email = email
        locked.save(update_fields=["employer_phone", "employer_email"])
        record(
            actor,
            event="membership.employer_contact.update",
            action=AuditAction.UPDATE,
            obj=locked,
            basis=decision.basis,
        )
    return locked
