"""The check that refuses a question or answer between professionals when it looks like it
identifies a person (issue 15): BSN, date of birth, e-mail address, phone number, a name from
the writer's own caseload; and no refusal of ordinary professional text."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import pytest
from django.utils import timezone

from werkpad.network.identifying import Finding, Kind, find_identifying

pytestmark = pytest.mark.db_independent

TODAY = date(2026, 12, 7)  # the date rule depends on today: fixed, so the tables stay true
CASELOAD = ("Sanne de Vries", "Anouk Çelik", "Jan-Willem de Boer", "Tom van Os")


def found(text: str, names: Iterable[str] = (), today: date = TODAY) -> list[tuple[Kind, str]]:
    return [(f.kind, f.fragment) for f in find_identifying(text, names=names, today=today)]


def elfproef(number: str) -> bool:
    """The 11-proef written out independently of the module: 9*d1 + 8*d2 + ... + 2*d8 - d9
    is a multiple of 11 and not all digits are 0; 8 digits get their leading 0 back."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) == 8:
        digits.insert(0, 0)
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(digits) == 9 and any(digits) and sum(map(int.__mul__, weights, digits)) % 11 == 0


# --- BSN --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "valid"),
    [("111222333", True), ("123456782", True), ("12345611", True), ("123456789", False),
     ("000000000", False), ("111222334", False)],
)  # fmt: skip
def test_the_independent_elfproef(number: str, valid: bool) -> None:
    assert elfproef(number) is valid


@pytest.mark.parametrize(
    "written",
    ["123456782", "111222333", "123 456 782", "1234.56.782", "123-456-782", "12 34 56 782",
     "12345611", "1234 5611"],
)  # fmt: skip
def test_a_number_passing_the_elfproef_is_a_bsn(written: str) -> None:
    assert elfproef(written)
    assert found(f"Haar BSN is {written}, klopt dat?") == [(Kind.BSN, written)]


@pytest.mark.parametrize(
    "text",
    [
        "ticketnummer 123456789",  # nine digits failing the 11-proef: an order number
        "kenmerk 123 456 789",
        "dossier 1234567820",  # ten digits, although 123456782 passes
        "nummer 91234567820",
        "code 08000104",  # eight digits starting with 0: no dropped leading 0
        "het budget is € 12.345.611",  # an amount, although 12345611 passes
        "het budget is €12345611",
        "totaal 12.345.611,50",
        "IBAN NL91 ABNA 0123 4567 82",
        "ingeschreven op 19-01-2020",  # a date, although 19012020 passes
    ],
)
def test_other_numbers_are_not_a_bsn(text: str) -> None:
    assert found(text) == []


def test_the_numbers_left_alone_would_pass_the_elfproef() -> None:
    """The table above only proves something if those numbers would otherwise be refused."""
    assert all(elfproef(n) for n in ["12345611", "08000104", "19012020"])
    assert found("ingeschreven 19012020") == [(Kind.BSN, "19012020")]
    assert found("het budget is 12.345.611") == [(Kind.BSN, "12.345.611")]


# --- dates of birth ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["3-4-1985", "03-04-1985", "3/4/1985", "03/04/1985", "03.04.1985", "1985-04-03",
     "3 april 1985", "03 April 1985", "3 apr. 1985", "3 apr 1985", "3 mrt 1985",
     "29-02-1984"],
)  # fmt: skip
def test_every_dutch_way_of_writing_an_old_date_is_refused(written: str) -> None:
    assert found(f"Cliënt van {written} zoekt werk.") == [(Kind.DATE_OF_BIRTH, written)]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Wie is er op 7-12-2012 begonnen?", "7-12-2012"),  # exactly 14 years before today
        ("geboren op 8-12-2012", "8-12-2012"),  # younger, but a birth word stands before it
        ("geb. 1-1-2021", "1-1-2021"),
        ("geb.03-04-2019", "03-04-2019"),
        ("Geboortedatum: 3 mei 2020", "3 mei 2020"),
        ("geboren in Utrecht op 1-1-2021", "1-1-2021"),  # three words between
        ("De wet geldt sinds 1 april 2002.", "1 april 2002"),  # a full date 14+ years back
    ],
)
def test_a_date_is_refused_when_old_enough_or_after_a_birth_word(text: str, fragment: str) -> None:
    assert found(text) == [(Kind.DATE_OF_BIRTH, fragment)]


