"""Thin views of the data part of the portal: what happens to my income, a question to my
klantmanager, my consents, the team's proposal, who saw my file, my data and the requests to
correct or erase it. Permission is the policy's business (every client page starts with
``require(actor, Action.PORTAL)`` in the selector); bad input is a 400 with the message on
the form and nothing saved; a stale edit is a 409."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of, posted, submit
from werkpad.portal import export
from werkpad.portal.forms import data as forms
from werkpad.portal.forms import income as income_forms
from werkpad.portal.models import RequestStatus
from werkpad.portal.selectors import access_log as access_log_selectors
from werkpad.portal.selectors import consents as consent_selectors
from werkpad.portal.selectors import data as selectors
from werkpad.portal.services import data as services

T = "portal/data/"


# --- What happens to my income --------------------------------------------------------------
def _income_page(
    request: HttpRequest,
    form: forms.BenefitForm,
    status: int = 200,
    error: str = "",
    example_form: income_forms.IncomeExampleForm | None = None,
) -> HttpResponse:
    actor = actor_of(request)
    chosen = form.cleaned_data.get("uitkering", "") if form.is_bound and form.is_valid() else ""
    view = selectors.income_view(actor=actor, benefit=chosen)
    if not form.is_bound and view.chosen:
        form = forms.BenefitForm(initial={"uitkering": view.chosen}, required=False)
    if example_form is None or example_form.benefit != view.chosen:
        example_form = income_forms.example_form_for(view.chosen)
    context = {
        "view": view,
        "form": form,
        "question_error": error,
        "example_form": example_form,
    }
    if example_form is not None and example_form.is_bound and example_form.is_valid():
        context["example"] = example_form.example()
        context["ww_end"] = example_form.ww_end()
    return render(request, T + "income.html", context, status=status)


@login_required
@require_GET
def income(request: HttpRequest) -> HttpResponse:
    """?uitkering=<code> chooses the benefit; without it, the one the client's file records."""
    require(actor_of(request), Action.PORTAL)
    if "uitkering" in request.GET:
        form = forms.BenefitForm(request.GET, required=False)
        return _income_page(request, form, 200 if form.is_valid() else 400)
    return _income_page(request, forms.BenefitForm(required=False))


@login_required
@require_POST
def income_example(request: HttpRequest) -> HttpResponse:
    """The worked example for the amounts the client typed in. A POST so that amounts never
    appear in an address, a browser history or a server log; computed, shown, not saved."""
    require(actor_of(request), Action.PORTAL)
    form = forms.BenefitForm(request.POST)
    if not form.is_valid():
        return _income_page(request, form, 400)
    example_form = income_forms.example_form_for(form.cleaned_data["uitkering"], request.POST)
    if example_form is None:  # a benefit without a worked example: its rules, no sum
        return _income_page(request, form)
    status = 200 if example_form.is_valid() else 400
    return _income_page(request, form, status, example_form=example_form)


@login_required
@require_POST
def income_question(request: HttpRequest) -> HttpResponse:
    """The one-click question about income: a new conversation, then its page. ``keuze``
    answers the page's question when the deciding organisation may not read it yet."""
    actor = actor_of(request)
    client = selectors.own_client(actor=actor)
    form = forms.BenefitForm(request.POST, required=False)
    if not form.is_valid():
        return _income_page(request, form, 400)
    try:
        sent = services.income_question_ask(
            actor=actor,
            client=client,
            benefit=form.cleaned_data["uitkering"],
            choice=request.POST.get("keuze", ""),
        )
    except ValidationError as error:
        return _income_page(request, form, 400, error=" ".join(error.messages))
    who = {
        "name": sent.member.user.full_name,
        "role": sent.member.get_role_display(),
        "organisation": sent.member.organisation.name,
    }
    if sent.to_handler:
        messages.success(
            request, _("Je vraag is verstuurd naar %(name)s (%(role)s bij %(organisation)s).") % who
        )
    else:
        messages.success(
            request,
            _(
                "Je vraag is verstuurd naar %(name)s (%(role)s bij %(organisation)s). Die helpt "
                "je verder of zoekt uit wie dat kan."
            )
            % who,
        )
    if sent.consent is not None and sent.consent.valid_until is not None:
        messages.info(
            request,
            _(
                "%(organisation)s mag nu je gegevens over re-integratie lezen, tot en met "
                "%(until)s. Onder 'Mijn toestemmingen' kun je dat altijd intrekken."
            )
            % {
                "organisation": sent.member.organisation.name,
                "until": date_format(sent.consent.valid_until, "j F Y"),
            },
        )
    return redirect("portal:thread", pk=sent.thread.pk)


# --- My consents ----------------------------------------------------------------------------
@login_required
@require_GET
def consents(request: HttpRequest) -> HttpResponse:
    view = consent_selectors.consents_view(actor=actor_of(request))
    return render(request, T + "consents.html", {"view": view})


