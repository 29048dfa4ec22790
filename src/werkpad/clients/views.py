from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, require
from werkpad.core.conflicts import show_conflict
from werkpad.core.forms import StaleEditError
from werkpad.core.submit import posted, put_on_form, submit

from . import selectors, services
from .contributions import client_sections
from .forms import (
    ClientCreateForm,
    ClientEditForm,
    ClientSearchForm,
    ClientSort,
    ConsentForm,
    ConsentWithdrawForm,
)


@login_required
@require_GET
def client_list(request: HttpRequest) -> HttpResponse:
    """The clients the actor sees, searched and filtered (issue 13, item 2). A refused search
    (a date that does not exist, a choice not on the list) shows why and lists nothing."""
    actor = request.actor  # type: ignore[attr-defined]
    organisations = selectors.client_list_organisations(actor=actor)
    form = ClientSearchForm(request.GET or None, organisations=organisations)
    if form.is_bound and not form.is_valid():
        return render(request, "clients/client_list.html", {"form": form}, status=400)
    search = _client_search(form)
    page = selectors.client_list(actor=actor, page_number=request.GET.get("pagina"), search=search)
    return render(
        request, "clients/client_list.html", {"form": form, "page": page, "search": search}
    )


def _client_search(form: ClientSearchForm) -> selectors.ClientSearch:
    if not form.is_bound:
        return selectors.ClientSearch()
    data = form.cleaned_data
    query = data["zoek"]
    return selectors.ClientSearch(
        words=query.words,
        born=query.born,
        number=query.number,
        organisation_id=data["organisatie"],
        filters={key: data[key] for key in form.filters},
        sort=data["sorteer"] or ClientSort.NAME,
    )


@login_required
@require_http_methods(["GET", "POST"])
def client_create(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    require(actor, Action.CREATE_CLIENT)
    form = ClientCreateForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            form.similar = selectors.client_similar(
                actor=actor, full_name=data["full_name"], date_of_birth=data["date_of_birth"]
            )
            if form.similar and not data["confirm_new"]:
                status = 409
            else:
                fields = {k: v for k, v in data.items() if k != "confirm_new"}
                client = services.client_create(
                    actor=actor, details=services.ClientDetails(**fields)
                )
                messages.success(request, _("Het dossier is aangemaakt."))
                return redirect("clients:detail", public_id=client.public_id)
    return render(request, "clients/client_form.html", {"form": form}, status=status)


@login_required
@require_GET
def client_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    client = selectors.client_get(actor=actor, public_id=public_id)
    can_edit = selectors.may_change(actor=actor, client=client)
    context = {
        "client": client,
        "client_number": selectors.client_number_for(actor=actor, client=client),
        "can_edit": can_edit,
        "can_manage_consents": selectors.may_manage_consents(actor=actor, client=client),
        # The same rule (the record's own organisation) opens intake, referral and start.
        "can_work": can_edit,
        # What the contexts above add (clients.contributions): trajectories and intakes.
        "sections": client_sections(actor=actor, client=client),
    }
    return render(request, "clients/client_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def client_edit(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    client = selectors.client_get(actor=actor, public_id=public_id, action=Action.CHANGE_CLIENT)
    initial = {
        "full_name": client.full_name,
        "date_of_birth": client.date_of_birth,
        "gemeente": client.gemeente,
        "email": client.email,
        "phone": client.phone,
        "preferred_language": client.preferred_language,
        "client_number": selectors.client_number_for(actor=actor, client=client),
        "version": client.version,
    }
    form = ClientEditForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                data = dict(form.cleaned_data)
                version = data.pop("version")
                services.client_update(
                    actor=actor,
                    client=client,
                    version=version,
                    details=services.ClientDetails(**data),
                )
            except StaleEditError as stale:
                show_conflict(form, stale)
                status = 409
            else:
                messages.success(request, _("De gegevens zijn opgeslagen."))
                return redirect("clients:detail", public_id=client.public_id)
    context = {"form": form, "client": client}
    return render(request, "clients/client_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def consents(request: HttpRequest, public_id: str) -> HttpResponse:
    """The client's consents, and a form to record a new one (with the client present)."""
    actor = request.actor  # type: ignore[attr-defined]
    client = selectors.client_get(actor=actor, public_id=public_id, action=Action.MANAGE_CONSENTS)
    form = ConsentForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        initial={"valid_from": timezone.localdate(), "categories": ["basis"]},
        trajectories=selectors.team_consent_choices(actor=actor, client=client),
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                consent = services.consent_record(actor=actor, client=client, **form.cleaned_data)
            except ValidationError as refusal:
                put_on_form(form, refusal)
            else:
                if consent.awaits_client:
                    messages.success(
                        request,
                        _(
                            "De toestemming is vastgelegd. Die gaat pas in als de cliënt "
                            "die zelf bevestigt in Werkpad."
                        ),
                    )
                else:
                    messages.success(request, _("De toestemming is vastgelegd."))
                return redirect("clients:consents", public_id=client.public_id)
    context = {
        "client": client,
        "consents": selectors.consent_list(actor=actor, client=client),
        "form": form,
        "today": timezone.localdate(),
    }
    return render(request, "clients/consents.html", context, status=status)


@login_required
@require_GET
def consent_document(request: HttpRequest, public_id: str, consent_id: int) -> HttpResponse:
    """The signed consent form, decrypted for the organisation that manages the consents."""
    actor = request.actor  # type: ignore[attr-defined]
    client = selectors.client_get(actor=actor, public_id=public_id, action=Action.MANAGE_CONSENTS)
    consent = selectors.consent_get(actor=actor, client=client, consent_id=consent_id)
    name, content_type, content = selectors.consent_document(actor=actor, consent=consent)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{quote(name)}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def consent_withdraw(request: HttpRequest, public_id: str, consent_id: int) -> HttpResponse:
    """A confirmation page that says what stops and for whom; the POST, with a reason,
    withdraws at once (as the client's own withdrawal in the portal)."""
    actor = request.actor  # type: ignore[attr-defined]
    client = selectors.client_get(actor=actor, public_id=public_id, action=Action.MANAGE_CONSENTS)
    consent = selectors.consent_get(actor=actor, client=client, consent_id=consent_id)
    form = ConsentWithdrawForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.consent_withdraw(actor=actor, consent=consent, reason=d["reason"]),
        _("De toestemming is ingetrokken. Dat geldt meteen."),
    )
    if done.saved:
        return redirect("clients:consents", public_id=client.public_id)
    context = {
        "client": client,
        "consent": consent,
        "form": form,
        "in_force": consent.withdrawn_at is None
        and (consent.valid_until is None or consent.valid_until >= timezone.localdate()),
        "staying": selectors.consents_that_stay(actor=actor, consent=consent),
        "closes": selectors.what_withdrawal_closes(actor=actor, consent=consent),
    }
    return render(request, "clients/consent_withdraw.html", context, status=done.status)