@pytest.mark.parametrize(
    "text",
    [
        "Wie is er op 8-12-2012 begonnen?",  # one day less than 14 years ago
        "De wet geldt sinds 1-1-2021.",
        "De regel geldt per 1 januari 2024.",
        "Het overleg is op 12-03-2027.",
        "geboortedatum: 12-03-2027",  # in the future: nobody's birth date
        "geboren, zo staat in het verslag, op 1-1-2021",  # the birth word is too far away
        "geboren in 1985",  # a bare year
        "De wet geldt sinds april 2002.",
        "31-02-1985",  # no such day
        "Sinds 1-1-1899 bestaat het niet meer.",  # before 1900
        "Stukken van 3-4-85",  # two-digit years are not read as dates
    ],
)
def test_other_dates_are_not_refused(text: str) -> None:
    assert found(text) == []


def test_without_a_given_day_the_rule_counts_from_today() -> None:
    today = timezone.localdate()
    old = today - timedelta(days=365 * 20)
    recent = today - timedelta(days=365)
    assert [f.kind for f in find_identifying(f"{old:%d-%m-%Y}")] == [Kind.DATE_OF_BIRTH]
    assert find_identifying(f"{recent:%d-%m-%Y}") == []


# --- phone numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["06-12345678", "06 1234 5678", "06 12 34 56 78", "0612345678", "+31 6 12345678",
     "+31612345678", "0031612345678", "+31 (0)6 12345678", "030-1234567", "030 123 45 67",
     "(030) 123 4567", "0111-123456", "030 - 210 01 00", "06 - 12 34 56 78"],
)  # fmt: skip
def test_a_personal_phone_number_is_refused(written: str) -> None:
    assert found(f"Bel haar op {written}.") == [(Kind.PHONE, written)]


@pytest.mark.parametrize(
    "text",
    ["Bel de Luisterlijn op 0800-0113", "Politie: 0900-8844", "Bij nood: 112",
     "Het algemene nummer is 088 123 45 67", "Bel gratis 0800 1234567", "Sinds 1985",
     "postcode 3511 AB", "€ 1.234,56 per maand", "75% van de uren", "artikel 10da",
     "Het Besluit SUWI (Stb. 2020, 228)", "Stcrt. 2023, 6260", "IBAN NL91 ABNA 0417 1643 00"],
)  # fmt: skip
def test_organisation_numbers_and_other_figures_are_not_phone_numbers(text: str) -> None:
    assert found(text) == []


# --- e-mail addresses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["sanne.devries@gmail.com", "j.jansen@ggz-oost.nl", "anouk+werk@voorbeeld.co.uk",
     "ANOUK@Voorbeeld.NL", "sanne.info@voorbeeld.nl"],
)  # fmt: skip
def test_a_personal_email_address_is_refused(written: str) -> None:
    assert found(f"Mail naar {written}.") == [(Kind.EMAIL, written)]


@pytest.mark.parametrize(
    "written",
    ["info@samenvoordeklant.nl", "helpdesk.impuls@samenvoordeklant.nl", "Contact@ggz.nl"],
)
def test_a_desk_mailbox_is_not_refused(written: str) -> None:
    assert found(f"Mail naar {written}.") == []


# --- names from the caseload ------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["Sanne de Vries", "sanne de vries", "SANNE DE VRIES", "Sanne Vries", "De Vries",
     "de vries", "Anouk Çelik", "Anouk Celik", "anouk çelik", "Jan-Willem de Boer",
     "Jan Willem de Boer", "jan-willem boer", "de Boer", "Tom van Os", "Tom Os"],
)  # fmt: skip
def test_a_name_from_the_caseload_is_refused(written: str) -> None:
    assert found(f"Ik begeleid {written} naar werk.", names=CASELOAD) == [(Kind.NAME, written)]


