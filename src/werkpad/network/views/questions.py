"""Questions between professionals (issue 15, item 3): the list, asking, a question with its
answers, "Dit hielp mij", turning it into a knowledge-base article, and following. Thin views:
permission is the policy's business (selectors and services ask it); a text that looks like it
identifies a person comes back on the form with the reason, as typed, and nothing is stored."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of, posted, submit

from ..forms import questions as forms
from ..selectors import questions as selectors
from ..services import questions as services
from ..services.knowledge import ArticleText, article_create
from .search import from_search

SOURCE_TITLE = "Vraag van een collega in Werkpad"


def _question_url(pk: int, anchor: str = "") -> str:
    return reverse("network:question", args=[pk]) + (f"#{anchor}" if anchor else "")


@login_required
@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_NETWORK)
    regions = selectors.my_regions(actor=actor)
    filters = forms.QuestionFilterForm(request.GET or None, regions=regions)
    category, region = filters.chosen()
    page = selectors.question_list(
        actor=actor, category=category, region=region, page_number=request.GET.get("pagina")
    )
    offer = selectors.follow_offer(
        category=category,
        region=region,
        regions=regions,
        follows=selectors.follows_of(actor=actor),
    )
    context = {"page": page, "filters": filters, "offer": offer, "filtered": category or region}
    return render(request, "network/questions/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def question_ask(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.ASK_QUESTION)
    form = forms.QuestionForm(posted(request), regions=selectors.my_regions(actor=actor))
    done = submit(
        request,
        form,
        lambda d: services.question_ask(
            actor=actor,
            category=d["category"],
            region=d["region"],
            title=d["title"],
            body=d["body"],
        ),
        _("Je vraag staat erop. Collega's kunnen nu antwoorden."),
    )
    if done.saved:
        return redirect(_question_url(done.result.pk))
    return render(request, "network/questions/ask.html", {"form": form}, status=done.status)


@login_required
@require_http_methods(["GET", "POST"])
def question_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The question, its answers, and the form to answer it (posted here)."""
    actor = actor_of(request)
    question, _decision = selectors.question_get(actor=actor, pk=pk)
    form = forms.AnswerForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.answer_create(actor=actor, question=question, body=d["body"]),
        _("Je antwoord staat erbij. Dank je wel!"),
    )
    if done.saved:
        return redirect(_question_url(pk, f"antwoord-{done.result.pk}"))
    page = selectors.question_page(actor=actor, question=question)
    context = {"page": page, "q": question, "form": form, "from_search": from_search(request)}
    return render(request, "network/questions/detail.html", context, status=done.status)


@login_required
@require_POST
def answer_helpful(request: HttpRequest, pk: int, answer_pk: int) -> HttpResponse:
    """The asker's "Dit hielp mij" (403 for others); an answer to another question is not
    here (404). A second click changes nothing."""
    actor = actor_of(request)
    question, _decision = selectors.question_get(actor=actor, pk=pk, action=Action.MARK_HELPFUL)
    answer = selectors.answer_of(question=question, pk=answer_pk)
    try:
        changed = services.answer_mark_helpful(actor=actor, answer=answer)
    except ValidationError as refused:
        messages.error(request, refused.messages[0])
        return redirect(_question_url(pk))
    if changed:
        messages.success(
            request, _("Fijn dat het hielp. Je vraag staat nu als beantwoord in de lijst.")
        )
    else:
        messages.info(request, _("Je had dit antwoord al als behulpzaam gemarkeerd."))
    return redirect(_question_url(pk, f"antwoord-{answer.pk}"))


@login_required
@require_http_methods(["GET", "POST"])
def question_article(request: HttpRequest, pk: int) -> HttpResponse:
    """An editor of the question's region turns it and its helpful answer into an article
    (prefilled: title from the question, summary from the helpful answer)."""
    actor = actor_of(request)
    question, _decision = selectors.question_get(actor=actor, pk=pk, action=Action.EDIT_ARTICLE)
    helpful = selectors.helpful_answer(question=question)
    initial = {
        "title": question.title,
        "category": question.category,
        "summary": helpful.body if helpful else "",
        "source_title": SOURCE_TITLE,
        "source_date": timezone.localdate(),
    }
    form = forms.ArticleFromQuestionForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: article_create(
            actor=actor,
            text=ArticleText(
                category=d["category"],
                title=d["title"],
                summary=d["summary"],
                source_title=d["source_title"],
                source_url=d["source_url"],
                source_date=d["source_date"],
                region=question.region,
                tags=form.tag_tuple(),
            ),
            from_question=question,
        ),
        _("Het artikel staat in de kennisbank."),
    )
    if done.saved:
        return redirect("network:article", pk=done.result.pk)
    context = {"form": form, "q": question, "helpful": helpful}
    return render(request, "network/questions/article_form.html", context, status=done.status)


def _back_to_list(request: HttpRequest) -> str:
    """Where a follow posted from the list goes back to: the list as it was filtered."""
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if safe and target.startswith(reverse("network:questions")):
        return target
    return reverse("network:follows")


@login_required
@require_http_methods(["GET", "POST"])
def follows(request: HttpRequest) -> HttpResponse:
    """The page "Wat ik volg": the follows, and a form to follow more (also posted from the
    filtered list, which it then returns to)."""
    actor = actor_of(request)
    require(actor, Action.VIEW_NETWORK)
    form = forms.FollowForm(posted(request), regions=selectors.my_regions(actor=actor))
    done = submit(
        request,
        form,
        lambda d: services.follow_create(actor=actor, category=d["category"], region=d["region"]),
        None,
    )
    if done.saved:
        messages.success(
            request,
            _(
                "Je volgt nu: %(what)s. Nieuwe vragen zie je op je startpagina en in je "
                "dagelijkse e-mail."
            )
            % {"what": selectors.follow_label(done.result)},
        )
        return redirect(_back_to_list(request))
    rows = [(f, selectors.follow_label(f)) for f in selectors.follows_of(actor=actor)]
    context = {"form": form, "rows": rows}
    return render(request, "network/questions/follows.html", context, status=done.status)


@login_required
@require_POST
def follow_delete(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    follow = selectors.follow_get(actor=actor, pk=pk)
    label = selectors.follow_label(follow)
    services.follow_delete(actor=actor, follow=follow)
    messages.success(request, _("Je volgt dit niet meer: %(what)s.") % {"what": label})
    return redirect("network:follows")
