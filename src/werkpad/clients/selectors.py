"""Reads of client records: always scoped by the access policy, always logged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, get_for, may, require, visible_to
from werkpad.access.policy import what_withdrawal_closes as policy_what_withdrawal_closes
from werkpad.accounts.home import HomeCard
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each, record_read

from .contributions import care_teams, list_filters
from .models import Client, ClientNumber, Consent, DataCategory, name_key

PAGE_SIZE = 50


@dataclass(frozen=True)
class ClientSearch:
    """The client list's search (the form's cleaned data): name words, a date of birth or a
    Werkpad number, the organisation whose record it is, the contributed filters' values,
    and the sort order."""

    words: tuple[str, ...] = ()
    born: date | None = None
    number: str = ""
    organisation_id: int | None = None
    filters: Mapping[str, str] = field(default_factory=dict)
    sort: str = "naam"

    @property
    def narrows(self) -> bool:
        return bool(
            self.words
            or self.born
            or self.number
            or self.organisation_id
            or any(self.filters.values())
        )


SORTS = {
    "naam": ("search_name", "id"),
    "naam-af": ("-search_name", "-id"),
    "nieuwst": ("-created_at", "-id"),
    "geboortedatum": ("date_of_birth", "search_name", "id"),
}


def client_list(
    *,
    actor: Actor,
    page_number: str | int | None = None,
    search: ClientSearch | None = None,
) -> Page[Client]:
    """One page of the clients the actor may see, found and sorted as ``search`` asks. A log
    row per client on the page (each finds the read in "wie keek in mijn dossier"), written
    with one insert; the row says a search found it, never what was searched for."""
    require(actor, Action.LIST_CLIENTS)
    search = search or ClientSearch()
    clients: QuerySet[Client] = visible_to(
        actor, Client.objects.select_related("gemeente", "organisation")
    )
    clients = _narrowed(actor, clients, search).order_by(*SORTS.get(search.sort, SORTS["naam"]))
    page = Paginator(clients, PAGE_SIZE).get_page(page_number)
    record_each(
        actor,
        event="client.list",
        objs=list(page.object_list),
        basis=lambda c: (
            Basis.OWN_ORGANISATION
            if c.organisation_id == actor.organisation_id  # type: ignore[attr-defined]
            else Basis.CONSENT
        ),
        detail={"page": page.number, "search": search.narrows},
    )
    return page


def _narrowed(actor: Actor, clients: QuerySet[Client], search: ClientSearch) -> QuerySet[Client]:
    for word in search.words:
        clients = clients.filter(search_name__contains=word)
    if search.born:
        clients = clients.filter(date_of_birth=search.born)
    if search.number:
        clients = clients.filter(public_id=search.number)
    if search.organisation_id is not None:
        clients = clients.filter(organisation_id=search.organisation_id)
    for list_filter in list_filters():
        if value := search.filters.get(list_filter.key):
            clients = list_filter.apply(actor=actor, clients=clients, value=value)
    return clients


def client_list_organisations(*, actor: Actor) -> list[tuple[int, str]]:
    """The organisations whose records the actor sees, for the list's filter: one query."""
    require(actor, Action.LIST_CLIENTS)
    rows = (
        visible_to(actor, Client.objects.all())
        .order_by()
        .values_list("organisation_id", "organisation__name")
        .distinct()
    )
    return sorted(rows, key=lambda row: (row[0] != actor.organisation_id, row[1]))


def client_numbers_for_log_search(*, actor: Actor, name: str, born: date) -> list[str]:
    """For the access-log search (a client asks who saw their file, AVG art. 15): the Werkpad
    numbers of the actor's own organisation's records born on ``born`` whose name holds every
    word of ``name``. The policy must let the actor search the log; the searcher reads no
    record, only the numbers the log is searched by. Both are needed, so that the search
    cannot be used to browse names."""
    require(actor, Action.SEARCH_ACCESS_LOG)
    if actor.organisation_id is None:
        return []
    clients = Client.objects.filter(organisation_id=actor.organisation_id, date_of_birth=born)
    for word in name_key(name).split():
        clients = clients.filter(search_name__contains=word)
    return list(clients.order_by("public_id").values_list("public_id", flat=True)[:20])


def client_get(*, actor: Actor, public_id: str, action: Action = Action.VIEW_CLIENT) -> Client:
    """One record, for reading or (``action=CHANGE_CLIENT``) for the edit form; the read is
    logged either way."""
    client, decision = get_for(
        actor,
        action,
        Client.objects.select_related("gemeente", "organisation"),
        public_id=public_id,
    )
    record_read(actor, event="client.read", obj=client, decision=decision)
    return client


def client_number_for(*, actor: Actor, client: Client) -> str:
    """The actor's own organisation's number for this client, decrypted; '' when none."""
    numbers = visible_to(actor, ClientNumber.objects.filter(client=client))
    entry = numbers.first()
    return entry.number if entry is not None else ""


