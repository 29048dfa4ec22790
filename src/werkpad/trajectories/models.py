"""The shared trajectory (issue 3): the intake with the work question, referrals, trajectories
with their phases and care team, the integrated plan, meetings, the participatieladder and the
timeline. Every record that holds client data names the organisation that recorded it and its
data category, so the access policy can apply the client's consent to it."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW, Parent, Row
from werkpad.organisations.models import Role

from .phases import FIRST_EMPLOYER_CONTACT_DAYS, TrajectoryType, phase_label, phases_for

# The data category of free text a professional writes without choosing one (a phase
# change's reason, a referral's or a decline's reason), after the writer's role: what a
# behandelaar writes is about treatment, what a verzekeringsarts writes about belastbaarheid,
# what a coach, klantmanager or arbeidsdeskundige writes about the route to work.
AUTHOR_CATEGORY = {
    Role.BEHANDELAAR: DataCategory.BEHANDELING,
    Role.VERZEKERINGSARTS: DataCategory.BELASTBAARHEID,
}


def author_category(role: str | None) -> str:
    return str(AUTHOR_CATEGORY.get(role or "", DataCategory.REINTEGRATIE))  # type: ignore[call-overload]


# The default data category of a goal, after its life domain and the author's role (issue 11,
# item 4): what is written about health by a behandelaar is treatment, by a verzekeringsarts
# belastbaarheid, by anyone else wellbeing; what a verzekeringsarts writes about work is
# belastbaarheid too. Income and daytime activity/education are steps on the route to work
# (reintegratie); housing and social life are wellbeing. A category that lets more people
# read than this default needs the author's confirmation (services._check_widening).
GOAL_CATEGORY: dict[str, str] = {
    "werk": DataCategory.WERK,
    "inkomen": DataCategory.REINTEGRATIE,
    "wonen": DataCategory.WELZIJN,
    "gezondheid": DataCategory.WELZIJN,
    "sociaal": DataCategory.WELZIJN,
    "dagbesteding": DataCategory.REINTEGRATIE,
}
GOAL_CATEGORY_BY_ROLE: dict[tuple[str, str], str] = {
    ("gezondheid", Role.BEHANDELAAR): DataCategory.BEHANDELING,
    ("gezondheid", Role.VERZEKERINGSARTS): DataCategory.BELASTBAARHEID,
    ("werk", Role.VERZEKERINGSARTS): DataCategory.BELASTBAARHEID,
}


def default_category(life_domain: str | None, role: str | None) -> str:
    """A goal's category when the author does not choose one; without a life domain (a
    note, an action without a goal) the author's role decides (``author_category``)."""
    if not life_domain:
        return author_category(role)
    found = GOAL_CATEGORY_BY_ROLE.get((life_domain, role or ""))
    return str(found or GOAL_CATEGORY.get(life_domain) or author_category(role))


class OnTrajectory:
    """A record on a trajectory: the access log names the trajectory's client by their
    pseudonymous id."""

    trajectory: Trajectory

    @property
    def audit_client_pid(self) -> str:
        return self.trajectory.client.public_id


class LadderStep(models.IntegerChoices):
    """The participatieladder (REFERENCE.md §2)."""

    ISOLATED = 1, _("1 · Geïsoleerd")
    SOCIAL_CONTACTS = 2, _("2 · Sociale contacten buitenshuis")
    ORGANISED_ACTIVITIES = 3, _("3 · Deelname aan georganiseerde activiteiten")
    UNPAID_WORK = 4, _("4 · Onbetaald werk")
    PAID_WITH_SUPPORT = 5, _("5 · Betaald werk met ondersteuning")
    PAID_WORK = 6, _("6 · Betaald werk")


