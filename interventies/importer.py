"""Bulk import of interventions from CSV or XLSX (see the column list in interventies.columns).

Validation comes first: every bad row is reported (row number, column, reason) and nothing is
written if any row is bad. Rows are matched on `extern_id`: importing the same file again
updates the interventions instead of creating duplicates.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug

from hub.models import EvidenceLevel
from interventies.columns import COLUMNS, COLUMNS_BY_NAME, LIST_SEPARATOR, REQUIRED_COLUMNS
from interventies.models import (
    ChecklistAnswer,
    ChecklistQuestion,
    CostCategory,
    InterventionIndexPage,
    InterventionPage,
)

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
CHECKLIST_PREFIX = "checklist_"
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

    @property
    def ok(self):
        return not self.errors

    def error(self, row, column, message):
        self.errors.append(RowError(row, column, message))


# ---------------------------------------------------------------------- reading


def read_table(filename, data, report):
    """Return (headers, rows) where rows are (row_number, {column: text}); errors go to report."""
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
    header_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=header_line.count)  # Dutch Excel writes ;, others ,
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    headers = [header.strip().lower() for header in rows[0]]
    body = []
    for number, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(headers):
            report.error(number, "", _("Deze rij heeft meer waarden dan er kolommen zijn."))
            continue
        body.append((number, dict(zip(headers, [v.strip() for v in values], strict=False))))
    return headers, body


def _read_xlsx(data, report):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors on broken files
        report.error(0, "", _("Dit Excel-bestand kunnen we niet openen. Is het een .xlsx-bestand?"))
        return [], []
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        header_row = next(rows)
    except StopIteration:
        report.error(0, "", _("Het bestand is leeg."))
        return [], []
    headers = [str(value or "").strip().lower() for value in header_row]
    body = []
    for number, values in enumerate(rows, start=2):
        cells = [_cell_text(value) for value in values]
        if not any(cells):
            continue
        body.append((number, dict(zip(headers, cells, strict=False))))
    workbook.close()
    return headers, body


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


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


def text_to_html(value):
    """Plain text from a spreadsheet to safe HTML paragraphs (HTML in the cell is escaped)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def validate_rows(headers, rows, report):
    """Check every row; returns a list of (row_number, cleaned dict)."""
    known = set(COLUMNS_BY_NAME)
    checklist = {q.key: q for q in ChecklistQuestion.objects.all()}
    for header in headers:
        if not header:
            report.error(1, "", _("Er is een kolom zonder naam."))
        elif header not in known and not (
            header.startswith(CHECKLIST_PREFIX) and header[len(CHECKLIST_PREFIX) :] in checklist
        ):
            report.error(
                1, header, _("Onbekende kolom. Zie de README voor de kolommen die kunnen.")
            )
    for name in REQUIRED_COLUMNS:
        if name not in headers:
            report.error(1, name, _("Deze verplichte kolom ontbreekt."))
    if len(rows) > MAX_ROWS:
        report.error(0, "", _("Er kunnen maximaal %(max)s rijen per keer.") % {"max": MAX_ROWS})
    if report.errors:
        return []

    lookups = Lookups()
    seen_ids = {}
    cleaned_rows = []
    url_validator = URLValidator(schemes=["http", "https"])
    choice_values = {value for value, _label in CostCategory.choices}
    for number, raw in rows:
        cleaned = {}
        errors_before = len(report.errors)
        for name, value in raw.items():
            column = COLUMNS_BY_NAME.get(name)
            if column is None:
                key = name[len(CHECKLIST_PREFIX) :]
                if value:
                    if value.lower() not in {a.value for a in ChecklistAnswer.Answer}:
                        report.error(number, name, _("Gebruik ja, deels, nee of onbekend."))
                    else:
                        cleaned.setdefault("checklist", {})[key] = value.lower()
                continue
            if column.required and not value:
                report.error(number, name, _("Dit veld is verplicht."))
                continue
            try:
                cleaned[column.field] = _clean_value(
                    column, value, lookups, url_validator, choice_values
                )
            except ValidationError as error:
                report.error(number, name, " ".join(error.messages))
        external_id = cleaned.get("external_id")
        if external_id:
            if external_id in seen_ids:
                report.error(
                    number,
                    "extern_id",
                    _("Dit extern_id staat ook in rij %(row)s.") % {"row": seen_ids[external_id]},
                )
            seen_ids.setdefault(external_id, number)
        if cleaned.get("backfire_risk") and not cleaned.get("backfire_explanation"):
            report.error(number, "averechts_uitleg", _("Verplicht als averechts_risico 'ja' is."))
        if len(report.errors) == errors_before:
            cleaned_rows.append((number, cleaned))
    return cleaned_rows


def _clean_value(column, value, lookups, url_validator, choice_values):  # noqa: C901
    kind = column.kind
    if kind == "id":
        if len(value) > 100 or not re.fullmatch(r"[\w.\-:/]+", value):
            raise ValidationError(
                _("Gebruik alleen letters, cijfers en - _ . : / (max. 100 tekens).")
            )
        return value
    if kind == "text":
        limit = 600 if column.field == "summary" else 250 if column.field != "title" else 255
        if len(value) > limit:
            raise ValidationError(_("Te lang: maximaal %(n)s tekens.") % {"n": limit})
        return value
    if kind in {"html", "stream"}:
        return text_to_html(value) if value else ""
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
        return [tag.strip() for tag in value.split(LIST_SEPARATOR) if tag.strip()]
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
    """Validate the whole file, then create or update every row in one transaction."""
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
    if report.errors:
        report.created.clear()
        report.updated.clear()
    return report


class _RollBack(Exception):
    """Raised inside the import transaction to undo everything after a row failed."""


def _error_items(error):
    if hasattr(error, "message_dict"):
        by_field = {column.field: column.name for column in COLUMNS}
        return [
            (by_field.get(name, name), messages) for name, messages in error.message_dict.items()
        ]
    return [("", error.messages)]


def _write_row(cleaned, parent, publish, user, questions, default_level, report):
    checklist = cleaned.pop("checklist", {})
    m2m = {
        column.field: cleaned.pop(column.field)
        for column in COLUMNS
        if column.kind in {"taxonomy", "tags"} and column.field in cleaned
    }
    approach = cleaned.pop("approach", None)
    page = InterventionPage.objects.filter(external_id=cleaned["external_id"]).first()
    created = page is None
    if created:
        # New pages start as drafts; only `publish` (or the page being live already) publishes.
        page = InterventionPage(evidence_level=default_level, live=False)
    for name, value in cleaned.items():
        if value is None and name in {"last_reviewed"}:
            continue
        setattr(page, name, value)
    if approach is not None:
        page.approach = [("paragraph", approach)] if approach else []
    for name, values in m2m.items():
        if name == "tags":
            page.tags.set(values, clear=True)
        else:
            getattr(page, name).set(values)
    if checklist:
        existing = {answer.question.key: answer for answer in page.checklist_answers.all()}
        answers = []
        for key, value in checklist.items():
            answer = existing.get(key) or ChecklistAnswer(question=questions[key])
            answer.answer = value
            answers.append(answer)
        page.checklist_answers = answers
    if created:
        page.slug = find_available_slug(parent, slugify(page.title)[:240] or "interventie")
        parent.add_child(instance=page)
        report.created.append(page)
    else:
        report.updated.append(page)
    revision = page.save_revision(user=user, log_action=True)
    if publish or (not created and page.live):
        revision.publish(user=user)
