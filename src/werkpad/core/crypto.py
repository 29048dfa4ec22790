"""Encryption at rest for the few fields that need it (an organisation's own client number).

Keys come from WERKPAD_FIELD_ENCRYPTION_KEYS: Fernet keys, comma-separated, newest first, so a
key can be rotated (new data uses the first; old data stays readable). Without keys (demo,
tests) one key is derived from SECRET_KEY; production's deploy check asks for real keys.
"""

from __future__ import annotations

import base64
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


def _derived_key() -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"werkpad-field-encryption")
    return base64.urlsafe_b64encode(hkdf.derive(settings.SECRET_KEY.encode()))


@cache
def _fernet(keys: tuple[str, ...], secret_key: str) -> MultiFernet:
    material = [k.encode() for k in keys] or [_derived_key()]
    return MultiFernet([Fernet(k) for k in material])


def _current() -> MultiFernet:
    return _fernet(tuple(settings.WERKPAD_FIELD_ENCRYPTION_KEYS), settings.SECRET_KEY)


def encrypt(plaintext: str) -> str:
    return _current().encrypt(plaintext.encode()).decode()


def encrypt_bytes(data: bytes) -> bytes:
    return _current().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return _current().decrypt(bytes(token))
    except InvalidToken as exc:
        raise ValueError(
            "Cannot decrypt: the key that encrypted this value is not configured"
        ) from exc


def decrypt(token: str) -> str:
    try:
        return _current().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError(
            "Cannot decrypt: the key that encrypted this value is not configured"
        ) from exc
