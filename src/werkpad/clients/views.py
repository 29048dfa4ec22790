from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.core.forms import StaleEditError

from . import selectors, services
from .forms import ClientCreateForm, ClientEditForm, ConsentForm


@login_required
@require_GET
def client_list(request: HttpRequest) -> HttpResponse:
    page = selectors.client_list(
        actor=request.actor,  # type: ignore[attr-defined]
        page_number=request.GET.get("pagina"),
    )
    return render(request, "clients/client_list.html", {"page": page})


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
    from werkpad.trajectories import selectors as trajectory_selectors

    can_edit = selectors.may_change(actor=actor, client=client)
    context = {
        "client": client,
        "client_number": selectors.client_number_for(actor=actor, client=client),
        "can_edit": can_edit,
        "can_manage_consents": selectors.may_manage_consents(actor=actor, client=client),
        # The same rule (the record's own organisation) opens intake, referral and start.
        "can_work": can_edit,
        "trajectories": trajectory_selectors.trajectories_for(actor=actor, client=client),
        "intakes": trajectory_selectors.intakes_for(actor=actor, client=client),
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
                form.add_error(None, stale.message)
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
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            services.consent_record(actor=actor, client=client, **form.cleaned_data)
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
@require_POST
def consent_withdraw(request: HttpRequest, public_id: str, consent_id: int) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    client = selectors.client_get(actor=actor, public_id=public_id, action=Action.MANAGE_CONSENTS)
    consent = selectors.consent_get(actor=actor, client=client, consent_id=consent_id)
    services.consent_withdraw(actor=actor, consent=consent)
    messages.success(request, _("De toestemming is ingetrokken. Dat geldt meteen."))
    return redirect("clients:consents", public_id=client.public_id)
