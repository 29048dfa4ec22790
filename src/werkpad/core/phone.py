"""What counts as a phone number people can call: digits with spaces or hyphens, optionally
international (+31 ...); a Dutch number has 10 digits, an international one at most 15 (ITU
E.164)."""

from __future__ import annotations

import re

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{8,18}[0-9]$")
_MAX_DIGITS = 15


def is_phone_number(number: str) -> bool:
    return bool(_PHONE.match(number)) and sum(c.isdigit() for c in number) <= _MAX_DIGITS
