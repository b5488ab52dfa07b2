"""Bulk import of interventions from CSV or XLSX (see the column list in interventies.columns).

Validation comes first: every bad row is reported (row number, column, reason) and nothing is
written if any row is bad. Rows are matched on `extern_id`: importing the same file again
updates the interventions instead of creating duplicates, and a row that changes nothing
leaves its intervention alone (no new revision). So an export (interventies.export) can be
edited and imported again: long texts travel in the notation of interventies.richtext.

Publishing follows the editor's rights: changes to a live intervention, and new interventions
with `publish`, are published only when the user may publish that page (no user: the command
line, which may). Otherwise they are saved as a draft revision for an Eindredacteur.
"""

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter
from taggit.models import Tag
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from hub.models import EvidenceLevel
from hub.spreadsheets import NEUTRALISED  # the export's ' before a formula; undone on import
from interventies.columns import (
    CHECKLIST_PREFIX,
    COLUMNS,
    COLUMNS_BY_FIELD,
    COLUMNS_BY_NAME,
    EXPORT_ONLY_COLUMNS,
    LIST_SEPARATOR,
    REQUIRED_COLUMNS,
)
from interventies.models import (
    ChecklistAnswer,
    ChecklistQuestion,
    CostCategory,
    InterventionIndexPage,
    InterventionPage,
)
from interventies.richtext import (
    html_to_text,
    normalise_newlines,
    normalise_text,
    stream_has_other_blocks,
    stream_to_text,
    text_to_html,
)

logger = logging.getLogger(__name__)

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
# Limits checked while reading, so a small file cannot become a huge table in memory (a 5 MB
# CSV of separators is 2.6 million rows): records read (blank ones too), cells per row, and the
# unpacked size of an XLSX (a zip file: 5 MB can unpack to gigabytes).
MAX_LINES = 2 * MAX_ROWS
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED = 50 * 1024 * 1024
MAX_TAGS = 50
MULTILINE_KINDS = {"html", "stream"}
MULTILINE_FIELDS = {"summary"}  # a TextField: editors may type line breaks in the admin
TRUE_VALUES = {"ja", "j", "true", "waar", "1", "yes", "y", "x"}
FALSE_VALUES = {"nee", "n", "false", "onwaar", "0", "no", ""}


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class ImportReport:
    errors: list = field(default_factory=list)
    rows: int = 0
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    # Pages whose changes wait for someone who may publish (the user could not).
    drafts: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    @property
    def draft_notice(self):
        return _("opgeslagen als concept; een eindredacteur moet publiceren")

    def clear_pages(self):
        for pages in (self.created, self.updated, self.unchanged, self.drafts):
            pages.clear()

    def error(self, row, column, message):
        self.errors.append(RowError(row, column, message))


# ---------------------------------------------------------------------- reading


def read_table(filename, data, report):
    """Return (headers, rows) where rows are (row_number, [cell texts]); errors go to report."""
    if len(data) > MAX_BYTES:
        report.error(0, "", _("Het bestand is groter dan 5 MB."))
        return [], []
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        return _read_xlsx(data, report)
    if name.endswith((".csv", ".txt")):
        return _read_csv(data, report)
    report.error(0, "", _("Kies een bestand dat eindigt op .csv of .xlsx."))
    return [], []


def _read_csv(data, report):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.error(
            0,
            "",
            _(
                "Het bestand is geen UTF-8-tekst (fout bij byte %(position)s). Sla het in Excel op "
                "als 'CSV UTF-8' en probeer het opnieuw."
            )
            % {"position": error.start},
        )
        return [], []
    header_line = next(iter(text.splitlines()), "")
    delimiter = max(";,\t", key=header_line.count)  # Dutch Excel writes ;, others ,
    # newline=None: \r\n and old Mac \r line endings both become \n (also inside cells).
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    rows = []
    try:
        for records, values in enumerate(reader, start=1):
            if _over_limits(records, values, len(rows), report):
                return [], []
            if any(value.strip() for value in values) or not rows:
                rows.append(values)
    except csv.Error as error:
        # The row that could not be read is the next one (rows are numbered from 1, the header).
        report.error(len(rows) + 1, "", _csv_error_message(error))
        return [], []
    if not rows:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    headers = [_header(value) for value in rows[0]]
    body = []
    for number, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(headers):
            report.error(number, "", _("Deze rij heeft meer waarden dan er kolommen zijn."))
            continue
        body.append((number, [_cell_text(value) for value in values]))
    return headers, body


