"""What counts as a phone number people can call: digits with spaces or hyphens, optionally
international (+31 ...); a Dutch number has 10 digits, an international one at most 15 (ITU
E.164).

With ``desk=True`` (the number of an organisation or a desk, such as a key person's), also
the information numbers 0800 and 0900/0906/0909 with 4 to 7 digits after the prefix
("0800 1234", "0900-123 45 67"), the area code in brackets ("(030) 210 01 00") and the
trunk 0 in brackets after +31 ("+31 (0)30 210 01 00"). The default stays strict: a client's
own number is never a service number."""

from __future__ import annotations

import re

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{8,18}[0-9]$")
_MAX_DIGITS = 15
# +31/0031 with "(0)", or a leading area code in brackets, then digits, spaces and hyphens.
_DESK = re.compile(
    r"^(?:(?P<country>\+31|0031)[ \-]?(?:\(0\)[ \-]?)?|\((?P<area>0\d{1,3})\)[ \-]?)?"
    r"(?P<rest>[0-9][0-9 \-]*[0-9])$"
)
_INFORMATION_NUMBER = re.compile(r"^(?:0800|090[069])\d{4,7}$")
_DUTCH_NUMBER = re.compile(r"^0[1-9]\d{8}$")


def is_phone_number(number: str, *, desk: bool = False) -> bool:
    if bool(_PHONE.match(number)) and sum(c.isdigit() for c in number) <= _MAX_DIGITS:
        return True
    return desk and _is_desk_number(number.strip())


def _is_desk_number(number: str) -> bool:
    match = _DESK.match(number)
    if match is None or re.search(r"[ \-]{2}", number):
        return False
    digits = re.sub(r"\D", "", match["rest"])
    # After +31 the trunk 0 comes back; a bracketed area code goes in front of the rest.
    national = "0" + digits if match["country"] else (match["area"] or "") + digits
    return bool(_DUTCH_NUMBER.match(national) or _INFORMATION_NUMBER.match(national))
