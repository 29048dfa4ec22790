"""Job development and placement (issue 4), the IPS half of Werkpad: the career profile,
employer relations and contacts, vacancies and jobs created for one person, the werkplekscan,
placements with their instruments, follow-along without a time limit, well-being check-ins
and the early-warning signals they raise.

Records about a client sit on a trajectory and carry the organisation that recorded them and
their data category, so the access policy applies the client's consent to them exactly as to
the records of the shared trajectory (decision 0021). Employers, their contacts and
vacancies are organisation data, shared within the organisation and, where organisations
agree, within the region (decision 0022)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW, Parent
from werkpad.trajectories.models import OnTrajectory


# --- Catalogues shared by the career profile, vacancies and matching ---------------------
class Sector(models.TextChoices):
    SCHOONMAAK = "schoonmaak", _("schoonmaak en facilitair")
    GROEN = "groen", _("groen, tuin en dieren")
    HORECA = "horeca", _("horeca en catering")
    ZORG = "zorg", _("zorg en welzijn")
    ICT = "ict", _("ICT")
    ADMINISTRATIE = "administratie", _("administratie en kantoor")
    LOGISTIEK = "logistiek", _("logistiek en transport")
    DETAILHANDEL = "detailhandel", _("winkel en detailhandel")
    TECHNIEK = "techniek", _("techniek en installatie")
    PRODUCTIE = "productie", _("productie en industrie")
    BOUW = "bouw", _("bouw")
    ONDERWIJS = "onderwijs", _("onderwijs en kinderopvang")
    CULTUUR = "cultuur", _("cultuur, media en recreatie")
    OVERHEID = "overheid", _("overheid en non-profit")


class WorkKind(models.TextChoices):
    HANDS = "handen", _("praktisch werk met je handen")
    PEOPLE = "mensen", _("werk met mensen")
    ADMIN = "administratief", _("administratief werk")
    COMPUTERS = "computer", _("werk met computers")
    CREATIVE = "creatief", _("creatief werk")
    TECHNICAL = "technisch", _("technisch werk")
    OUTDOORS = "buiten", _("werk buiten")
    ANIMALS = "dieren", _("werk met dieren")


class Condition(models.IntegerChoices):
    """What a person needs at work and what a workplace offers: one catalogue, stored as a bit
    mask on both sides so matching can compare them in the database."""

    QUIET = 1, _("rustige werkplek, weinig prikkels")
    FIXED_HOURS = 2, _("vaste werktijden")
    NO_NIGHTS = 4, _("geen avond- of nachtdiensten")
    BUILD_UP = 8, _("uren rustig opbouwen")
    REMOTE = 16, _("deels thuiswerken")
    MENTOR = 32, _("vaste begeleider of buddy op de werkvloer")
    FLEXIBLE = 64, _("flexibele werktijden")
    SMALL_TEAM = 128, _("klein team")


def conditions_in(mask: int) -> list[Condition]:
    return [c for c in Condition if mask & c.value]


def mask_of(values: list[int] | list[str]) -> int:
    mask = 0
    for value in values:
        mask |= int(value)
    return mask


class TravelScope(models.TextChoices):
    GEMEENTE = "gemeente", _("in mijn eigen gemeente")
    REGIO = "regio", _("in mijn arbeidsmarktregio")
    ANYWHERE = "overal", _("maakt niet uit")


class RegisterStatus(models.TextChoices):
    YES = "ja", _("ja, staat in het doelgroepregister")
    NO = "nee", _("nee")
    UNKNOWN = "onbekend", _("weet niet")


# --- Career profile (IPS loopbaanprofiel) --------------------------------------------------
class CareerProfile(OnTrajectory, models.Model):
    """The IPS career profile: the client's preferences lead every match (IPS principle 4).
    What is listed under ``avoid_*`` is an explicit wish: no match is offered against it."""

    trajectory = models.OneToOneField(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="career_profile"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {
        "own_words": ROW,
        "work_kinds": ROW,
        "sectors": ROW,
        "avoid_kinds": ROW,
        "avoid_sectors": ROW,
        "travel_note": ROW,
        "talents": ROW,
        "interests": ROW,
        "education": ROW,
        "helps": ROW,
        "hinders": ROW,
        "support_wished": ROW,
    }
    own_words = models.TextField(_("wat voor werk wil je? (in je eigen woorden)"))
    work_kinds = models.JSONField(_("soort werk dat je wilt"), default=list, blank=True)
    sectors = models.JSONField(_("sectoren die je aanspreken"), default=list, blank=True)
    avoid_kinds = models.JSONField(_("soort werk dat je niet wilt"), default=list, blank=True)
    avoid_sectors = models.JSONField(_("sectoren die je niet wilt"), default=list, blank=True)
    hours_min = models.PositiveSmallIntegerField(_("minstens uren per week"), null=True, blank=True)
    hours_max = models.PositiveSmallIntegerField(
        _("hoogstens uren per week"), null=True, blank=True
    )
    home_gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("woonplaats (gemeente)"),
    )
    travel_scope = models.CharField(
        _("waar mag het werk zijn?"),
        max_length=20,
        choices=TravelScope.choices,
        default=TravelScope.REGIO,
    )
    travel_note = models.CharField(_("reizen: hoe en hoe lang"), max_length=200, blank=True)
    available_from = models.DateField(_("beschikbaar vanaf"), null=True, blank=True)
    needs_mask = models.PositiveIntegerField(_("wat je nodig hebt op het werk"), default=0)
    talents = models.TextField(_("talenten en sterke kanten"), blank=True)
    interests = models.TextField(_("interesses"), blank=True)
    education = models.TextField(_("opleiding en cursussen"), blank=True)
    helps = models.TextField(_("wat helpt je op het werk?"), blank=True)
    hinders = models.TextField(_("wat maakt werken moeilijker?"), blank=True)
    support_wished = models.TextField(_("welke steun wil je?"), blank=True)
    benefit_status = models.CharField(_("uitkering"), max_length=20, blank=True)
    register_status = models.CharField(
        _("doelgroepregister (banenafspraak)"),
        max_length=10,
        choices=RegisterStatus.choices,
        default=RegisterStatus.UNKNOWN,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"loopbaanprofiel {self.trajectory_id}"

    @property
    def needs(self) -> list[Condition]:
        return conditions_in(self.needs_mask)


class WorkHistoryEntry(models.Model):
    """One job in the arbeidsanamnese: what went well, and why it ended."""

    profile = models.ForeignKey(CareerProfile, on_delete=models.CASCADE, related_name="history")
    job = models.CharField(_("functie"), max_length=200)
    employer_name = models.CharField(_("werkgever"), max_length=200, blank=True)
    from_year = models.PositiveSmallIntegerField(_("van (jaar)"))
    to_year = models.PositiveSmallIntegerField(_("tot (jaar)"), null=True, blank=True)
    went_well = models.TextField(_("wat ging goed"), blank=True)
    why_ended = models.TextField(_("waarom gestopt"), blank=True)

    # Part of the career profile: read with it, as work data.
    TEXT_CATEGORIES = {
        "job": Parent("profile"),
        "employer_name": Parent("profile"),
        "went_well": Parent("profile"),
        "why_ended": Parent("profile"),
    }

    class Meta:
        ordering = ["-from_year", "-id"]

    def __str__(self) -> str:
        return self.job


# --- Employers (job development) -----------------------------------------------------------
class UwvAdvice(models.TextChoices):
    NONE = "nee", _("niet aangevraagd")
    REQUESTED = "aangevraagd", _("aangevraagd")
    DONE = "gedaan", _("uitgevoerd")


class Employer(models.Model):
    """An employer relation, held by a professional organisation (and its coach). Visible to
    the holding organisation and, where both agreed to share in the employer's region, to
    the other organisations there (``RegionalSharing``)."""

    holder = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="employer_relations",
        verbose_name=_("organisatie die de relatie beheert"),
    )
    account = models.OneToOneField(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employer_record",
        verbose_name=_("werkgever in Werkpad"),
        help_text=_("De werkgeversorganisatie waarvan contactpersonen in Werkpad inloggen."),
    )
    name = models.CharField(_("naam"), max_length=200)
    kvk_number = models.CharField(_("KvK-nummer"), max_length=8, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("vestigingsplaats"),
    )
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio", on_delete=models.PROTECT, related_name="+"
    )
    locations = models.TextField(_("andere vestigingen"), blank=True)
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="employer_relations",
        verbose_name=_("relatiebeheerder"),
    )
    social_heart = models.BooleanField(
        _("sociaal hart"),
        default=False,
        help_text=_("Deze werkgever wil uit eigen motivatie inclusief werken."),
    )
    attitude = models.TextField(_("houding en motivatie"), blank=True)
    networks = models.TextField(_("netwerken waar de werkgever bij hoort"), blank=True)
    trainings = models.TextField(
        _("gevolgde trainingen"), blank=True, help_text=_("Bijvoorbeeld Harrie Helpt, met datum.")
    )
    uwv_advice = models.CharField(
        _("bedrijfsadvies inclusieve arbeidsorganisatie (UWV)"),
        max_length=20,
        choices=UwvAdvice.choices,
        default=UwvAdvice.NONE,
    )
    sroi_obligation = models.BooleanField(_("heeft SROI-verplichtingen"), default=False)
    sroi_note = models.CharField(_("SROI: toelichting"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["holder", "name"]), models.Index(fields=["region"])]
        verbose_name = _("werkgever")
        verbose_name_plural = _("werkgevers")

    def __str__(self) -> str:
        return self.name


class RegionalSharing(models.Model):
    """An organisation shares its employer relations in a region with every other
    organisation that does the same there, so two coaches don't call one employer unawares."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="employer_sharing"
    )
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio", on_delete=models.CASCADE, related_name="+"
    )
    agreed_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "region"], name="sharing_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} deelt in {self.region_id}"


