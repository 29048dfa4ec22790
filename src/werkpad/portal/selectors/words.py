"""The plain-Dutch (B1) words that explain the trajectory to the client: what each phase means,
what each team role does, what a goal's status means, each ladder step in the client's words.
They are what the portal's pages show, beside the professional terms of the trajectory app."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import Role
from werkpad.trajectories.models import (
    GoalStatus,
    MeetingKind,
)
from werkpad.trajectories.phases import CLOSED, TrajectoryType

# --- Plain words (B1) ----------------------------------------------------------------------
TYPE_HELP: dict[str, Promise] = {
    TrajectoryType.IPS: _(
        "Bij IPS zoek je meteen naar betaald werk. Je begeleider helpt je zoeken en blijft je "
        "helpen als je werk hebt."
    ),
    TrajectoryType.WGB: _(
        "Bij WGB gaan behandeling en werk samen. Je werkt tegelijk aan je gezondheid en aan werk."
    ),
    TrajectoryType.WERKWIJZER: _(
        "Bij Werkwijze(r) praten jij, je behandelaar en het UWV samen over werk. Jullie maken "
        "afspraken over wat je gaat doen."
    ),
    TrajectoryType.OWN: _("Dit is een eigen route, die je team samen met jou heeft gemaakt."),
}


# A phase's name as the client reads it, where the professionals' name uses their words
# ("loopbaanprofiel", "anamnese"; issue 13, item 17). Other phases keep their own name.
CLIENT_PHASE_LABELS: dict[str, Promise] = {
    "kennismaking": _("Kennismaking en je werkwensen"),
    "plan_van_aanpak": _("Je werkervaring en een eerste plan"),
    "aanvullende_anamnese": _("Een extra gesprek met de psycholoog"),
}


def client_phase_label(code: str, label: object) -> str:
    return str(CLIENT_PHASE_LABELS.get(code, label))


# Whose view a ladder step is, in the client's words (the trajectory app says "professional").
PERSPECTIVE_WORDS: dict[str, Promise] = {
    "professional": _("zoals je team het ziet"),
    "client": _("zoals jij het ziet"),
}


PHASE_HELP: dict[str, Promise] = {
    # IPS
    "aanmelding": _("Je bent aangemeld. Je begeleider maakt snel een afspraak met je."),
    "kennismaking": _(
        "Jullie leren elkaar kennen. Je vertelt wat je wilt, wat je kunt en wat je belangrijk "
        "vindt. Dat schrijven jullie op bij je werkwensen."
    ),
    "zoeken": _(
        "Jullie zoeken samen naar werk dat bij je past. Je begeleider gaat ook zelf langs bij "
        "werkgevers."
    ),
    "plaatsing": _("Je hebt werk gevonden! Jullie zorgen samen voor een goede start."),
    "nazorg": _("Je werkt. Je begeleider blijft je helpen, zo lang als jij dat wilt."),
    # WGB
    "intake": _("In een eerste gesprek vertel je wat werk voor jou betekent en wat je wilt."),
    "uwv_gesprek": _(
        "Je praat met een arts en een deskundige van het UWV. Zij kijken samen met jou welk "
        "werk bij je past."
    ),
    "plan_van_aanpak": _(
        "Jullie maken een eerste plan: wat wil je bereiken, en wat is daarvoor nodig?"
    ),
    "koppeling": _("Je krijgt een coach voor werk. Die maakt het plan samen met jou verder af."),
    "aanvullende_anamnese": _(
        "Een psycholoog praat met je over wat je nodig hebt om goed te kunnen werken."
    ),
    "startgesprek": _(
        "De voorbereiding is klaar. In het officiële startgesprek zit je samen aan tafel met je "
        "behandelaar, de deskundige van het UWV en je coach. Jullie maken samen afspraken."
    ),
    "uitvoering": _("Je gaat aan de slag met het plan. Je team houdt elkaar op de hoogte."),
    "evaluatie": _(
        "Jullie kijken terug: wat is gelukt? Het doel is dat je binnen een jaar minstens één "
        "stap hoger staat op de ladder."
    ),
    # Werkwijze(r)
    "driegesprek": _("Jij, je behandelaar en iemand van het UWV praten samen over werk."),
    "acties": _("Je doet wat jullie in het gesprek hebben afgesproken. Je team helpt je daarbij."),
    CLOSED: _("Dit traject is klaar."),
}


# What a phase will bring, where "what it is now" would read as if it had happened already.
NEXT_HELP: dict[str, Promise] = {
    "plaatsing": _("Als je werk vindt, zorgen jullie samen voor een goede start."),
    "nazorg": _("Als je werkt, blijft je begeleider je helpen, zo lang als jij dat wilt."),
    "evaluatie": _(
        "Jullie kijken samen terug: wat is gelukt? Het doel is dat je binnen een jaar minstens "
        "één stap hoger staat op de ladder."
    ),
}


OWN_PHASE_HELP = _("Dit is een stap in je eigen route. Vraag je begeleider wat deze stap inhoudt.")


ROLE_HELP: dict[str, Promise] = {
    Role.IPS_TRAJECTBEGELEIDER: _(
        "Helpt je een betaalde baan te vinden en te houden. Zoekt samen met jou werkgevers."
    ),
    Role.JOBCOACH: _("Helpt je op je werkplek, zodat het werk goed blijft gaan."),
    Role.BEHANDELAAR: _(
        "Helpt je met je gezondheid en denkt mee over hoe werk en herstel samengaan."
    ),
    Role.REINTEGRATIECOACH: _("Helpt je stap voor stap weer aan het werk."),
    Role.ARBEIDSDESKUNDIGE: _(
        "Werkt bij het UWV. Kijkt welk werk bij je past en hoeveel uur je kunt werken."
    ),
    Role.VERZEKERINGSARTS: _("Arts van het UWV. Kijkt wat je gezondheid betekent voor werk."),
    Role.KLANTMANAGER: _(
        "Werkt bij de gemeente. Regelt je uitkering en wat de gemeente kan doen om werk "
        "mogelijk te maken."
    ),
    Role.ERVARINGSDESKUNDIGE: _(
        "Weet uit eigen ervaring hoe herstel gaat. Denkt met je mee vanuit die ervaring."
    ),
    Role.TEAMLEIDER: _("Leidt het team van je begeleiders."),
    Role.REGIOCOORDINATOR: _("Zorgt dat de organisaties in je regio goed samenwerken."),
    Role.FUNCTIONEEL_BEHEERDER: _("Zorgt dat Werkpad goed werkt voor de organisatie."),
    Role.WERKGEVER_CONTACTPERSOON: _("Je contactpersoon bij je werkgever."),
}


GOAL_STATUS_TEXT: dict[str, Promise] = {
    GoalStatus.PROPOSED: _("Voorstel: je team bespreekt het met je"),
    GoalStatus.PLANNED: _("Gepland: je begint hier later aan"),
    GoalStatus.ACCEPTED: _("Afgesproken met je team"),
    GoalStatus.ACTIVE: _("Hier werk je nu aan"),
    GoalStatus.ON_HOLD: _("Even op pauze"),
    GoalStatus.COMPLETED: _("Gelukt!"),
    GoalStatus.CANCELLED: _("Gestopt"),
    GoalStatus.REJECTED: _("Niet als doel gekozen. Praat er gerust over met je begeleider."),
}


MEETING_HELP: dict[str, Promise] = {
    MeetingKind.DRIEGESPREK: _("Een gesprek met drie mensen: jij en twee mensen uit je team."),
    MeetingKind.VIERGESPREK: _("Een gesprek met vier mensen: jij en drie mensen uit je team."),
    # Seed 004 (WGB): the formal four-party start meeting after the preparation.
    MeetingKind.STARTGESPREK: _(
        "Het officiële startgesprek, na de voorbereiding. Jij en je team maken samen afspraken "
        "over het traject."
    ),
    MeetingKind.EVALUATION: _("Jullie kijken samen terug: wat ging goed en wat kan beter?"),
}


# The participatieladder in plain words (REFERENCE.md §2): a short name and what it means.
LADDER_TEXT: dict[int, tuple[Promise, Promise]] = {
    1: (
        _("Ik ben vooral thuis"),
        _(
            "Je hebt bijna alleen contact met de mensen bij wie je woont. Of met hulpverleners "
            "en mensen in de winkel."
        ),
    ),
    2: (
        _("Ik zie mensen buiten mijn huis"),
        _(
            "Je ziet minstens één keer per week mensen buiten je huis, zoals vrienden, familie "
            "of buren."
        ),
    ),
    3: (
        _("Ik doe mee aan activiteiten"),
        _(
            "Je doet elke week mee aan iets dat georganiseerd is. Bijvoorbeeld een club, sport, "
            "een cursus of een opleiding."
        ),
    ),
    4: (
        _("Ik doe onbetaald werk"),
        _("Je werkt zonder loon, zoals vrijwilligerswerk of een stage. Anderen rekenen op je."),
    ),
    5: (
        _("Ik heb betaald werk, met steun"),
        _(
            "Je hebt een baan of een eigen bedrijf. Je krijgt daarbij hulp, zoals een jobcoach, "
            "of je krijgt nog een deel van je uitkering."
        ),
    ),
    6: (
        _("Ik heb betaald werk"),
        _("Je hebt een baan of een eigen bedrijf, zonder extra hulp en zonder uitkering."),
    ),
}