def _over_limits(records, values, kept, report):
    """True (with the reason in `report`) when reading must stop: too many rows (`kept`,
    the rows with values so far, header included), records (blank rows too) or cells."""
    if len(values) > MAX_COLUMNS:
        report.error(
            0,
            "",
            _("Een rij heeft meer dan %(max)s kolommen. Controleer het scheidingsteken.")
            % {"max": MAX_COLUMNS},
        )
        return True
    if kept > MAX_ROWS or records > MAX_LINES:
        report.error(
            0,
            "",
            _(
                "Het bestand heeft meer dan %(max)s rijen. Splits het in bestanden van "
                "hoogstens %(max)s rijen en importeer ze na elkaar."
            )
            % {"max": MAX_ROWS},
        )
        return True
    return False


def _csv_error_message(error):
    if "field larger than field limit" in str(error):
        return _(
            "Een cel in deze rij is te lang: een cel mag maximaal %(limit)s tekens hebben. "
            'Maak de tekst korter of controleer of er een aanhalingsteken (") ontbreekt.'
        ) % {"limit": f"{csv.field_size_limit():,}".replace(",", ".")}
    return _(
        'Deze rij kunnen we niet lezen (%(reason)s). Controleer de aanhalingstekens (") in de rij.'
    ) % {"reason": str(error)}