@pytest.mark.parametrize(
    "text",
    ["Sanne wil werken.", "Anouk belde.", "Çelik is een veel voorkomende naam.",
     "Vries komt niet op tijd.", "Ze woont in Vriesland.", "Sanne de Vriesland",
     "Bij van Os is het druk.", "Jan-Willem is een collega."],
)  # fmt: skip
def test_a_given_name_or_a_short_or_bare_last_name_alone_is_not_refused(text: str) -> None:
    assert found(text, names=CASELOAD) == []


def test_a_curly_apostrophe_counts_as_a_straight_one() -> None:
    typed = "Kees in \u2019t Veld"  # as a phone keyboard writes "in 't"
    assert found(f"Met {typed}.", names=["Kees in 't Veld"]) == [(Kind.NAME, typed)]


def test_the_name_rule_ignores_case_so_an_idiom_can_be_refused() -> None:
    """The rule as agreed: "de Boer" with or without capitals. For a caseload with a De Boer
    the idiom "de boer op" is refused, and the message says which name it took it for."""
    assert found("De boer op met IPS?", names=CASELOAD) == [(Kind.NAME, "De boer")]


def test_a_name_is_only_matched_for_the_caseload_given() -> None:
    assert found("Ik begeleid Sanne de Vries.") == []
    assert found("Ik begeleid Sanne de Vries.", names=["Sanne"]) == []  # one word: no match


def test_an_accent_written_as_a_separate_character_stays_in_the_fragment() -> None:
    decomposed = "Anouk C\u0327elik"  # C + combining cedilla, as some keyboards send it
    assert found(f"Met {decomposed}.", names=CASELOAD) == [(Kind.NAME, decomposed)]
    last = "Jose\u0301 Dupre\u0301"  # the accent is the last character of the name
    assert found(f"Met {last}.", names=["José Dupré"]) == [(Kind.NAME, last)]
    assert found("Met José Dupré!", names=[last]) == [(Kind.NAME, "José Dupré")]


# --- findings and messages --------------------------------------------------------------------


def test_two_problems_give_two_findings_in_the_order_of_the_text() -> None:
    text = "Mail sanne@voorbeeld.nl of bel 06-12345678."
    findings = find_identifying(text, today=TODAY)
    assert findings == [
        Finding(Kind.EMAIL, "sanne@voorbeeld.nl", 5, 23),
        Finding(Kind.PHONE, "06-12345678", 31, 42),
    ]
    assert [text[f.start : f.end] for f in findings] == [f.fragment for f in findings]


def test_everything_in_one_text_and_one_finding_per_stretch() -> None:
    text = "Sanne de Vries (geb. 3-4-1985, BSN 123456782), 0612345678@voorbeeld.nl"
    assert found(text, names=CASELOAD) == [
        (Kind.NAME, "Sanne de Vries"),
        (Kind.DATE_OF_BIRTH, "3-4-1985"),
        (Kind.BSN, "123456782"),
        (Kind.EMAIL, "0612345678@voorbeeld.nl"),  # not also the phone number inside it
    ]


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("BSN 123456782", Kind.BSN, "elfproef"),
        ("geb. 3-4-1985", Kind.DATE_OF_BIRTH, "geboortedatum"),
        ("mail a.b@voorbeeld.nl", Kind.EMAIL, "e-mailadres"),
        ("bel 06-12345678", Kind.PHONE, "telefoonnummer"),
        ("Sanne Vries", Kind.NAME, "je caseload"),
    ],
)
def test_the_message_quotes_the_fragment_and_says_why_and_what_to_do(
    text: str, kind: Kind, words: str
) -> None:
    (finding,) = find_identifying(text, names=CASELOAD, today=TODAY)
    assert finding.kind is kind
    assert finding.message.startswith(f"«{finding.fragment}» ")
    assert words in finding.message
    assert "Zet geen gegevens van cliënten in een vraag of antwoord: haal " in finding.message


# --- no false refusals ------------------------------------------------------------------------

