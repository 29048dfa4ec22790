from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from .forms import AccessLogSearchForm
from .models import AccessLogEntry
from .selectors import access_log_search

# The export opens in a Dutch spreadsheet as it is: semicolon-separated, UTF-8 with a byte
# order mark, times in Dutch local time (with UTC beside it, which the hash chain uses), and a
# label beside every code.
LOG_TIME_ZONE = ZoneInfo("Europe/Amsterdam")
CSV_DELIMITER = ";"
BOM = "\ufeff"


def _local(value: datetime) -> str:
    return timezone.localtime(value, LOG_TIME_ZONE).strftime("%d-%m-%Y %H:%M:%S")


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


EXPORT_COLUMNS: list[tuple[Promise, Callable[[AccessLogEntry], object]]] = [
    (_("Tijdstip (Nederlandse tijd)"), lambda e: _local(e.occurred_at)),
    (_("Tijdstip (UTC)"), lambda e: _utc(e.occurred_at)),
    (_("Gebeurteniscode"), lambda e: e.event_code),
    (_("Gebeurtenis"), lambda e: e.event_label),
    (_("Actiecode"), lambda e: e.action),
    (_("Actie"), lambda e: e.get_action_display()),
    (_("Uitkomstcode"), lambda e: e.outcome),
    (_("Uitkomst"), lambda e: e.get_outcome_display()),
    (_("Gebruiker (e-mail)"), lambda e: e.user_display),
    (_("Naam gebruiker"), lambda e: e.user_name),
    (_("Verantwoordelijke gebruiker (id)"), lambda e: e.responsible_user_id),
    (_("Organisatie (id)"), lambda e: e.organisation_id),
    (_("Rolcode"), lambda e: e.role),
    (_("Rol"), lambda e: e.role_label if e.role else ""),
    (_("Cliënt (pseudoniem)"), lambda e: e.client_pid),
    (_("Objectsoort"), lambda e: e.object_type),
    (_("Object-id"), lambda e: e.object_id),
    (_("Grondslagcode"), lambda e: e.basis),
    (_("Grondslag"), lambda e: e.basis_label if e.basis else ""),
    (_("Reden toegang buiten het team"), lambda e: e.break_the_glass_reason),
    (_("Toestemming (id)"), lambda e: e.consent_id),
    (_("IP-adres"), lambda e: e.ip_address),
    (_("User agent"), lambda e: e.user_agent),
    (_("Hash"), lambda e: e.hash),
]


@login_required
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = AccessLogSearchForm(request.GET or None)
    filters = dict(form.cleaned_data) if form.is_bound and form.is_valid() else {}
    status = 400 if form.is_bound and not form.is_valid() else 200
    found = access_log_search(actor=request.actor, filters=filters)  # type: ignore[attr-defined]
    page = Paginator(found.entries.select_related(None), 50).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "clients_found": found.clients_found,
    }
    return render(request, "audit/search.html", context, status=status)


# A cell starting with one of these is a formula to a spreadsheet (CSV injection, OWASP):
# the user agent, names and object ids can be chosen by whoever caused the log row.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """A leading quote makes the spreadsheet show the text instead of running it."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _blank(value: object) -> object:
    return "" if value is None else value


class _Echo:
    def write(self, value: str) -> str:
        return value


@login_required
@require_GET
def export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = AccessLogSearchForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return render(request, "audit/search.html", {"form": form, "page": None}, status=400)
    filters = dict(form.cleaned_data) if form.is_bound else {}
    entries = access_log_search(actor=request.actor, filters=filters, export=True).entries  # type: ignore[attr-defined]
    writer = csv.writer(_Echo(), delimiter=CSV_DELIMITER)
    language = translation.get_language()

    def lines() -> Iterator[str]:
        # Streamed after the view returns: keep the user's language for the labels.
        with translation.override(language):
            yield BOM + writer.writerow([str(title) for title, _value in EXPORT_COLUMNS])
            for entry in entries.iterator(chunk_size=2000):
                yield writer.writerow(
                    [_csv_cell(_blank(value(entry))) for _title, value in EXPORT_COLUMNS]
                )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime(timezone.now(), LOG_TIME_ZONE).strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="toegangslog-{stamp}.csv"'
    return response
