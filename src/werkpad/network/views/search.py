"""The network's search page: one box over articles, questions and who is who."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of

from .. import search as network_search

MAX_QUERY = 200


def from_search(request: HttpRequest) -> str:
    """The way back to the search results an article, question or organisation was opened
    from: the search page with the query the result's link carried (``?q=``); "" when the
    page was not opened from a search."""
    q = request.GET.get("q", "").strip()
    if not q or len(q) > MAX_QUERY:
        return ""
    return reverse("network:search") + "?" + urlencode({"q": q})


@login_required
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_NETWORK)
    q = request.GET.get("q", "").strip()
    if len(q) > MAX_QUERY:
        refused = _("Zoek met minder woorden: hooguit %(max)d tekens.") % {"max": MAX_QUERY}
        context = {"q": q[:MAX_QUERY], "refused": refused, "hits": []}
        return render(request, "network/search.html", context, status=400)
    hits = network_search.search(actor=actor, q=q) if q else []
    return render(request, "network/search.html", {"q": q, "hits": hits, "asked": bool(q)})
