"""Bulk import of interventions from CSV or XLSX (the columns: interventies.spreadsheets.schema).

Validation comes first: every bad row is reported (row number, column, reason) and nothing is
written if any row is bad. Rows are matched on `extern_id`: importing the same file again
updates the interventions instead of creating duplicates, and a row that changes nothing
leaves its intervention alone (no new revision). So an export (interventies.spreadsheets.export)
can be edited and imported again: long texts travel in the notation of
interventies.spreadsheets.richtext.

Publishing follows the editor's rights: changes to a live intervention, and new interventions
with `publish`, are published only when the user may publish that page (no user: the command
line, which may). Otherwise they are saved as a draft revision for an Eindredacteur.

The file is read (`reading`), every row checked (`validating`), and only then written (here),
in one transaction.
"""

import logging
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from hub.models import EvidenceLevel
from interventies.models import (
    ChecklistAnswer,
    ChecklistQuestion,
    InterventionIndexPage,
    InterventionPage,
)
from interventies.spreadsheets import schema
from interventies.spreadsheets.reading import read_table
from interventies.spreadsheets.report import ImportReport
from interventies.spreadsheets.richtext import (
    html_to_text,
    restore_notation,
    stream_has_other_blocks,
    stream_to_text,
    text_to_html,
)
from interventies.spreadsheets.validating import validate_rows

logger = logging.getLogger(__name__)


def import_interventions(filename, data, *, parent=None, publish=False, user=None):
    """Validate the whole file, then create or update every row in one transaction.

    `publish` publishes new interventions; changes to live interventions are published too.
    Both only when `user` may publish (no user: the command line); otherwise the changes are
    saved as drafts and listed in `report.drafts`.
    """
    report = ImportReport()
    headers, rows = read_table(filename, data, report)
    headers = [schema.header_key(header) for header in headers]  # Dutch headers or keys
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
        by_field = {column.field: column.name for column in schema.COLUMNS}
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
        column = schema.COLUMNS_BY_FIELD[name]
        if column.kind == "html":
            stored = "" if created else html_to_text(getattr(page, name))
            value = restore_notation(value, stored)
            if created or stored != value:
                setattr(page, name, text_to_html(value))
                changed = True
        elif column.kind == "stream":
            stored = "" if created else stream_to_text(page.approach)
            value = restore_notation(value, stored)
            if created or stored != value:
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