def client_similar(*, actor: Actor, full_name: str, date_of_birth: date | None) -> list[Client]:
    """Records of the actor's own organisation that look like the one being entered (same
    date of birth and a name that matches when case, accents and spaces are ignored). Never
    another organisation's: that would reveal who is in care elsewhere."""
    if date_of_birth is None:
        return []
    # Only the own organisation's records, also when a consent shows others' records.
    candidates = visible_to(actor, Client.objects.filter(date_of_birth=date_of_birth)).filter(
        organisation=actor.organisation
    )
    # Spaces ignored too: "De Vries" and "de vries" and "Devries" are one name here.
    wanted = name_key(full_name).replace(" ", "")
    return [
        c for c in candidates.order_by("full_name")[:50] if c.search_name.replace(" ", "") == wanted
    ]


def may_change(*, actor: Actor, client: Client) -> bool:
    return may(actor, Action.CHANGE_CLIENT, client)


def consent_list(*, actor: Actor, client: Client) -> list[Consent]:
    """The client's consents, for the organisation that manages them (logged as a read)."""
    decision = require(actor, Action.MANAGE_CONSENTS, client)
    consents = list(
        visible_to(actor, Consent.objects.filter(client=client))
        .defer("document_ciphertext")
        .select_related("recipient", "recorded_by", "trajectory__organisation")
        .prefetch_related("grants")
    )
    record(
        actor,
        event="consent.list",
        action=AuditAction.READ,
        obj=client,
        basis=decision.basis,
        detail={"count": len(consents)},
    )
    return consents


def consent_get(*, actor: Actor, client: Client, consent_id: int) -> Consent:
    consent, _decision = get_for(
        actor,
        Action.MANAGE_CONSENTS,
        Consent.objects.filter(client=client)
        .defer("document_ciphertext")
        .select_related("client", "recipient", "trajectory__organisation"),
        pk=consent_id,
    )
    return consent


def consents_that_stay(*, actor: Actor, consent: Consent) -> list[Consent]:
    """Other consents in force for the same organisation (or care team) of the same client:
    withdrawing ``consent`` leaves what they open open, and the page must say so."""
    require(actor, Action.MANAGE_CONSENTS, consent)
    return list(
        visible_to(actor, Consent.objects.active().beside(consent))
        .defer("document_ciphertext")
        .prefetch_related("grants")
        .order_by("recorded_at")
    )


@dataclass(frozen=True)
class MemberLoss:
    """A member of the care team a consent is for, and what withdrawing it closes to them."""

    name: str
    role: str
    organisation: str
    categories: list[str]  # labels; empty when something else keeps it all open


def what_withdrawal_closes(*, actor: Actor, consent: Consent) -> list[MemberLoss]:
    """For a consent for a care team: who on the team stops reading what (the policy's
    answer), named for the withdrawal page."""
    require(actor, Action.MANAGE_CONSENTS, consent)
    return member_losses(consent)


def member_losses(consent: Consent) -> list[MemberLoss]:
    labels = dict(DataCategory.choices)
    return [
        MemberLoss(
            name=member.user.full_name,
            role=member.get_role_display(),
            organisation=member.organisation.name,
            categories=[str(labels[code]) for code in lost],
        )
        for member, lost in policy_what_withdrawal_closes(consent)
    ]


def consent_document(*, actor: Actor, consent: Consent) -> tuple[str, str, bytes]:
    """The signed form of a consent (name, type, content); 404 when there is none."""
    from django.http import Http404

    from werkpad.core.crypto import decrypt_bytes

    decision = require(actor, Action.MANAGE_CONSENTS, consent)
    ciphertext = Consent.objects.filter(pk=consent.pk).values_list(
        "document_ciphertext", flat=True
    )[0]
    if not consent.has_document or ciphertext is None:
        raise Http404
    record(
        actor,
        event="consent.document",
        action=AuditAction.READ,
        obj=consent,
        basis=decision.basis,
    )
    content = decrypt_bytes(ciphertext)
    return consent.document_name, consent.document_type, content


def may_manage_consents(*, actor: Actor, client: Client) -> bool:
    return may(actor, Action.MANAGE_CONSENTS, client)


def team_consent_choices(*, actor: Actor, client: Client) -> QuerySet[Any]:
    """The client's running trajectories the actor sees, with their teams, for a consent for
    one care team (the page that shows them logs the client's consents as read). The
    trajectories are the context above: it provides them (``clients.contributions``)."""
    return care_teams(actor=actor, client=client)


def home_cards(actor: Actor) -> list[HomeCard]:
    """The home page's card for whoever may list clients: how many clients they may see, and
    how many of those their own organisation records (one query; registered in
    ``ClientsConfig.ready``). A UWV arbeidsdeskundige sees clients by their consent only, so
    counting the own organisation's records alone said "0 cliënten" (issue 13, item 1)."""
    if not may(actor, Action.LIST_CLIENTS):
        return []
    counts = visible_to(actor, Client.objects.all()).aggregate(
        seen=Count("pk"), own=Count("pk", filter=Q(organisation_id=actor.organisation_id))
    )
    counts["by_consent"] = counts["seen"] - counts["own"]
    return [HomeCard(template="clients/home/clients_card.html", order=10, data=counts)]
