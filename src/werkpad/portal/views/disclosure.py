"""The disclosure decision aid (after CORAL): the client's private worksheet in six steps, a
printable summary, and the choice of what the employer may see. Thin views: the selectors
check that the actor is a client and log every read; the services refuse contradictions
(400, nothing saved) and stale edits (409)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.core.submit import actor_of, posted, put_on_form, submit
from werkpad.portal.forms.disclosure import STEP_FORMS, EmployerChoiceForm
from werkpad.portal.selectors import disclosure as selectors
from werkpad.portal.services import disclosure as services

TEMPLATES = "portal/disclosure/"


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    view = selectors.disclosure_overview(actor=actor_of(request))
    return render(request, TEMPLATES + "overview.html", {"view": view})


def _after_step(request: HttpRequest, view: selectors.StepView) -> HttpResponse:
    """Where the client goes after saving: the button they pressed decides."""
    go = request.POST.get("go")
    if go == "back" and view.previous:
        return redirect("portal:disclosure_step", step=view.previous)
    if go == "next" and view.next:
        return redirect("portal:disclosure_step", step=view.next)
    if go == "summary" or (go == "next" and view.is_last):
        return redirect("portal:disclosure_summary")
    return redirect("portal:disclosure")


@login_required
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, step: int) -> HttpResponse:
    actor = actor_of(request)
    view = selectors.worksheet_step(actor=actor, step=step)
    form_class = STEP_FORMS[step]
    form = form_class(posted(request), initial=view.initial)
    done = submit(
        request,
        form,
        lambda d: services.worksheet_save_step(
            actor=actor,
            client=view.client,
            step=step,
            version=d["version"],
            answers=d,
            finished=d.get("finished") if view.is_last else None,
        ),
        _("Bewaard."),
    )
    if done.saved:
        return _after_step(request, view)
    notice = None
    if done.status == 409:
        # Show what is saved now (with its version), not the answers that were refused.
        notice = services.WorksheetChanged.message
        view = selectors.worksheet_step(actor=actor, step=step)
        form = form_class(initial=view.initial)
    context = {"view": view, "form": form, "notice": notice}
    return render(request, TEMPLATES + "step.html", context, status=done.status)


@login_required
@require_GET
def summary(request: HttpRequest) -> HttpResponse:
    view = selectors.disclosure_summary(actor=actor_of(request))
    return render(request, TEMPLATES + "summary.html", {"view": view})


@login_required
@require_GET
def employer_choices(request: HttpRequest) -> HttpResponse:
    view = selectors.employer_choices(actor=actor_of(request))
    return render(request, TEMPLATES + "employers.html", {"view": view})


@login_required
@require_http_methods(["GET", "POST"])
def employer_choice(request: HttpRequest, employer: int) -> HttpResponse:
    actor = actor_of(request)
    view = selectors.employer_choice(actor=actor, employer_pk=employer)
    form = EmployerChoiceForm(posted(request), initial=view.initial)
    if request.method == "POST" and request.POST.get("go") == "preview":
        # Look first: the same checks as saving, and nothing is saved.
        status, preview = 400, None
        if form.is_valid():
            try:
                choice = {k: v for k, v in form.cleaned_data.items() if k != "based_on"}
                preview = selectors.preview_of(services.employer_choice_check(**choice))
                status = 200
            except ValidationError as error:
                put_on_form(form, error)
        context = {"view": view, "form": form, "trial": preview}
        return render(request, TEMPLATES + "employer.html", context, status=status)
    done = submit(
        request,
        form,
        lambda d: services.employer_disclosure_choose(
            actor=actor, client=view.client, employer=view.employer, **d
        ),
        None,
    )
    if done.saved:
        messages.success(
            request,
            _("Je keuze is bewaard en geldt meteen. %(sentence)s")
            % {"sentence": selectors.employer_sentence(done.result)},
        )
        return redirect("portal:disclosure_employer", employer=view.employer.pk)
    if done.status == 409:  # changed in another window: show what holds now, choose again
        view = selectors.employer_choice(actor=actor, employer_pk=employer)
        holds = {k: "on" if v is True else v for k, v in view.initial.items() if v is not False}
        form = EmployerChoiceForm(holds)
        form.is_valid()
        form.add_error(
            None,
            _(
                "Je keuze is intussen veranderd, misschien in een ander venster. Hieronder zie "
                "je wat nu geldt. Kies opnieuw en bewaar."
            ),
        )
    context = {"view": view, "form": form, "trial": None}
    return render(request, TEMPLATES + "employer.html", context, status=done.status)
