"""Who is who in the region (issue 15, item 1): the organisations a professional finds, what
they offer and their key persons, read through the policy (the actor's regions, and what is
national). Organisation knowledge: these reads hold no client data and are not logged."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, may, require, visible_to
from werkpad.organisations.models import OrganisationType

from ..models import DirectoryEntry, KeyPerson, Offer, Offering


@dataclass(frozen=True)
class DirectoryFilter:
    """What the professional looks for: a topic ("wgb"), a kind of organisation ("uwv"), a
    name. Values that are not offered are refused by the form before they get here."""

    topic: str = ""
    organisation_type: str = ""
    q: str = ""


@dataclass
class DirectoryPage:
    entries: list[DirectoryEntry]
    filter: DirectoryFilter
    # The key persons for the topic asked about, first: the answer to "wie is bij UWV de
    # sleutelpersoon voor WGB?".
    key_persons: list[KeyPerson]
    # The functioneel beheerder keeps the own organisation's entry.
    keeps_own_entry: bool = False


def _entries(actor: Actor) -> QuerySet[DirectoryEntry]:
    return (
        visible_to(actor, DirectoryEntry.objects.all())
        .select_related("organisation")
        .prefetch_related(
            "organisation__regions",
            Prefetch("offers", queryset=Offer.objects.select_related("team")),
            Prefetch("key_persons", queryset=KeyPerson.objects.select_related("user")),
        )
        .order_by("organisation__name")
    )


def directory(*, actor: Actor, filter: DirectoryFilter) -> DirectoryPage:
    require(actor, Action.VIEW_NETWORK)
    entries = _entries(actor)
    if filter.topic:
        entries = entries.filter(
            Q(offers__offering=filter.topic) | Q(key_persons__topic=filter.topic)
        ).distinct()
    if filter.organisation_type:
        entries = entries.filter(organisation__type=filter.organisation_type)
    if filter.q:
        entries = entries.filter(
            Q(organisation__name__icontains=filter.q) | Q(description__icontains=filter.q)
        )
    found = list(entries)
    key_persons = (
        [p for entry in found for p in entry.key_persons.all() if p.topic == filter.topic]
        if filter.topic
        else []
    )
    own = DirectoryEntry(organisation=actor.organisation)
    keeps = may(actor, Action.CHANGE_DIRECTORY_ENTRY, own)
    return DirectoryPage(found, filter, key_persons, keeps_own_entry=keeps)


def entry_get(*, actor: Actor, pk: int) -> DirectoryEntry:
    entry, _decision = get_for(actor, Action.VIEW_NETWORK, _entries(actor), pk=pk)
    return entry


def own_entry(*, actor: Actor) -> DirectoryEntry | None:
    """The entry of the actor's own organisation, for its functioneel beheerder (403 for
    anyone else of the organisation)."""
    entry = _entries(actor).filter(organisation=actor.organisation).first()
    if entry is not None:
        require(actor, Action.CHANGE_DIRECTORY_ENTRY, entry)
    return entry


def key_person_get(*, actor: Actor, pk: int) -> KeyPerson:
    person, _decision = get_for(
        actor,
        Action.CHANGE_DIRECTORY_ENTRY,
        KeyPerson.objects.select_related("entry__organisation"),
        pk=pk,
    )
    return person


TOPIC_CHOICES = Offering.choices
ORGANISATION_TYPE_CHOICES = [
    (value, label)
    for value, label in OrganisationType.choices
    if value != OrganisationType.EMPLOYER
]
