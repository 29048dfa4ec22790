"""Access-matrix rows of the questions between professionals (issue 15, item 3).

Every professional (of any organisation in region AM13, where all test organisations work,
the functioneel beheerders included) reads, asks, answers and follows; a client and an
employer contact are insiders without the right on the pages (403) and have no question or
follow in scope (404). The objects (``setup``):

- a question of organisation A in AM13, asked by a colleague of Pro Eigen (so the page names
  nobody an outsider may not see), with an answer from organisation B. "Maak er een artikel
  van" is for an editor of AM13: the directory part's set-up makes Pro Eigen one (200, and
  the post makes the article: 302); other professionals get 403;
- a question Pro Eigen asked, with an answer from B: only Pro Eigen marks it helpful (302),
  other professionals get 403;
- Pro Eigen's follow of a category: only Pro Eigen stops it; to others it is not there (404).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, only

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}

_PROFESSIONALS = ("pro_own", "admin_own", "pro_other", "admin_other", "guest")


def _pros(status: int, otherwise: int) -> dict[str, int | str]:
    return only(dict.fromkeys(_PROFESSIONALS, status), otherwise)


MATRIX.update(
    {
        # Pages: every professional; the client and the employer contact are 403.
        "network:questions": {GET: _pros(200, 403)},
        "network:question_ask": {GET: _pros(200, 403), POST: _pros(302, 403)},
        "network:follows": {GET: _pros(200, 403), POST: _pros(302, 403)},
        # A question: in every professional's scope (national or their region), in no one
        # else's (404). Answering it is posted to its page.
        "network:question": {GET: _pros(200, 404), POST: _pros(302, 404)},
        # Only the asker marks an answer as the one that helped.
        "network:answer_helpful": {
            GET: NOT_GET,
            POST: only({"pro_own": 302, **dict.fromkeys(_PROFESSIONALS[1:], 403)}, 404),
        },
        # Only an editor of the region (or its regiocoördinator): Pro Eigen (matrix/directory).
        "network:question_article": {
            GET: only({**dict.fromkeys(_PROFESSIONALS, 403), "pro_own": 200}, 404),
            POST: only({**dict.fromkeys(_PROFESSIONALS, 403), "pro_own": 302}, 404),
        },
        # One's own follow only: another's is not in scope.
        "network:follow_delete": {GET: NOT_GET, POST: only({"pro_own": 302}, 404)},
    }
)

KWARGS.update(
    {
        "network:question": lambda w: {"pk": w.network["q_question"].pk},
        "network:question_article": lambda w: {"pk": w.network["q_question"].pk},
        "network:answer_helpful": lambda w: {
            "pk": w.network["q_own_question"].pk,
            "answer_pk": w.network["q_own_answer"].pk,
        },
        "network:follow_delete": lambda w: {"pk": w.network["q_follow"].pk},
    }
)


def _today() -> str:
    from django.utils import timezone

    return timezone.localdate().isoformat()


def _region_pk(world: Any) -> str:
    from werkpad.organisations.models import ArbeidsmarktRegio

    return str(ArbeidsmarktRegio.objects.get(code="AM13").pk)


POST_DATA.update(
    {
        "network:question_ask": lambda w: {
            "category": "werkgevers-en-banen",
            "region": _region_pk(w),
            "title": "Welke werkgevers in de regio bieden een proefplaatsing?",
            "body": "Ik zoek ervaringen met proefplaatsingen bij kleine werkgevers.",
        },
        "network:question": lambda w: {"body": "Bel het werkgeversservicepunt, die weten het."},
        "network:follows": lambda w: {"category": "werkgevers-en-banen", "region": ""},
        "network:question_article": lambda w: {
            "title": "IPS en de bijstand",
            "category": "integrale-aanpak-ggz-en-wi",
            "summary": "De ggz vraagt de subsidie aan bij de woongemeente.",
            "source_title": "Vraag van een collega in Werkpad",
            "source_date": _today(),
        },
    }
)


def setup(world: Any) -> None:
    """Adds the questions, answers and follow these URLs need to ``world.network``."""
    from werkpad.network.models import Answer, Follow, Question
    from werkpad.organisations.models import ArbeidsmarktRegio
    from werkpad.testing import make_user

    region = ArbeidsmarktRegio.objects.get(code="AM13")
    colleague = make_user(organisation=world.org_a, full_name="Vera Vraag")
    answerer = make_user(organisation=world.org_b, full_name="Aart Antwoord")
    question = Question.objects.create(
        asker=colleague,
        organisation=world.org_a,
        category="integrale-aanpak-ggz-en-wi",
        region=region,
        title="Wie vraagt IPS aan voor iemand in de bijstand?",
        body="Wat moet ik als trajectbegeleider regelen?",
    )
    Answer.objects.create(
        question=question,
        author=answerer,
        organisation=world.org_b,
        body="De ggz vraagt de subsidie aan bij de woongemeente.",
    )
    own_question = Question.objects.create(
        asker=world.personas["pro_own"],
        organisation=world.org_a,
        category="stigma",
        region=None,
        title="Hoe bespreek je openheid op het werk?",
    )
    own_answer = Answer.objects.create(
        question=own_question,
        author=answerer,
        organisation=world.org_b,
        body="Met CORAL 2.0 denk je samen na over wat je vertelt.",
    )
    follow = Follow.objects.create(user=world.personas["pro_own"], category="stigma")
    world.network.update(
        q_question=question, q_own_question=own_question, q_own_answer=own_answer, q_follow=follow
    )
