"""The policy document of a review: checked by its content, then kept in private storage.

Only a PDF or a Word document (.docx) is accepted, at most BELEIDSSCAN_MAX_UPLOAD_BYTES. The
browser's content type and the file name prove nothing, so the bytes decide:

- a PDF starts with `%PDF-` and pypdf can read its pages; an encrypted PDF is refused (a
  reviewer could not open it, and it may hide what it holds);
- a DOCX is a zip file whose [Content_Types].xml declares the main document of a Word
  document and which holds word/document.xml. The zip is checked before anything is
  unpacked: not too many members and not too large once unpacked (a zip bomb), and no
  macros (a .docm content type or a vbaProject part).

The extension of the name must agree with the content (a PDF called .docx is refused), and
the visitor's file name is never used on disk (models.reviews.document_path); a clean copy of
it is kept only for the download.
"""

import io
import logging
import unicodedata
import zipfile
from dataclasses import dataclass

from defusedxml import ElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from beleidsscan.models import ScanDocument

logger = logging.getLogger(__name__)

PDF = ScanDocument.Kind.PDF
DOCX = ScanDocument.Kind.DOCX
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
EXTENSIONS = {".pdf": PDF, ".docx": DOCX}
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Word documents with macros, and the macro part itself.
MACRO_CONTENT_TYPES = (
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
    "application/vnd.ms-office.vbaproject",
)
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
ORIGINAL_NAME_LENGTH = 200


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_members: int = 2000
    max_unpacked: int = 200 * 1024 * 1024
    max_content_types_bytes: int = 1024 * 1024

    @classmethod
    def current(cls):
        return cls(max_bytes=settings.BELEIDSSCAN_MAX_UPLOAD_BYTES)


@dataclass(frozen=True)
class CheckedDocument:
    """An upload that passed every check: what it is, and its bytes."""

    kind: str
    size: int
    original_name: str
    data: bytes

    @property
    def content_type(self):
        return CONTENT_TYPES[self.kind]


