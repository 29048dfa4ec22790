"""Employers, their contact persons, logged contacts (face to face counts for the IPS 30-day norm)
and regional sharing."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require, visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.versioning import save_versioned
from werkpad.organisations.models import (
    ArbeidsmarktRegio,
    Gemeente,
)
from werkpad.trajectories.models import (
    Trajectory,
)

from ..models import (
    ContactKind,
    ContactPerson,
    ContactPurpose,
    Employer,
    EmployerContact,
    RegionalSharing,
    Sector,
    UwvAdvice,
)
from ._shared import _choices_valid, _not_in_future


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
        save_versioned(Employer, employer, version, values)
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
