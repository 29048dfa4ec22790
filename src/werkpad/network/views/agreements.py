"""The regional agreement: read by every professional of the region, kept by its
regiocoördinator; the signed document is downloaded through the policy, never as a static
file."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, may
from werkpad.core.submit import actor_of, posted, submit

from ..forms.agreements import AgreementForm, DocumentForm, TargetForm
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
            actor=actor, agreement=found, target=services.TargetText(**data)
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
