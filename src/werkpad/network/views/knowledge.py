"""The Routekaart knowledge base: the list by category, an article, its versions, readers'
marks, and the editor's form. Thin views: the policy decides, services change."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.access.policy.rules.network import article_regions
from werkpad.core.submit import actor_of, posted, submit
from werkpad.organisations.models import ArbeidsmarktRegio

from ..forms.knowledge import ArticleForm, OutdatedForm
from ..models import Category, Feedback
from ..selectors import editors as editor_selectors
from ..selectors import knowledge as selectors
from ..services import knowledge as services
from .search import from_search


@login_required
@require_GET
def articles(request: HttpRequest) -> HttpResponse:
    category = request.GET.get("categorie", "")
    if category and category not in Category.values:
        require(actor_of(request), Action.VIEW_NETWORK)
        refused: dict[str, Any] = {"refused": _("Kies een categorie uit de lijst.")}
        refused["categories"] = Category.choices
        return render(request, "network/knowledge/list.html", refused, status=400)
    actor = actor_of(request)
    page = selectors.knowledge_base(actor=actor, category=category)
    context = {
        "page": page,
        "categories": Category.choices,
        "editor_regions": editor_selectors.regions_to_keep(actor=actor),
    }
    return render(request, "network/knowledge/list.html", context)


@login_required
@require_GET
def article(request: HttpRequest, pk: int) -> HttpResponse:
    page = selectors.article_page(actor=actor_of(request), pk=pk)
    notes = selectors.outdated_notes(actor=actor_of(request), article=page.article)
    context = {
        "page": page,
        "outdated_form": OutdatedForm(),
        "notes": notes,
        "from_search": from_search(request),
    }
    return render(request, "network/knowledge/article.html", context)


@login_required
@require_GET
def versions(request: HttpRequest, pk: int) -> HttpResponse:
    found, kept = selectors.article_versions(actor=actor_of(request), pk=pk)
    return render(request, "network/knowledge/versions.html", {"article": found, "versions": kept})


def _regions(request: HttpRequest) -> dict[str, Any]:
    """The regions the writer may write for, and whether nationally (the policy's)."""
    regions, national = article_regions(actor_of(request))
    return {
        "regions": ArbeidsmarktRegio.objects.filter(pk__in=[r.pk for r in regions]),
        "national": national,
    }


def _text(data: dict[str, Any]) -> services.ArticleText:
    return services.ArticleText(
        category=data["category"],
        title=data["title"],
        summary=data["summary"],
        source_title=data["source_title"],
        source_url=data["source_url"],
        source_date=data["source_date"],
        region=data["region"],
        tags=tuple(t for t in data["tags"].split(",") if t.strip()),
    )


@login_required
@require_http_methods(["GET", "POST"])
def article_create(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.EDIT_ARTICLE)
    form = ArticleForm(posted(request), first=True, **_regions(request))
    result = submit(
        request,
        form,
        lambda data: services.article_create(actor=actor, text=_text(data)),
        _("Het artikel staat in de kennisbank."),
    )
    if result.saved:
        return redirect("network:article", result.result.pk)
    context = {"form": form, "title": _("Artikel schrijven")}
    return render(request, "network/knowledge/form.html", context, status=result.status)


@login_required
@require_http_methods(["GET", "POST"])
def article_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.article_for_edit(actor=actor, pk=pk)
    initial = {
        "category": found.category,
        "title": found.title,
        "summary": found.summary,
        "source_title": found.source_title,
        "source_url": found.source_url,
        "source_date": found.source_date,
        "region": found.region_id,
        "tags": ", ".join(found.tag_list),
        "version": found.version,
    }
    form = ArticleForm(posted(request), initial=initial, **_regions(request))
    result = submit(
        request,
        form,
        lambda data: services.article_update(
            actor=actor, article=found, text=_text(data), version=data["version"]
        ),
        _("Het artikel is bijgewerkt. De vorige tekst is bewaard."),
    )
    if result.saved:
        return redirect("network:article", found.pk)
    context = {"form": form, "title": _("Artikel bijwerken"), "article": found}
    return render(request, "network/knowledge/form.html", context, status=result.status)


@login_required
@require_POST
def helpful(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.article_get(actor=actor, pk=pk)
    if services.article_feedback(actor=actor, article=found, kind=Feedback.HELPFUL):
        messages.success(request, _("Dank je: je vond dit artikel nuttig."))
    else:
        messages.info(request, _("Je had dit artikel al nuttig genoemd. Er is niets veranderd."))
    return redirect("network:article", found.pk)


@login_required
@require_POST
def outdated(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    page = selectors.article_page(actor=actor, pk=pk)
    form = OutdatedForm(request.POST)

    def save(data: dict[str, Any]) -> bool:
        return services.article_feedback(
            actor=actor, article=page.article, kind=Feedback.OUTDATED, note=data["note"]
        )

    result = submit(request, form, save, None)
    if result.saved:
        if result.result:
            messages.success(request, _("Dank je: de redactie kijkt ernaar."))
        else:
            messages.info(request, _("Je had dit artikel al verouderd genoemd."))
        return redirect("network:article", page.article.pk)
    context = {"page": page, "outdated_form": form, "notes": []}
    return render(request, "network/knowledge/article.html", context, status=result.status)
