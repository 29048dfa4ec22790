"""The employer learns nothing the worker did not choose (issue 11, item 7): no page or API
answer an employer gets names or implies the care provider (the coach is a name and the
contact the coach set for employers); a former employer sees nothing more, follow-along notes
included; a note for the employer is checked for care words, previewed exactly as the
employer will read it before it is shared, and can be corrected or withdrawn."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.employment import services
from werkpad.employment.care_words import care_words_in
from werkpad.employment.models import FollowUpContact, Placement
from werkpad.organisations.models import Membership, Organisation, OrganisationType
from werkpad.testing import enable_totp

GGZ_ADDRESS = "pro.eigen@ggz-oost.example"
COACH_PHONE = "06 12345678"
SHARED_NOTE = "Goed gesprek op de werkvloer; de vaste begintijd blijft."
TEAM_NOTE = "Gesprek over de medicatie en de behandeling bij de psychiater."


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def visible_text(html: str) -> str:
    """What a person reads on the page: the text outside tags, scripts and styles."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S | re.I)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def employer_answers(http: HttpClient, placement_ids: list[int]) -> dict[str, str]:
    """Every page and API answer an employer user gets, by URL."""
    urls = [
        reverse("home"),
        reverse("employment:employer_home"),
        reverse("employment:employer_vacancy_create"),
        reverse("employment:employer_vacancies"),
        reverse("api:employer_placements"),
        reverse("api:employer_vacancies"),
        *(reverse("employment:employer_placement", args=[pk]) for pk in placement_ids),
    ]
    answers = {}
    for url in urls:
        response = http.get(url, follow=True)
        assert response.status_code == 200, url
        answers[url] = response.content.decode()
    return answers


def assert_nothing_of_the_care_provider(
    answers: dict[str, str], names: set[str], domains: set[str]
) -> None:
    for url, body in answers.items():
        text = body if url.startswith("/api/") else visible_text(body)
        for name in names:
            assert name not in body, f"{url} names the care provider {name!r}"
        for domain in domains:
            assert f"@{domain}" not in body, f"{url} shows an address on {domain}"
        assert care_words_in(text) == [], f"{url}: care words {care_words_in(text)}"


def _coach_on_a_ggz_address(world: Any) -> User:
    coach = world.personas["pro_own"]
    User.objects.filter(pk=coach.pk).update(email=GGZ_ADDRESS)
    coach.refresh_from_db()
    return coach


def _note(world: Any, note: str, *, for_employer: bool) -> FollowUpContact:
    return services.follow_up_add(
        actor=actor_for_user(world.personas["pro_own"]),
        placement=world.placement,
        occurred_on=world.placement.start_on,
        with_whom="werkgever",
        kind="f2f",
        note=note,
        for_employer=for_employer,
    )


# --- No page, API answer or e-mail names or implies the care provider ------------------------
def test_no_employer_answer_names_the_care_provider_in_the_work_world(work_world: Any) -> None:
    assert work_world.org_a.type == OrganisationType.GGZ
    _coach_on_a_ggz_address(work_world)
    _note(work_world, SHARED_NOTE, for_employer=True)
    _note(work_world, TEAM_NOTE, for_employer=False)
    mail.outbox.clear()
    answers = employer_answers(as_user(work_world.personas["employer"]), [work_world.placement.pk])
    assert SHARED_NOTE in answers[reverse("employment:employer_home")]
    assert_nothing_of_the_care_provider(answers, {work_world.org_a.name}, {"ggz-oost.example"})
    employer_address = work_world.personas["employer"].email
    for message in mail.outbox:  # nothing is mailed to an employer that could name it either
        if employer_address in message.to:
            assert_nothing_of_the_care_provider(
                {"mail": message.body}, {work_world.org_a.name}, {"ggz-oost.example"}
            )