def megabytes(size):
    return max(1, size // (1024 * 1024))


def split_name(name):
    """(stem, extension in lower case with its dot) of the last part of a path."""
    name = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, extension = name.rpartition(".")
    if not dot:
        return name, ""
    return stem, f".{extension.lower()}"


def safe_name(name, kind):
    """The visitor's file name without folders, control characters or quotes, at most 200
    characters, ending in the extension of what the file really is."""
    name = unicodedata.normalize("NFC", str(name or ""))
    stem, _extension = split_name(name)
    cleaned = "".join(
        char if (char.isalnum() or char in " -_.()") else "_"
        for char in stem
        if unicodedata.category(char)[0] != "C"
    )
    cleaned = " ".join(cleaned.split()).strip(" ._") or _("beleidsdocument")
    extension = f".{kind}"
    return cleaned[: ORIGINAL_NAME_LENGTH - len(extension)] + extension


def _refuse(message, code):
    raise ValidationError(message, code=code)


def _check_pdf(data):
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _refuse(
                _(
                    "Deze PDF is beveiligd met een wachtwoord of versleuteld. Sla het "
                    "document op zonder beveiliging en probeer het opnieuw."
                ),
                "encrypted",
            )
        if len(reader.pages) < 1:
            raise ValueError("no pages")
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many kinds of errors on broken files
        logger.info("Beleidsscan upload: unreadable PDF refused", exc_info=True)
        _refuse(
            _("Dit PDF-bestand kunnen we niet openen. Is het beschadigd? Maak de PDF opnieuw."),
            "broken_pdf",
        )


def _content_types(archive, limits):
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        return None
    if info.file_size > limits.max_content_types_bytes:
        return None
    with archive.open(info) as handle:
        raw = handle.read(limits.max_content_types_bytes + 1)
    try:
        root = ElementTree.fromstring(raw)
    except Exception:  # noqa: BLE001 - defusedxml refuses entities, expat broken XML
        return None
    return [
        (element.get("PartName") or "", (element.get("ContentType") or "").lower())
        for element in root
        if element.tag in (f"{CONTENT_TYPES_NS}Override", f"{CONTENT_TYPES_NS}Default")
    ]


def _check_docx(data, limits):
    not_word = _(
        "Dit bestand is geen Word-document (.docx) dat we kunnen lezen. Sla het op als "
        "Word-document of als PDF en probeer het opnieuw."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > limits.max_members or (
                sum(member.file_size for member in members) > limits.max_unpacked
            ):
                _refuse(
                    _(
                        "Dit Word-document is uitgepakt te groot. Sla het op als PDF en "
                        "probeer het opnieuw."
                    ),
                    "too_large_unpacked",
                )
            names = {member.filename for member in members}
            types = _content_types(archive, limits)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        _refuse(not_word, "not_docx")
    if types is None:
        _refuse(not_word, "not_docx")
    content_types = {content_type for _part, content_type in types}
    has_macro_part = any(name.lower().endswith("vbaproject.bin") for name in names)
    if has_macro_part or content_types & set(MACRO_CONTENT_TYPES):
        _refuse(
            _(
                "Dit Word-document bevat macro's. Die nemen we niet aan. Sla het op als gewoon "
                "Word-document (.docx) of als PDF en probeer het opnieuw."
            ),
            "macros",
        )
    if WORD_MAIN not in content_types or "word/document.xml" not in names:
        _refuse(not_word, "not_docx")


def sniff(data):
    """PDF, DOCX (a zip; checked further in _check_docx) or None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return DOCX
    return None


def check(upload, limits=None):
    """A CheckedDocument for an uploaded file, or a ValidationError with a Dutch message."""
    limits = limits or Limits.current()
    name = str(getattr(upload, "name", "") or "")
    _stem, extension = split_name(name)
    if extension == ".docm":
        _refuse(
            _(
                "Een Word-document met macro's (.docm) nemen we niet aan. Sla het op als gewoon "
                "Word-document (.docx) of als PDF."
            ),
            "macros",
        )
    expected = EXTENSIONS.get(extension)
    if expected is None:
        _refuse(_("Kies een PDF-bestand of een Word-document (.docx)."), "extension")
    size = getattr(upload, "size", None)
    if size is not None and size > limits.max_bytes:
        _refuse(
            _("Het bestand is groter dan %(mb)s MB. Kies een kleiner bestand.")
            % {"mb": megabytes(limits.max_bytes)},
            "too_large",
        )
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        _refuse(
            _("Het bestand is groter dan %(mb)s MB. Kies een kleiner bestand.")
            % {"mb": megabytes(limits.max_bytes)},
            "too_large",
        )
    if not data:
        _refuse(_("Het bestand is leeg."), "empty")
    kind = sniff(data)
    if kind is None:
        _refuse(
            _(
                "De inhoud van dit bestand is geen PDF en geen Word-document. Kies een PDF-bestand "
                "of een Word-document (.docx)."
            ),
            "unknown_content",
        )
    if kind != expected:
        _refuse(
            _(
                "De bestandsnaam past niet bij de inhoud: de naam eindigt op %(name)s, maar het "
                "bestand is een %(kind)s. Geef het bestand de goede naam en probeer het opnieuw."
            )
            % {"name": extension, "kind": ScanDocument.Kind(kind).label},
            "mismatch",
        )
    if kind == PDF:
        _check_pdf(data)
    else:
        _check_docx(data, limits)
    return CheckedDocument(
        kind=kind, size=len(data), original_name=safe_name(name, kind), data=data
    )


def store(scan, upload):
    """Keep the document of `scan` (an uploaded file or a CheckedDocument); a previous document
    is replaced, and its file deleted once the transaction commits (beleidsscan.signals)."""
    checked = upload if isinstance(upload, CheckedDocument) else check(upload)
    with transaction.atomic():
        ScanDocument.objects.filter(scan=scan).delete()
        document = ScanDocument(
            scan=scan,
            kind=checked.kind,
            original_name=checked.original_name,
            size=checked.size,
            uploaded_at=timezone.now(),
        )
        document.file.save(f"document.{checked.kind}", ContentFile(checked.data), save=False)
        try:
            document.save()
        except Exception:
            document.file.storage.delete(document.file.name)
            raise
    return document
