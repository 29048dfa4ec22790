"""The daily digest (issue 3): overdue actions, actions due today and caseload flags reach
their owner by e-mail once a day, unless the user turned it off on their profile.

E-mail is not a safe channel for client data. The digest names a trajectory only by the
client's pseudonymous Werkpad-nummer and links to the trajectory page; it never carries a
client's name, an action's description or any other client data. It is a system job: it
shows nothing to a person on behalf of an organisation, so it writes no access-log rows.
It only reports trajectories on which the user is an active team member, through an active
membership of the team member's organisation, and which that organisation may see when the
digest is made (its own, or under the client's basic-data consent in force that day); ending
a team membership (or a handover) or withdrawing consent ends the digest for that trajectory
too."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import Exists, F, OuterRef, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from werkpad.access.policy import team_members_who_see
from werkpad.accounts.models import ActorKind, User
from werkpad.organisations.models import Membership

from .contributions import digest_sections
from .models import PlanAction, TeamMember, Trajectory
from .selectors import Flag, flags_for

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


@dataclass(frozen=True)
class ActionItem:
    """An open action of the user: only where and how late, never what it says."""

    public_id: str
    url: str
    due_on: date
    days_overdue: int  # 0: due today


@dataclass(frozen=True)
class AddedItem:
    """A team the user was added to yesterday by someone else (issue 13, item 1): only
    which trajectory and by whom, never what it holds."""

    public_id: str
    url: str
    added_by: str


@dataclass(frozen=True)
class FlagItem:
    public_id: str
    url: str
    flag: Flag  # its label is in the language that was active when the digest was made


@dataclass
class Digest:
    user: User
    today: date
    overdue: list[ActionItem] = field(default_factory=list)
    due_today: list[ActionItem] = field(default_factory=list)
    flags: list[FlagItem] = field(default_factory=list)
    added: list[AddedItem] = field(default_factory=list)
    # Parts from contexts above (``contributions.DIGEST_SECTIONS``): (heading, lines).
    sections: list[tuple[str, list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.overdue or self.due_today or self.flags or self.added or self.sections)

    @property
    def count(self) -> int:
        listed = len(self.overdue) + len(self.due_today) + len(self.flags) + len(self.added)
        return listed + sum(len(lines) for _heading, lines in self.sections)


def base_url() -> str:
    return str(getattr(settings, "WERKPAD_BASE_URL", DEFAULT_BASE_URL)).rstrip("/")


def trajectory_url(pk: int) -> str:
    return base_url() + reverse("trajectories:detail", args=[pk])


def profile_url() -> str:
    return base_url() + reverse("profile")


def _active_team_memberships(user_ids: Iterable[int]) -> QuerySet[TeamMember]:
    """Team memberships that still give the user the trajectory: not ended, on an open
    trajectory, and held through a membership of that organisation that is still active."""
    membership_active = Membership.objects.filter(
        user_id=OuterRef("user_id"),
        organisation_id=OuterRef("organisation_id"),
        is_active=True,
    )
    # Consent is read now, when the digest is made, not when anything was queued: a member
    # of another organisation hears of a trajectory only while the client's consent lets
    # that organisation see it (the same rule as the trajectory page).
    return team_members_who_see(
        TeamMember.objects.filter(
            Exists(membership_active),
            user_id__in=list(user_ids),
            ended_on__isnull=True,
            trajectory__ended_on__isnull=True,
        )
    )


def _digests(users: list[User], today: date) -> dict[int, Digest]:
    """The digests of several users in a fixed number of queries (empty ones included).
    Flag labels are translated in the active language."""
    digests = {user.pk: Digest(user=user, today=today) for user in users}
    yesterday = today - timedelta(days=1)
    if not digests:
        return digests
    members = list(
        _active_team_memberships(digests)
        .select_related("trajectory", "added_by")
        # Only the pseudonymous id is read of the client; the name never leaves the database.
        .annotate(client_public_id=F("trajectory__client__public_id"))
        .order_by("trajectory__client__public_id", "trajectory_id")
    )
    on_team: dict[int, set[int]] = defaultdict(set)
    for member in members:
        if member.trajectory_id in on_team[member.user_id]:
            continue  # on the team twice (two organisations): report it once
        on_team[member.user_id].add(member.trajectory_id)
        trajectory: Trajectory = member.trajectory
        public_id: str = member.client_public_id
        # Added yesterday by a colleague: reported once, by the digest of the day after.
        if member.started_on == yesterday and member.added_by_id != member.user_id:
            digests[member.user_id].added.append(
                AddedItem(
                    public_id=public_id,
                    url=trajectory_url(trajectory.pk),
                    added_by=member.added_by.full_name,
                )
            )
        # Every team member hears of every flag, as before the pages filtered the IPS clock
        # by role (issue 13, item 10 leaves the digest to a later step).
        for flag in flags_for(trajectory, today, ips_norms=True):
            digests[member.user_id].flags.append(
                FlagItem(public_id=public_id, url=trajectory_url(trajectory.pk), flag=flag)
            )

    actions = (
        PlanAction.objects.filter(
            owner_id__in=list(digests),
            done_on__isnull=True,
            due_on__lte=today,
            trajectory__ended_on__isnull=True,
        )
        .annotate(client_public_id=F("trajectory__client__public_id"))
        .only("pk", "trajectory", "owner", "due_on")
        .order_by("due_on", "trajectory__client__public_id", "id")
    )
    for action in actions:
        if action.trajectory_id not in on_team[action.owner_id]:
            continue  # the owner left the team: the trajectory is no longer theirs to see
        item = ActionItem(
            public_id=action.client_public_id,
            url=trajectory_url(action.trajectory_id),
            due_on=action.due_on,
            days_overdue=(today - action.due_on).days,
        )
        digest = digests[action.owner_id]
        (digest.overdue if item.days_overdue > 0 else digest.due_today).append(item)
    users = [digest.user for digest in digests.values()]
    for user_id, sections in digest_sections(users=users, today=today, base_url=base_url()).items():
        digests[user_id].sections = sections
    return digests


def digest_for(user: User, today: date) -> Digest | None:
    """What the user's digest of ``today`` reports, or None when there is nothing to report:
    their open actions that are overdue or due today, the flags of the open trajectories
    on whose team they are, and the teams a colleague added them to yesterday. Flag labels
    are in the active language."""
    digest = _digests([user], today)[user.pk]
    return digest if digest else None


def digest_recipients() -> QuerySet[User]:
    """Active professionals who want the digest and have an active membership."""
    active_membership = Membership.objects.filter(user_id=OuterRef("pk"), is_active=True)
    return (
        User.objects.filter(
            Exists(active_membership),
            kind=ActorKind.PROFESSIONAL,
            is_active=True,
            daily_digest=True,
        )
        .exclude(email="")
        .order_by("pk")
    )


def _message(digest: Digest) -> EmailMessage:
    """The e-mail in the user's language (call inside ``translation.override``)."""
    context = {"user": digest.user, "digest": digest, "profile_url": profile_url()}
    return EmailMessage(
        subject=gettext("Werkpad: je acties en signalen van vandaag"),
        body=render_to_string("trajectories/email/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[digest.user.email],
    )


def send_daily_digests(today: date | None = None) -> int:
    """One e-mail per recipient with something to report; returns the number sent. A
    failure for one recipient is logged and does not stop the others."""
    today = today or timezone.localdate()
    by_language: dict[str, list[User]] = defaultdict(list)
    for user in digest_recipients():
        by_language[user.preferred_language or settings.LANGUAGE_CODE].append(user)
    messages: list[tuple[int, EmailMessage]] = []
    for language, users in by_language.items():
        with translation.override(language):
            # Made inside the override, so that the flag labels are in the user's language.
            for digest in _digests(users, today).values():
                if digest:
                    messages.append((digest.user.pk, _message(digest)))
    if not messages:
        return 0
    sent = 0
    with get_connection() as connection:
        for user_id, message in messages:
            try:
                sent += connection.send_messages([message]) or 0
            except Exception:
                logger.exception("Daily digest not sent to user %s", user_id)
    return sent