def test_the_employer_reaches_the_coach_by_the_contact_the_coach_set(work_world: Any) -> None:
    coach = _coach_on_a_ggz_address(work_world)
    http = as_user(work_world.personas["employer"])
    placement_url = reverse("employment:employer_placement", args=[work_world.placement.pk])
    before = http.get(placement_url).content.decode()
    assert coach.full_name in before and GGZ_ADDRESS not in before
    assert "Uw begeleider neemt contact met u op." in before

    saved = as_user(coach).post(
        reverse("employment:my_employer_contact"), {"phone": COACH_PHONE, "email": ""}
    )
    assert saved.status_code == 302
    for url in (placement_url, reverse("employment:employer_home")):
        html = http.get(url).content.decode()
        assert 'href="tel:0612345678"' in html and GGZ_ADDRESS not in html
    [api] = http.get(reverse("api:employer_placements")).json()
    assert (api["coach_name"], api["coach_phone"], api["coach_email"]) == (
        coach.full_name,
        COACH_PHONE,
        "",
    )
    assert AccessLogEntry.objects.filter(event_code="membership.employer_contact.update").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"phone": "", "email": "p.eigen@ggz-oost.example"},
            "Dit adres laat zien bij welke zorgaanbieder je werkt.",
        ),
        ({"phone": "bel me", "email": ""}, "Vul een telefoonnummer in"),
        ({"phone": "", "email": "geen-adres"}, "Vul een geldig e-mailadres in."),
    ],
    ids=["ggz-domain", "not-a-number", "not-an-address"],
)
def test_a_contact_that_would_name_the_care_provider_is_refused(
    work_world: Any, data: dict[str, str], message: str
) -> None:
    coach = _coach_on_a_ggz_address(work_world)
    response = as_user(coach).post(reverse("employment:my_employer_contact"), data)
    assert response.status_code == 400
    assert message in unescape(response.content.decode())
    membership = Membership.objects.get(user=coach, organisation=work_world.org_a)
    assert (membership.employer_phone, membership.employer_email) == ("", "")


@pytest.mark.django_db
def test_no_employer_answer_names_the_care_provider_in_the_demo() -> None:
    from werkpad.demo import seed_demo
    from werkpad.demo.data.employers import EMPLOYER_USER

    seed_demo()
    henk = User.objects.get(email=EMPLOYER_USER)
    enable_totp(henk)  # a second factor, as an employer user has
    actor = actor_for_user(henk)
    placements = list(visible_to(actor, Placement.objects.all()).values_list("pk", flat=True))
    assert placements, "the demo employer has workers"
    ggz = set(Organisation.objects.filter(type=OrganisationType.GGZ).values_list("name", flat=True))
    domains = {
        email.rpartition("@")[2]
        for email in User.objects.filter(
            memberships__organisation__type=OrganisationType.GGZ
        ).values_list("email", flat=True)
    }
    answers = employer_answers(as_user(henk), placements)
    assert "tel:" in answers[reverse("employment:employer_home")]  # the coach's number
    assert_nothing_of_the_care_provider(answers, ggz, domains)


# --- A former employer sees nothing more -----------------------------------------------------
def test_a_former_employer_sees_no_follow_along_notes(work_world: Any) -> None:
    note = _note(work_world, SHARED_NOTE, for_employer=True)
    employer = actor_for_user(work_world.personas["employer"])
    http = as_user(work_world.personas["employer"])
    home = reverse("employment:employer_home")
    assert list(visible_to(employer, FollowUpContact.objects.all())) == [note]
    assert SHARED_NOTE in http.get(home).content.decode()
    Placement.objects.filter(pk=work_world.placement.pk).update(ended_on=timezone.localdate())
    assert not visible_to(employer, FollowUpContact.objects.all()).exists()
    assert SHARED_NOTE not in http.get(home).content.decode()