ORDINARY = [
    # seed 000
    "Op 3 februari kwamen de werelden van werk en zorg dicht bij elkaar.",
    "De aanwezigen werden welkom geheten door Jaap Brouwers, jobcoach bij 50/50, waar 30% van "
    "de medewerkers een re-integratietraject volgt.",
    "Volgens hem is werk vaak het beste medicijn, al is dat maar twee ochtenden per week.",
    "Kijk over de muren van je organisatie heen, denk in regionale netwerken tussen gemeenten, "
    "UWV en hulpverlening",
    "Meedoen of denken? Mail naar info@samenvoordeklant.nl.",
    # seed 001
    "Ruim 40% van de Nederlanders krijgt op enig moment in hun leven te maken met een "
    "psychische kwetsbaarheid, in lichter of zwaardere mate.",
    "De Routekaart  psychische aandoeningen en werk (pdf, 1.41 MB) is daarin een belangrijk "
    "instrument.",
    "Daar werd onder meer de financiele impuls van Euro 3,5 miljoen toegelicht die het "
    "ministerie van SZW de komende twee jaar geeft aan de regionale samenwerking tussen Werk & "
    "Inkomen en GGZ.",
    "De Programmaraad heeft een helpdesk opgezet voor vragen over samenwerking en financiële "
    "impuls: helpdesk.impuls@samenvoordeklant.nl (tot eind 2017 beschikbaar).",
    "Handige documenten voor het gebruik van Many: Wat is Many inclusief de regio codes en "
    "categoriën? (pdf, 239 kB) en Hoe plaats ik een bericht in Many? (pdf, 422 kB).",
    # seed 002
    "Op 3 februari 2016 kwamen ruim honderd afgevaardigden van gemeenten, UWV, "
    "werkgeversorganisaties en ggz bijeen op de Bestuurlijke bijeenkomst: Meer mensen met "
    "psychische kwetsbaarheid aan het werk.",
    "Er is een diepe kloof tussen arbeidswens (>50%) en werkelijkheid (ca. 15% "
    "arbeidsparticipatie) bij mensen met ernstige psychische aandoeningen, vertelde hij.",
    # seed 003
    "Bijna vijftig procent van de arbeidsongeschikten is gediagnostiseerd met een psychische "
    "aandoening. (UWW, 2015).",
    "Stel ter bevordering van de communicatie in elke betrokken organisatie een sleutelpersoon "
    "aan.",
    # seed 004
    "Het gaat hier om een groeiend probleem: statistieken laten zien dat burn-outklachten in de "
    "jaren na 2015 sterk zijn toegenomen, het meest in de leeftijdsgroep van 18 tot 34 jaar.",
    "Van mensen met een ernstige psychische aandoening heeft slechts 20 procent betaald werk, "
    "terwijl 70% wel graag zou willen werken.",
    "Sinds 2024 maakt het thema werken en ontwikkelen, voortvloeiend uit [het project Hoofdzaak "
    "Werk](#), onderdeel uit van het waardenetwerk Volwaardig burgerschap.",
    # questions professionals ask
    "Hoe vraag je loonkostensubsidie aan bij de gemeente?",
    "Wie heeft ervaring met een proefplaatsing van 2 maanden bij 32 uur per week?",
    "Bel de Luisterlijn op 0800-0113",
    "Geldt artikel 10da Participatiewet ook voor mensen zonder uitkering?",
    "Het Besluit SUWI (Stb. 2020, 228) regelt het werkgeversservicepunt.",
    "Ons team haalde bij de review IPS-25 score 98.",
    "Het werkatelier is in de buurt van postcode 3511 AB.",
    "Mijn melding bij de servicedesk heeft ticketnummer 123456789.",
    "Wat verandert er per 1 januari 2024 aan de no-riskpolis?",
    "Sinds 1-1-2021 leidt een centrumgemeente het werkgeversservicepunt.",
    "Het werkatelier van 12-03-2027 begint om 09.30 uur.",
    "De subsidie dekt € 1.234,56 per maand, zo'n 75% van de loonkosten.",
    "De Subsidieregeling IPS (Stcrt. 2023, 6260) heeft een budget van € 21.500.000.",
    "Mijn cliënt van begin 40 wil na 104 weken ziekte weer aan de slag: wie weet raad?",
    "Een stap van trede 3 naar trede 4 op de participatieladder in 12 maanden: haalbaar?",
    "Hoe benaderen jullie werkgevers in de bouw, met Anouk uit ons team erbij?",
]


def test_the_table_of_ordinary_text_is_long_enough() -> None:
    assert len(ORDINARY) >= 25


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_professional_text_is_not_refused(text: str) -> None:
    assert found(text, names=CASELOAD) == []
