"""The instruments guide: which instruments may apply to a placement, given the worker's
benefit and whether they are in the doelgroepregister. The rules are data, kept here and
nowhere else, with their sources (REFERENCE.md §4.3) and the date they were last checked.

It advises; it does not decide. UWV or the gemeente decides, and every text says so. Every
text is written twice (``Voiced``): for the professional, about "de werkgever" and "je
cliënt", and for the employer, in plain Dutch with "u" ("ontzorg werkgevers"). ``Reader``
names the two; a page that names no reader gets the professional's voice.

Sources are the law (wetten.overheid.nl, with the article), UWV, Rijksoverheid, the official
publications, PIANOo (the government's expertise centre on procurement) and the gemeente,
which has no single page: its source is a line that says to ask it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeAlias

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.trajectories import models as trajectory_models

RULES_CHECKED_ON = date(2026, 12, 7)

Text: TypeAlias = str | Promise


class Reader(StrEnum):
    """Who reads the guide: the professional (IPS-trajectbegeleider, klantmanager, ...) or the
    employer on the employer's own pages."""

    PROFESSIONAL = "professional"
    EMPLOYER = "employer"


def reader_of(reader: Reader | str | None) -> Reader:
    """The reader named by a page: the professional when none is named (an include without
    ``reader``); an unknown name is a programming error, not a fallback."""
    return Reader(reader) if reader else Reader.PROFESSIONAL


@dataclass(frozen=True)
class Voiced:
    """One text in two voices."""

    professional: Text
    employer: Text

    def to(self, reader: Reader | str | None = None) -> Text:
        if reader_of(reader) == Reader.EMPLOYER:
            return self.employer
        return self.professional


def both(text: Text) -> Voiced:
    """A text that reads the same for both: it addresses no one."""
    return Voiced(professional=text, employer=text)


@dataclass(frozen=True)
class Source:
    """Where a rule can be checked. Without ``url`` the name says whom to ask (the gemeente:
    each has its own rules and pages)."""

    name: Text | Voiced
    url: str = ""

    def to(self, reader: Reader | str | None = None) -> SourceText:
        name = self.name.to(reader) if isinstance(self.name, Voiced) else self.name
        return SourceText(name=name, url=self.url)


@dataclass(frozen=True)
class SourceText:
    name: Text
    url: str


# The hosts a source may link to: the law, UWV, Rijksoverheid, the official publications and
# the government's expertise centre on procurement. Regional or commercial pages are not a
# source (issue 13, item 8).
SOURCE_HOSTS = frozenset(
    {
        "wetten.overheid.nl",
        "www.uwv.nl",
        "www.rijksoverheid.nl",
        "zoek.officielebekendmakingen.nl",
        "www.pianoo.nl",
    }
)

PARTICIPATIEWET_LAW = "https://wetten.overheid.nl/BWBR0015703"
ZIEKTEWET_LAW = "https://wetten.overheid.nl/BWBR0001888"
AANBESTEDINGSWET_LAW = "https://wetten.overheid.nl/BWBR0032203"
GEMEENTE = Source(
    Voiced(professional=_("Vraag het je gemeente"), employer=_("Vraag het uw gemeente"))
)


class Verdict(StrEnum):
    MAY_APPLY = "mogelijk"
    ASK = "navragen"
    UNLIKELY = "onwaarschijnlijk"


VERDICT_LABELS = {
    Verdict.MAY_APPLY: _("kan van toepassing zijn"),
    Verdict.ASK: _("navragen"),
    Verdict.UNLIKELY: _("waarschijnlijk niet"),
}

# The benefits an intake records (trajectories.BenefitStatus values).
BIJSTAND, WW, WIA, WAJONG, ZIEKTEWET, NONE, OTHER = (
    "bijstand",
    "ww",
    "wia",
    "wajong",
    "ziektewet",
    "geen",
    "anders",
)
UWV_BENEFITS = trajectory_models.UWV_BENEFITS


