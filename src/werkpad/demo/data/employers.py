"""The employers the IPS team visits in the demo region (three of them log in to Werkpad),
with their contact persons. Invented companies and people only."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.employment.models import Sector, UwvAdvice

from .people import EMPLOYERS

EMPLOYER_USER = "werkgever@korenschoof.demo.example"  # Henk Smit, Bakkerij De Korenschoof

KORENSCHOOF, TRAPKRACHT, STADSGOED = EMPLOYERS
KRINGLOOP = "Kringloopwinkel De Tweede Ronde"
LEKDIJK = "Logistiekcentrum Lekdijk"
BUURTVERS = "Supermarkt Buurtvers"
DRUKKERIJ = "Drukkerij Vanderveen"
BONENHUIS = "Koffiebranderij Het Bonenhuis"
HOOIBERG = "Zorgboerderij De Hooiberg"
VECHTOEVER = "Hotel-restaurant De Vechtoever"
GLANSRIJK = "Schoonmaakbedrijf Glansrijk"
SPEELKWARTIER = "Kinderopvang Het Speelkwartier"
BUURTKAMER = "Buurtkamer De Linde"
BITBRUG = "Servicedesk Bitbrug"


@dataclass(frozen=True, kw_only=True)
class EmployerSpec:
    name: str
    sector: str
    gemeente: str
    kvk: str
    holder: str = "ips"  # the cast key of the coach who holds the relation
    account: bool = False  # one of the employer organisations that log in (people.EMPLOYERS)
    social_heart: bool = False
    attitude: str = ""
    networks: str = ""
    trainings: str = ""
    uwv_advice: str = UwvAdvice.NONE
    sroi_note: str = ""  # set: the employer has SROI obligations
    locations: str = ""
    people: tuple[tuple[str, str, str, str], ...] = ()  # name, function, e-mail, phone
    since: int = 365  # days since the relation was recorded


# fmt: off
EMPLOYER_SPECS: tuple[EmployerSpec, ...] = (
    EmployerSpec(
        name=KORENSCHOOF, sector=Sector.HORECA, gemeente="GM0344", kvk="30125478",
        account=True, social_heart=True, uwv_advice=UwvAdvice.DONE, since=540,
        attitude="Eigenaar Henk Smit werkt al jaren met mensen met een afstand tot de "
                 "arbeidsmarkt: 'Iedereen verdient een plek waar hij gezien wordt.' Een "
                 "werkgever met een sociaal hart; kleine bakkerij met een vast, rustig team.",
        networks="Ondernemersvereniging Lombok; Utrecht Inclusief",
        trainings="Harrie Helpt (maart 2026): twee bakkers en de winkelchef",
        locations="Winkel en bakkerij aan de Kanaalstraat; tweede winkel in Leidsche Rijn.",
        people=(("Henk Smit", "eigenaar", EMPLOYER_USER, "030 2301122"),
                ("Marieke Smit", "winkelchef", "winkel@korenschoof.demo.example", "")),
    ),
    EmployerSpec(
        name=TRAPKRACHT, sector=Sector.TECHNIEK, gemeente="GM1904", kvk="30987612",
        account=True, social_heart=True, uwv_advice=UwvAdvice.REQUESTED, since=420,
        attitude="Kleine werkplaats in Maarssen. De eigenaar was zelf lang ziek en weet hoe "
                 "belangrijk een tweede kans is.",
        networks="Fietsenmakers Vechtstreek",
        people=(("Youssef Amrani", "eigenaar", "youssef@trapkracht.demo.example",
                 "0346 554433"),),
    ),
    EmployerSpec(
        name=STADSGOED, sector=Sector.GROEN, gemeente="GM0344", kvk="30554410",
        account=True, social_heart=True, uwv_advice=UwvAdvice.DONE, since=610,
        sroi_note="Onderhoud stadsparken voor de gemeente Utrecht (aanbesteding 2025-2028): "
                  "5% van de opdrachtsom als social return.",
        attitude="Sociaal ondernemer in het groen: 'Er zit veel goud tussen mensen met "
                 "psychische klachten die op zoek zijn naar werk.' Ploegen werken in vaste "
                 "parken, met een vaste ploegleider.",
        networks="Utrecht Inclusief; MVO-netwerk Utrecht; Social Enterprise NL",
        trainings="Harrie Helpt (maart 2026): drie ploegleiders",
        locations="Werf in Utrecht-Oost; ploegen in Nieuwegein en Zeist.",
        people=(("Ria van Beek", "hoofd uitvoering", "ria@stadsgoed.demo.example",
                 "030 2667788"),
                ("Kees Brouwer", "ploegleider Oost", "kees@stadsgoed.demo.example", "")),
    ),
    EmployerSpec(
        name=KRINGLOOP, sector=Sector.DETAILHANDEL, gemeente="GM0310", kvk="30441298",
        social_heart=True, since=380,
        attitude="Stichting met een winkel en een sorteerruimte; werkt met vrijwilligers, "
                 "leerwerkplekken en betaalde krachten door elkaar.",
        networks="Sociaal ondernemen De Bilt",
        trainings="Harrie Helpt (maart 2026): de twee werkleiders",
        people=(("Petra Lammers", "bedrijfsleider", "petra@tweederonde.demo.example",
                 "030 2209876"),),
    ),
    EmployerSpec(
        name=LEKDIJK, sector=Sector.LOGISTIEK, gemeente="GM0356", kvk="30776543", since=300,
        attitude="Vooral geïnteresseerd in loonkostensubsidie; ploegendiensten die vaak "
                 "wijzigen. Les uit de plaatsing van Emre: 'eigenlijk wil je alleen werken "
                 "met werkgevers die een sociaal hart hebben.' Alleen nog plaatsen met vaste "
                 "dagdiensten en een vaste leidinggevende.",
        people=(("Marco Rijnders", "teamleider expeditie", "planning@lekdijk.demo.example",
                 "030 6012345"),),
    ),
    EmployerSpec(
        name=BUURTVERS, sector=Sector.DETAILHANDEL, gemeente="GM0312", kvk="30662190",
        social_heart=True, since=450,
        attitude="Franchisenemer die bewust werkt met mensen uit de buurt; Ilse werkt er al "
                 "ruim een jaar.",
        networks="Ondernemersvereniging Bunnik",
        people=(("Sandra Koenen", "filiaalmanager", "sandra@buurtvers.demo.example",
                 "030 6561234"),),
    ),
    EmployerSpec(
        name=DRUKKERIJ, sector=Sector.PRODUCTIE, gemeente="GM0356", kvk="30229876",
        uwv_advice=UwvAdvice.DONE, since=700,
        attitude="Familiebedrijf; het bedrijfsadvies van UWV leverde twee herontworpen "
                 "functies op. Open voor het samenstellen van nieuwe functies uit losse taken.",
        people=(("Gerard Vanderveen", "directeur", "gerard@vanderveen.demo.example",
                 "030 6045566"),),
    ),
    EmployerSpec(
        name=BONENHUIS, sector=Sector.HORECA, gemeente="GM0344", kvk="30881234",
        social_heart=True, since=800,
        attitude="Koffiebranderij met een koffiebar; Gijs werkt er sinds ruim een jaar vast.",
        people=(("Lotte Verbeek", "eigenaar", "lotte@bonenhuis.demo.example", ""),),
    ),
    EmployerSpec(
        name=HOOIBERG, sector=Sector.ZORG, gemeente="GM0355", kvk="30335577",
        social_heart=True, since=900,
        attitude="Zorgboerderij met dagbesteding en betaalde banen; Anja werkte hier.",
        networks="Federatie Landbouw en Zorg",
        people=(("Bert Hooijer", "boer en eigenaar", "bert@hooiberg.demo.example",
                 "030 6921100"),),
    ),
    EmployerSpec(
        name=VECHTOEVER, sector=Sector.HORECA, gemeente="GM1904", kvk="30118899", since=120,
        attitude="Nieuw contact: chef-kok wil het proberen, de directie twijfelt nog.",
        people=(("Jasper de Kok", "chef-kok", "keuken@vechtoever.demo.example", ""),),
    ),
    EmployerSpec(
        name=GLANSRIJK, sector=Sector.SCHOONMAAK, gemeente="GM0321", kvk="30997733",
        uwv_advice=UwvAdvice.REQUESTED, since=90,
        attitude="Schoonmaak met krappe marges: subsidies zijn nodig om concurrerend te "
                 "zijn. Ziet op tegen de regels; 'ontzorg werkgevers': wij regelen de "
                 "aanvragen.",
        people=(("Nicole Bakker", "regiomanager", "nicole@glansrijk.demo.example",
                 "030 6347788"),),
    ),
    EmployerSpec(
        name=SPEELKWARTIER, sector=Sector.ONDERWIJS, gemeente="GM0356", kvk="30445566",
        social_heart=True, since=60,
        attitude="Kinderopvang met ochtendgroepen; zoekt pedagogisch medewerkers voor de "
                 "ochtenden.",
        people=(("Fleur Meijer", "locatiemanager", "fleur@speelkwartier.demo.example", ""),),
    ),
    EmployerSpec(
        name=BUURTKAMER, sector=Sector.OVERHEID, gemeente="GM0344", kvk="", since=200,
        social_heart=True,
        attitude="Buurtkamer van de wijk, gerund door vrijwilligers met een coördinator.",
        people=(("Hatice Yildiz", "coördinator", "hatice@buurtkamer.demo.example", ""),),
    ),
    EmployerSpec(
        name=BITBRUG, sector=Sector.ICT, gemeente="GM0344", kvk="30221133", holder="rc",
        social_heart=True, since=150,
        attitude="ICT-servicedesk die neurodiverse medewerkers werft; relatie van "
                 "Werkkracht, gedeeld in de regio.",
        networks="Utrecht Inclusief",
        people=(("Daan Verhoeven", "teamlead servicedesk", "daan@bitbrug.demo.example", ""),),
    ),
)
# fmt: on
FIRST_EMPLOYER = EMPLOYER_SPECS[0].name
