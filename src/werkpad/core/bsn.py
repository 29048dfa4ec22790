"""Recognising a BSN (burgerservicenummer) so that Werkpad does not store one (PRODUCT.md,
invariant 5). A BSN is nine digits that pass the 11-proef; people write it with spaces, dots
or dashes (123 456 782, 123-456-782, 1234.56.782), so the separators are ignored."""

from __future__ import annotations

import re

from django.contrib import messages
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

BSN_MESSAGE = _("Dit lijkt op een BSN. Werkpad bewaart geen BSN: gebruik je eigen dossiernummer.")
BSN_PHONE_MESSAGE = _("Dit lijkt op een BSN, niet op een telefoonnummer. Werkpad bewaart geen BSN.")
# The number itself is not repeated: the message waits in the session until it is shown.
BSN_IN_TEXT_WARNING = _(
    "Let op: de tekst bevat een nummer dat op een BSN lijkt. Werkpad bewaart geen BSN: pas de "
    "tekst aan als het een BSN is."
)

_SEPARATORS = re.compile(r"[\s.\-]")
# Nine digits with at most one separator between two digits, not part of a longer number
# (a phone number such as 06 12345678 is not a candidate: a digit comes before it).
_IN_TEXT = re.compile(r"(?<![\d])(?<![\d][\s.\-])(\d(?:[\s.\-]?\d){8})(?![\s.\-]?\d)")


def passes_elfproef(digits: str) -> bool:
    """The 11-proef for a BSN: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit() or not int(digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def is_bsn_like(value: str) -> bool:
    """The whole value is a BSN, written with or without spaces, dots or dashes."""
    return passes_elfproef(_SEPARATORS.sub("", value.strip()))


def find_bsn_like(text: str) -> list[str]:
    """The BSN-like numbers in a free text, as written there."""
    return [m.group(1) for m in _IN_TEXT.finditer(text or "") if is_bsn_like(m.group(1))]


def warn_if_bsn(request: HttpRequest, *texts: str) -> bool:
    """A free text is saved as written (a nine-digit number there may be anything), but the
    writer is told at once so they can take a BSN out again."""
    if any(find_bsn_like(text) for text in texts):
        messages.warning(request, BSN_IN_TEXT_WARNING)
        return True
    return False
