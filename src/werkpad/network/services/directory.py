"""Keeping the organisation's entry in who is who up to date (issue 15, item 1): its
functioneel beheerder edits what it does and offers, confirms it, and names key persons.
One transaction each, checked by the policy, written to the access log."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, organisation_of, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.core.versioning import save_versioned

from ..identifying import Place
from ..models import DirectoryEntry, KeyPerson, Offer, Offering
from ..search import index_entry
from .checks import refuse_identifying


@dataclass(frozen=True, kw_only=True)
class EntryText:
    description: str
    phone: str = ""
    email: str = ""
    website: str = ""
    national: bool = False
    offerings: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class KeyPersonText:
    topic: str
    name: str
    function: str
    phone: str = ""
    email: str = ""
    best_time: str = ""


def _check_offerings(offerings: tuple[str, ...]) -> None:
    if any(code not in Offering.values for code in offerings):
        raise ValidationError({"offerings": _("Kies een van de mogelijkheden.")})


def directory_entry_save(
    *, actor: Actor, text: EntryText, version: int | None = None
) -> DirectoryEntry:
    """The organisation's entry as its beheerder writes it; saving confirms it. The first
    save creates it; later ones need the version the form was opened on (no lost updates)."""
    _check_offerings(text.offerings)
    refuse_identifying(actor=actor, fields={"description": text.description}, place=Place.ENTRY)
    organisation = organisation_of(actor)
    entry = DirectoryEntry.objects.filter(organisation=organisation).first()
    probe = entry or DirectoryEntry(organisation=organisation)
    decision = require(actor, Action.CHANGE_DIRECTORY_ENTRY, probe)
    values = {
        "description": text.description.strip(),
        "phone": text.phone.strip(),
        "email": text.email.strip(),
        "website": text.website.strip(),
        "national": text.national,
        "confirmed_at": timezone.now(),
        "confirmed_by": user_of(actor),
    }
    with transaction.atomic():
        if entry is None:
            entry = DirectoryEntry.objects.create(organisation=organisation, **values)
        else:
            save_versioned(DirectoryEntry, entry, version or 0, values)
        entry.offers.exclude(offering__in=text.offerings).delete()
        existing = set(entry.offers.values_list("offering", flat=True))
        Offer.objects.bulk_create(
            Offer(entry=entry, offering=code) for code in text.offerings if code not in existing
        )
        record_decision(
            actor,
            "network.directory.update",
            AuditAction.UPDATE,
            entry,
            decision,
            detail={"offerings": sorted(text.offerings)},
        )
        index_entry(entry)
    return entry


def directory_entry_confirm(*, actor: Actor, entry: DirectoryEntry) -> DirectoryEntry:
    """ "Klopt nog": the beheerder confirms the entry without changing it."""
    decision = require(actor, Action.CHANGE_DIRECTORY_ENTRY, entry)
    with transaction.atomic():
        DirectoryEntry.objects.filter(pk=entry.pk).update(
            confirmed_at=timezone.now(), confirmed_by=user_of(actor)
        )
        record_decision(actor, "network.directory.confirm", AuditAction.UPDATE, entry, decision)
    entry.refresh_from_db()
    return entry


def key_person_save(
    *, actor: Actor, entry: DirectoryEntry, text: KeyPersonText, person: KeyPerson | None = None
) -> KeyPerson:
    """A key person for one topic: added, or changed."""
    if text.topic not in Offering.values:
        raise ValidationError({"topic": _("Kies een van de mogelijkheden.")})
    if not (text.phone.strip() or text.email.strip()):
        raise ValidationError(
            _("Vul een telefoonnummer of e-mailadres in: zo bereiken collega's de sleutelpersoon.")
        )
    decision = require(actor, Action.CHANGE_DIRECTORY_ENTRY, entry)
    # The key person's own name, phone and e-mail are how colleagues reach them; what else is
    # written about them is checked like every other text in the network.
    refuse_identifying(
        actor=actor,
        fields={"function": text.function, "best_time": text.best_time},
        place=Place.KEY_PERSON,
    )
    values = {
        "topic": text.topic,
        "name": text.name.strip(),
        "function": text.function.strip(),
        "phone": text.phone.strip(),
        "email": text.email.strip(),
        "best_time": text.best_time.strip(),
    }
    with transaction.atomic():
        if person is None:
            person = KeyPerson.objects.create(entry=entry, **values)
            code, action = "network.key_person.create", AuditAction.CREATE
        else:
            KeyPerson.objects.filter(pk=person.pk).update(**values)
            person.refresh_from_db()
            code, action = "network.key_person.update", AuditAction.UPDATE
        record_decision(actor, code, action, person, decision, detail={"topic": text.topic})
        index_entry(entry)
    return person


def key_person_delete(*, actor: Actor, person: KeyPerson) -> None:
    decision = require(actor, Action.CHANGE_DIRECTORY_ENTRY, person.entry)
    with transaction.atomic():
        record_decision(actor, "network.key_person.delete", AuditAction.DELETE, person, decision)
        person.delete()
        index_entry(person.entry)