@dataclass(frozen=True)
class InstrumentText:
    """What an instrument is, its conditions, duration and sources, in one reader's voice."""

    what: Text
    conditions: tuple[Text, ...]
    duration: Text
    sources: tuple[SourceText, ...]


@dataclass(frozen=True)
class Instrument:
    code: str
    name: Text
    what: Voiced  # what it is
    conditions: tuple[Voiced, ...]
    duration: Voiced
    sources: tuple[Source, ...]
    # benefit -> verdict; "register" is the verdict for someone in the doelgroepregister
    by_benefit: dict[str, Verdict] = field(default_factory=dict)
    register: Verdict | None = None
    needs_sroi_employer: bool = False
    min_hours: int | None = None

    def text(self, reader: Reader | str | None = None) -> InstrumentText:
        return InstrumentText(
            what=self.what.to(reader),
            conditions=tuple(c.to(reader) for c in self.conditions),
            duration=self.duration.to(reader),
            sources=tuple(s.to(reader) for s in self.sources),
        )


INSTRUMENTS: tuple[Instrument, ...] = (
    Instrument(
        code="loonkostensubsidie",
        name=_("Loonkostensubsidie"),
        # Participatiewet art. 10d (REFERENCE §7.1): the subsidy is the difference between the
        # statutory minimum wage and the established loonwaarde, plus a fixed allowance for
        # employer costs (23,5% of that difference, Regeling loonkostensubsidie art. 1); the
        # employer pays the agreed wage, whatever it is.
        what=Voiced(
            professional=_(
                "Voor iemand die (nog) niet het volledige wettelijk minimumloon kan verdienen. "
                "De werkgever betaalt het loon dat hij met de werknemer afspreekt. De gemeente "
                "betaalt de werkgever loonkostensubsidie: het verschil tussen het wettelijk "
                "minimumloon en de vastgestelde loonwaarde, plus een vaste vergoeding voor de "
                "werkgeverslasten (23,5% van dat verschil)."
            ),
            employer=_(
                "Voor iemand die (nog) niet het volledige wettelijk minimumloon kan verdienen. U "
                "betaalt het loon dat u met uw werknemer afspreekt. De gemeente betaalt u "
                "loonkostensubsidie: het verschil tussen het wettelijk minimumloon en de "
                "vastgestelde loonwaarde, plus een vaste vergoeding voor de werkgeverslasten "
                "(23,5% van dat verschil)."
            ),
        ),
        conditions=(
            both(
                _(
                    "Een deskundige stelt de loonwaarde vast op de werkplek (taken, tempo, "
                    "kwaliteit)."
                )
            ),
            Voiced(
                professional=_(
                    "De subsidie hangt af van het minimumloon en de loonwaarde, niet van het "
                    "afgesproken loon: betaalt de werkgever meer (bijvoorbeeld het cao-loon), dan "
                    "betaalt hij dat deel zelf."
                ),
                employer=_(
                    "De subsidie hangt af van het minimumloon en de loonwaarde, niet van het loon "
                    "dat u afspreekt: betaalt u meer (bijvoorbeeld het cao-loon), dan betaalt u "
                    "dat deel zelf."
                ),
            ),
            both(_("Voor mensen onder de Participatiewet of in het doelgroepregister.")),
        ),
        duration=both(
            _("Zolang de loonwaarde lager is dan het minimumloon; de gemeente toetst dit.")
        ),
        sources=(Source(_("Participatiewet, artikel 10d"), PARTICIPATIEWET_LAW), GEMEENTE),
        by_benefit={BIJSTAND: Verdict.MAY_APPLY, NONE: Verdict.ASK, WAJONG: Verdict.ASK},
        register=Verdict.MAY_APPLY,
    ),
    Instrument(
        code="no_riskpolis",
        name=_("No-riskpolis"),
        # Ziektewet art. 29b; UWV: it needs no application beforehand, the employer says at
        # the ziekmelding that it applies.
        what=Voiced(
            professional=_(
                "Wordt de werknemer ziek, dan betaalt UWV een Ziektewet-uitkering aan de "
                "werkgever. De werkgever betaalt geen hogere premie. Vooraf aanvragen hoeft niet: "
                "bij de ziekmelding geeft de werkgever aan dat de no-riskpolis geldt."
            ),
            employer=_(
                "Wordt uw werknemer ziek, dan betaalt UWV een Ziektewet-uitkering aan u. U "
                "betaalt geen hogere premie. Vooraf aanvragen hoeft niet: bij de ziekmelding "
                "geeft u aan dat de no-riskpolis geldt."
            ),
        ),
        conditions=(
            both(_("Voor mensen met een WIA- of Wajong-uitkering, of in het doelgroepregister.")),
            both(_("Er is een arbeidscontract.")),
        ),
        duration=both(_("5 jaar; voor het doelgroepregister zonder einddatum.")),
        sources=(
            Source(_("Ziektewet, artikel 29b"), ZIEKTEWET_LAW),
            Source(
                _("UWV: No-riskpolis"),
                "https://www.uwv.nl/werkgevers/werknemer-met-uitkering/"
                "toelichting-voordelen-en-regelingen/detail/"
                "looncompensatie-bij-ziektevoorwaarden-voor-de-no-riskpolis",
            ),
        ),
        by_benefit={
            WIA: Verdict.MAY_APPLY,
            WAJONG: Verdict.MAY_APPLY,
            ZIEKTEWET: Verdict.ASK,
        },
        register=Verdict.MAY_APPLY,
    ),
    Instrument(
        code="proefplaatsing",
        name=_("Proefplaatsing"),
        what=Voiced(
            professional=_(
                "Je cliënt werkt eerst een tijd op proef en houdt de uitkering. De werkgever "
                "betaalt in die tijd geen loon. Daarna is de werkgever van plan je cliënt "
                "minstens 6 maanden in dienst te nemen."
            ),
            employer=_(
                "De werknemer werkt eerst een tijd op proef en houdt zijn uitkering. U betaalt "
                "in die tijd geen loon. Daarna wilt u iemand minstens 6 maanden in dienst nemen."
            ),
        ),
        conditions=(
            both(_("UWV, of bij bijstand de gemeente, geeft vooraf toestemming.")),
            Voiced(
                professional=_(
                    "De werkgever is van plan daarna een contract van minstens 6 maanden te "
                    "geven, voor minstens evenveel uren als de proefplaatsing."
                ),
                employer=_(
                    "U bent van plan daarna een contract van minstens 6 maanden te geven, voor "
                    "minstens evenveel uren als de proefplaatsing."
                ),
            ),
            both(_("Na de proefplaatsing geldt geen proeftijd meer.")),
            Voiced(
                professional=_("De werkgever is verzekerd voor aansprakelijkheid."),
                employer=_("U bent verzekerd voor aansprakelijkheid."),
            ),
        ),
        duration=both(_("2 maanden, bij uitzondering tot 6 maanden.")),
        sources=(
            Source(
                _("UWV: Proefplaatsing"),
                "https://www.uwv.nl/werkgevers/werknemer-met-uitkering/"
                "toelichting-voordelen-en-regelingen/detail/proefplaatsing",
            ),
            Source(
                _("Beleidsregels proefplaatsing UWV 2013 (Staatscourant 2012, 25702)"),
                "https://zoek.officielebekendmakingen.nl/stcrt-2012-25702.html",
            ),
            GEMEENTE,
        ),
        by_benefit={
            BIJSTAND: Verdict.MAY_APPLY,
            WW: Verdict.MAY_APPLY,
            WIA: Verdict.MAY_APPLY,
            WAJONG: Verdict.MAY_APPLY,
            ZIEKTEWET: Verdict.MAY_APPLY,
            # Another benefit (of UWV or the gemeente) may be kept too: ask, don't rule out.
            OTHER: Verdict.ASK,
        },
    ),
    Instrument(
        code="jobcoach",
        name=_("Jobcoach"),
        what=Voiced(
            professional=_(
                "Een jobcoach helpt je cliënt op de werkvloer: inwerken, structuur, een "
                "persoonlijke handleiding. Dat kan een coach van buiten zijn, of iemand van het "
                "bedrijf zelf; voor een eigen jobcoach krijgt de werkgever een vergoeding."
            ),
            employer=_(
                "Een jobcoach helpt de werknemer op de werkvloer: inwerken, structuur, een "
                "persoonlijke handleiding. Dat kan een coach van buiten zijn, of iemand van uw "
                "eigen bedrijf; voor een eigen jobcoach krijgt u een vergoeding."
            ),
        ),
        conditions=(
            both(_("Een contract van minstens 12 uur per week, voor minstens 6 maanden.")),
            both(_("Via UWV (WIA, Wajong, Ziektewet) of via de gemeente (Participatiewet).")),
        ),
        duration=both(
            _(
                "In principe hoogstens 3 jaar. Een eigen jobcoach: 15% van de uren in jaar 1, "
                "7,5% in jaar 2, 6% in jaar 3."
            )
        ),
        sources=(
            Source(
                _("UWV: Jobcoach"),
                "https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/jobcoach",
            ),
            Source(_("Participatiewet, artikel 10da"), PARTICIPATIEWET_LAW),
            GEMEENTE,
        ),
        by_benefit={
            WIA: Verdict.MAY_APPLY,
            WAJONG: Verdict.MAY_APPLY,
            ZIEKTEWET: Verdict.MAY_APPLY,
            BIJSTAND: Verdict.ASK,
            WW: Verdict.ASK,
            NONE: Verdict.ASK,
        },
        register=Verdict.MAY_APPLY,
        min_hours=12,
    ),
    Instrument(
        code="sroi",
        name=_("Social return (SROI)"),
        what=Voiced(
            professional=_(
                "Heeft de werkgever een opdracht van de overheid met social return, dan telt deze "
                "baan misschien mee voor zijn verplichting. Hoe, verschilt per gemeente."
            ),
            employer=_(
                "Heeft u een opdracht van de overheid met social return, dan telt deze baan "
                "misschien mee voor uw verplichting. Hoe, verschilt per gemeente."
            ),
        ),
        conditions=(
            Voiced(
                professional=_("De werkgever heeft een SROI-verplichting uit een aanbesteding."),
                employer=_("U heeft een SROI-verplichting uit een aanbesteding."),
            ),
            Voiced(
                professional=_(
                    "Mensen uit het doelgroepregister tellen mee; anderen soms (vraag het de "
                    "gemeente)."
                ),
                employer=_(
                    "Mensen uit het doelgroepregister tellen mee; anderen soms (vraag het de "
                    "gemeente of uw begeleider)."
                ),
            ),
        ),
        duration=both(_("Zolang de opdracht loopt.")),
        sources=(
            # Social return is a special condition of a public contract (art. 2.80).
            Source(_("Aanbestedingswet 2012, artikel 2.80"), AANBESTEDINGSWET_LAW),
            Source(
                _("PIANOo: Maatschappelijk verantwoord inkopen"),
                "https://www.pianoo.nl/nl/themas/maatschappelijk-verantwoord-inkopen",
            ),
            GEMEENTE,
        ),
        by_benefit={
            BIJSTAND: Verdict.ASK,
            WW: Verdict.ASK,
            WIA: Verdict.ASK,
            WAJONG: Verdict.ASK,
            ZIEKTEWET: Verdict.ASK,
            NONE: Verdict.ASK,
            OTHER: Verdict.ASK,
        },
        register=Verdict.MAY_APPLY,
        needs_sroi_employer=True,
    ),
)