class ContactPerson(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(_("naam"), max_length=200)
    function = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ContactKind(models.TextChoices):
    FACE_TO_FACE = "f2f", _("face-to-face")
    PHONE = "telefoon", _("telefoon")
    EMAIL = "email", _("e-mail")


class ContactPurpose(models.TextChoices):
    INTRODUCTION = "kennismaking", _("kennismaking")
    FOR_JOB_SEEKER = "werkzoekende", _("voor een werkzoekende")
    FOLLOW_UP = "opvolging", _("opvolging")
    SUPPORT = "ondersteuning", _("ondersteuning na plaatsing")


class EmployerContact(models.Model):
    """One employer contact in job development. A face-to-face contact for a named job
    seeker is also that trajectory's employer contact: the 30-day norm and the quarterly
    figures read it from here, so nobody records it twice."""

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="contacts")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK  # when it names a job seeker (see policy.as_client_data)
    # What the contact said about a named job seeker is work data (policy.readable_texts).
    TEXT_CATEGORIES = {"outcome": ROW}
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    occurred_on = models.DateField(_("datum"))
    kind = models.CharField(
        _("soort contact"),
        max_length=10,
        choices=ContactKind.choices,
        default=ContactKind.FACE_TO_FACE,
    )
    purpose = models.CharField(_("doel"), max_length=20, choices=ContactPurpose.choices)
    with_whom = models.CharField(_("met wie"), max_length=200, blank=True)
    outcome = models.TextField(_("uitkomst"), blank=True)
    trajectory = models.ForeignKey(
        "trajectories.Trajectory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employer_contacts",
        verbose_name=_("voor werkzoekende"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [
            models.Index(fields=["coach", "kind", "occurred_on"]),
            models.Index(fields=["organisation", "kind", "occurred_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.employer_id} {self.occurred_on}"


# --- Vacancies and created jobs ------------------------------------------------------------
class VacancyKind(models.TextChoices):
    VACANCY = "vacature", _("vacature")
    CREATED = "gecreeerd", _("gecreëerde baan (voor één persoon)")


class VacancyStatus(models.TextChoices):
    OPEN = "open", _("open")
    FILLED = "vervuld", _("vervuld")
    CLOSED = "gesloten", _("gesloten")


class Vacancy(models.Model):
    """A vacancy, or a job created or carved for one person ("denk niet alleen in bestaande
    banen"). ``region`` copies the gemeente's region so matching can filter on an index."""

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="vacancies")
    kind = models.CharField(
        _("soort"), max_length=20, choices=VacancyKind.choices, default=VacancyKind.VACANCY
    )
    for_trajectory = models.ForeignKey(
        "trajectories.Trajectory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_jobs",
        verbose_name=_("gemaakt voor"),
    )
    title = models.CharField(_("functie"), max_length=200)
    tasks = models.TextField(_("taken"))
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    work_kind = models.CharField(_("soort werk"), max_length=20, choices=WorkKind.choices)
    hours_min = models.PositiveSmallIntegerField(_("minstens uren per week"))
    hours_max = models.PositiveSmallIntegerField(_("hoogstens uren per week"))
    gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("plaats"),
    )
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio", on_delete=models.PROTECT, related_name="+"
    )
    requirements = models.TextField(_("eisen"), blank=True)
    offers_mask = models.PositiveIntegerField(_("wat de werkplek biedt"), default=0)
    offers_note = models.TextField(_("wat de werkplek verder biedt"), blank=True)
    adaptable = models.BooleanField(_("de werkgever kan de baan aanpassen"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=VacancyStatus.choices, default=VacancyStatus.OPEN
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "region"]),
            models.Index(fields=["status", "gemeente"]),
            models.Index(fields=["employer", "status"]),
            # the vacancy list: open ones, newest first
            models.Index(fields=["status", "-created_at", "-id"], name="vacancy_open_newest"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours_min__lte=models.F("hours_max")),
                name="vacancy_hours_ordered",
            )
        ]
        verbose_name = _("vacature")
        verbose_name_plural = _("vacatures")

    def __str__(self) -> str:
        return self.title

    @property
    def offers(self) -> list[Condition]:
        return conditions_in(self.offers_mask)


