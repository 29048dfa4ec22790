"""The client's own portal (issue 5): the invitation to log in, the client's pace, the private
disclosure worksheet and the choice of what the employer may see, consent proposals, requests
about their data, messages with the team and peer-support groups.

The client's goals, actions and own ladder view are the trajectory's records (the team sees
them there); what lives here is what only the portal has."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import ConsentPurpose, DataCategory
from werkpad.core.textcategories import ROW, Parent
from werkpad.organisations.models import Role
from werkpad.trajectories.models import OnTrajectory

INVITATION_VALID_FOR = timedelta(days=7)
INVITATION_MAX_ATTEMPTS = 5


class OnClient:
    """A record about one client: the access log names them by their pseudonymous id."""

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id  # type: ignore[attr-defined]


def hash_token(token: str) -> str:
    """Only a hash of an invitation token is stored: a database copy cannot log anyone in."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


class InvitationQuerySet(models.QuerySet["ClientInvitation"]):
    def usable(self) -> InvitationQuerySet:
        return self.filter(used_at__isnull=True, revoked_at__isnull=True).filter(
            expires_at__gt=timezone.now()
        )


class ClientInvitation(OnClient, models.Model):
    """An e-mailed link to the portal: valid for a week, usable once. A newer invitation
    replaces an older one that was not used."""

    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mailadres"))
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Wrong dates of birth given with this link; at INVITATION_MAX_ATTEMPTS it stops working.
    failed_attempts = models.PositiveSmallIntegerField(default=0)

    TEXT_CATEGORIES = {"email": DataCategory.BASIS}  # the client's address: basic data

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"invitation {self.pk} for {self.client_id}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class Pace(models.TextChoices):
    CALM = "rustig", _("Rustig aan")
    STEADY = "gewoon", _("Op mijn gewone tempo")
    FASTER = "sneller", _("Ik wil sneller")


class Need(models.TextChoices):
    NOTHING_EXTRA = "niets", _("Niets extra, het gaat goed zo")
    PAUSE = "pauze", _("Even pauze")
    SLOWER = "langzamer", _("Het gaat te snel, liever langzamer")
    MORE_SUPPORT = "meer_steun", _("Meer steun")


