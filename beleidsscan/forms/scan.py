"""The forms of the scan: the start (municipality, role, focus), one step's answers, the
email address for the link, and a label for a shared link."""

from django import forms
from django.utils.translation import gettext_lazy as _

from beleidsscan.models import AnswerChoice, ScanRole
from hub.models import DiscriminationGround, Domain
from inzicht.models import Area


class MunicipalityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class StartForm(forms.Form):
    municipality = MunicipalityChoiceField(
        label=_("Voor welke gemeente vult u de scan in?"),
        queryset=Area.objects.municipalities().order_by("name"),
        empty_label=_("Kies uw gemeente"),
        error_messages={
            "required": _("Kies de gemeente waarvoor u de scan invult."),
            "invalid_choice": _("Kies een gemeente uit de lijst."),
        },
    )
    role = forms.ChoiceField(
        label=_("Wat is uw rol?"),
        choices=ScanRole.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies uw rol."),
            "invalid_choice": _("Kies een van de rollen uit de lijst."),
        },
    )
    domains = forms.ModelMultipleChoiceField(
        label=_("Op welke terreinen wil uw gemeente vooral iets doen?"),
        help_text=_("Niet verplicht. Dan passen de tips in de uitslag beter bij uw gemeente."),
        queryset=Domain.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Kies terreinen uit de lijst.")},
    )
    grounds = forms.ModelMultipleChoiceField(
        label=_("Om welke vormen van discriminatie gaat het vooral?"),
        help_text=_("Niet verplicht. Bijvoorbeeld wat u hoort van inwoners of de ADV."),
        queryset=DiscriminationGround.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Kies gronden uit de lijst.")},
    )


class StepForm(forms.Form):
    """The answers of one policy step. A question may stay open while saving; a value that is
    not one of the four answers is refused with a message (and the other answers are kept)."""

    def __init__(self, step, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        for question in step.questions:
            self.fields[question.key] = forms.ChoiceField(
                label=question.text,
                help_text=question.why,
                choices=AnswerChoice.choices,
                required=False,
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": _("Kies ja, gedeeltelijk, nee of weet ik niet."),
                },
            )

    def answers(self):
        return {key: value for key, value in self.cleaned_data.items() if value}

    def valid_answers(self):
        """The answers that are valid, also when another one is not (nothing is lost)."""
        valid = set(AnswerChoice.values)
        return {
            question.key: self.data.get(question.key)
            for question in self.step.questions
            if self.data.get(question.key) in valid
        }

    def question_fields(self):
        return [(question, self[question.key]) for question in self.step.questions]


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."),
        },
    )


class ShareForm(forms.Form):
    label = forms.CharField(
        label=_("Voor wie is de link?"),
        help_text=_(
            "Niet verplicht. Bijvoorbeeld ‘collega’s team Samenleving’. Zo weet u later welke link u intrekt."
        ),
        max_length=100,
        required=False,
    )
