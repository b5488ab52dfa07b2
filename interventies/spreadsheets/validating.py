"""Validating the rows of an intervention spreadsheet: every problem is reported with its row,
column and reason, and a valid row becomes a dict of cleaned values per model field."""

import re
import unicodedata
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter
from taggit.models import Tag

from interventies.models import ChecklistAnswer, ChecklistQuestion, CostCategory
from interventies.spreadsheets import schema
from interventies.spreadsheets.richtext import normalise_text

MULTILINE_KINDS = {"html", "stream"}
MULTILINE_FIELDS = {"summary"}  # a TextField: editors may type line breaks in the admin
TRUE_VALUES = {"ja", "j", "true", "waar", "1", "yes", "y", "x"}
FALSE_VALUES = {"nee", "n", "false", "onwaar", "0", "no", ""}


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
    known = set(schema.COLUMNS_BY_NAME) | set(schema.EXPORT_ONLY_COLUMNS)
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
            header.startswith(schema.CHECKLIST_PREFIX)
            and header[len(schema.CHECKLIST_PREFIX) :] in checklist_keys
        ):
            report.error(
                1,
                header,
                _(
                    "Onbekende kolom. Welke kolommen kunnen, staat op de importpagina onder ‘Kolommen’."
                ),
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
    for name in schema.REQUIRED_COLUMNS:
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
    if len(rows) > schema.MAX_ROWS:
        report.error(
            0, "", _("Er kunnen maximaal %(max)s rijen per keer.") % {"max": schema.MAX_ROWS}
        )
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
            column = schema.COLUMNS_BY_NAME.get(name)
            multiline = column is not None and (
                column.kind in MULTILINE_KINDS or column.field in MULTILINE_FIELDS
            )
            problem = control_character_error(value, multiline)
            if problem:
                report.error(number, name, problem)
                continue
            if name in schema.EXPORT_ONLY_COLUMNS:
                continue  # `url` only counts when extern_id is empty (see below)
            if column is None:
                key = name[len(schema.CHECKLIST_PREFIX) :]
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


def _clean_value(column, value, lookups, url_validator, choice_values):  # noqa: C901
    kind = column.kind
    if kind == "id":
        if len(value) > 100 or not re.fullmatch(r"[\w.\-:/]+", value):
            raise ValidationError(
                _("Gebruik alleen letters, cijfers en - _ . : / (max. 100 tekens).")
            )
        return value
    if kind in ("text", "email", "url"):
        limit = schema.max_length(column)
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
            dict.fromkeys(tag.strip() for tag in value.split(schema.LIST_SEPARATOR) if tag.strip())
        )
        limit = Tag._meta.get_field("name").max_length
        too_long = [tag for tag in tags if len(tag) > limit]
        if too_long:
            raise ValidationError(
                _("Een trefwoord mag hoogstens %(n)s tekens hebben: ‘%(tag)s…’.")
                % {"n": limit, "tag": too_long[0][:40]}
            )
        if len(tags) > schema.MAX_TAGS:
            raise ValidationError(
                _("Hoogstens %(n)s trefwoorden per interventie.") % {"n": schema.MAX_TAGS}
            )
        return tags
    if kind == "fk":
        term = lookups.find(column.taxonomy, value)
        if term is None:
            raise ValidationError(_("Onbekende waarde ‘%(value)s’.") % {"value": value})
        return term
    if kind == "taxonomy":
        terms, unknown = [], []
        for part in [p for p in value.split(schema.LIST_SEPARATOR) if p.strip()]:
            term = lookups.find(column.taxonomy, part)
            (terms if term else unknown).append(term or part.strip())
        if unknown:
            raise ValidationError(
                _("Onbekende waarde(n): %(values)s.") % {"values": ", ".join(unknown)}
            )
        return terms
    raise ValidationError(_("Onbekend kolomtype."))