# --- A note for the employer: care words, preview, correct, withdraw -------------------------
@pytest.mark.parametrize(
    ("note", "word"),
    [
        ("Ze heeft haar medicatie aangepast.", "medicatie"),
        ("De Behandeling loopt door.", "Behandeling"),
        ("Na de opname gaat het beter.", "opname"),
        ("Ze gaat naar de psycholoog op dinsdag.", "psycholoog"),
        ("Afspraak met de GGZ verzet.", "GGZ"),
        ("Therapeut vindt het goed.", "Therapeut"),
    ],
)
def test_a_note_with_a_care_word_is_refused_naming_the_word(
    work_world: Any, note: str, word: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _note(work_world, note, for_employer=True)
    assert f"Je schrijft '{word}'." in str(refused.value)
    assert not FollowUpContact.objects.exists()
    # The same words in a note for the team only are the team's business.
    _note(work_world, note, for_employer=False)


def _add_url(world: Any) -> str:
    return reverse("employment:follow_up_add", args=[world.placement.pk])


def _post_note(http: HttpClient, world: Any, note: str, **extra: str) -> Any:
    data = {
        "occurred_on": world.placement.start_on.isoformat(),
        "with_whom": "werkgever",
        "kind": "f2f",
        "note": note,
        "for_employer": "on",
        **extra,
    }
    return http.post(_add_url(world), data)


def _previewed(html: str) -> str:
    [digest] = re.findall(r'name="previewed" value="([0-9a-f]+)"', html)
    return digest


def test_the_coach_sees_exactly_what_the_employer_will_read_before_it_is_shared(
    work_world: Any,
) -> None:
    coach = as_user(work_world.personas["pro_own"])
    boss = as_user(work_world.personas["employer"])
    first = _post_note(coach, work_world, SHARED_NOTE)
    assert first.status_code == 200
    html = first.content.decode()
    [preview] = re.findall(r"data-employer-reads>(.*?)</p>", html, flags=re.S)
    assert not FollowUpContact.objects.exists(), "nothing is shared before the preview"
    # Changed after the preview: shown again, still not shared.
    changed = _post_note(coach, work_world, "Iets anders.", go="share", previewed=_previewed(html))
    assert changed.status_code == 200 and not FollowUpContact.objects.exists()
    shared = _post_note(coach, work_world, SHARED_NOTE, go="share", previewed=_previewed(html))
    assert shared.status_code == 302
    [note] = FollowUpContact.objects.all()
    assert note.for_employer and note.note == SHARED_NOTE
    employer_home = boss.get(reverse("employment:employer_home")).content.decode()
    [line] = re.findall(rf'data-follow-up="{note.pk}">(.*?)</li>', employer_home, flags=re.S)
    assert line.strip() == preview.strip(), "the preview is exactly what the employer reads"


def test_the_form_refuses_a_care_word_with_a_clear_message_and_no_preview(
    work_world: Any,
) -> None:
    coach = as_user(work_world.personas["pro_own"])
    response = _post_note(coach, work_world, "De psychiater belde.")
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert "Je schrijft 'psychiater'. Dat gaat over zorg of gezondheid." in html
    assert "data-employer-reads" not in html
    assert not FollowUpContact.objects.exists()


def test_a_withdrawn_note_is_gone_for_the_employer_and_logged(work_world: Any) -> None:
    note = _note(work_world, SHARED_NOTE, for_employer=True)
    boss = as_user(work_world.personas["employer"])
    home = reverse("employment:employer_home")
    assert SHARED_NOTE in boss.get(home).content.decode()
    coach = as_user(work_world.personas["pro_own"])
    response = coach.post(reverse("employment:follow_up_withdraw", args=[note.pk]))
    assert response.status_code == 302
    assert SHARED_NOTE not in boss.get(home).content.decode()
    note.refresh_from_db()
    assert note.withdrawn_at is not None and note.withdrawn_by == work_world.personas["pro_own"]
    [row] = AccessLogEntry.objects.filter(event_code="follow_up.withdraw")
    assert row.object_id == str(note.pk)
    assert row.client_pid == work_world.client_record.public_id
    page = coach.get(reverse("employment:placement_detail", args=[work_world.placement.pk]))
    assert "teruggetrokken bij de werkgever op" in page.content.decode()


def test_a_correction_is_a_new_version_the_employer_reads_instead(work_world: Any) -> None:
    old = _note(work_world, SHARED_NOTE, for_employer=True)
    coach = as_user(work_world.personas["pro_own"])
    url = reverse("employment:follow_up_correct", args=[old.pk])
    assert SHARED_NOTE in coach.get(url).content.decode()
    refused = coach.post(url, {"note": "Na de crisis gaat het goed."})
    assert refused.status_code == 400 and "Je schrijft 'crisis'." in unescape(
        refused.content.decode()
    )
    corrected = "Goed gesprek; begintijd blijft 8 uur."
    preview = coach.post(url, {"note": corrected})
    assert preview.status_code == 200 and FollowUpContact.objects.count() == 1
    done = coach.post(
        url, {"note": corrected, "go": "share", "previewed": _previewed(preview.content.decode())}
    )
    assert done.status_code == 302
    new = FollowUpContact.objects.get(replaces=old)
    old.refresh_from_db()
    assert old.withdrawn_at is not None and new.withdrawn_at is None
    assert (new.note, new.occurred_on, new.for_employer) == (corrected, old.occurred_on, True)
    html = as_user(work_world.personas["employer"]).get(reverse("employment:employer_home"))
    assert corrected in html.content.decode() and SHARED_NOTE not in html.content.decode()
    codes = set(
        AccessLogEntry.objects.filter(event_code__startswith="follow_up.").values_list(
            "event_code", flat=True
        )
    )
    assert {"follow_up.withdraw", "follow_up.correct"} <= codes


def test_another_organisation_cannot_withdraw_or_correct_a_note(work_world: Any) -> None:
    note = _note(work_world, SHARED_NOTE, for_employer=True)
    for persona in ("pro_other", "employer"):
        http = as_user(work_world.personas[persona])
        response = http.post(reverse("employment:follow_up_withdraw", args=[note.pk]))
        assert response.status_code in (403, 404), persona
    note.refresh_from_db()
    assert note.withdrawn_at is None
