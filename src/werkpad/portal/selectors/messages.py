"""Reads of the conversations between a client and their team: always scoped by the access
policy (a professional sees only the conversations that are with them, and only while the
client's consent covers the conversation's data category); every page that shows them writes
one access-log row saying what it showed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, Decision, get_for, may, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Role
from werkpad.trajectories.models import TeamMember, Trajectory

from ..models import Message, Thread

# What each member of the team does, in the client's words (B1); the professional term
# follows in brackets so the client recognises it when the team uses it.
ROLE_IN_PLAIN_WORDS: dict[str, Any] = {
    Role.IPS_TRAJECTBEGELEIDER: gettext_lazy(
        "helpt je werk te vinden en te houden (IPS-trajectbegeleider)"
    ),
    Role.JOBCOACH: gettext_lazy("helpt je op je werk (jobcoach)"),
    Role.BEHANDELAAR: gettext_lazy("je behandelaar bij de ggz"),
    Role.REINTEGRATIECOACH: gettext_lazy("helpt je op weg naar werk (re-integratiecoach)"),
    Role.ARBEIDSDESKUNDIGE: gettext_lazy("kijkt bij UWV welk werk bij je past (arbeidsdeskundige)"),
    Role.VERZEKERINGSARTS: gettext_lazy("arts van UWV, kijkt wat je aankunt (verzekeringsarts)"),
    Role.KLANTMANAGER: gettext_lazy(
        "je contactpersoon bij de gemeente, ook voor je uitkering (klantmanager)"
    ),
    Role.ERVARINGSDESKUNDIGE: gettext_lazy(
        "heeft zelf ervaring met herstel en helpt jou daarmee (ervaringsdeskundige)"
    ),
    Role.TEAMLEIDER: gettext_lazy("leidt het team (teamleider)"),
    Role.REGIOCOORDINATOR: gettext_lazy("regelt de samenwerking in de regio (regiocoördinator)"),
}

# What a conversation is about, in the client's words. The data category decides, with the
# client's consent, who may read it; the order puts the most common subjects first.
CATEGORY_IN_PLAIN_WORDS: dict[str, Any] = {
    DataCategory.WERK: gettext_lazy("Werk (zoeken, solliciteren of mijn baan)"),
    DataCategory.REINTEGRATIE: gettext_lazy("Mijn uitkering en re-integratie"),
    DataCategory.BEHANDELING: gettext_lazy("Mijn behandeling"),
    DataCategory.WELZIJN: gettext_lazy("Hoe het met me gaat"),
    DataCategory.BELASTBAARHEID: gettext_lazy("Wat ik aankan (mijn belastbaarheid)"),
    DataCategory.BASIS: gettext_lazy("Iets praktisch, zoals een afspraak of mijn adres"),
}


def role_in_plain_words(role: str) -> str:
    label = ROLE_IN_PLAIN_WORDS.get(role)
    if label is not None:
        return str(label)
    return str(Role(role).label) if role in Role.values else ""


def category_in_plain_words(category: str) -> str:
    label = CATEGORY_IN_PLAIN_WORDS.get(category)
    return str(label) if label is not None else ""


def _log_list(
    actor: Actor, event: str, ids: list[int], *, client_pid: str, basis: str, **detail: Any
) -> None:
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        object_type="portal.thread",
        client_pid=client_pid,
        basis=basis,
        detail={"count": len(ids), "ids": ",".join(map(str, ids)), **detail},
    )


def _with_whom(threads: QuerySet[Thread]) -> QuerySet[Thread]:
    """The role and organisation of the professional on the thread's trajectory (their
    current team membership first), in the same query."""
    member = TeamMember.objects.filter(
        trajectory_id=OuterRef("trajectory_id"), user_id=OuterRef("professional_id")
    ).order_by(F("ended_on").desc(nulls_first=True), "-started_on", "-id")
    return threads.annotate(
        with_role=Subquery(member.values("role")[:1]),
        with_organisation=Subquery(member.values("organisation__name")[:1]),
    )


# --- The client ----------------------------------------------------------------------------
@dataclass
class ThreadRow:
    thread: Thread
    with_name: str
    with_role: str
    with_organisation: str
    category: str
    unread: bool


def client_threads(*, actor: Actor) -> list[ThreadRow]:
    """My conversations, newest first; unread ones marked."""
    require(actor, Action.PORTAL)
    threads = list(
        _with_whom(visible_to(actor, Thread.objects.all()))
        .select_related("professional", "trajectory__client")
        .order_by("-last_message_at", "-id")
    )
    if threads:
        _log_list(
            actor,
            "portal.thread.list",
            [t.pk for t in threads],
            client_pid=threads[0].trajectory.client.public_id,
            basis=Basis.SELF,
        )
    return [
        ThreadRow(
            thread=t,
            with_name=t.professional.full_name,
            with_role=role_in_plain_words(t.with_role or ""),  # type: ignore[attr-defined]
            with_organisation=t.with_organisation or "",  # type: ignore[attr-defined]
            category=category_in_plain_words(t.category),
            unread=t.unread_for_client,
        )
        for t in threads
    ]


def unread_for_me(*, actor: Actor) -> int:
    """How many of my conversations have a message I have not read (the start page's "what
    waits for you", issue 13, item 14). One query, logged as the count it is."""
    require(actor, Action.PORTAL)
    waiting = Q(client_read_at__isnull=True) | Q(client_read_at__lt=F("last_message_at"))
    rows = list(
        visible_to(actor, Thread.objects.filter(waiting)).values_list(
            "pk", "trajectory__client__public_id"
        )
    )
    if rows:
        record(
            actor,
            event="portal.thread.count",
            action=AuditAction.READ,
            object_type="portal.thread",
            client_pid=rows[0][1],
            basis=Basis.SELF,
            detail={"unread": len(rows)},
        )
    return len(rows)


def team_to_message(*, actor: Actor) -> QuerySet[TeamMember]:
    """The people the client can start a conversation with: the current team of their
    running trajectories. Whether a member may read a given subject is checked on sending."""
    require(actor, Action.PORTAL)
    return (
        visible_to(
            actor,
            TeamMember.objects.filter(ended_on__isnull=True, trajectory__ended_on__isnull=True),
        )
        .select_related("user", "organisation", "trajectory__client")
        .order_by("trajectory__started_on", "trajectory_id", "-is_key_person", "user__full_name")
    )


def log_team_read(*, actor: Actor, members: list[TeamMember]) -> None:
    """The form names the client's team: a read of their own file."""
    if not members:
        return
    record(
        actor,
        event="portal.team.read",
        action=AuditAction.READ,
        object_type="trajectories.teammember",
        client_pid=members[0].trajectory.client.public_id,
        basis=Basis.SELF,
        detail={"count": len(members), "ids": ",".join(str(m.pk) for m in members)},
    )


def thread_for_client(*, actor: Actor, pk: int) -> tuple[Thread, Decision]:
    require(actor, Action.PORTAL)
    return get_for(
        actor,
        Action.VIEW_OWN,
        _with_whom(Thread.objects.select_related("professional", "trajectory__client")),
        pk=pk,
    )


# --- The professional ----------------------------------------------------------------------
def thread_for_professional(*, actor: Actor, pk: int) -> tuple[Thread, Decision]:
    """A conversation with me: outside my scope (not mine, or no consent for its subject) it
    does not exist. Professionals answer from the trajectory; the client has their own page."""
    thread, decision = get_for(
        actor,
        Action.MESSAGE,
        _with_whom(
            Thread.objects.select_related(
                "professional", "trajectory__client", "trajectory__organisation"
            )
        ),
        pk=pk,
    )
    require(actor, Action.VIEW_TRAJECTORY, thread.trajectory)
    return thread, decision


def trajectory_threads(*, actor: Actor, trajectory: Trajectory) -> list[Thread]:
    """The conversations on this trajectory that are with me, newest first."""
    threads = list(
        visible_to(actor, Thread.objects.filter(trajectory=trajectory)).order_by(
            "-last_message_at", "-id"
        )
    )
    if threads:
        _log_list(
            actor,
            "portal.thread.list",
            [t.pk for t in threads],
            client_pid=trajectory.client.public_id,
            basis=Basis.TEAM,
        )
    return threads


# --- One conversation ----------------------------------------------------------------------
@dataclass
class ThreadView:
    thread: Thread
    messages: list[Message]
    with_name: str
    with_role: str
    with_organisation: str
    category: str


def thread_view(*, actor: Actor, thread: Thread, decision: Decision) -> ThreadView:
    """The messages of a conversation the actor reached through ``get_for``; logged as read."""
    messages = list(thread.messages.select_related("author"))
    record(
        actor,
        event="portal.thread.read",
        action=AuditAction.READ,
        obj=thread,
        basis=decision.basis,
        consent_id=decision.consent_id,
        detail={"messages": len(messages)},
    )
    return ThreadView(
        thread=thread,
        messages=messages,
        with_name=thread.professional.full_name,
        with_role=role_in_plain_words(getattr(thread, "with_role", "") or ""),
        with_organisation=getattr(thread, "with_organisation", "") or "",
        category=category_in_plain_words(thread.category),
    )


# --- The panel on the trajectory page --------------------------------------------------------
@dataclass
class Panel:
    total: int
    unread: int


def trajectory_panel(*, actor: Actor, trajectory: Trajectory) -> Panel | None:
    """How many conversations on this trajectory are with me, and how many wait for me; None
    for actors who cannot have conversations there."""
    if not may(actor, Action.VIEW_TRAJECTORY, trajectory):
        return None
    waiting = Q(professional_read_at__isnull=True) | Q(
        professional_read_at__lt=F("last_message_at")
    )
    counts = visible_to(actor, Thread.objects.filter(trajectory=trajectory)).aggregate(
        total=Count("pk"), unread=Count("pk", filter=waiting)
    )
    if counts["total"]:
        record(
            actor,
            event="portal.thread.count",
            action=AuditAction.READ,
            object_type="portal.thread",
            client_pid=trajectory.client.public_id,
            basis=Basis.TEAM,
            detail={"count": counts["total"], "unread": counts["unread"]},
        )
    return Panel(total=counts["total"], unread=counts["unread"])