class PaceStatement(OnTrajectory, models.Model):
    """What the client says about their pace and what they need now. The newest one is shown
    to the team on the trajectory; older ones stay as history."""

    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="pace_statements"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.REINTEGRATIE
    TEXT_CATEGORIES = {"note": ROW}
    pace = models.CharField(_("mijn tempo"), max_length=20, choices=Pace.choices)
    need = models.CharField(_("wat ik nu nodig heb"), max_length=20, choices=Need.choices)
    note = models.TextField(_("toelichting in mijn woorden"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: {self.pace}/{self.need}"


class DisclosureWorksheet(OnClient, models.Model):
    """The client's private worksheet for deciding about openness at work (after CORAL,
    REFERENCE.md §3). Nobody but the client reads it; the access policy has no rule for
    anyone else."""

    client = models.OneToOneField(
        "clients.Client", on_delete=models.CASCADE, related_name="disclosure_worksheet"
    )
    what = models.JSONField(default=list, blank=True)
    when = models.JSONField(default=list, blank=True)
    to_whom = models.JSONField(default=list, blank=True)
    in_my_words = models.TextField(blank=True)
    script = models.TextField(blank=True)
    pros = models.TextField(blank=True)
    cons = models.TextField(blank=True)
    what_matters = models.TextField(blank=True)
    finished_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"disclosure worksheet of {self.client_id}"


class ConditionShared(models.TextChoices):
    NOTHING = "niets", _("Niets")
    THAT = "dat", _("Alleen dat ik een psychische kwetsbaarheid heb, niet wat")
    WHAT = "wat", _("Wat ik heb, in mijn eigen woorden")


class EmployerDisclosure(OnClient, models.Model):
    """What the client lets one employer see. Append-only per employer: the newest row for
    that employer is the choice in force, at once; the older rows are the history. An
    employer without a row sees nothing (a new employer waits for the worker's choice)."""

    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="employer_disclosures"
    )
    # Null only for choices made before the choice was per employer (issue 11): no employer
    # sees those.
    employer = models.ForeignKey(
        "employment.Employer",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="disclosures",
        verbose_name=_("werkgever"),
    )
    condition = models.CharField(
        _("over mijn gezondheid"),
        max_length=10,
        choices=ConditionShared.choices,
        default=ConditionShared.NOTHING,
    )
    condition_text = models.TextField(_("wat mijn werkgever mag lezen over wat ik heb"), blank=True)
    share_needs = models.BooleanField(_("wat ik nodig heb op het werk"), default=False)
    needs_text = models.TextField(
        _("wat mijn werkgever mag lezen over wat ik nodig heb"), blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    # What the client wrote for their employer to read. The team reads it as far as it sees
    # the client's placements (work data, ``policy._scope_employer_disclosures``).
    TEXT_CATEGORIES = {"condition_text": DataCategory.WERK, "needs_text": DataCategory.WERK}

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["client", "-created_at"]),
            models.Index(fields=["client", "employer", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"disclosure {self.pk} of {self.client_id}"

    @property
    def shares_anything(self) -> bool:
        return self.condition != ConditionShared.NOTHING or self.share_needs


class ProposalStatus(models.TextChoices):
    OPEN = "open", _("wacht op jou")
    GRANTED = "gegeven", _("toestemming gegeven")
    DECLINED = "geweigerd", _("niet gegeven")


class ConsentProposal(OnClient, models.Model):
    """A consent the team proposes and only the client can give (or not)."""

    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="consent_proposals"
    )
    recipient = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisatie die mag inzien"),
    )
    recipient_role = models.CharField(
        _("alleen voor de rol"), max_length=30, blank=True, choices=Role.choices
    )
    purpose = models.CharField(_("doel"), max_length=20, choices=ConsentPurpose.choices)
    categories = models.JSONField(_("soorten gegevens"), default=list)
    valid_until = models.DateField(_("geldig tot en met"), null=True, blank=True)
    reason = models.TextField(_("waarom dit nodig is"))
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    proposed_by_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.OPEN
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    consent = models.OneToOneField(
        "clients.Consent", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    # Why the team asks: read by the client, the client's own organisation and the proposer,
    # who needs the client's basic-data consent to propose (``_decide_client``).
    TEXT_CATEGORIES = {"reason": DataCategory.BASIS}

    class Meta:
        ordering = ["-proposed_at", "-id"]

    def __str__(self) -> str:
        return f"consent proposal {self.pk} for {self.client_id}"

    @property
    def recipient_name(self) -> str:
        """As ``Consent.recipient_name``; a proposal is always for an organisation."""
        return self.recipient.name

    @property
    def category_labels(self) -> list[str]:
        return [str(DataCategory(c).label) for c in self.categories if c in DataCategory.values]


class RequestKind(models.TextChoices):
    CORRECTION = "correctie", _("Iets verbeteren (AVG artikel 16)")
    ERASURE = "verwijdering", _("Iets laten verwijderen (AVG artikel 17)")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("in behandeling")
    DONE = "afgehandeld", _("afgehandeld")


class DataRequest(OnClient, models.Model):
    """A client's request to correct or erase data: a task for the functioneel beheerder of
    the organisation that holds the record, due within one month (AVG art. 12(3))."""

    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="data_requests"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("wat wil je?"), max_length=20, choices=RequestKind.choices)
    text = models.TextField(_("wat klopt er niet, of wat moet weg?"))
    created_at = models.DateTimeField(auto_now_add=True)
    due_on = models.DateField(_("uiterlijk af op"))
    status = models.CharField(
        max_length=20, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(_("antwoord aan de cliënt"), blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["status", "due_on", "id"]
        indexes = [models.Index(fields=["organisation", "status", "due_on"])]

    def __str__(self) -> str:
        return f"data request {self.pk} of {self.client_id}"


class Thread(OnTrajectory, models.Model):
    """A conversation between the client and one member of their team. Its data category
    decides, with the client's consent, whether another organisation's member may read it."""

    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="threads"
    )
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("met"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(
        _("waar gaat het over?"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.REINTEGRATIE,
    )
    subject = models.CharField(_("onderwerp"), max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(default=timezone.now)
    client_read_at = models.DateTimeField(null=True, blank=True)
    professional_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_message_at", "-id"]
        indexes = [models.Index(fields=["professional", "-last_message_at"])]

    def __str__(self) -> str:
        return self.subject

    @property
    def unread_for_client(self) -> bool:
        return self.client_read_at is None or self.client_read_at < self.last_message_at

    @property
    def unread_for_professional(self) -> bool:
        return self.professional_read_at is None or self.professional_read_at < self.last_message_at


class Message(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("bericht"))
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"body": Parent("thread")}  # the conversation's category

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:60]

    @property
    def audit_client_pid(self) -> str:
        return self.thread.trajectory.client.public_id


class GroupMode(models.TextChoices):
    ON_SITE = "locatie", _("op locatie")
    ONLINE = "online", _("online")


class PeerGroup(models.Model):
    """A peer-support group, started by an ervaringsdeskundige or a herstelacademie and run by
    its members (decision 0030): a member may host it, and a professional facilitator is
    optional. A group without a professional has a host, or looks for one (its starter, or
    the organisation, can appoint a member who offered, or ask a professional again)."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="peer_groups"
    )
    # The professional who started the group: an ervaringsdeskundige, or anyone of a
    # herstelacademie. They need not run it.
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("gestart door"),
    )
    # The professional facilitator, if any: none when the members run the group themselves.
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("begeleider (professional)"),
    )
    # When a professional was asked to facilitate after the group had started: the members
    # who joined before then never agreed to this professional seeing their name, so the
    # policy does not show them (decision 0030). None: facilitating since the group started.
    facilitator_since = models.DateTimeField(null=True, blank=True)
    # The member who hosts the group, and the name they are shown by on the group's card
    # (their first name, published with their own choice to host; cleared when hosting ends).
    host = models.ForeignKey(
        "PeerGroupMembership",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gastvrouw of gastheer"),
    )
    host_name = models.CharField(_("naam van de gastvrouw of gastheer"), max_length=60, blank=True)
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("arbeidsmarktregio"),
    )
    name = models.CharField(_("naam"), max_length=150)
    theme = models.CharField(_("thema"), max_length=150)
    description = models.TextField(_("wat doen we?"))
    mode = models.CharField(_("waar"), max_length=10, choices=GroupMode.choices)
    place = models.CharField(_("plaats of link"), max_length=200)
    schedule = models.CharField(_("wanneer"), max_length=150)
    is_open = models.BooleanField(_("open voor nieuwe deelnemers"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Optimistic locking: an edit made on an older version is refused, never applied.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PeerGroupMembership(OnClient, models.Model):
    """Joining is voluntary and leaving is free. The team does not see it unless the client
    chooses to share it (``share_with_team``)."""

    group = models.ForeignKey(PeerGroup, on_delete=models.CASCADE, related_name="memberships")
    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="peer_groups"
    )
    joined_at = models.DateTimeField(auto_now_add=True)
    left_at = models.DateTimeField(null=True, blank=True)
    share_with_team = models.BooleanField(_("mijn team mag weten dat ik meedoe"), default=False)
    # The member offered to host the group; whoever runs it may make them the host.
    offers_to_host = models.BooleanField(_("ik wil de groep hosten"), default=False)

    class Meta:
        ordering = ["-joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "client"],
                condition=models.Q(left_at__isnull=True),
                name="peer_group_member_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.client_id} in {self.group_id}"

    @property
    def first_name(self) -> str:
        """How the group knows a member: their first name, never their full name or file."""
        return first_name(self.client.full_name)


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""
