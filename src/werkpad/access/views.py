"""The break-the-glass page (decision 0033): thin, the policy decides in the selector and
the service."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkpad.clients import selectors as client_selectors
from werkpad.core.submit import actor_of, posted, submit

from . import selectors, services
from .forms import BreakTheGlassForm
from .policy import Action, visible_to


def _next(request: HttpRequest) -> str:
    """Where to go back to (the page where the records were hidden): a path on this site."""
    target = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe and target.startswith("/") else ""


@login_required
@require_http_methods(["GET", "POST"])
def break_the_glass(request: HttpRequest, public_id: str) -> HttpResponse:
    from werkpad.trajectories.models import Trajectory

    actor = actor_of(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.BREAK_THE_GLASS
    )
    form = BreakTheGlassForm(posted(request))
    done = submit(
        request,
        form,
        lambda data: services.break_the_glass_grant(
            actor=actor, client=client, reason=data["reason"]
        ),
        None,
    )
    back = _next(request) or reverse("clients:detail", args=[client.public_id])
    if done.saved:
        from django.contrib import messages

        until = date_format(timezone.localtime(done.result.expires_at), "j F Y, H:i")
        messages.success(
            request,
            _(
                "Je hebt toegang tot %(until)s. Alles wat je nu over deze cliënt bekijkt, staat "
                "met je reden in het toegangslog."
            )
            % {"until": until},
        )
        return redirect(back)
    trajectories = visible_to(actor, Trajectory.objects.filter(client=client))
    context = {
        "client": client,
        "form": form,
        "hidden": selectors.hidden_for(actor=actor, trajectories=trajectories),
        "grant": selectors.current_grant(actor=actor, client=client),
        "hours": services.break_the_glass_hours(),
        "back": back,
        "submit_label": _("Toegang vragen"),
    }
    return render(request, "access/break_the_glass.html", context, status=done.status)
