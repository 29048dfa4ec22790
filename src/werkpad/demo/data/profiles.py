"""The career profiles of the IPS clients: their own words, what work suits them, what helps
and hinders, and where they worked before."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.employment.models import Condition, RegisterStatus, Sector, TravelScope, WorkKind

C = Condition


@dataclass(frozen=True, kw_only=True)
class ProfileSpec:
    name: str
    own_words: str
    kinds: tuple[str, ...]
    sectors: tuple[str, ...]
    avoid_kinds: tuple[str, ...] = ()
    avoid_sectors: tuple[str, ...] = ()
    hours: tuple[int | None, int | None] = (None, None)
    travel: str = TravelScope.REGIO
    travel_note: str = ""
    needs: tuple[Condition, ...] = ()
    talents: str = ""
    interests: str = ""
    education: str = ""
    helps: str = ""
    hinders: str = ""
    support: str = ""
    benefit: str = ""
    register: str = RegisterStatus.UNKNOWN
    # job, employer, from, to, went well, why it ended
    history: tuple[tuple[str, str, int, int | None, str, str], ...] = ()


W, S = WorkKind, Sector
# fmt: off
PROFILE_SPECS: tuple[ProfileSpec, ...] = (
    # kennismaking: the profile is being made together
    ProfileSpec(
        name="Bas Verhoef",
        own_words="Ik wil sleutelen, het liefst aan fietsen. Niet de hele dag praten.",
        kinds=(W.TECHNICAL, W.HANDS), sectors=(S.TECHNIEK,), avoid_kinds=(W.PEOPLE,),
        hours=(8, 16), needs=(C.QUIET, C.BUILD_UP, C.MENTOR),
        travel_note="Op de fiets, hooguit een half uur.",
        talents="Handig, geduldig met techniek, ziet snel wat er stuk is.",
        interests="Mountainbiken, gamen.", education="VMBO techniek (niet afgerond).",
        helps="Eén ding tegelijk; instructie voordoen in plaats van uitleggen.",
        hinders="Drukte, veel mensen die tegelijk iets vragen.",
        support="Een jobcoach de eerste weken.", benefit="wajong",
        register=RegisterStatus.YES,
        history=(("Bijbaan fietsenwinkel", "Rijwielhandel Zeist", 2018, 2019,
                  "Banden plakken en remmen stellen ging goed.",
                  "Stopte toen de winkel ging verbouwen."),),
    ),
    ProfileSpec(
        name="Priya Ramdin",
        own_words="Werken met kinderen, in de ochtenden als mijn eigen kinderen op school "
                  "zitten.",
        kinds=(W.PEOPLE,), sectors=(S.ONDERWIJS,), avoid_sectors=(S.HORECA,),
        hours=(12, 16), needs=(C.FIXED_HOURS, C.NO_NIGHTS),
        travel_note="Met de fiets of de tram, niet verder dan Utrecht.",
        talents="Rustig, geduldig, goed in structuur bieden.",
        education="Onderwijsassistent niveau 4.",
        helps="Vaste tijden die passen bij de schooltijden.",
        hinders="Avonddiensten; wisselende roosters.", benefit="bijstand",
        history=(("Onderwijsassistent", "Basisschool De Regenboog", 2002, 2010,
                  "Kleine groepjes begeleiden bij lezen.",
                  "Gestopt na de geboorte van haar tweede kind."),),
    ),
    ProfileSpec(
        name="Hanneke Schouten",
        own_words="Rustig werk met papier of boeken, waar ik mijn eigen tempo heb. Betaald, "
                  "niet meer alleen vrijwilligerswerk.",
        kinds=(W.ADMIN,), sectors=(S.ADMINISTRATIE, S.CULTUUR),
        avoid_kinds=(W.PEOPLE,), avoid_sectors=(S.HORECA, S.DETAILHANDEL), hours=(12, 16),
        needs=(C.QUIET, C.FIXED_HOURS, C.SMALL_TEAM), benefit="geen",
        talents="Nauwkeurig, houdt van ordenen en systemen.",
        helps="Een eigen werkplek, vaste taken, vooraf weten wat er komt.",
        hinders="Open kantoortuin, onverwachte veranderingen.",
        history=(("Bibliotheekmedewerker", "Bibliotheek Houten", 1995, 2015,
                  "Catalogiseren, collectie bijhouden.",
                  "Overprikkeld na een reorganisatie naar een open servicebalie."),
                 ("Vrijwilliger archief", "Historische Kring Houten", 2023, None,
                  "Foto's beschrijven en inventariseren.", "")),
    ),
    # zoeken
    ProfileSpec(
        name="Tom Hoekstra",
        own_words="Elke dag ergens naartoe, met collega's. Magazijn of logistiek, met vaste "
                  "taken.",
        kinds=(W.HANDS,), sectors=(S.LOGISTIEK, S.PRODUCTIE), avoid_sectors=(S.HORECA,),
        hours=(20, 28), travel=TravelScope.GEMEENTE, needs=(C.FIXED_HOURS, C.NO_NIGHTS),
        travel_note="Geen auto; met de fiets binnen Utrecht.",
        talents="Betrouwbaar, sterk, heftruckcertificaat.",
        helps="Een vaste route door de dag.",
        hinders="Werk waar alcohol bij hoort (horeca, feesten).", benefit="wia",
        history=(("Heftruckchauffeur", "Distributiecentrum Lage Weide", 2004, 2018,
                  "Vaste ploeg, nauwkeurig werk.",
                  "Ontslagen na verzuim door alcoholgebruik."),),
    ),
    ProfileSpec(
        name="Nadia Bouzid",
        own_words="Werken in een winkel, met mensen om me heen, maar niet alleen achter de "
                  "kassa.",
        kinds=(W.PEOPLE, W.HANDS), sectors=(S.DETAILHANDEL,), hours=(12, 16),
        needs=(C.MENTOR, C.BUILD_UP), benefit="bijstand",
        helps="Een collega naast me de eerste weken.",
        hinders="Telefoneren met onbekenden.",
        history=(("Kassamedewerker", "Supermarkt IJsselstein", 2014, 2016,
                  "Vriendelijk naar klanten.", "Gestopt door sociale angst."),),
    ),
    ProfileSpec(
        name="Wim van Leeuwen",
        own_words="Weer rijden, bijvoorbeeld pakketjes bezorgen. Alleen op pad, twee of drie "
                  "ochtenden.",
        kinds=(W.OUTDOORS,), sectors=(S.LOGISTIEK,), avoid_kinds=(W.ADMIN,), hours=(8, 16),
        travel=TravelScope.REGIO, needs=(C.FIXED_HOURS,), benefit="ww",
        talents="Kent de regio op zijn duimpje; rijbewijs C.",
        history=(("Chauffeur distributie", "Groothandel Woerden", 1990, 2019,
                  "Zelfstandig, op tijd, geen schades.",
                  "Reorganisatie; daarna ziek geworden."),),
    ),
    ProfileSpec(
        name="Lotte Vos",
        own_words="Werken in een kringloopwinkel, met een vast team. Dingen een tweede leven "
                  "geven.",
        kinds=(W.HANDS, W.CREATIVE), sectors=(S.DETAILHANDEL,), hours=(12, 20),
        travel=TravelScope.REGIO, needs=(C.BUILD_UP, C.SMALL_TEAM, C.MENTOR),
        travel_note="Met de bus naar De Bilt of Zeist gaat goed.",
        talents="Creatief, ziet wat iets waard is, handig met kleine reparaties.",
        helps="Regelmatig eten en pauzes op vaste tijden.",
        hinders="Hele dagen zonder pauze.", benefit="wajong", register=RegisterStatus.YES,
        history=(("Vrijwilliger", "Kringloop Zeist", 2020, 2022,
                  "Sorteren en prijzen ging goed.", "Opname; daarna niet teruggegaan."),),
    ),
    ProfileSpec(
        name="Emre Kaya",
        own_words="Een vaste baan zodat ik mijn schulden kan afbetalen. Koerier of magazijn, "
                  "maar met vaste diensten: geen nachten meer.",
        kinds=(W.HANDS, W.OUTDOORS), sectors=(S.LOGISTIEK, S.DETAILHANDEL),
        avoid_sectors=(S.ZORG,), hours=(24, 36), travel=TravelScope.ANYWHERE,
        travel_note="Met de scooter kom ik overal.",
        needs=(C.FIXED_HOURS, C.NO_NIGHTS), benefit="bijstand",
        talents="Snel, harde werker, goed met klanten aan de deur.",
        helps="Weten waar hij aan toe is: een vast rooster.",
        hinders="Onverwachte roosterwijzigingen maken hem boos.",
        history=(("Pakketbezorger (uitzend)", "Bezorgdienst Utrecht", 2016, 2019,
                  "Zelfstandig werken, snel.", "Uitzendcontract niet verlengd."),),
    ),
    # plaatsing
    ProfileSpec(
        name="Sanne de Vries",
        own_words="Iets met eten of bakken. Vroeg beginnen vind ik niet erg. Vaste uren, "
                  "zodat ik een ritme heb.",
        kinds=(W.HANDS,), sectors=(S.HORECA, S.PRODUCTIE), avoid_sectors=(S.SCHOONMAAK,),
        hours=(12, 20), travel=TravelScope.GEMEENTE,
        needs=(C.FIXED_HOURS, C.MENTOR, C.SMALL_TEAM),
        travel_note="Op de fiets in Utrecht.",
        talents="Precies, houdt van ritme, bakt thuis brood.",
        helps="Vaste collega als aanspreekpunt; rustige pauzeplek.",
        hinders="Drukte aan de kassa op zaterdag.",
        support="Jobcoach de eerste maanden; werkgever hoeft niet alles te weten.",
        benefit="bijstand",
        history=(("Medewerker lunchroom", "Lunchroom Oudegracht", 2014, 2017,
                  "Broodjes maken, vaste collega's.",
                  "Paniekaanvallen door de drukte; ziek uit dienst."),),
    ),
    ProfileSpec(
        name="Jeroen Dekker",
        own_words="Fietsen repareren, drie dagen per week. Dat was vroeger mijn hobby.",
        kinds=(W.TECHNICAL, W.HANDS), sectors=(S.TECHNIEK,), hours=(20, 24),
        travel=TravelScope.REGIO, needs=(C.QUIET, C.FIXED_HOURS), benefit="wia",
        talents="Technisch inzicht, klantvriendelijk.",
        helps="Energie verdelen: niet twee dagen achter elkaar lang.",
        hinders="Drukte en lawaai.",
        history=(("Magazijnchef", "Bouwmarkt Maarssen", 2005, 2019,
                  "Leiding geven aan een klein team.", "Burn-out en depressie."),),
    ),
    ProfileSpec(
        name="Samira Haddou",
        own_words="Buiten werken, in parken of tuinen. Buiten ben ik rustiger.",
        kinds=(W.OUTDOORS, W.HANDS), sectors=(S.GROEN,), avoid_kinds=(W.ADMIN,),
        hours=(16, 24), travel=TravelScope.GEMEENTE,
        needs=(C.FIXED_HOURS, C.NO_NIGHTS, C.MENTOR), benefit="bijstand",
        talents="Doorzetter, kent veel planten.",
        helps="Vaste ploeg en vaste ploegleider.",
        hinders="Harde grappen en onverwacht geschreeuw.",
        history=(("Schoonmaakster", "Schoonmaakbedrijf Utrecht", 2012, 2015,
                  "Zelfstandig werken.", "Gestopt na een traumatische gebeurtenis."),),
    ),
    # nazorg
    ProfileSpec(
        name="Marco van der Heijden",
        own_words="Terug in de grafische sector, maar zonder leidinggeven.",
        kinds=(W.TECHNICAL, W.HANDS), sectors=(S.PRODUCTIE,), avoid_kinds=(W.PEOPLE,),
        hours=(28, 36), needs=(C.FIXED_HOURS,), benefit="wia",
        talents="Vakman: offset en digitaal drukken.",
        history=(("Drukker en teamleider", "Grafisch bedrijf Nieuwegein", 1998, 2020,
                  "Vakmanschap; collega's kwamen naar hem toe.",
                  "Burn-out door de rol als teamleider."),),
    ),
    ProfileSpec(
        name="Ilse Kuipers",
        own_words="Vakken vullen of achter de kassa, dichtbij huis. Misschien meer uren.",
        kinds=(W.HANDS, W.PEOPLE), sectors=(S.DETAILHANDEL,), hours=(16, 24),
        travel=TravelScope.GEMEENTE, needs=(C.FIXED_HOURS, C.QUIET), benefit="wajong",
        register=RegisterStatus.YES,
        helps="Een rustige herstelroutine na een drukke dienst.",
        history=(("Stage", "Supermarkt Bunnik", 2016, 2017, "Vakken vullen.", "Stage klaar."),),
    ),
    ProfileSpec(
        name="Gijs Timmermans",
        own_words="Koffie, horeca, iets met geur en smaak. Koffie branden geeft me rust.",
        kinds=(W.HANDS, W.CREATIVE), sectors=(S.HORECA, S.PRODUCTIE), hours=(28, 36),
        needs=(C.SMALL_TEAM,), benefit="bijstand",
        history=(("Barmedewerker", "Café Ledig Erf", 2008, 2012,
                  "Gezellig met klanten.", "Psychose; daarna lang niet gewerkt."),),
    ),
)
# fmt: on
