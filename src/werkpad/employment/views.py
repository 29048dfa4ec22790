"""Thin views of job development and placement: parse input, call a selector or service,
render. Permission is the policy's business; bad input is a 400 with the messages on the
form and nothing saved; a stale edit is a 409."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, may, require, visible_to
from werkpad.core.submit import actor_of, posted, put_on_form, submit
from werkpad.organisations.models import ArbeidsmarktRegio
from werkpad.trajectories import selectors as trajectory_selectors
from werkpad.trajectories.models import Trajectory

from . import forms, selectors, services
from .instruments import INSTRUMENTS, MINIMUM_HOURLY_WAGE_21, RULES_CHECKED_ON
from .models import Employer, Sector

FORM = "employment/form.html"


def _form_page(
    request: HttpRequest, form: Any, status: int, *, title: str, submit_label: str, **extra: Any
) -> HttpResponse:
    context = {"form": form, "title": title, "submit_label": submit_label, **extra}
    return render(request, FORM, context, status=status)


# --- Job development dashboard, employers, contacts ----------------------------------------
@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    figures = selectors.contact_figures(actor=actor)
    employers = selectors.employer_list(actor=actor, mine=True)
    context = {"figures": figures, "employers": employers}
    return render(request, "employment/home.html", context)


@login_required
@require_GET
def employer_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:100]
    employers = selectors.employer_list(actor=actor_of(request), query=query)
    return render(request, "employment/employers.html", {"employers": employers, "q": query})


def _employer_details(data: dict[str, Any]) -> services.EmployerDetails:
    fields = {k: v for k, v in data.items() if k not in ("version", "confirm_duplicate")}
    return services.EmployerDetails(**fields)


@login_required
@require_http_methods(["GET", "POST"])
def employer_create(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.CREATE_EMPLOYER)
    form = forms.EmployerCreateForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.employer_create(
            actor=actor,
            details=_employer_details(d),
            confirm_duplicate=d["confirm_duplicate"],
        ),
        _("Werkgever toegevoegd."),
    )
    if done.saved:
        return redirect("employment:employer_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Werkgever toevoegen"),
        submit_label=_("Werkgever toevoegen"),
        back=("employment:employers", None),
    )


@login_required
@require_GET
def employer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk)
    view = selectors.employer_view(actor=actor, employer=employer)
    return render(request, "employment/employer_detail.html", {"view": view, "e": employer})


@login_required
@require_http_methods(["GET", "POST"])
def employer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.CHANGE_EMPLOYER)
    initial = {name: getattr(employer, name) for name in forms.EmployerForm.base_fields}
    initial.update(gemeente=employer.gemeente_id, version=employer.version)
    form = forms.EmployerEditForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.employer_update(
            actor=actor, employer=employer, version=d["version"], details=_employer_details(d)
        ),
        _("Werkgever bijgewerkt."),
    )
    if done.saved:
        return redirect("employment:employer_detail", pk=employer.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(name)s bewerken") % {"name": employer.name},
        submit_label=_("Opslaan"),
        back=("employment:employer_detail", employer.pk),
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_person_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.CHANGE_EMPLOYER)
    form = forms.ContactPersonForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.contact_person_add(actor=actor, employer=employer, **d),
        _("Contactpersoon toegevoegd."),
    )
    if done.saved:
        return redirect("employment:employer_detail", pk=employer.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Contactpersoon bij %(name)s") % {"name": employer.name},
        submit_label=_("Toevoegen"),
        back=("employment:employer_detail", employer.pk),
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_log(request: HttpRequest, pk: int) -> HttpResponse:
    """Logging a contact on a phone: open, choose the purpose, save."""
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.LOG_EMPLOYER_CONTACT)
    form = forms.ContactLogForm(
        posted(request),
        trajectories=selectors.job_seekers(actor=actor, shown=True),
        initial={"occurred_on": timezone.localdate()},
    )
    done = submit(
        request,
        form,
        lambda d: services.employer_contact_log(actor=actor, employer=employer, **d),
        _("Contact met %(name)s vastgelegd.") % {"name": employer.name},
    )
    if done.saved:
        return redirect("employment:home")  # where the week's count against the norm shows
    return _form_page(
        request,
        form,
        done.status,
        title=_("Contact met %(name)s") % {"name": employer.name},
        submit_label=_("Contact opslaan"),
        back=("employment:employer_detail", employer.pk),
    )


# --- Vacancies -----------------------------------------------------------------------------
def _vacancy_details(data: dict[str, Any]) -> services.VacancyDetails:
    return services.VacancyDetails(**{k: v for k, v in data.items() if k != "version"})


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.ADD_VACANCY)
    form = forms.CoachVacancyForm(
        posted(request),
        trajectories=selectors.job_seekers(actor=actor, shown=True),
        initial={"sector": employer.sector, "gemeente": employer.gemeente_id},
    )
    done = submit(
        request,
        form,
        lambda d: services.vacancy_create(
            actor=actor, employer=employer, details=_vacancy_details(d)
        ),
        _("Vacature toegevoegd."),
    )
    if done.saved:
        return redirect("employment:vacancy_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Vacature of baan bij %(name)s") % {"name": employer.name},
        submit_label=_("Opslaan"),
        intro=_(
            "Denk niet alleen in bestaande banen: een baan kan ook voor één persoon "
            "gemaakt of uit taken samengesteld worden."
        ),
        back=("employment:employer_detail", employer.pk),
    )


@login_required
@require_GET
def vacancy_list(request: HttpRequest) -> HttpResponse:
    sector = request.GET.get("sector", "")
    sector = sector if sector in Sector.values else ""
    vacancies = selectors.vacancy_list(actor=actor_of(request), sector=sector)
    context = {"vacancies": vacancies, "sector": sector, "sectors": Sector.choices}
    return render(request, "employment/vacancies.html", context)


@login_required
@require_GET
def vacancy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    vacancy = selectors.vacancy_get(actor=actor, pk=pk)
    context = {
        "vacancy": vacancy,
        "matches": selectors.candidates_for_vacancy(actor=actor, vacancy=vacancy),
        "can_change": may(actor, Action.CHANGE_VACANCY, vacancy),
    }
    return render(request, "employment/vacancy_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    vacancy = selectors.vacancy_get(actor=actor, pk=pk, action=Action.CHANGE_VACANCY)
    form = forms.CoachVacancyEditForm(
        posted(request),
        trajectories=selectors.job_seekers(actor=actor, shown=True),
        initial=forms.vacancy_initial(vacancy),
    )
    done = submit(
        request,
        form,
        lambda d: services.vacancy_update(
            actor=actor, vacancy=vacancy, version=d["version"], details=_vacancy_details(d)
        ),
        _("Vacature bijgewerkt."),
    )
    if done.saved:
        return redirect("employment:vacancy_detail", pk=vacancy.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(title)s bewerken") % {"title": vacancy.title},
        submit_label=_("Opslaan"),
        back=("employment:vacancy_detail", vacancy.pk),
    )


@login_required
@require_GET
def figures(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    today = timezone.localdate()
    current = selectors.ips_quarter_figures(actor=actor, day=today)
    previous = selectors.ips_quarter_figures(actor=actor, day=current.start - timedelta(days=1))
    return render(request, "employment/figures.html", {"quarters": [current, previous]})


# --- On a trajectory -----------------------------------------------------------------------
def _work_trajectory(
    request: HttpRequest, pk: int, action: Action = Action.ADD_OWN_RECORD
) -> Trajectory:
    return trajectory_selectors.trajectory_get(actor=actor_of(request), pk=pk, action=action)


def _profile_details(data: dict[str, Any]) -> services.ProfileDetails:
    values = {k: v for k, v in data.items() if k != "version"}
    return services.ProfileDetails(**values)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = trajectory_selectors.trajectory_get(actor=actor, pk=pk)
    existing = selectors.profile_for(actor=actor, trajectory=trajectory)
    if request.method == "POST":
        # A guest writes the profile when there is none; an existing one is changed by the
        # organisation that made it.
        require(actor, Action.ADD_OWN_RECORD, trajectory)
        if existing is not None:
            require(actor, Action.CHANGE_RECORD, existing)
    if existing is not None:
        initial = {name: getattr(existing, name) for name in forms.ProfileForm.base_fields}
        initial.update(home_gemeente=existing.home_gemeente_id, version=existing.version)
        form: forms.ProfileForm = forms.ProfileEditForm(posted(request), initial=initial)
    else:
        intake = trajectory_selectors.latest_intake(actor=actor, client=trajectory.client)
        initial = {
            "home_gemeente": trajectory.client.gemeente_id,
            "benefit_status": intake.benefit_status if intake else "",
            "own_words": intake.work_direction if intake else "",
        }
        form = forms.ProfileForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.career_profile_save(
            actor=actor,
            trajectory=trajectory,
            details=_profile_details(d),
            version=d.get("version"),
        ),
        _("Loopbaanprofiel opgeslagen."),
    )
    if done.saved:
        return redirect("employment:profile", pk=trajectory.pk)
    context = {
        "trajectory": trajectory,
        "profile": existing,
        "form": form,
        "can_work": (
            may(actor, Action.CHANGE_RECORD, existing)
            if existing is not None
            else may(actor, Action.ADD_OWN_RECORD, trajectory)
        ),
        "advice": selectors.advice_for_profile(existing) if existing else [],
        "checked_on": RULES_CHECKED_ON,
    }
    return render(request, "employment/profile.html", context, status=done.status)


@login_required
@require_http_methods(["GET", "POST"])
def history_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = _work_trajectory(request, pk)
    profile_ = selectors.profile_for(actor=actor, trajectory=trajectory)
    if profile_ is None:
        return redirect("employment:profile", pk=trajectory.pk)
    require(actor, Action.CHANGE_RECORD, profile_)  # the work history is part of the profile
    form = forms.HistoryForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.work_history_add(actor=actor, profile=profile_, **d),
        _("Werkervaring toegevoegd."),
    )
    if done.saved:
        return redirect("employment:profile", pk=trajectory.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Werkervaring toevoegen"),
        submit_label=_("Toevoegen"),
        trajectory=trajectory,
    )


@login_required
@require_GET
def matches(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = trajectory_selectors.trajectory_get(actor=actor, pk=pk)
    profile_ = selectors.profile_for(actor=actor, trajectory=trajectory)
    found = selectors.matches_for_trajectory(actor=actor, profile=profile_) if profile_ else []
    context = {"trajectory": trajectory, "profile": profile_, "matches": found}
    return render(request, "employment/matches.html", context)


def _vacancy_options(request: HttpRequest, trajectory: Trajectory) -> Any:
    """The vacancies a scan or placement can be for: a short list, never all of them."""
    chosen = request.POST.get("vacancy") or request.GET.get("vacature") or ""
    return selectors.vacancy_options(
        actor=actor_of(request),
        trajectory=trajectory,
        chosen=int(chosen) if chosen.isdigit() else None,
    )


@login_required
@require_http_methods(["GET", "POST"])
def scan_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = _work_trajectory(request, pk)
    initial: dict[str, Any] = {"done_on": timezone.localdate()}
    if request.GET.get("vacature", "").isdigit():
        initial["vacancy"] = int(request.GET["vacature"])
    form = forms.ScanForm(
        posted(request), vacancies=_vacancy_options(request, trajectory), initial=initial
    )
    done = submit(
        request,
        form,
        lambda d: services.workplace_scan_record(
            actor=actor,
            trajectory=trajectory,
            employer=d["vacancy"].employer,
            vacancy=d["vacancy"],
            done_on=d["done_on"],
            lights=form.lights(),
        ),
        _("Werkplekscan opgeslagen."),
    )
    if done.saved:
        return redirect("employment:scan_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Werkplekscan"),
        submit_label=_("Scan opslaan"),
        intro=_(
            "Voordat iemand start: alle lichten moeten op groen staan. Licht oranje en rood toe."
        ),
        trajectory=trajectory,
    )


@login_required
@require_GET
def scan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scan = selectors.scan_get(actor=actor_of(request), pk=pk)
    return render(request, "employment/scan_detail.html", {"scan": scan})


def _instrument_uses(data: dict[str, Any]) -> tuple[services.InstrumentUse, ...]:
    return tuple(
        services.InstrumentUse(code=code, starts_on=data["start_on"])
        for code in data.get("instruments", [])
    )


@login_required
@require_http_methods(["GET", "POST"])
def placement_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = _work_trajectory(request, pk, Action.MANAGE_TRAJECTORY)
    initial: dict[str, Any] = {"start_on": timezone.localdate()}
    if request.GET.get("vacature", "").isdigit():
        initial["vacancy"] = int(request.GET["vacature"])
    form = forms.PlacementForm(
        posted(request),
        vacancies=_vacancy_options(request, trajectory),
        scans=selectors.scans_for(actor=actor, trajectory=trajectory),
        initial=initial,
    )

    def save(d: dict[str, Any]) -> Any:
        details = services.PlacementDetails(
            employer=d["vacancy"].employer,
            vacancy=d["vacancy"],
            job_title=d["job_title"],
            work_type=d["work_type"],
            start_on=d["start_on"],
            hours_per_week=d["hours_per_week"],
            hourly_wage=d["hourly_wage"],
            contract_type=d["contract_type"],
            adjustments=d["adjustments"],
            scan=d["scan"],
            red_light_decision=d["red_light_decision"],
            instruments=_instrument_uses(d),
        )
        return services.placement_record(actor=actor, trajectory=trajectory, details=details)

    done = submit(request, form, save, _("Plaatsing vastgelegd. Gefeliciteerd!"))
    if done.saved:
        return redirect("employment:placement_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Plaatsing vastleggen"),
        submit_label=_("Plaatsing opslaan"),
        intro=_("Minimumloon vanaf 21 jaar: %(wage)s euro bruto per uur.")
        % {"wage": number_format(MINIMUM_HOURLY_WAGE_21, 2)},
        trajectory=trajectory,
    )


@login_required
@require_GET
def placement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    placement = selectors.placement_get(actor=actor, pk=pk)
    view = selectors.placement_view(actor=actor, placement=placement)
    context = {
        "view": view,
        "p": placement,
        "end_form": forms.PlacementEndForm(initial={"version": placement.version}),
        "checked_on": RULES_CHECKED_ON,
        "can_work": may(actor, Action.ADD_OWN_RECORD, placement.trajectory),
    }
    return render(request, "employment/placement_detail.html", context)


def _placement_form_page(
    request: HttpRequest,
    pk: int,
    form_class: Any,
    save: Any,
    *,
    title: str,
    success: str,
    action: Action = Action.VIEW_TRAJECTORY,
    initial: dict[str, Any] | None = None,
) -> HttpResponse:
    actor = actor_of(request)
    placement = selectors.placement_get(actor=actor, pk=pk, action=action)
    require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    form = form_class(posted(request), initial=initial or {})
    done = submit(request, form, lambda d: save(actor, placement, d), success)
    if done.saved:
        return redirect("employment:placement_detail", pk=placement.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=title,
        submit_label=_("Opslaan"),
        back=("employment:placement_detail", placement.pk),
    )


@login_required
@require_http_methods(["GET", "POST"])
def instrument_add(request: HttpRequest, pk: int) -> HttpResponse:
    return _placement_form_page(
        request,
        pk,
        forms.InstrumentForm,
        lambda actor, p, d: services.instrument_apply(actor=actor, placement=p, **d),
        title=_("Instrument toevoegen"),
        success=_("Instrument toegevoegd."),
        action=Action.CHANGE_RECORD,
        initial={"starts_on": timezone.localdate()},
    )


def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode()).hexdigest()[:32]


def _employer_preview(request: HttpRequest, form: Any, worker: str, day: Any) -> Any:
    """For a note the employer will read: checked for care words, then shown exactly as the
    employer reads it, before it is shared. Returns the preview to show (nothing is saved
    yet), or None when the coach already saw this exact text and chose to share it."""
    note = form.cleaned_data["note"]
    try:
        text = services.follow_up_check_for_employer(note=note)
    except ValidationError as error:
        put_on_form(form, error)
        return False
    if request.POST.get("go") == "share" and form.cleaned_data.get("previewed") == _digest(note):
        return None
    data = form.data.copy()
    data["previewed"] = _digest(note)
    form.data = data
    return {"worker": worker, "day": day, "note": text}


def _follow_up_page(
    request: HttpRequest, form: Any, status: int, placement: Any, preview: Any, title: str
) -> HttpResponse:
    context = {"form": form, "title": title, "placement": placement, "preview": preview}
    return render(request, "employment/follow_up_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def follow_up_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    placement = selectors.placement_get(actor=actor, pk=pk)
    require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    form = forms.FollowUpForm(posted(request), initial={"occurred_on": timezone.localdate()})
    title = _("Nazorgcontact vastleggen")
    if request.method == "POST" and form.is_valid() and form.cleaned_data["for_employer"]:
        preview = _employer_preview(
            request,
            form,
            placement.trajectory.client.full_name,
            form.cleaned_data["occurred_on"],
        )
        if preview is False:
            return _follow_up_page(request, form, 400, placement, None, title)
        if preview is not None:  # look first: nothing is shared before the coach saw it
            return _follow_up_page(request, form, 200, placement, preview, title)
    done = submit(
        request,
        form,
        lambda d: services.follow_up_add(
            actor=actor, placement=placement, **{k: v for k, v in d.items() if k != "previewed"}
        ),
        _("Nazorgcontact vastgelegd."),
    )
    if done.saved:
        return redirect("employment:placement_detail", pk=placement.pk)
    return _follow_up_page(request, form, done.status, placement, None, title)


@login_required
@require_http_methods(["GET", "POST"])
def follow_up_correct(request: HttpRequest, pk: int) -> HttpResponse:
    """A correction of a note the employer reads: a new version, previewed like a new one."""
    actor = actor_of(request)
    contact = selectors.follow_up_get(actor=actor, pk=pk)
    placement = contact.placement
    form = forms.FollowUpCorrectForm(posted(request), initial={"note": contact.note})
    title = _("Bericht aan de werkgever verbeteren")
    if request.method == "POST" and form.is_valid():
        preview = _employer_preview(
            request, form, placement.trajectory.client.full_name, contact.occurred_on
        )
        if preview is False:
            return _follow_up_page(request, form, 400, placement, None, title)
        if preview is not None:
            return _follow_up_page(request, form, 200, placement, preview, title)
    done = submit(
        request,
        form,
        lambda d: services.follow_up_correct(actor=actor, contact=contact, note=d["note"]),
        _("Het bericht is verbeterd. De werkgever ziet nu alleen de nieuwe tekst."),
    )
    if done.saved:
        return redirect("employment:placement_detail", pk=placement.pk)
    return _follow_up_page(request, form, done.status, placement, None, title)


@login_required
@require_POST
def follow_up_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    contact = selectors.follow_up_get(actor=actor, pk=pk)
    try:
        services.follow_up_withdraw(actor=actor, contact=contact)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Het bericht is teruggetrokken. De werkgever ziet het niet meer.")
        )
    return redirect("employment:placement_detail", pk=contact.placement_id)


@login_required
@require_http_methods(["GET", "POST"])
def my_employer_contact(request: HttpRequest) -> HttpResponse:
    """How employers reach the coach: set by the coach, shown to employers instead of the
    work address."""
    actor = actor_of(request)
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    membership = actor.membership
    initial = {"phone": membership.employer_phone, "email": membership.employer_email}
    form = forms.EmployerContactForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.employer_contact_set(actor=actor, phone=d["phone"], email=d["email"]),
        _("Bewaard. Werkgevers zien dit bij je naam."),
    )
    if done.saved:
        return redirect("employment:my_employer_contact")
    return _form_page(
        request,
        form,
        done.status,
        title=_("Hoe werkgevers je bereiken"),
        submit_label=_("Bewaren"),
        intro=_(
            "Werkgevers zien je naam en wat je hier invult. Niet je werkadres en niet je "
            "organisatie: daaraan zou de werkgever zien waar je medewerker in zorg is."
        ),
        back=("employment:home", None),
    )


@login_required
@require_http_methods(["GET", "POST"])
def checkin_add(request: HttpRequest, pk: int) -> HttpResponse:
    return _placement_form_page(
        request,
        pk,
        forms.CheckInForm,
        lambda actor, p, d: services.checkin_record(actor=actor, placement=p, **d),
        title=_("Check-in vastleggen"),
        success=_("Check-in opgeslagen."),
    )


@login_required
@require_http_methods(["GET", "POST"])
def placement_end(request: HttpRequest, pk: int) -> HttpResponse:
    return _placement_form_page(
        request,
        pk,
        forms.PlacementEndForm,
        lambda actor, p, d: services.placement_end(actor=actor, placement=p, **d),
        title=_("Werk beëindigen"),
        success=_("Het werk is beëindigd; het traject gaat terug naar zoeken."),
        action=Action.CHANGE_RECORD,
        initial={"ended_on": timezone.localdate()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def signal_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    signal = selectors.signal_get(actor=actor, pk=pk)
    require(actor, Action.CHANGE_RECORD, signal)
    form = forms.SignalResolveForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.signal_resolve(actor=actor, signal=signal, **d),
        _("Signaal afgehandeld."),
    )
    if done.saved:
        return redirect("employment:placement_detail", pk=signal.placement_id)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Signaal afhandelen: %(reason)s") % {"reason": signal.get_reason_display()},
        submit_label=_("Afhandelen"),
        back=("employment:placement_detail", signal.placement_id),
    )


# --- The employer's own pages --------------------------------------------------------------
@login_required
@require_GET
def employer_home(request: HttpRequest) -> HttpResponse:
    portal = selectors.employer_portal(actor=actor_of(request))
    context = {"portal": portal, "checked_on": RULES_CHECKED_ON, "all_instruments": INSTRUMENTS}
    return render(request, "employment/employer_home.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def employer_vacancy_create(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.EMPLOYER_PAGES)
    employer = visible_to(actor, Employer.objects.all()).first()
    if employer is None:
        return render(request, "employment/employer_home.html", {"portal": None}, status=404)
    form = forms.VacancyForm(
        posted(request), initial={"sector": employer.sector, "gemeente": employer.gemeente_id}
    )
    done = submit(
        request,
        form,
        lambda d: services.vacancy_create(
            actor=actor, employer=employer, details=_vacancy_details(d)
        ),
        # Not the coach's organisation: that it is a ggz would tell the employer more about
        # the workers than they chose to disclose.
        _("Vacature toegevoegd. Uw contactpersoon ziet haar nu."),
    )
    if done.saved:
        return redirect("employment:employer_home")
    return _form_page(
        request,
        form,
        done.status,
        title=_("Vacature toevoegen"),
        submit_label=_("Vacature toevoegen"),
        back=("employment:employer_home", None),
    )


@login_required
@require_GET
def employer_placement(request: HttpRequest, pk: int) -> HttpResponse:
    placement = selectors.employer_placement(actor=actor_of(request), pk=pk)
    return render(request, "employment/employer_placement.html", {"p": placement})


# --- The worker's own check-in -------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def my_checkin(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    placements = selectors.my_running_placements(actor=actor)
    placement = placements[0] if placements else None
    form = forms.CheckInForm(posted(request))
    if placement is None:
        return render(request, "employment/my_checkin.html", {"form": None})
    done = submit(
        request,
        form,
        lambda d: services.checkin_record(actor=actor, placement=placement, **d),
        None,
    )
    if done.saved:
        worried = done.result.support_needed or 1 in (
            done.result.work,
            done.result.workload,
            done.result.sleep,
        )
        messages.success(
            request,
            _("Dank je wel. Je begeleider neemt snel contact met je op.")
            if worried
            else _("Dank je wel. Je begeleider ziet hoe het gaat."),
        )
    if done.saved:
        return redirect("employment:my_checkin")
    context = {"form": form, "placement": placement}
    return render(request, "employment/my_checkin.html", context, status=done.status)


# --- Regional sharing (the organisation's functioneel beheerder) ---------------------------
@login_required
@require_http_methods(["GET", "POST"])
def sharing(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    view = selectors.sharing_view(actor=actor)
    regions = ArbeidsmarktRegio.objects.filter(pk__in=[r.pk for r in view.regions])
    form = forms.SharingForm(
        posted(request), regions=regions, initial={"regions": sorted(view.shared)}
    )
    done = submit(
        request,
        form,
        lambda d: services.employer_sharing_set(actor=actor, regions=list(d["regions"])),
        _("Opgeslagen: zo deelt je organisatie werkgevers in de regio."),
    )
    if done.saved:
        return redirect("employment:sharing")
    context = {"view": view, "form": form, "submit_label": _("Opslaan")}
    return render(request, "employment/sharing.html", context, status=done.status)
