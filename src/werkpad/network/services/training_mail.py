"""The mails of the trainings register: a place came free for someone on the waiting list, or
an event was called off. One message per person, in their own language; sent after the
change they tell of is saved (the callers' ``transaction.on_commit``)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..ics import when_text
from ..models import Event, Registration


def _mail_each(
    registrations: list[Registration], compose: Callable[[Registration], tuple[str, str]]
) -> None:
    """One message per person, in their own language (Dutch for those without an account)."""
    messages = []
    for registration in registrations:
        user = registration.user
        with translation.override(user.preferred_language if user else settings.LANGUAGE_CODE):
            subject, body = compose(registration)
        messages.append(
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
        )
    if messages:
        get_connection().send_messages(messages)


def mail_moved_up(event: Event, moved_up: list[Registration]) -> None:
    def compose(registration: Registration) -> tuple[str, str]:
        url = settings.WERKPAD_BASE_URL.rstrip("/") + reverse("network:event", args=[event.pk])
        where = event.place or _("online, via %(url)s") % {"url": event.online_url}
        values = {"title": event.title, "when": when_text(event), "where": where, "url": url}
        body = _(
            "Goed nieuws: er kwam een plaats vrij. Je stond op de wachtlijst en je bent nu "
            "aangemeld voor %(title)s.\n\nWanneer: %(when)s\nWaar: %(where)s\n\n"
        )
        if registration.user_id:
            body += _("Kun je toch niet? Meld je dan af, dan krijgt een ander de plaats: %(url)s")
        else:
            body += _("Kun je toch niet? Laat het weten aan wie je heeft aangemeld.")
        return _("Werkpad: er is een plaats vrij bij %(title)s") % values, body % values

    _mail_each(moved_up, compose)


def mail_cancelled(event: Event, told: list[Registration], reason: str) -> None:
    def compose(registration: Registration) -> tuple[str, str]:
        values = {"title": event.title, "when": when_text(event), "reason": reason}
        body = _("%(title)s op %(when)s gaat niet door. De organisator heeft het afgelast.")
        if reason:
            body += "\n\n" + _("De reden: %(reason)s")
        body += "\n\n" + _("Je hoeft niets te doen. Staat het in je agenda? Haal het er dan uit.")
        return _("Werkpad: %(title)s gaat niet door") % values, body % values

    _mail_each(told, compose)
