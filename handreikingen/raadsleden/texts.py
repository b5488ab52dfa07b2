"""The texts a council member takes away: the municipality's name filled in everywhere, and
the motion and written-question texts as edited on the result page.

Both are user input that is never stored. The name travels in the URL (`?gemeente=`), the
edited texts in a POST to the print view or the Word export. Plain text only: the name is
escaped wherever it goes into HTML, and templates autoescape the edited texts.
"""

from django import forms
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

PLACEHOLDER = "[naam gemeente]"
MAX_MUNICIPALITY_LENGTH = 80
# A motion or a set of written questions is one or two pages; 10,000 characters leaves room
# for long edits, and stops anyone from posting megabytes of text to be turned into Word.
MAX_TEXT_LENGTH = 10_000


def clean_municipality(value):
    """The municipality's name from the URL: one line, no control characters, at most 80
    characters. Anything longer is cut, not refused: the name is a convenience, not an answer."""
    text = "".join(char if char.isprintable() else " " for char in str(value or ""))
    return " ".join(text.split())[:MAX_MUNICIPALITY_LENGTH].strip()


def fill(text, municipality):
    """Plain text with "[naam gemeente]" replaced by the name (when there is one)."""
    text = str(text or "")
    return text.replace(PLACEHOLDER, municipality) if municipality else text


def fill_html(html, municipality):
    """Editor rich text (HTML) with the placeholder replaced by the escaped name."""
    html = str(html or "")
    if not municipality:
        return html
    return mark_safe(html.replace(PLACEHOLDER, escape(municipality)))  # noqa: S308 (escaped)


def motion_field(key):
    return f"motie-{key}"


def written_questions_field(key):
    return f"vragen-{key}"


class EditsForm(forms.Form):
    """The edited motion and written-question texts of one result, posted by the result page.

    Only the texts the result shows have a field; any other posted name is ignored. A text that
    is too long makes the form invalid, so the page can say so and give the text back."""

    def __init__(self, items, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            if item.motion:
                self.fields[motion_field(item.question.key)] = self._text_field(
                    _("Tekst voor een motie: %(question)s") % {"question": item.question.question}
                )
            if item.written_questions:
                self.fields[written_questions_field(item.question.key)] = self._text_field(
                    _("Tekst voor schriftelijke vragen: %(question)s")
                    % {"question": item.question.question}
                )

    @staticmethod
    def _text_field(label):
        return forms.CharField(
            label=label,
            required=False,
            strip=False,
            max_length=MAX_TEXT_LENGTH,
            error_messages={
                "max_length": _(
                    "Deze tekst is te lang. Maak hem korter dan %(limit_value)s tekens."
                ),
            },
        )

    def apply(self):
        """Put the edited texts in the advice items. Call after `is_valid()`; an empty field
        keeps the original text, since an emptied box is more likely a slip than a wish."""
        for item in self.items:
            motion = self.cleaned_data.get(motion_field(item.question.key))
            if motion and motion.strip():
                item.motion = motion.replace("\r\n", "\n")
            written = self.cleaned_data.get(written_questions_field(item.question.key))
            if written and written.strip():
                item.written_questions = written.replace("\r\n", "\n")

    def keep_posted(self):
        """After an invalid post: show what was posted in the boxes, so nothing is lost."""
        for item in self.items:
            motion = self.data.get(motion_field(item.question.key))
            if motion:
                item.motion = motion.replace("\r\n", "\n")
            written = self.data.get(written_questions_field(item.question.key))
            if written:
                item.written_questions = written.replace("\r\n", "\n")