@login_required
@require_http_methods(["GET", "POST"])
def consent_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page that says what withdrawing means; the POST withdraws at once."""
    actor = actor_of(request)
    row, _decision = consent_selectors.consent_get(actor=actor, pk=pk)
    error = ""
    status = 200
    if request.method == "POST":
        try:
            services.consent_withdraw_by_client(actor=actor, consent=row.consent)
        except ValidationError as refusal:
            error, status = " ".join(refusal.messages), 400
        else:
            said = (
                _("Je hebt nee gezegd. De toestemming voor %(org)s gaat niet in.")
                if row.may_confirm
                else _(
                    "Je toestemming voor %(org)s is ingetrokken. Dat geldt vanaf nu: %(org)s "
                    "kan deze gegevens niet meer zien."
                )
            )
            messages.success(request, said % {"org": row.consent.recipient_name})
            return redirect("portal:consents")
    context = {"row": row, "error": error}
    return render(request, T + "consent_withdraw.html", context, status=status)


@login_required
@require_POST
def consent_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """The client confirms a consent their team recorded that waits for them."""
    actor = actor_of(request)
    row, _decision = consent_selectors.consent_get(actor=actor, pk=pk)
    try:
        services.consent_confirm_by_client(actor=actor, consent=row.consent)
    except ValidationError as refusal:
        view = consent_selectors.consents_view(actor=actor)
        context = {"view": view, "error": " ".join(refusal.messages)}
        return render(request, T + "consents.html", context, status=400)
    messages.success(
        request,
        _("Je hebt de toestemming voor %(org)s bevestigd. Die geldt nu.")
        % {"org": row.consent.recipient_name},
    )
    return redirect("portal:consents")


@login_required
@require_http_methods(["GET", "POST"])
def proposal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """The team's proposal, explained; the client says yes or no."""
    actor = actor_of(request)
    row = consent_selectors.proposal_get(actor=actor, pk=pk)
    form = forms.ProposalDecisionForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.consent_proposal_decide(
            actor=actor, proposal=row.proposal, decision=d["decision"]
        ),
        None,
    )
    if done.saved:
        if done.result.consent_id:
            messages.success(
                request,
                _("Je hebt toestemming gegeven aan %(org)s. Je kunt die altijd weer intrekken.")
                % {"org": row.proposal.recipient.name},
            )
        else:
            messages.success(
                request,
                _("Je hebt nee gezegd. %(org)s ziet deze gegevens niet.")
                % {"org": row.proposal.recipient.name},
            )
        return redirect("portal:consents")
    context = {"row": row, "form": form}
    return render(request, T + "proposal.html", context, status=done.status)


@login_required
@require_http_methods(["GET", "POST"])
def consent_propose(request: HttpRequest, public_id: str) -> HttpResponse:
    """A professional proposes a consent; the client decides in the portal."""
    actor = actor_of(request)
    client = consent_selectors.client_for_proposal(actor=actor, public_id=public_id)
    form = forms.ConsentProposeForm(posted(request), initial={"categories": ["basis"]})
    done = submit(
        request,
        form,
        lambda d: services.consent_propose(actor=actor, client=client, **d),
        _(
            "Het voorstel staat klaar voor de cliënt. Er wordt pas iets gedeeld als de cliënt "
            "toestemming geeft."
        ),
    )
    if done.saved:
        return redirect("clients:detail", public_id=client.public_id)
    context = {"client": client, "form": form}
    return render(request, T + "propose.html", context, status=done.status)


# --- Who saw my file ------------------------------------------------------------------------
@login_required
@require_GET
def access_log(request: HttpRequest) -> HttpResponse:
    """Filter by period (?van=&tot=); a bad period is a 400 with the message, unfiltered."""
    actor = actor_of(request)
    require(actor, Action.PORTAL)
    filtering = bool(request.GET.get("van") or request.GET.get("tot"))
    form = forms.PeriodForm(request.GET if filtering else None)
    period: dict[str, Any] = {}
    status = 200
    if filtering:
        if form.is_valid():
            period = {"date_from": form.cleaned_data["van"], "date_to": form.cleaned_data["tot"]}
        else:
            status = 400
    view = access_log_selectors.access_log_view(
        actor=actor, page_number=request.GET.get("pagina"), **period
    )
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {"view": view, "form": form, "query": query.urlencode() if period else ""}
    return render(request, T + "access_log.html", context, status=status)


# --- My data --------------------------------------------------------------------------------
@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    view = selectors.my_data_view(actor=actor_of(request))
    return render(request, T + "my_data.html", {"view": view})


@login_required
@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    return export.export_json(actor=actor_of(request))


@login_required
@require_GET
def export_pdf(request: HttpRequest) -> HttpResponse:
    return export.export_pdf(request, actor=actor_of(request))


@login_required
@require_http_methods(["GET", "POST"])
def data_request(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    client = selectors.own_client(actor=actor)
    form = forms.DataRequestForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.data_request_create(actor=actor, client=client, **d),
        None,
    )
    if done.saved:
        messages.success(
            request,
            _(
                "Je verzoek is verstuurd naar %(org)s. Je krijgt uiterlijk op %(due)s antwoord. "
                "Dat zie je hier."
            )
            % {"org": client.organisation.name, "due": _date(done.result.due_on)},
        )
        return redirect("portal:my_data")
    context = {"client": client, "form": form}
    return render(request, T + "request_form.html", context, status=done.status)


def _date(day: Any) -> str:
    from django.utils.formats import date_format

    return date_format(day, "j F Y")


# --- The functioneel beheerder's requests ---------------------------------------------------
@login_required
@require_GET
def data_requests(request: HttpRequest) -> HttpResponse:
    rows = selectors.data_requests_for_admin(actor=actor_of(request))
    return render(request, T + "requests.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def data_request_handle(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    data_request_ = selectors.data_request_get(actor=actor, pk=pk)
    initial = {
        "answer": data_request_.answer,
        "done": data_request_.status == RequestStatus.DONE,
        "version": data_request_.version,
    }
    form = forms.DataRequestHandleForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.data_request_answer(actor=actor, request=data_request_, **d),
        _("Het antwoord is opgeslagen. De cliënt ziet het in het portaal."),
    )
    if done.saved:
        return redirect("portal:data_requests")
    context = {"r": data_request_, "form": form}
    return render(request, T + "request_handle.html", context, status=done.status)
