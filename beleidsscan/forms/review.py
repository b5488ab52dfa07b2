"""The forms of a review: the municipality's submission (a note and an optional document) and
the reviewer's comments per step with the general advice. The rules live in
beleidsscan/services/reviews.py and uploads.py."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from beleidsscan.services import reviews, uploads


class ReviewSubmitForm(forms.Form):
    note = forms.CharField(
        label=_("Toelichting voor de toetser"),
        required=False,
        max_length=reviews.NOTE_MAX_LENGTH,
        help_text=_(
            "Bijvoorbeeld: waar wilt u vooral advies over? Of: wat moet de toetser weten over "
            "uw gemeente?"
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "max_length": _(
                "De toelichting is te lang. Houd het kort: hooguit %(limit_value)d tekens."
            )
        },
    )
    document = forms.FileField(
        label=_("Beleidsdocument"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.docx,application/pdf,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        ),
        error_messages={
            "empty": _("Het bestand is leeg."),
            "invalid": _("Dit is geen bestand. Kies een PDF-bestand of een Word-document."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].help_text = _(
            "Een PDF-bestand of een Word-document (.docx) van hooguit %(mb)s MB, bijvoorbeeld "
            "uw beleidsnota. Zonder wachtwoord en zonder macro's."
        ) % {"mb": uploads.megabytes(settings.BELEIDSSCAN_MAX_UPLOAD_BYTES)}

    def clean_document(self):
        """The checked document (uploads.CheckedDocument) or None."""
        upload = self.cleaned_data.get("document")
        if not upload:
            return None
        return uploads.check(upload)


class ReviewCommentsForm(forms.Form):
    """A comment field per policy step of the scan's questionnaire, and the general advice."""

    advice = forms.CharField(
        label=_("Algemeen advies"),
        required=False,
        max_length=reviews.ADVICE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("De gemeente ziet dit advies boven aan de uitkomst van de scan."),
    )

    def __init__(self, *args, steps, comments, advice="", **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("advice", advice)
        super().__init__(*args, **kwargs)
        self.step_fields = []
        for step in steps:
            name = self.field_name(step.id)
            self.fields[name] = forms.CharField(
                label=_("Opmerking bij stap %(number)s: %(name)s")
                % {"number": step.number, "name": step.name},
                required=False,
                max_length=reviews.COMMENT_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            self.initial.setdefault(name, comments.get(step.id, ""))
            self.step_fields.append((step.id, name))
        # The advice last, below the steps.
        self.order_fields([name for _id, name in self.step_fields] + ["advice"])

    @staticmethod
    def field_name(step_id):
        return f"stap_{step_id}"

    def comments(self):
        return {step_id: self.cleaned_data.get(name, "") for step_id, name in self.step_fields}
