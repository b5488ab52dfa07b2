"""Forms of the academy's public pages. They check input; the rules live in services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from academie.services import normalise_code


class EnrolmentForm(forms.Form):
    participant_name = forms.CharField(
        label=_("Uw naam"),
        max_length=200,
        help_text=_("Zo komt uw naam op het certificaat."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Uw organisatie"),
        max_length=200,
        help_text=_("Bijvoorbeeld: gemeente Deventer of ADV Overijssel."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    motivation = forms.CharField(
        label=_("Waarom wilt u deze cursus volgen?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("De academiebeheerder leest dit bij het beoordelen van uw aanvraag."),
    )

    def __init__(self, *args, course, user, **kwargs):
        super().__init__(*args, **kwargs)
        if not course.requires_approval:
            del self.fields["motivation"]
        if user.is_authenticated and not self.is_bound:
            self.initial.setdefault("participant_name", user.get_full_name())


class QuizForm(forms.Form):
    """One field per question: radio buttons (one answer) or checkboxes (more answers).

    Field names are "vraag-<question id>" and values are answer ids, so the service can check
    that every posted id belongs to this quiz. The hidden field "poging" carries the number of
    the attempt the form was shown for, so a second click on "Toets inleveren" is recognised.
    """

    PREFIX = "vraag-"
    ATTEMPT_FIELD = "poging"

    def __init__(self, *args, questions, attempt_number=1, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.fields[self.ATTEMPT_FIELD] = forms.IntegerField(
            widget=forms.HiddenInput, required=False, initial=attempt_number
        )
        invalid = _("Dit antwoord hoort niet bij deze vraag.")
        for number, question in enumerate(questions, start=1):
            choices = [(answer.id, answer.text) for answer in question.answers]
            label = _("Vraag %(number)s. %(text)s") % {"number": number, "text": question.text}
            if question.multiple:
                field = forms.MultipleChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Kies alle juiste antwoorden."),
                    error_messages={
                        "required": _("Kies bij deze vraag minstens één antwoord."),
                        "invalid_choice": invalid,
                    },
                )
            else:
                field = forms.ChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Kies bij deze vraag een antwoord."),
                        "invalid_choice": invalid,
                    },
                )
            self.fields[f"{self.PREFIX}{question.id}"] = field

    @classmethod
    def posted_attempt_number(cls, data):
        """The attempt the posted form was shown for, or None (missing or not a number)."""
        try:
            return int(data.get(cls.ATTEMPT_FIELD, ""))
        except ValueError:
            return None

    @classmethod
    def posted_answers(cls, data):
        """Every posted "vraag-..." field as {question id: [answer ids]}, known or not."""
        return {
            key[len(cls.PREFIX) :]: data.getlist(key) for key in data if key.startswith(cls.PREFIX)
        }


class CertificateLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Code van het certificaat"),
        max_length=40,
        help_text=_("De code staat onderaan het certificaat, bijvoorbeeld ABCD-EF23-GH45-JK67."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(
                _(
                    "Dit is geen geldige code. Een code heeft 16 letters en cijfers, in vier groepjes."
                )
            )
        return code


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Zo weten we zeker dat u het zelf bent."),
    )
    confirm = forms.BooleanField(
        label=_("Ik begrijp dat mijn account weg is en dat ik dit niet ongedaan kan maken."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return password


class ReasonForm(forms.Form):
    """Admin: the reason for refusing a request or revoking a certificate."""

    reason = forms.CharField(
        label=_("Reden"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("De deelnemer krijgt deze reden te zien."),
    )
