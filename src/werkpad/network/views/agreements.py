"""The regional agreement: read by every professional of the region, kept by its
regiocoördinator (its text, partners and their tasks and key persons, targets); the signed
document is downloaded through the policy, never as a static file. Removing a partner or a
target takes two steps (a page asks "Weet je het zeker?", its button removes; no script)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, may
from werkpad.core.submit import actor_of, posted, submit

from ..forms.agreements import (
    AgreementForm,
    DocumentForm,
    PartnerAddForm,
    PartnerForm,
    TargetEditForm,
    TargetForm,
)
from ..selectors import agreements as selectors
from ..services import agreements as services


@login_required
@require_GET
def agreements(request: HttpRequest) -> HttpResponse:
    found = selectors.agreements(actor=actor_of(request))
    return render(request, "network/agreements/list.html", {"agreements": found})


@login_required
@require_GET
def agreement(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.agreement_get(actor=actor, pk=pk)
    context = {"agreement": found, "may_change": may(actor, Action.CHANGE_AGREEMENT, found)}
    return render(request, "network/agreements/agreement.html", context)


def _edit_page(request: HttpRequest, found: Any, status: int = 200, **forms: Any) -> HttpResponse:
    context = {
        "agreement": found,
        "form": forms.get("form")
        or AgreementForm(
            initial={
                "summary": found.summary,
                "funding": found.funding,
                "starts_on": found.starts_on,
                "review_on": found.review_on,
                "version": found.version,
            }
        ),
        "target_form": forms.get("target_form") or TargetForm(),
        "document_form": forms.get("document_form") or DocumentForm(),
        "partner_form": forms.get("partner_form")
        or PartnerAddForm(candidates=services.partner_candidates(found)),
    }
    return render(request, "network/agreements/edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def agreement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.agreement_get(actor=actor, pk=pk, action=Action.CHANGE_AGREEMENT)
    if request.method == "GET":
        return _edit_page(request, found)
    form = AgreementForm(posted(request))

    def save(data: dict[str, Any]) -> Any:
        text = services.AgreementText(
            summary=data["summary"],
            funding=data["funding"],
            starts_on=data["starts_on"],
            review_on=data["review_on"],
        )
        return services.agreement_update(
            actor=actor, agreement=found, text=text, version=data["version"]
        )

    result = submit(request, form, save, _("De afspraak is bijgewerkt."))
    if result.saved:
        return redirect("network:agreement", found.pk)
    return _edit_page(request, found, result.status, form=form)


@login_required
@require_POST
def target_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.agreement_get(actor=actor, pk=pk, action=Action.CHANGE_AGREEMENT)
    form = TargetForm(request.POST)

    def save(data: dict[str, Any]) -> Any:
        return services.agreement_target_add(
            actor=actor, agreement=found, target=_target_text(data)
        )

    result = submit(request, form, save, _("Het doel is toegevoegd."))
    if result.saved:
        return redirect("network:agreement", found.pk)
    return _edit_page(request, found, result.status, target_form=form)


@login_required
@require_POST
def document_attach(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.agreement_get(actor=actor, pk=pk, action=Action.CHANGE_AGREEMENT)
    form = DocumentForm(request.POST, request.FILES)

    def save(data: dict[str, Any]) -> Any:
        return services.agreement_document_attach(
            actor=actor, agreement=found, document=data["document"]
        )

    result = submit(request, form, save, _("Het getekende document is toegevoegd."))
    if result.saved:
        return redirect("network:agreement", found.pk)
    return _edit_page(request, found, result.status, document_form=form)


@login_required
@require_GET
def document(request: HttpRequest, pk: int) -> FileResponse:
    found = selectors.agreement_get(actor=actor_of(request), pk=pk)
    if not found.document:
        raise Http404
    name = f"{found.title}.pdf"
    return FileResponse(found.document.open("rb"), as_attachment=True, filename=name)


def _target_text(data: dict[str, Any]) -> Any:
    return services.TargetText(
        text=data["text"],
        population=data["population"],
        due_on=data["due_on"],
        percentage=data["percentage"],
        count=data["count"],
    )


@login_required
@require_POST
def partner_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    found = selectors.agreement_get(actor=actor, pk=pk, action=Action.CHANGE_AGREEMENT)
    form = PartnerAddForm(request.POST, candidates=services.partner_candidates(found))

    def save(data: dict[str, Any]) -> Any:
        return services.agreement_partner_add(
            actor=actor, agreement=found, organisation=data["organisation"], tasks=data["tasks"]
        )

    result = submit(request, form, save, None)
    if result.saved:
        messages.success(
            request,
            _("%(name)s is partner in de afspraak. Kies hier de sleutelpersonen.")
            % {"name": result.result.organisation.name},
        )
        return redirect("network:agreement_partner_edit", result.result.pk)
    return _edit_page(request, found, result.status, partner_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def partner_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    partner = selectors.partner_get(actor=actor, pk=pk)
    people = selectors.partner_key_persons(actor=actor, partner=partner)
    initial = {
        "tasks": partner.tasks,
        "key_persons": selectors.partner_key_persons_chosen(partner=partner),
        "version": partner.version,
    }
    form = PartnerForm(posted(request), initial=initial, key_persons=people)

    def save(data: dict[str, Any]) -> Any:
        text = services.PartnerText(
            tasks=data["tasks"], key_persons=tuple(data.get("key_persons") or ())
        )
        return services.agreement_partner_update(
            actor=actor, partner=partner, text=text, version=data["version"]
        )

    result = submit(request, form, save, _("Wie doet wat is bijgewerkt."))
    if result.saved:
        return redirect("network:agreement_edit", partner.agreement_id)
    context = {
        "partner": partner,
        "agreement": partner.agreement,
        "form": form,
        "has_key_persons": "key_persons" in form.fields,
    }
    return render(request, "network/agreements/partner.html", context, status=result.status)


@login_required
@require_http_methods(["GET", "POST"])
def partner_remove(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    partner = selectors.partner_get(actor=actor, pk=pk)
    if request.method == "GET":
        context = {"partner": partner, "agreement": partner.agreement}
        return render(request, "network/agreements/partner_remove.html", context)
    services.agreement_partner_remove(actor=actor, partner=partner)
    messages.success(
        request,
        _("%(name)s is geen partner meer in de afspraak.") % {"name": partner.organisation.name},
    )
    return redirect("network:agreement_edit", partner.agreement_id)


@login_required
@require_http_methods(["GET", "POST"])
def target_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    target = selectors.target_get(actor=actor, pk=pk)
    initial = {
        field: getattr(target, field)
        for field in ("text", "population", "percentage", "count", "due_on", "version")
    }
    form = TargetEditForm(posted(request), initial=initial)

    def save(data: dict[str, Any]) -> Any:
        return services.agreement_target_update(
            actor=actor, target=target, text=_target_text(data), version=data["version"]
        )

    result = submit(request, form, save, _("Het doel is bijgewerkt."))
    if result.saved:
        return redirect("network:agreement_edit", target.agreement_id)
    context = {"target": target, "agreement": target.agreement, "form": form}
    return render(request, "network/agreements/target.html", context, status=result.status)


@login_required
@require_http_methods(["GET", "POST"])
def target_remove(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    target = selectors.target_get(actor=actor, pk=pk)
    if request.method == "GET":
        context = {"target": target, "agreement": target.agreement}
        return render(request, "network/agreements/target_remove.html", context)
    services.agreement_target_remove(actor=actor, target=target)
    messages.success(request, _("Het doel is verwijderd."))
    return redirect("network:agreement_edit", target.agreement_id)