# --- Werkplekscan --------------------------------------------------------------------------
class Light(models.TextChoices):
    GREEN = "groen", _("groen")
    ORANGE = "oranje", _("oranje")
    RED = "rood", _("rood")


# The aspects of the werkplekscan as seed 004 (Vebego) names them: "We bekijken de werkplek
# zelf, letten op de prikkels die aanwezig zijn, de sociale cohesie binnen het team, de houding
# van collega's, de leidinggevende en de klant. Alle lichten moeten op groen staan." The
# tasks and what the client needs stand beside those six.
SCAN_ASPECTS = (
    ("workplace", _("De werkplek zelf")),
    ("stimuli", _("Prikkels (geluid, licht, drukte)")),
    ("cohesion", _("Sociale cohesie in het team")),
    ("colleagues", _("Houding van collega's")),
    ("manager", _("De leidinggevende")),
    ("customers", _("Contact met klanten")),
    ("tasks", _("De taken")),
    ("needs", _("Wat de cliënt nodig heeft")),
)
# A scan made before an aspect was part of the werkplekscan did not look at it: the data
# migration marks it so, and such a scan is not "all green".
NOT_ASSESSED = "niet_bekeken"


class WorkplaceScan(OnTrajectory, models.Model):
    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="workplace_scans"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {"lights": ROW}  # the notes per aspect
    employer = models.ForeignKey(Employer, on_delete=models.PROTECT, related_name="+")
    vacancy = models.ForeignKey(
        Vacancy, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    done_on = models.DateField(_("datum"))
    lights = models.JSONField(default=dict)  # aspect -> {"light": "groen", "note": "..."}
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-done_on", "-id"]

    def __str__(self) -> str:
        return f"werkplekscan {self.employer_id} {self.done_on}"

    @property
    def red_aspects(self) -> list[str]:
        return [a for a, _label in SCAN_ASPECTS if self.lights.get(a, {}).get("light") == Light.RED]

    @property
    def all_green(self) -> bool:
        return all(self.lights.get(a, {}).get("light") == Light.GREEN for a, _l in SCAN_ASPECTS)

    @property
    def not_assessed(self) -> list[str]:
        """The labels of the aspects this (older) scan did not look at."""
        return [
            str(label)
            for a, label in SCAN_ASPECTS
            if self.lights.get(a, {}).get("light", NOT_ASSESSED) == NOT_ASSESSED
        ]

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            (
                str(label),
                self.lights.get(a, {}).get("light", NOT_ASSESSED),
                self.lights.get(a, {}).get("note", ""),
            )
            for a, label in SCAN_ASPECTS
        ]


