"""Who is who in the region: the search, an organisation's page, and the beheerder's pages
for the own entry and its key persons. Thin views: the policy decides, services change."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of, posted, submit

from ..forms.directory import DirectorySearchForm, EntryForm, KeyPersonForm
from ..models import DirectoryEntry
from ..selectors import directory as selectors
from ..services import directory as services
from .search import from_search


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The network's start page: what each part is for."""
    require(actor_of(request), Action.VIEW_NETWORK)
    return render(request, "network/home.html")


@login_required
@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    form = DirectorySearchForm(request.GET or None)
    if request.GET and not form.is_valid():
        # A choice that is not offered: say so, list nobody (a 400, like every refused search).
        require(actor_of(request), Action.VIEW_NETWORK)
        return render(
            request, "network/directory/list.html", {"form": form, "page": None}, status=400
        )
    data: dict[str, Any] = form.cleaned_data if request.GET else {}
    page = selectors.directory(
        actor=actor_of(request),
        filter=selectors.DirectoryFilter(
            topic=data.get("onderwerp", ""),
            organisation_type=data.get("soort", ""),
            q=data.get("q", "").strip(),
        ),
    )
    return render(request, "network/directory/list.html", {"form": form, "page": page})


@login_required
@require_GET
def entry(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.entry_get(actor=actor_of(request), pk=pk)
    context = {"entry": found, "from_search": from_search(request)}
    return render(request, "network/directory/entry.html", context)


def _entry_initial(found: Any) -> dict[str, Any]:
    if found is None:
        return {}
    return {
        "description": found.description,
        "offerings": [offer.offering for offer in found.offers.all()],
        "phone": found.phone,
        "email": found.email,
        "website": found.website,
        "national": found.national,
        "version": found.version,
    }


def _own_entry(actor: Any) -> DirectoryEntry | None:
    """The own organisation's entry, or None when it is not written yet; either way only its
    functioneel beheerder gets past (403)."""
    found = selectors.own_entry(actor=actor)
    if found is None:
        unwritten = DirectoryEntry(organisation=actor.organisation)
        require(actor, Action.CHANGE_DIRECTORY_ENTRY, unwritten)
    return found


@login_required
@require_http_methods(["GET", "POST"])
def own_entry(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    found = _own_entry(actor)
    form = EntryForm(posted(request), initial=_entry_initial(found), first=found is None)

    def save(data: dict[str, Any]) -> Any:
        text = services.EntryText(
            description=data["description"],
            phone=data["phone"],
            email=data["email"],
            website=data["website"],
            national=data["national"],
            offerings=tuple(data["offerings"]),
        )
        return services.directory_entry_save(actor=actor, text=text, version=data.get("version"))

    result = submit(request, form, save, _("De vermelding is opgeslagen en bevestigd."))
    if result.saved:
        return redirect("network:own_entry")
    context = {"form": form, "entry": found}
    return render(request, "network/directory/own_entry.html", context, status=result.status)


@login_required
@require_POST
def confirm_entry(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    found = _own_entry(actor)
    if found is None:
        return HttpResponseBadRequest(_("Er is nog geen vermelding om te bevestigen."))
    services.directory_entry_confirm(actor=actor, entry=found)
    messages.success(request, _("Bevestigd: de vermelding klopt nog."))
    return redirect("network:own_entry")


@login_required
@require_http_methods(["GET", "POST"])
def key_person(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    actor = actor_of(request)
    person = selectors.key_person_get(actor=actor, pk=pk) if pk is not None else None
    found = _own_entry(actor)
    if found is None:  # key persons belong to a written entry
        return redirect("network:own_entry")
    if person is not None and person.entry_id != found.pk:
        raise Http404
    initial = (
        {
            field: getattr(person, field)
            for field in ("topic", "name", "function", "phone", "email", "best_time")
        }
        if person
        else {}
    )
    form = KeyPersonForm(posted(request), initial=initial)

    def save(data: dict[str, Any]) -> Any:
        text = services.KeyPersonText(**data)
        return services.key_person_save(actor=actor, entry=found, text=text, person=person)

    result = submit(request, form, save, _("De sleutelpersoon is opgeslagen."))
    if result.saved:
        return redirect("network:own_entry")
    context = {"form": form, "person": person}
    return render(request, "network/directory/key_person.html", context, status=result.status)


@login_required
@require_POST
def key_person_delete(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    person = selectors.key_person_get(actor=actor, pk=pk)
    services.key_person_delete(actor=actor, person=person)
    messages.success(request, _("%(name)s is geen sleutelpersoon meer.") % {"name": person.name})
    return redirect("network:own_entry")