INSTRUMENT_BY_CODE = {i.code: i for i in INSTRUMENTS}
INSTRUMENT_CHOICES = [(i.code, i.name) for i in INSTRUMENTS]

# The notes ``advise`` adds, in both voices.
NOTE_NO_SROI = Voiced(
    professional=_("Geldt alleen als de werkgever een SROI-verplichting heeft."),
    employer=_("Geldt alleen als u een SROI-verplichting heeft."),
)
NOTE_FEW_HOURS = Voiced(
    professional=_("Let op: meestal is een contract van minstens 12 uur per week nodig."),
    employer=_("Let op: meestal geeft u dan een contract van minstens 12 uur per week."),
)
NOTE_NO_BENEFIT = Voiced(
    professional=_("Zonder uitkering is er geen uitkering om te behouden."),
    employer=_("Uw werknemer heeft geen uitkering om te behouden."),
)


@dataclass(frozen=True)
class Advice:
    instrument: Instrument
    verdict: Verdict
    notes: tuple[Voiced, ...] = ()

    @property
    def verdict_label(self) -> Text:
        return VERDICT_LABELS[self.verdict]

    def notes_for(self, reader: Reader | str | None = None) -> tuple[Text, ...]:
        return tuple(n.to(reader) for n in self.notes)


def _better(a: Verdict, b: Verdict | None) -> Verdict:
    order = [Verdict.UNLIKELY, Verdict.ASK, Verdict.MAY_APPLY]
    return a if b is None or order.index(a) >= order.index(b) else b