LADDER_DEFINITIONS = {
    1: _(
        "Geen of nauwelijks contact met anderen dan huisgenoten; alleen functionele contacten "
        "(winkelpersoneel, hulpverleners)."
    ),
    2: _(
        "Minstens één keer per week contact met mensen buiten het huis, zoals vrienden, "
        "familie of buren, buiten een georganiseerd verband."
    ),
    3: _(
        "Minstens wekelijks meedoen aan een georganiseerde activiteit: vereniging, sport, "
        "cursus of opleiding zonder werkdeel."
    ),
    4: _(
        "Werk zonder arbeidscontract met verantwoordelijkheid voor anderen, zoals "
        "vrijwilligerswerk, stage of werken met behoud van uitkering."
    ),
    5: _(
        "Arbeidscontract of zzp met ondersteuning, zoals loonkostensubsidie, jobcoach, een "
        "aanvullende uitkering of beschut werk."
    ),
    6: _("Arbeidscontract of eigen bedrijf, zonder aanvullende uitkering of ondersteuning."),
}


class BenefitStatus(models.TextChoices):
    BIJSTAND = "bijstand", _("bijstand (Participatiewet)")
    WW = "ww", _("WW")
    WIA = "wia", _("WIA")
    WAJONG = "wajong", _("Wajong")
    ZIEKTEWET = "ziektewet", _("Ziektewet")
    NONE = "geen", _("geen uitkering")
    OTHER = "anders", _("anders")


# The benefits paid by UWV; bijstand is the gemeente's (WGB and the instruments guide ask).
UWV_BENEFITS = frozenset(
    {BenefitStatus.WW, BenefitStatus.WIA, BenefitStatus.WAJONG, BenefitStatus.ZIEKTEWET}
)


class WorkWish(models.TextChoices):
    YES = "ja", _("ja")
    NO = "nee", _("nee")
    UNSURE = "twijfel", _("weet nog niet")


class Route(models.TextChoices):
    """Where a referral (or an intake's outcome) goes."""

    IPS = TrajectoryType.IPS.value, _("IPS")
    WGB = TrajectoryType.WGB.value, _("WGB")
    WERKWIJZER = TrajectoryType.WERKWIJZER.value, _("Werkwijze(r)")
    OTHER = TrajectoryType.OWN.value, _("andere route")


class IntakeOutcome(models.TextChoices):
    NOT_NOW = "niet_nu", _("nu niet (later opnieuw vragen)")
    IPS = Route.IPS.value, _("verwijzing naar IPS")
    WGB = Route.WGB.value, _("verwijzing naar WGB")
    WERKWIJZER = Route.WERKWIJZER.value, _("verwijzing naar Werkwijze(r)")
    OTHER = Route.OTHER.value, _("verwijzing naar een andere route")


class Intake(models.Model):
    """A ggz intake with the work question (zorgstandaard Arbeid als Medicijn). It cannot be
    completed without the work question: the service refuses an intake without it."""

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="intakes")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    held_on = models.DateField(_("datum intake"))
    ladder_step = models.PositiveSmallIntegerField(
        _("trede op de participatieladder"), choices=LadderStep.choices
    )
    benefit_status = models.CharField(_("uitkering"), max_length=20, choices=BenefitStatus.choices)
    has_paid_work = models.BooleanField(_("heeft nu betaald werk"), default=False)
    work_discussed = models.BooleanField(_("werk is besproken"))
    work_wish = models.CharField(
        _("heeft de cliënt werkwensen?"), max_length=10, choices=WorkWish.choices, blank=True
    )
    # "Richting" (seed 004): the (higher) goal in life work can give, then the kind of work.
    work_direction = models.TextField(_("richting: doel in het leven en wat voor werk"), blank=True)
    work_meaning = models.TextField(_("betekenis: wat betekent werk voor de cliënt?"), blank=True)
    work_coherence = models.TextField(
        _("samenhang: hoe past werk bij herstel en het dagelijks leven?"), blank=True
    )
    outcome = models.CharField(_("uitkomst"), max_length=20, choices=IntakeOutcome.choices)
    ask_again_on = models.DateField(_("opnieuw vragen op"), null=True, blank=True)
    reason = models.TextField(_("reden"))
    referral = models.OneToOneField(
        "Referral", on_delete=models.SET_NULL, null=True, blank=True, related_name="intake"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    category = DataCategory.WERK  # the work question is work data, whoever reads it
    TEXT_CATEGORIES = {
        "work_direction": ROW,
        "work_meaning": ROW,
        "work_coherence": ROW,
        "reason": ROW,  # copied into the referral with this category (werk)
    }

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["organisation", "held_on"])]

    def __str__(self) -> str:
        return f"intake {self.pk} of {self.client_id}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id


