"""The scan's report as an editable Word document (.docx), for a memo to the college or the
council: the scores, what is in place, the next actions, what helps, the reviewer's advice
and every answer. Built from the same Result as the result page."""

import io

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Pt

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _score_text(item):
    if item.score.score is None:
        return _("niet ingevuld")
    text = _("%(score)s van 100 (%(label)s)") % {
        "score": item.score.score,
        "label": str(item.score.maturity_label).lower(),
    }
    if item.change is not None:
        text += " · " + _("verschil met de vorige scan: %(change)+d") % {"change": item.change}
    return text


def build_docx(result, absolute_url):
    """`absolute_url(page)` gives the full address of a page."""
    scan = result.scan
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    title = _("Beleidsscan %(municipality)s") % {"municipality": scan.municipality.name}
    document.core_properties.title = title
    document.core_properties.language = "nl-NL"

    document.add_heading(title, level=0)
    document.add_paragraph(
        _(
            "Uitslag van de beleidsscan lokaal antidiscriminatiebeleid, afgerond op %(date)s "
            "(vragenlijst versie %(version)s). Gemaakt op %(today)s."
        )
        % {
            "date": date_format(timezone.localtime(scan.finished_at), "j F Y"),
            "version": result.version.number,
            "today": date_format(timezone.localdate(), "j F Y"),
        }
    )
    if result.average is not None:
        document.add_paragraph(
            _("Gemiddelde score: %(average)s van 100.") % {"average": result.average}
        )

    document.add_heading(_("Score per beleidsstap"), 1)
    grid = document.add_table(rows=1, cols=3 if result.baseline else 2)
    grid.style = "Table Grid"
    header = [_("Beleidsstap"), _("Score deze scan")]
    if result.baseline:
        header.append(_("Score vorige scan"))
    for cell, text in zip(grid.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(str(text)).bold = True
    for item in result.steps:
        cells = grid.add_row().cells
        cells[0].text = _("Stap %(n)s: %(name)s") % {"n": item.step.number, "name": item.step.name}
        cells[1].text = _score_text(item).split(" · ")[0]
        if result.baseline:
            cells[2].text = "–" if item.baseline_score is None else str(item.baseline_score)

    if scan.advice:
        document.add_heading(_("Advies van de toetser"), 1)
        for block in scan.advice.split("\n\n"):
            if block.strip():
                document.add_paragraph(block.strip())

    for item in result.steps:
        document.add_heading(
            _("Stap %(n)s: %(name)s") % {"n": item.step.number, "name": item.step.name}, 1
        )
        document.add_paragraph(_score_text(item))
        if item.review_comment:
            document.add_paragraph(
                _("Opmerking van de toetser: %(text)s") % {"text": item.review_comment}
            )
        document.add_heading(_("Wat al staat"), 2)
        for text in item.in_place or [_("Bij deze stap staat nog niets helemaal.")]:
            document.add_paragraph(text, style="List Bullet")
        document.add_heading(_("De belangrijkste volgende stappen"), 2)
        if item.actions:
            for line in item.actions:
                paragraph = document.add_paragraph(style="List Number")
                paragraph.add_run(line.question.action).bold = True
                paragraph.add_run(f" ({line.label.lower()}). {line.advice}")
        else:
            document.add_paragraph(_("Deze stap is op orde."))
        helps = []
        if item.chapter:
            helps.append(
                _("Handreiking: %(title)s (%(url)s)")
                % {"title": item.chapter.title, "url": absolute_url(item.chapter)}
            )
        helps += [
            _("Interventie: %(title)s (%(url)s)") % {"title": page.title, "url": absolute_url(page)}
            for page in item.interventions
        ]
        helps += [
            _("Praktijkvoorbeeld: %(title)s, %(municipality)s (%(url)s)")
            % {"title": page.title, "municipality": page.municipality, "url": absolute_url(page)}
            for page in item.practices
        ]
        if item.masterclass:
            helps.append(
                _("Masterclass: %(title)s, %(date)s (%(url)s)")
                % {
                    "title": item.masterclass.page.title,
                    "date": date_format(item.masterclass.date, "j F Y"),
                    "url": absolute_url(item.masterclass.page),
                }
            )
        elif item.course:
            helps.append(
                _("Cursus: %(title)s (%(url)s)")
                % {"title": item.course.title, "url": absolute_url(item.course)}
            )
        helps += [
            _("Let op, kan averechts werken: %(title)s (%(url)s)")
            % {"title": page.title, "url": absolute_url(page)}
            for page in item.warnings
        ]
        if helps:
            document.add_heading(_("Wat helpt"), 2)
            for text in helps:
                document.add_paragraph(text, style="List Bullet")
        document.add_heading(_("Alle antwoorden"), 2)
        for line in item.answers:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(line.question.text + " ").bold = True
            paragraph.add_run(line.label)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
