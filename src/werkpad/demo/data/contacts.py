"""Eight weeks of employer contacts around the IPS norm: the visits for named job seekers and
around the placements, and the texts of the other visits, calls and e-mails that fill each
week up to its figure."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.employment.models import ContactKind, ContactPurpose

from .employers import (
    BITBRUG,
    BONENHUIS,
    BUURTVERS,
    DRUKKERIJ,
    GLANSRIJK,
    HOOIBERG,
    KORENSCHOOF,
    KRINGLOOP,
    LEKDIJK,
    SPEELKWARTIER,
    STADSGOED,
    TRAPKRACHT,
    VECHTOEVER,
)

# Face-to-face employer contacts of the demo IPS-trajectbegeleider per calendar week, the
# oldest first and this week last: around the IPS norm of six, below it in some weeks and
# above it in others.
F2F_PER_WEEK = (7, 5, 6, 4, 8, 5, 7, 3)


@dataclass(frozen=True, kw_only=True)
class Visit:
    """A contact with an employer. When: ``ago`` days before today, or ``after_start`` days
    after the day the client's trajectory entered 'plaatsing'."""

    employer: str
    purpose: str
    outcome: str
    ago: int | None = None
    after_start: int | None = None
    kind: str = ContactKind.FACE_TO_FACE
    client: str = ""
    with_whom: str = ""
    key: str = "ips"  # the cast key of the coach


SEEKER = ContactPurpose.FOR_JOB_SEEKER
SUPPORT = ContactPurpose.SUPPORT
# fmt: off
NAMED_VISITS: tuple[Visit, ...] = (
    Visit(after_start=-12, employer=KORENSCHOOF, purpose=SEEKER,
          outcome="Sanne was mee en stelde zelf vragen; proefdraaien in de bakkerij afgesproken.",
          client="Sanne de Vries", with_whom="Henk Smit"),
    Visit(after_start=14, employer=KORENSCHOOF, purpose=SUPPORT,
          outcome="Evaluatie met Henk Smit na twee weken.", client="Sanne de Vries",
          with_whom="Henk Smit"),
    Visit(after_start=-15, employer=TRAPKRACHT, purpose=SEEKER,
          outcome="Kennismaking met de eigenaar; Jeroen liet zien wat hij kan met een kapotte "
                  "naaf.", client="Jeroen Dekker", with_whom="Youssef Amrani"),
    Visit(after_start=9, employer=TRAPKRACHT, purpose=SUPPORT,
          outcome="Werkplekbezoek: zaterdag alleen in de werkplaats.", client="Jeroen Dekker",
          with_whom="Youssef Amrani"),
    Visit(after_start=-20, employer=STADSGOED, purpose=SEEKER,
          outcome="Samira liep een ochtend mee met de ploeg in het Wilhelminapark.",
          client="Samira Haddou", with_whom="Kees Brouwer"),
    Visit(after_start=-5, employer=STADSGOED, purpose=SEEKER,
          outcome="Tweede gesprek na het rode licht in de werkplekscan: afspraken gemaakt.",
          client="Samira Haddou", with_whom="Ria van Beek, Kees Brouwer"),
    Visit(ago=18, employer=KRINGLOOP, purpose=SEEKER,
          outcome="Proefplaatsing besproken: twee maanden, daarna een contract van minstens zes "
                  "maanden.", client="Lotte Vos", with_whom="Petra Lammers"),
    Visit(ago=50, employer=LEKDIJK, purpose=SEEKER,
          outcome="Gesprek over de vacature orderpicker; vaste diensten nog niet zeker.",
          client="Emre Kaya", with_whom="Marco Rijnders"),
    Visit(ago=12, employer=BUURTVERS, purpose=SEEKER,
          outcome="Gesprek over de ontvangst van de vroege leveringen: denk niet alleen in "
                  "bestaande banen. Sandra maakt er een vaste ochtendbaan van voor Emre.",
          client="Emre Kaya", with_whom="Sandra Koenen"),
    Visit(ago=15, employer=DRUKKERIJ, purpose=SEEKER,
          outcome="Met Gerard de taken doorgelopen die blijven liggen; daar past een rustige "
                  "archiefbaan voor Hanneke in.", client="Hanneke Schouten",
          with_whom="Gerard Vanderveen"),
    Visit(ago=5, employer=TRAPKRACHT, purpose=SEEKER,
          outcome="Mag Bas een middag meelopen in de werkplaats? Ja, volgende week dinsdag.",
          client="Bas Verhoef", with_whom="Youssef Amrani"),
    Visit(ago=8, employer=SPEELKWARTIER, purpose=SEEKER,
          outcome="Priya mag komen kennismaken op de ochtendgroep.", client="Priya Ramdin",
          with_whom="Fleur Meijer"),
    Visit(ago=33, employer=GLANSRIJK, purpose=ContactPurpose.INTRODUCTION,
          outcome="Ontzorg werkgevers: uitgelegd dat wij de aanvraag van loonkostensubsidie en "
                  "no-riskpolis regelen. Bedrijfsadvies inclusieve arbeidsorganisatie bij UWV "
                  "aangevraagd.", with_whom="Nicole Bakker"),
    Visit(ago=27, employer=VECHTOEVER, purpose=ContactPurpose.INTRODUCTION,
          outcome="Kennismaking met de chef-kok; de directie wil eerst de Harrie Helpt-training "
                  "zien.", with_whom="Jasper de Kok"),
    # The re-integratiebedrijf's coach, on the relations shared in the region.
    Visit(ago=24, employer=BITBRUG, purpose=ContactPurpose.FOLLOW_UP,
          outcome="Twee nieuwe plekken op de servicedesk; vacature staat in Werkpad.",
          with_whom="Daan Verhoeven", key="rc"),
    Visit(ago=10, employer=STADSGOED, purpose=ContactPurpose.INTRODUCTION,
          outcome="Via de regionale afspraak gezien dat de ggz deze relatie heeft; eerst met "
                  "Fatima El Amrani afgestemd en samen langs geweest.", with_whom="Ria van Beek",
          key="rc"),
)
# fmt: on

FILLER = (
    (ContactPurpose.INTRODUCTION, "Kennismaking: wat voor werk is er, en hoe staat het team "
     "tegenover collega's met een psychische kwetsbaarheid?"),
    (ContactPurpose.FOLLOW_UP, "Opvolging: vacatures doorgenomen; werkgever denkt mee over "
     "taken die samen een baan kunnen vormen."),
    (ContactPurpose.FOLLOW_UP, "Uitleg over de Harrie Helpt-training voor leidinggevenden; "
     "werkgever vraagt die aan via het werkgeversservicepunt."),
    (ContactPurpose.INTRODUCTION, "Ontzorg werkgevers: de subsidies en de no-riskpolis "
     "uitgelegd in gewone taal; wij regelen de papieren."),
    (ContactPurpose.FOLLOW_UP, "Rondleiding gehad; twee werkplekken gezien die passen bij "
     "werkzoekenden op de caseload."),
)  # fmt: skip
FILLER_EMPLOYERS = (
    KRINGLOOP, BUURTVERS, DRUKKERIJ, BONENHUIS, HOOIBERG, VECHTOEVER, GLANSRIJK, SPEELKWARTIER,
    STADSGOED, KORENSCHOOF,
)  # fmt: skip
# The calls and e-mails of each week.
CALL_OUTCOME = "Afspraak gemaakt voor een bezoek."
MAIL_OUTCOME = "Informatie over loonkostensubsidie en proefplaatsing gemaild."