def _read_xlsx(data, report):
    from openpyxl import load_workbook

    try:
        if _unpacked_size(data) > MAX_XLSX_UNPACKED:
            report.error(
                0,
                "",
                _(
                    "Dit Excel-bestand is uitgepakt groter dan %(mb)s MB. Sla alleen het "
                    "werkblad met de interventies op, of gebruik CSV."
                )
                % {"mb": MAX_XLSX_UNPACKED // (1024 * 1024)},
            )
            return [], []
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl and zipfile raise many kinds of errors on broken files
        report.error(0, "", _("Dit Excel-bestand kunnen we niet openen. Is het een .xlsx-bestand?"))
        return [], []
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
    try:
        header_row = next(rows)
    except StopIteration:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    header_row = _without_trailing_blanks(header_row)
    if _over_limits(1, header_row, 0, report):
        workbook.close()
        return [], []
    headers = [_header(value) for value in header_row]
    body = []
    for number, values in enumerate(rows, start=2):
        values = _without_trailing_blanks(values)
        if _over_limits(number, values, len(body) + 1, report):
            workbook.close()
            return [], []
        cells = [_cell_text(value) for value in values]
        if not any(cells):
            continue
        body.append((number, cells))
    workbook.close()
    # A column with values below a blank header cell stays visible to validate_headers.
    width = max([len(headers), *(len(cells) for _number, cells in body)])
    return headers + [""] * (width - len(headers)), body


def _without_trailing_blanks(values):
    """An XLSX row as far as it has values (openpyxl pads rows to the sheet's width)."""
    values = list(values)
    while values and values[-1] in (None, ""):
        values.pop()
    return values


def _unpacked_size(data):
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(member.file_size for member in archive.infolist())


def _header(value):
    return _cell_text(value).lower()


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = normalise_newlines(value).strip()
    if text.startswith(NEUTRALISED):
        text = text[1:]
    return text


# ---------------------------------------------------------------------- validating


class Lookups:
    """Taxonomy terms by slug and by lower-case name, loaded once per import."""

    def __init__(self):
        self._cache = {}

    def find(self, model, value):
        if model not in self._cache:
            terms = list(model.objects.all())
            index = {term.slug.lower(): term for term in terms}
            index.update({term.name.lower(): term for term in terms})
            self._cache[model] = index
        return self._cache[model].get(value.strip().lower())


def parse_date(value):
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError


def validate_headers(headers, rows, report):
    """Unknown, nameless, duplicate and missing columns: reported on row 1."""
    known = set(COLUMNS_BY_NAME) | set(EXPORT_ONLY_COLUMNS)
    checklist_keys = set(ChecklistQuestion.objects.values_list("key", flat=True))
    positions = {}
    for position, header in enumerate(headers):
        positions.setdefault(header, []).append(position)
        if not header:
            if any(position < len(values) and values[position] for _number, values in rows):
                report.error(
                    1,
                    get_column_letter(position + 1),
                    _("Deze kolom heeft geen naam maar wel waarden. Geef de kolom een naam."),
                )
        elif header not in known and not (
            header.startswith(CHECKLIST_PREFIX)
            and header[len(CHECKLIST_PREFIX) :] in checklist_keys
        ):
            report.error(
                1, header, _("Onbekende kolom. Zie de README voor de kolommen die kunnen.")
            )
    for header, found in positions.items():
        if header and len(found) > 1:
            report.error(
                1,
                header,
                _(
                    "Deze kolom staat %(count)s keer in de kopregel (kolommen %(letters)s). "
                    "Laat er één over; anders weten we niet welke waarde telt."
                )
                % {
                    "count": len(found),
                    "letters": ", ".join(get_column_letter(p + 1) for p in found),
                },
            )
    for name in REQUIRED_COLUMNS:
        if name not in headers:
            report.error(1, name, _("Deze verplichte kolom ontbreekt."))


def control_character_error(value, multiline):
    """A message when `value` holds control characters (NUL and the like) that cannot be
    stored; tab and newline are fine in long texts only."""
    allowed = "\t\n" if multiline else ""
    found = sorted({c for c in value if unicodedata.category(c) == "Cc" and c not in allowed})
    if not found:
        return None
    if set(found) <= {"\t", "\n"}:
        return _("Een regeleinde of tab kan in deze kolom niet. Zet de tekst op één regel.")
    return _(
        "Deze cel bevat een onzichtbaar stuurteken (%(codes)s) dat we niet kunnen opslaan. "
        "Verwijder het en probeer het opnieuw."
    ) % {"codes": ", ".join(f"U+{ord(c):04X}" for c in found)}


def validate_rows(headers, rows, report):
    """Check the header and every row; returns a list of (row_number, cleaned dict)."""
    validate_headers(headers, rows, report)
    if len(rows) > MAX_ROWS:
        report.error(0, "", _("Er kunnen maximaal %(max)s rijen per keer.") % {"max": MAX_ROWS})
    if report.errors:
        return []

    lookups = Lookups()
    seen_ids = {}
    cleaned_rows = []
    url_validator = URLValidator(schemes=["http", "https"])
    choice_values = {value for value, _label in CostCategory.choices}
    answers = {a.value for a in ChecklistAnswer.Answer}
    for number, values in rows:
        raw = dict(zip(headers, values, strict=False))
        cleaned = {}
        errors_before = len(report.errors)
        for name, value in raw.items():
            column = COLUMNS_BY_NAME.get(name)
            multiline = column is not None and (
                column.kind in MULTILINE_KINDS or column.field in MULTILINE_FIELDS
            )
            problem = control_character_error(value, multiline)
            if problem:
                report.error(number, name, problem)
                continue
            if name in EXPORT_ONLY_COLUMNS:
                continue  # `url` only counts when extern_id is empty (see below)
            if column is None:
                key = name[len(CHECKLIST_PREFIX) :]
                if value:
                    if value.lower() not in answers:
                        report.error(number, name, _("Gebruik ja, deels, nee of onbekend."))
                    else:
                        cleaned.setdefault("checklist", {})[key] = value.lower()
                continue
            if column.required and not value:
                if column.field == "external_id" and raw.get("url"):
                    # An exported intervention without extern_id: found again by its url.
                    cleaned["_url"] = raw["url"]
                    continue
                report.error(number, name, _("Dit veld is verplicht."))
                continue
            try:
                cleaned[column.field] = _clean_value(
                    column, value, lookups, url_validator, choice_values
                )
            except ValidationError as error:
                report.error(number, name, " ".join(error.messages))
        key = cleaned.get("external_id") or cleaned.get("_url")
        if key:
            if key in seen_ids:
                report.error(
                    number,
                    "extern_id",
                    _("Dit extern_id staat ook in rij %(row)s.") % {"row": seen_ids[key]},
                )
            seen_ids.setdefault(key, number)
        if cleaned.get("backfire_risk") and not cleaned.get("backfire_explanation"):
            report.error(number, "averechts_uitleg", _("Verplicht als averechts_risico 'ja' is."))
        if len(report.errors) == errors_before:
            cleaned_rows.append((number, cleaned))
    return cleaned_rows


def max_length(column):
    """The database's limit for a column's field (the model says it once)."""
    try:
        return InterventionPage._meta.get_field(column.field).max_length
    except Exception:  # noqa: BLE001 - a column without a model field has no limit here
        return None


def _clean_value(column, value, lookups, url_validator, choice_values):  # noqa: C901
    kind = column.kind
    if kind == "id":
        if len(value) > 100 or not re.fullmatch(r"[\w.\-:/]+", value):
            raise ValidationError(
                _("Gebruik alleen letters, cijfers en - _ . : / (max. 100 tekens).")
            )
        return value
    if kind in ("text", "email", "url"):
        limit = max_length(column)
        if limit and len(value) > limit:
            raise ValidationError(_("Te lang: maximaal %(n)s tekens.") % {"n": limit})
    if kind == "text":
        return value
    if kind in MULTILINE_KINDS:
        return normalise_text(value)  # turned into HTML when written (see _apply)
    if kind == "date":
        if not value:
            return None
        try:
            return parse_date(value)
        except ValueError:
            raise ValidationError(_("Geen geldige datum; gebruik JJJJ-MM-DD.")) from None
    if kind == "bool":
        lowered = value.lower()
        if lowered in TRUE_VALUES:
            return True
        if lowered in FALSE_VALUES:
            return False
        raise ValidationError(_("Gebruik ja of nee."))
    if kind == "choice":
        if not value:
            return CostCategory.UNKNOWN
        if value.lower() not in choice_values:
            raise ValidationError(_("Gebruik laag, midden, hoog of onbekend."))
        return value.lower()
    if kind == "email":
        if value:
            validate_email(value)
        return value
    if kind == "url":
        if value:
            url_validator(value)
        return value
    if kind == "tags":
        tags = list(
            dict.fromkeys(tag.strip() for tag in value.split(LIST_SEPARATOR) if tag.strip())
        )
        limit = Tag._meta.get_field("name").max_length
        too_long = [tag for tag in tags if len(tag) > limit]
        if too_long:
            raise ValidationError(
                _("Een trefwoord mag hoogstens %(n)s tekens hebben: ‘%(tag)s…’.")
                % {"n": limit, "tag": too_long[0][:40]}
            )
        if len(tags) > MAX_TAGS:
            raise ValidationError(
                _("Hoogstens %(n)s trefwoorden per interventie.") % {"n": MAX_TAGS}
            )
        return tags
    if kind == "fk":
        term = lookups.find(column.taxonomy, value)
        if term is None:
            raise ValidationError(_("Onbekende waarde ‘%(value)s’.") % {"value": value})
        return term
    if kind == "taxonomy":
        terms, unknown = [], []
        for part in [p for p in value.split(LIST_SEPARATOR) if p.strip()]:
            term = lookups.find(column.taxonomy, part)
            (terms if term else unknown).append(term or part.strip())
        if unknown:
            raise ValidationError(
                _("Onbekende waarde(n): %(values)s.") % {"values": ", ".join(unknown)}
            )
        return terms
    raise ValidationError(_("Onbekend kolomtype."))


# ---------------------------------------------------------------------- writing


def import_interventions(filename, data, *, parent=None, publish=False, user=None):
    """Validate the whole file, then create or update every row in one transaction.

    `publish` publishes new interventions; changes to live interventions are published too.
    Both only when `user` may publish (no user: the command line); otherwise the changes are
    saved as drafts and listed in `report.drafts`.
    """
    report = ImportReport()
    headers, rows = read_table(filename, data, report)
    report.rows = len(rows)
    if report.errors:
        return report
    cleaned_rows = validate_rows(headers, rows, report)
    if report.errors:
        return report
    parent = parent or InterventionIndexPage.objects.first()
    if parent is None:
        report.error(0, "", _("Er is nog geen interventiedatabase-pagina om onder te importeren."))
        return report
    questions = {q.key: q for q in ChecklistQuestion.objects.all()}
    default_level = EvidenceLevel.objects.order_by("sort_order").first()
    try:
        with transaction.atomic():
            parent = _locked(parent)
            for number, cleaned in cleaned_rows:
                try:
                    _write_row(cleaned, parent, publish, user, questions, default_level, report)
                except ValidationError as error:
                    for column, messages in _error_items(error):
                        report.error(number, column, " ".join(messages))
            if report.errors:
                raise _RollBack
    except _RollBack:
        pass
    except IntegrityError:
        logger.warning("Intervention import collided with a concurrent change", exc_info=True)
        report.error(
            0,
            "",
            _(
                "Tijdens deze import is een van deze interventies ook ergens anders opgeslagen. "
                "Er is niets opgeslagen; probeer het opnieuw."
            ),
        )
    if report.errors:
        report.clear_pages()
    return report


class _RollBack(Exception):
    """Raised inside the import transaction to undo everything after a row failed."""


def _locked(parent):
    """Lock the parent page's row for the rest of the transaction and reload it.

    Imports under one parent run one after the other: a second import of the same file waits,
    then finds the interventions the first one created (matched on extern_id) and updates
    them, instead of creating them again (a duplicate extern_id or tree path is an
    IntegrityError). Reloading also gives add_child() the current number of children.
    """
    list(Page.objects.select_for_update().filter(pk=parent.pk).values_list("pk", flat=True))
    return type(parent).objects.get(pk=parent.pk)


def _error_items(error):
    if hasattr(error, "message_dict"):
        by_field = {column.field: column.name for column in COLUMNS}
        return [
            (by_field.get(name, name), messages) for name, messages in error.message_dict.items()
        ]
    return [("", error.messages)]


def _find_page(cleaned, parent):
    external_id = cleaned.get("external_id")
    if external_id:
        return InterventionPage.objects.filter(external_id=external_id).first()
    url = cleaned.pop("_url", "")
    slug = next((part for part in reversed(urlsplit(url).path.split("/")) if part), "")
    page = InterventionPage.objects.child_of(parent).filter(slug=slug, external_id="").first()
    if page is None:
        raise ValidationError(
            {
                "external_id": _(
                    "Vul een extern_id in: de url in deze rij hoort niet bij een interventie "
                    "zonder extern_id."
                )
            }
        )
    return page


def _write_row(cleaned, parent, publish, user, questions, default_level, report):
    checklist = cleaned.pop("checklist", {})
    page = _find_page(cleaned, parent)
    cleaned.pop("_url", None)
    created = page is None
    if created:
        # New pages start as drafts; only `publish` (or the page being live already) publishes.
        page = InterventionPage(evidence_level=default_level, live=False)
    changed = _apply(page, cleaned, created)
    changed |= _apply_checklist(page, checklist, questions)
    if not created and not changed:
        # The row matches the stored intervention: no new revision, nothing to publish (and
        # a draft someone is working on stays as it is).
        report.unchanged.append(page)
        return
    if created:
        page.slug = find_available_slug(parent, slugify(page.title)[:240] or "interventie")
        parent.add_child(instance=page)
        report.created.append(page)
    else:
        report.updated.append(page)
    revision = page.save_revision(user=user, log_action=True)
    if publish or (not created and page.live):
        if user is None or page.permissions_for_user(user).can_publish():
            revision.publish(user=user)
        else:
            # The live version stays as it is; the revision waits for an Eindredacteur.
            report.drafts.append(page)


def _apply(page, cleaned, created):
    """Copy the row's values onto `page`; returns True when anything differs."""
    changed = False
    for name, value in cleaned.items():
        column = COLUMNS_BY_FIELD[name]
        if column.kind == "html":
            if created or html_to_text(getattr(page, name)) != value:
                setattr(page, name, text_to_html(value))
                changed = True
        elif column.kind == "stream":
            if created or stream_to_text(page.approach) != value:
                if not created and stream_has_other_blocks(page.approach):
                    raise ValidationError(
                        {
                            name: _(
                                "De aanpak bevat ook afbeeldingen, video's of andere blokken die "
                                "niet in een spreadsheet passen. Pas de aanpak aan in de "
                                "beheeromgeving, of laat deze cel zoals hij in de export stond."
                            )
                        }
                    )
                page.approach = [("paragraph", text_to_html(value))] if value else []
                changed = True
        elif column.kind == "taxonomy":
            manager = getattr(page, name)
            if created or {t.pk for t in manager.all()} != {t.pk for t in value}:
                manager.set(value)
                changed = True
        elif column.kind == "tags":
            if created or sorted(t.name for t in page.tags.all()) != sorted(value):
                page.tags.set(value, clear=True)
                changed = True
        elif column.kind == "fk":
            if created or getattr(page, f"{name}_id") != value.pk:
                setattr(page, name, value)
                changed = True
        elif value is None and name == "last_reviewed":
            continue  # an empty cell keeps the date (the model's default for new pages)
        elif created or getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    return changed


def _apply_checklist(page, checklist, questions):
    """Set the answers named in the row; answers to other questions stay. True if changed."""
    if not checklist:
        return False
    existing = {answer.question.key: answer for answer in page.checklist_answers.all()}
    if all(key in existing and existing[key].answer == value for key, value in checklist.items()):
        return False
    for key, value in checklist.items():
        answer = existing.get(key) or ChecklistAnswer(question=questions[key])
        answer.answer = value
        existing[key] = answer
    page.checklist_answers = list(existing.values())
    return True