class ReferralStatus(models.TextChoices):
    PENDING = "open", _("wacht op besluit")
    ACCEPTED = "geaccepteerd", _("geaccepteerd")
    DECLINED = "afgewezen", _("afgewezen")


class Referral(models.Model):
    """A referral to a team (of the own or another organisation) that reports back."""

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="+")
    route = models.CharField(_("route"), max_length=20, choices=Route.choices)
    from_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    from_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    to_organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("naar organisatie"),
    )
    to_team = models.ForeignKey(
        "organisations.Team",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("naar team"),
    )
    reason = models.TextField(_("reden van verwijzing"))
    # The reason's data category: the receiving organisation reads it only while the client's
    # consent covers basic data and this category (issue 11). An intake's reason is werk.
    category = models.CharField(
        _("soort gegevens van de reden"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.BEHANDELING,  # unclassified: the most guarded (the service sets it)
    )
    status = models.CharField(
        max_length=20, choices=ReferralStatus.choices, default=ReferralStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.TextField(_("reden van afwijzing"), blank=True)
    # The decline reason's category, after the decider's role: the referrer reads it under
    # the client's consent for that category, like any other organisation's text.
    decline_category = models.CharField(
        max_length=20, choices=DataCategory.choices, default=DataCategory.BEHANDELING
    )
    trajectory = models.OneToOneField(
        "Trajectory", on_delete=models.SET_NULL, null=True, blank=True, related_name="referral"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["to_organisation", "status"]),
            models.Index(fields=["from_organisation", "created_at"]),
        ]

    TEXT_CATEGORIES = {"reason": ROW, "decline_reason": Row("decline_category")}

    def __str__(self) -> str:
        return f"referral {self.pk} of {self.client_id}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id


class EndReason(models.TextChoices):
    CLIENT_WISH = "wens_client", _("op wens van de cliënt")
    GOAL_REACHED = "doel_bereikt", _("doel bereikt")
    OTHER_ROUTE = "andere_route", _("verder in een andere route")
    HEALTH = "gezondheid", _("gezondheid")
    MOVED = "verhuisd", _("verhuisd")
    OTHER = "anders", _("anders")


class Trajectory(models.Model):
    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="trajectories"
    )
    type = models.CharField(_("soort traject"), max_length=20, choices=TrajectoryType.choices)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="trajectories",
        verbose_name=_("uitgevoerd door"),
    )
    own_phases = models.JSONField(_("eigen fasen"), default=list, blank=True)
    wgb_months = models.PositiveSmallIntegerField(
        _("duur WGB (maanden)"), null=True, blank=True, choices=[(12, "12"), (18, "18")]
    )
    # WGB is meant for clients in specialist ggz with a UWV benefit (REFERENCE §1.5): why this
    # one started without a UWV benefit on the latest intake. The running organisation's own
    # justification, shown on the trajectory page to that organisation only.
    wgb_start_reason = models.TextField(
        _("reden om WGB te starten zonder UWV-uitkering"), blank=True
    )
    phase = models.CharField(_("fase"), max_length=40)
    phase_since = models.DateField(_("in deze fase sinds"))
    started_on = models.DateField(_("gestart op"))
    search_started_on = models.DateField(null=True, blank=True)  # IPS: first day in 'zoeken'
    first_employer_contact_on = models.DateField(null=True, blank=True)
    last_contact_on = models.DateField(null=True, blank=True)  # last contact with the client
    ended_on = models.DateField(_("afgesloten op"), null=True, blank=True)
    end_reason = models.CharField(
        _("reden van afsluiten"), max_length=20, choices=EndReason.choices, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    # Why a WGB started without a UWV benefit: about the client's route (re-integratie).
    TEXT_CATEGORIES = {"wgb_start_reason": DataCategory.REINTEGRATIE}

    class Meta:
        ordering = ["-started_on", "-id"]
        indexes = [models.Index(fields=["organisation", "ended_on"])]
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")

    def __str__(self) -> str:
        return f"{self.get_type_display()} · {self.client}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id

    @property
    def phases(self) -> list:
        return list(phases_for(self.type, self.own_phases))

    @property
    def phase_label(self) -> str:
        return phase_label(self.type, self.phase, self.own_phases)

    @property
    def is_closed(self) -> bool:
        return self.ended_on is not None

    def days_in_phase(self, today: date) -> int:
        return (today - self.phase_since).days

    def first_employer_contact_due(self) -> date | None:
        """IPS only: the clock starts when the trajectory starts (REFERENCE §1.1, 'within four
        weeks of being referred', no lengthy assessment first), not when the search phase
        begins, so a client still in aanmelding or kennismaking can be overdue too."""
        if self.type != TrajectoryType.IPS:
            return None
        return self.started_on + timedelta(days=FIRST_EMPLOYER_CONTACT_DAYS)

    def wgb_ends_on(self) -> date | None:
        if not self.wgb_months:
            return None
        return self.started_on + timedelta(days=round(self.wgb_months * 365.25 / 12))


class PhaseChange(models.Model):
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="changes")
    from_phase = models.CharField(max_length=40, blank=True)
    to_phase = models.CharField(max_length=40)
    changed_on = models.DateField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(blank=True)
    # The reason's data category, after the author's role (``author_category``): the change
    # itself is on everyone's timeline, its reason only under consent for this category.
    category = models.CharField(
        _("soort gegevens van de reden"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.BEHANDELING,  # unclassified: the most guarded (the service sets it)
    )
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"reason": ROW}

    class Meta:
        ordering = ["changed_on", "id"]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: {self.from_phase} → {self.to_phase}"

    @property
    def to_label(self) -> str:
        t = self.trajectory
        return phase_label(t.type, self.to_phase, t.own_phases)