def advise(
    *,
    benefit: str,
    in_register: bool,
    hours_per_week: Decimal | float | None = None,
    employer_has_sroi: bool = False,
) -> list[Advice]:
    """Per instrument: may it apply, should it be asked, or is it unlikely; with the notes
    that explain why. Advice only: the decision is UWV's or the gemeente's."""
    advice = []
    for instrument in INSTRUMENTS:
        verdict = instrument.by_benefit.get(benefit, Verdict.UNLIKELY)
        if in_register and instrument.register is not None:
            verdict = _better(instrument.register, verdict)
        notes: list[Voiced] = []
        if instrument.needs_sroi_employer and not employer_has_sroi:
            verdict = Verdict.UNLIKELY
            notes.append(NOTE_NO_SROI)
        if (
            instrument.min_hours
            and hours_per_week is not None
            and verdict != Verdict.UNLIKELY
            and hours_per_week < instrument.min_hours
        ):
            verdict = Verdict.ASK
            notes.append(NOTE_FEW_HOURS)
        if instrument.code == "proefplaatsing" and benefit in (NONE, ""):
            notes.append(NOTE_NO_BENEFIT)
        advice.append(Advice(instrument, verdict, tuple(notes)))
    return advice


# --- Minimum wage ---------------------------------------------------------------------------
# Wettelijk minimumuurloon per 1 januari 2026 for 21 and older, and the youth percentages
# (unchanged since 1 July 2019). Source: rijksoverheid.nl/onderwerpen/minimumloon.
MINIMUM_WAGE_SOURCE = "https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon"
MINIMUM_HOURLY_WAGE_21 = Decimal("14.71")
MINIMUM_WAGE_FROM = date(2026, 1, 1)
YOUTH_PERCENTAGE = {15: 30, 16: 35, 17: 40, 18: 50, 19: 60, 20: 80}


def minimum_hourly_wage(age: int | None) -> Decimal:
    """The statutory minimum hourly wage at ``age`` (the adult rate when the age is unknown)."""
    if age is None or age >= 21:
        return MINIMUM_HOURLY_WAGE_21
    percentage = YOUTH_PERCENTAGE.get(max(age, 15), 30)
    return (MINIMUM_HOURLY_WAGE_21 * percentage / 100).quantize(Decimal("0.01"))
