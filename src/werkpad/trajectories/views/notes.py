"""A note on a trajectory's timeline."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkpad.access.policy import Action
from werkpad.core.bsn import warn_if_bsn
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import submit as _submit

from .. import forms, services
from ..models import author_category
from ._shared import _render_on, _trajectory, _visible_for


@login_required
@require_http_methods(["GET", "POST"])
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    default = author_category(actor.role)
    form = forms.NoteForm(
        _posted(request), initial={"occurred_on": timezone.localdate(), "category": default}
    )
    done = _submit(
        request,
        form,
        lambda data: services.note_add(actor=actor, trajectory=trajectory, **data),
        _("De notitie staat op de tijdlijn."),
    )
    if done.saved:
        warn_if_bsn(request, form.cleaned_data["text"])
        return redirect("trajectories:timeline", pk=trajectory.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, default)
    return _render_on(request, trajectory, form, _("Notitie"), status, extra=extra)