class TeamMember(OnTrajectory, models.Model):
    """A professional on a trajectory's care team, with role, start and end. Ending a
    membership (or a handover) takes away the access the team gave."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices)
    is_key_person = models.BooleanField(_("sleutelpersoon van de organisatie"), default=False)
    started_on = models.DateField(_("vanaf"))
    ended_on = models.DateField(_("tot en met"), null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["ended_on", "organisation_id", "started_on", "id"]
        indexes = [models.Index(fields=["user", "ended_on"])]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.trajectory_id}"


class LifeDomain(models.TextChoices):
    WORK = "werk", _("werk")
    INCOME = "inkomen", _("inkomen en financiën")
    HOUSING = "wonen", _("wonen")
    HEALTH = "gezondheid", _("gezondheid en behandeling")
    SOCIAL = "sociaal", _("sociaal")
    DAYTIME = "dagbesteding", _("dagbesteding en opleiding")


class GoalStatus(models.TextChoices):
    """The FHIR Goal lifecycle status."""

    PROPOSED = "proposed", _("voorgesteld")
    PLANNED = "planned", _("gepland")
    ACCEPTED = "accepted", _("afgesproken")
    ACTIVE = "active", _("actief")
    ON_HOLD = "on-hold", _("gepauzeerd")
    COMPLETED = "completed", _("bereikt")
    CANCELLED = "cancelled", _("gestopt")
    ENTERED_IN_ERROR = "entered-in-error", _("foutief ingevoerd")
    REJECTED = "rejected", _("afgewezen")


class Goal(OnTrajectory, models.Model):
    """A goal of the integrated plan: in the client's words and in professional terms, owned by
    the organisation that recorded it, with a data category the consent applies to."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="goals")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(_("soort gegevens"), max_length=20, choices=DataCategory.choices)
    life_domain = models.CharField(_("levensgebied"), max_length=20, choices=LifeDomain.choices)
    own_words = models.TextField(_("in de woorden van de cliënt"))
    professional_text = models.TextField(_("in professionele termen"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=GoalStatus.choices, default=GoalStatus.PROPOSED
    )
    target_date = models.DateField(_("streefdatum"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    TEXT_CATEGORIES = {"own_words": ROW, "professional_text": ROW}

    class Meta:
        ordering = ["life_domain", "id"]

    def __str__(self) -> str:
        return self.own_words[:60]


class GoalRevision(models.Model):
    """The history of a goal: a snapshot of every version, who made it and when."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    # A copy of the goal's texts: read with the goal (its history page), under its category.
    TEXT_CATEGORIES = {"snapshot": Parent("goal")}

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "version"], name="goal_revision_once")
        ]

    def __str__(self) -> str:
        return f"goal {self.goal_id} v{self.version}"

    @property
    def category_label(self) -> str:
        category = self.snapshot.get("category", "")
        return str(DataCategory(category).label) if category in DataCategory.values else category

    @property
    def status_label(self) -> str:
        status = self.snapshot.get("status", "")
        return str(GoalStatus(status).label) if status in GoalStatus.values else status


class MeetingKind(models.TextChoices):
    DRIEGESPREK = "driegesprek", _("driegesprek")
    VIERGESPREK = "viergesprek", _("viergesprek")
    STARTGESPREK = "startgesprek", _("startgesprek")
    EVALUATION = "evaluatie", _("evaluatie")


class Meeting(OnTrajectory, models.Model):
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="meetings")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(
        _("soort gegevens"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.REINTEGRATIE,
    )
    kind = models.CharField(_("soort gesprek"), max_length=20, choices=MeetingKind.choices)
    held_on = models.DateField(_("datum"))
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("deelnemers uit het team")
    )
    client_present = models.BooleanField(_("de cliënt was erbij"), default=True)
    agenda = models.TextField(_("agenda"), blank=True)
    summary = models.TextField(_("verslag"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    TEXT_CATEGORIES = {"agenda": ROW, "summary": ROW}

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.held_on}"


class PlanAction(OnTrajectory, models.Model):
    """An action of the plan, with an owner and a due date; a meeting's decisions become
    actions."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="actions")
    goal = models.ForeignKey(
        Goal,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("bij doel"),
    )
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(max_length=20, choices=DataCategory.choices)
    description = models.CharField(_("actie"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="plan_actions",
        verbose_name=_("wie"),
    )
    due_on = models.DateField(_("uiterlijk op"))
    done_on = models.DateField(_("gedaan op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"description": ROW}

    class Meta:
        ordering = ["done_on", "due_on", "id"]
        indexes = [models.Index(fields=["owner", "done_on", "due_on"])]

    def __str__(self) -> str:
        return self.description


class Perspective(models.TextChoices):
    PROFESSIONAL = "professional", _("professional")
    CLIENT = "client", _("cliënt zelf")


class LadderAssessment(OnTrajectory, models.Model):
    """A participatieladder assessment: the professional's, or the client's own view."""

    trajectory = models.ForeignKey(
        Trajectory, on_delete=models.CASCADE, related_name="ladder_assessments"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.REINTEGRATIE
    step = models.PositiveSmallIntegerField(_("trede"), choices=LadderStep.choices)
    perspective = models.CharField(
        _("wiens inschatting"), max_length=20, choices=Perspective.choices
    )
    assessed_on = models.DateField(_("datum"))
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"note": ROW}

    class Meta:
        ordering = ["assessed_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(step__gte=1, step__lte=6), name="ladder_step_1_to_6"
            )
        ]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: trede {self.step}"


class NoteKind(models.TextChoices):
    NOTE = "notitie", _("notitie")
    CLIENT_CONTACT = "contact", _("contact met de cliënt")
    EMPLOYER_CONTACT = "werkgever", _("face-to-face werkgeverscontact")


class Note(OnTrajectory, models.Model):
    """A timeline note. Its data category decides, with the client's consent, who reads it."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="notes")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(_("soort gegevens"), max_length=20, choices=DataCategory.choices)
    kind = models.CharField(
        _("soort"), max_length=20, choices=NoteKind.choices, default=NoteKind.NOTE
    )
    occurred_on = models.DateField(_("datum"))
    text = models.TextField(_("tekst"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"text": ROW}

    class Meta:
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return self.text[:60]
