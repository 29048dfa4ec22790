"""The instruments guide in the reader's voice: ``{% with t=instrument|text_for:reader %}``
gives what it is, its conditions, duration and sources; ``advice|notes_for:reader`` the notes
of one piece of advice. A page that names no reader (``reader`` is empty) gets the
professional's voice."""

from __future__ import annotations

from typing import Any

from django import template

from werkpad.employment.instruments import Advice, Instrument, InstrumentText, Text

register = template.Library()


@register.filter
def text_for(instrument: Instrument, reader: Any = "") -> InstrumentText:
    return instrument.text(reader or None)


@register.filter
def notes_for(advice: Advice, reader: Any = "") -> tuple[Text, ...]:
    return advice.notes_for(reader or None)