# --- Placements ----------------------------------------------------------------------------
class WorkType(models.TextChoices):
    COMPETITIVE = "regulier", _("regulier betaald werk (open voor iedereen, gewoon loon)")
    TRIAL = "proefplaatsing", _("proefplaatsing")
    LEARNING = "leerwerkplek", _("leerwerkplek")
    VOLUNTEER = "vrijwilligerswerk", _("vrijwilligerswerk")
    DAY_ACTIVITY = "dagbesteding", _("dagbesteding")


class ContractType(models.TextChoices):
    PERMANENT = "vast", _("vast contract")
    TEMPORARY = "tijdelijk", _("tijdelijk contract")
    AGENCY = "uitzend", _("uitzendcontract")
    ON_CALL = "oproep", _("oproepcontract")
    NONE = "geen", _("geen arbeidscontract")


class JobEndReason(models.TextChoices):
    OWN_CHOICE = "eigen_keuze", _("eigen keuze")
    CONTRACT_ENDED = "contract_afgelopen", _("contract afgelopen")
    DISMISSAL = "ontslag", _("ontslag")
    HEALTH = "gezondheid", _("gezondheid")
    OTHER = "anders", _("anders")


class Placement(OnTrajectory, models.Model):
    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="placements"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {
        "job_title": ROW,
        "adjustments": ROW,
        "red_light_decision": ROW,
        "learned": ROW,
    }
    employer = models.ForeignKey(Employer, on_delete=models.PROTECT, related_name="placements")
    vacancy = models.ForeignKey(
        Vacancy, on_delete=models.SET_NULL, null=True, blank=True, related_name="placements"
    )
    scan = models.ForeignKey(
        WorkplaceScan, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    job_title = models.CharField(_("functie"), max_length=200)
    work_type = models.CharField(_("soort plaatsing"), max_length=20, choices=WorkType.choices)
    start_on = models.DateField(_("startdatum"))
    hours_per_week = models.DecimalField(_("uren per week"), max_digits=4, decimal_places=1)
    hourly_wage = models.DecimalField(
        _("bruto uurloon (euro)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    contract_type = models.CharField(_("contract"), max_length=20, choices=ContractType.choices)
    adjustments = models.TextField(_("aanpassingen op de werkplek"), blank=True)
    red_light_decision = models.TextField(_("bewuste keuze ondanks een rood licht"), blank=True)
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    ended_on = models.DateField(_("einddatum"), null=True, blank=True)
    end_reason = models.CharField(
        _("reden einde"), max_length=30, choices=JobEndReason.choices, blank=True
    )
    learned = models.TextField(_("wat we hiervan leren"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-start_on", "-id"]
        indexes = [models.Index(fields=["employer", "ended_on"])]
        verbose_name = _("plaatsing")
        verbose_name_plural = _("plaatsingen")

    def __str__(self) -> str:
        return self.job_title

    def tenure_days(self, today: date | None = None) -> int:
        end = self.ended_on or today or date.today()
        return max((end - self.start_on).days, 0)

    @property
    def is_competitive(self) -> bool:
        return self.work_type == WorkType.COMPETITIVE

    @property
    def weekly_wage(self) -> Decimal | None:
        return None if self.hourly_wage is None else self.hourly_wage * self.hours_per_week


class AppliedInstrument(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="instruments")
    instrument = models.CharField(_("instrument"), max_length=30)
    starts_on = models.DateField(_("vanaf"))
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    TEXT_CATEGORIES = {"note": Parent("placement")}  # read with the placement: work data

    class Meta:
        ordering = ["starts_on", "id"]

    def __str__(self) -> str:
        return self.instrument


# --- Follow-along (nazorg) and well-being check-ins ----------------------------------------
class WithWhom(models.TextChoices):
    WORKER = "werknemer", _("werknemer")
    EMPLOYER = "werkgever", _("werkgever")
    BOTH = "beiden", _("werknemer en werkgever")


class FollowUpContact(models.Model):
    """A follow-along contact after the start: without a time limit (IPS principle 8). One
    marked for the employer is shown on the employer's pages, nothing else is."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="follow_ups")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {"note": ROW}
    occurred_on = models.DateField(_("datum"))
    with_whom = models.CharField(_("met wie"), max_length=20, choices=WithWhom.choices)
    kind = models.CharField(_("soort contact"), max_length=10, choices=ContactKind.choices)
    note = models.TextField(_("verslag"))
    for_employer = models.BooleanField(
        _("zichtbaar voor de werkgever"),
        default=False,
        help_text=_("Schrijf dan niets over gezondheid of behandeling."),
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # A note shared with the employer can be withdrawn (the employer no longer sees it) or
    # corrected: a correction is a new row that replaces this one, which is withdrawn.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by"
    )

    class Meta:
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return f"nazorg {self.placement_id} {self.occurred_on}"

    @property
    def audit_client_pid(self) -> str:
        return self.placement.trajectory.client.public_id


class Answer(models.IntegerChoices):
    """A check-in answer in one tap: 3 good, 2 so-so, 1 not good (the red answer)."""

    GOOD = 3, _("goed")
    SO_SO = 2, _("gaat wel")
    BAD = 1, _("niet goed")


CHECKIN_QUESTIONS = (
    ("work", _("Hoe gaat het werk?")),
    ("workload", _("Hoe is de werkdruk?")),
    ("sleep", _("Hoe slaap je?")),
)


class CheckIn(models.Model):
    """A short well-being check-in, by the worker in a few taps or by the coach. Well-being
    data: others than the recording organisation read it only with consent for 'welzijn'."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="checkins")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WELZIJN
    TEXT_CATEGORIES = {"note": ROW}
    on = models.DateField(_("datum"))
    by_worker = models.BooleanField(default=False)
    work = models.PositiveSmallIntegerField(_("Hoe gaat het werk?"), choices=Answer.choices)
    workload = models.PositiveSmallIntegerField(_("Hoe is de werkdruk?"), choices=Answer.choices)
    sleep = models.PositiveSmallIntegerField(_("Hoe slaap je?"), choices=Answer.choices)
    support_needed = models.BooleanField(_("Ik wil graag extra steun"), default=False)
    note = models.TextField(_("toelichting"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"check-in {self.placement_id} {self.on}"

    @property
    def total(self) -> int:
        return self.work + self.workload + self.sleep

    @property
    def audit_client_pid(self) -> str:
        return self.placement.trajectory.client.public_id


class SignalReason(models.TextChoices):
    RED_ANSWER = "rood", _("rood antwoord in de check-in")
    FALLING = "dalend", _("dalende lijn in de check-ins")
    SUPPORT = "steun", _("vraagt om extra steun")


class Signal(OnTrajectory, models.Model):
    """An early warning on the coach's caseload ("wees alert op de werkvloer en grijp snel
    in"). Raised by the background task that reads the check-ins; one open signal per
    placement at a time."""

    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="signals"
    )
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="signals")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WELZIJN
    TEXT_CATEGORIES = {"resolution": ROW}
    reason = models.CharField(_("reden"), max_length=10, choices=SignalReason.choices)
    raised_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolution = models.TextField(_("wat is er gedaan"), blank=True)

    class Meta:
        ordering = ["-raised_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["placement"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_signal_per_placement",
            )
        ]

    def __str__(self) -> str:
        return f"signaal {self.placement_id} {self.reason}"
