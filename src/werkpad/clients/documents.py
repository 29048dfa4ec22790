"""The signed consent form: what kind of file it is, read from its first bytes. The name and
the content type come from the uploader's browser and prove nothing; a file that is no PDF,
PNG or JPEG is refused, and the type stored (and served on download) is the one its bytes
show."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

DOCUMENT_MAX_BYTES = 5 * 1024 * 1024
# The file signatures ("magic numbers") of the accepted kinds, and the names that fit them.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
}
NOT_A_DOCUMENT = _(
    "Alleen een pdf, jpg of png kan. De inhoud van dit bestand is geen pdf, jpg of png."
)
WRONG_NAME = _("Alleen een pdf, jpg of png kan.")
TOO_LARGE = _("Het bestand is groter dan 5 MB.")


def type_of(head: bytes) -> str | None:
    for content_type, signatures in SIGNATURES.items():
        if head.startswith(signatures):
            return content_type
    return None


def check_document(document: UploadedFile) -> str:
    """The content type the file's bytes show; ValidationError (on the ``document`` field)
    when the file is too large, is no PDF, PNG or JPEG, or has a name of another kind."""
    if (document.size or 0) > DOCUMENT_MAX_BYTES:
        raise ValidationError({"document": TOO_LARGE})
    document.seek(0)
    head = document.read(16)
    document.seek(0)
    content_type = type_of(head)
    if content_type is None:
        raise ValidationError({"document": NOT_A_DOCUMENT})
    # The name is kept for the download: it must not promise another kind of file.
    if not (document.name or "").lower().endswith(EXTENSIONS[content_type]):
        raise ValidationError({"document": WRONG_NAME})
    return content_type
