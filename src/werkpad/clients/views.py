from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import selectors


@login_required
@require_GET
def client_list(request: HttpRequest) -> HttpResponse:
    clients = selectors.client_list(actor=request.actor)  # type: ignore[attr-defined]
    return render(request, "clients/client_list.html", {"clients": clients})


@login_required
@require_GET
def client_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    client = selectors.client_get(actor=request.actor, public_id=public_id)  # type: ignore[attr-defined]
    return render(request, "clients/client_detail.html", {"client": client})
