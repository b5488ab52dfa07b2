"""The raadsledentool's result as a Word document (.docx) that a council member can edit.

Built from the same `build_result` as the result page: the advice per step, the questions for
the college, the motion and written-question texts, what to read next, and the page's do's,
don'ts and conversation starters. Rich text from editors becomes plain paragraphs.
"""

import io
from html.parser import HTMLParser

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Pt

from hub.siteurl import absolute_path

BLOCK_TAGS = {"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "div"}


class _Paragraphs(HTMLParser):
    """Collects the text of block elements of editor rich text, one string per block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self.current.append(data)

    def _flush(self):
        lines = "".join(self.current).split("\n")
        text = "\n".join(" ".join(line.split()) for line in lines).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def close(self):
        super().close()
        self._flush()


def paragraphs_of(html):
    parser = _Paragraphs()
    parser.feed(str(html or ""))
    parser.close()
    return parser.blocks


def _add_text(document, text):
    """A paragraph per blank-line-separated block; single line breaks stay line breaks."""
    for block in str(text).replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        lines = block.strip("\n").split("\n")
        run = document.add_paragraph().add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)


def _bullets(document, items):
    for item in items:
        document.add_paragraph(str(item), style="List Bullet")


def beleidsscan_url():
    """The full address of the beleidsscan for municipalities (/beleidsscan/)."""
    return absolute_path(reverse("beleidsscan:start"))


def beleidsscan_paragraph():
    return _(
        "Ambtenaren van uw gemeente kunnen de volledige beleidsscan invullen op %(url)s. Die "
        "gaat over alle zes stappen van het beleid en geeft per stap een score en advies. Als "
        "raadslid kunt u het college vragen om de uitslag, als PDF of als Word-bestand."
    ) % {"url": beleidsscan_url()}


def _summary(document, steps):
    """Per step the traffic light in words, then the answers in short."""
    document.add_heading(_("Samenvatting van uw antwoorden"), 1)
    for step in steps:
        document.add_paragraph(
            _("Stap %(n)s: %(name)s — %(status)s")
            % {"n": step.step.number, "name": step.step.name, "status": step.status_label},
            style="List Bullet",
        )
        for item in step.answers:
            document.add_paragraph(
                f"{item.question.question} {item.answer_label}", style="List Bullet 2"
            )


def build_docx(page, steps, role, absolute_url, municipality=""):
    """The result as .docx bytes. `absolute_url(page)` gives the full address of a page.

    The texts in `steps` are final: the municipality's name is filled in and edits from the
    result page are put in by the caller."""
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = _("Raadsledentool: vragen, moties en voorbeelden")
    document.core_properties.language = "nl-NL"

    document.add_heading(_("Vragen, moties en voorbeelden voor de raad"), level=0)
    if municipality:
        document.add_paragraph(_("Gemeente: %(name)s") % {"name": municipality})
    document.add_paragraph(
        _("Gemaakt met de %(tool)s op %(date)s. Pas de teksten aan voor uw gemeente.")
        % {"tool": page.title, "date": date_format(timezone.localdate(), "j F Y")}
    )
    if role:
        document.add_heading(_("Uw rol: %(name)s") % {"name": role["value"]["role"].name}, 1)
        for block in paragraphs_of(role["value"]["explanation"]):
            document.add_paragraph(block)
        if role["instruments"]:
            document.add_paragraph(
                _("Uw instrumenten: %(list)s") % {"list": ", ".join(map(str, role["instruments"]))}
            )

    _summary(document, steps)

    if not any(step.advice for step in steps):
        document.add_paragraph(
            _(
                "U beantwoordde alle vragen met ja. Uw gemeente heeft de basis op orde. Blijf "
                "volgen of het beleid werkt: vraag om de evaluatie en de cijfers."
            )
        )

    for step in steps:
        document.add_heading(
            _("Stap %(n)s: %(name)s") % {"n": step.step.number, "name": step.step.name}, 1
        )
        if step.in_order:
            document.add_paragraph(_("Op orde: u beantwoordde de vragen van deze stap met ja."))
            continue
        if step.strengths:
            document.add_heading(_("Dit gaat goed"), 2)
            _bullets(document, [item.question.question for item in step.strengths])
        for item in step.advice:
            question = item.question
            document.add_heading(question.question, 2)
            document.add_paragraph(_("Uw antwoord: %(answer)s") % {"answer": item.answer_label})
            for block in paragraphs_of(item.meaning):
                document.add_paragraph(block)
            if item.college_questions:
                document.add_heading(_("Vragen aan het college"), 3)
                _bullets(document, item.college_questions)
            if item.motion:
                document.add_heading(_("Tekst voor een motie"), 3)
                _add_text(document, item.motion)
            if item.written_questions:
                document.add_heading(_("Tekst voor schriftelijke vragen"), 3)
                _add_text(document, item.written_questions)
        if step.interventions:
            document.add_heading(_("Interventies die hierbij helpen"), 3)
            _bullets(
                document,
                [f"{item.title} ({absolute_url(item)})" for item in step.interventions],
            )
        if step.chapters:
            document.add_heading(_("Lees meer in de handreiking"), 3)
            _bullets(
                document,
                [f"{chapter.title} ({absolute_url(chapter)})" for chapter in step.chapters],
            )

    if page.dos or page.donts:
        document.add_heading(_("Discriminatie in uw gemeente verkennen: doen en niet doen"), 1)
        if page.dos:
            document.add_heading(_("Doen"), 2)
            _bullets(document, [item.value for item in page.dos])
        if page.donts:
            document.add_heading(_("Niet doen"), 2)
            _bullets(document, [item.value for item in page.donts])
    if page.conversation_starters:
        document.add_heading(_("Vragen om het gesprek in de raad mee te beginnen"), 1)
        _bullets(document, [item.value for item in page.conversation_starters])

    document.add_heading(_("Vraag de beleidsscan van uw gemeente op"), 1)
    document.add_paragraph(beleidsscan_paragraph())

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
