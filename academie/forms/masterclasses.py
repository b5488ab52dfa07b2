"""Forms of the masterclasses: the public registration form and the organisers' forms.

Forms check input (and the spam signals, academie.forms.spam); the rules about registering
and seats live in academie/services/ (registration.py, seats.py).
"""

import uuid

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from academie import conf
from academie.forms import spam
from academie.models import MasterclassRegistration, ParticipantRole
from hub.userinput import strip_invisible, validate_no_address

SPAM_MESSAGE = _(
    "Uw aanmelding kon niet worden verwerkt. Laad de pagina opnieuw en vul het formulier nog "
    "eens in. Lukt het niet? Mail ons dan."
)


class HoneypotInput(forms.TextInput):
    """A field that people never see (hidden with CSS, not in the tab order) and bots fill in.
    It counts as a hidden field, so forms render it without label or help text of its own."""

    @property
    def is_hidden(self):
        return True

    def render(self, name, value, attrs=None, renderer=None):
        attrs = {**(attrs or {}), "autocomplete": "off", "tabindex": "-1"}
        field = super().render(name, "", attrs, renderer)
        return format_html(
            '<div class="mc-form__trap"><label for="{}">{}</label>{}</div>',
            attrs.get("id", ""),
            _("Laat dit veld leeg"),
            field,
        )


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Uw naam"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_(
            "We sturen u een e-mail met een link. Pas als u daarop klikt, is uw aanmelding definitief."
        ),
        error_messages={
            "invalid": _(
                "Dit e-mailadres klopt niet. Een e-mailadres ziet eruit als naam@gemeente.nl."
            )
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Uw organisatie"),
        max_length=200,
        help_text=_("Bijvoorbeeld: gemeente Goes of ADV Zeeland."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    municipality = forms.CharField(
        label=_("Gemeente"),
        max_length=100,
        help_text=_("Voor welke gemeente werkt u? Of in welke gemeente zit uw organisatie?"),
    )
    role = forms.ChoiceField(
        label=_("Uw functie"),
        choices=[("", _("Kies uw functie")), *ParticipantRole.choices],
    )
    needs = forms.CharField(
        label=_("Wensen voor toegankelijkheid of eten"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Bijvoorbeeld: rolstoeltoegankelijk, ringleiding, vegetarisch, halal of glutenvrij."
        ),
    )
    privacy = forms.BooleanField(
        label=_("Ik geef toestemming om mijn gegevens te gebruiken voor deze masterclass."),
        error_messages={"required": _("Zonder uw toestemming kunnen we u niet aanmelden.")},
    )
    website = forms.CharField(required=False, label=_("Website"), widget=HoneypotInput)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, session, user=None, bound_to="", **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        self.bound_to = bound_to
        self.fields["privacy"].help_text = format_html(
            '{} <a href="{}">{}</a>.',
            _(
                "We gebruiken uw gegevens alleen voor deze masterclass. Zes maanden na de "
                "bijeenkomst maken we ze anoniem. Lees meer in de"
            ),
            conf.privacy_url(),
            _("privacyverklaring"),
        )
        self.rounds = session.page.workshop_rounds()
        fields = dict(self.fields)
        self.fields.clear()
        for key, field in fields.items():
            if key == "privacy":
                for workshop_round in self.rounds:
                    self.fields[self.round_field(workshop_round)] = forms.ChoiceField(
                        label=_("Kies een workshop: %(round)s") % {"round": workshop_round.label},
                        choices=[
                            (
                                workshop.id,
                                f"{workshop.title} ({workshop.speaker})"
                                if workshop.speaker
                                else workshop.title,
                            )
                            for workshop in workshop_round.workshops
                        ],
                        widget=forms.RadioSelect,
                        error_messages={
                            "required": _("Kies een workshop voor deze ronde."),
                            "invalid_choice": _("Deze workshop hoort niet bij deze ronde."),
                        },
                    )
            self.fields[key] = field
        if not self.is_bound:
            self.initial["started"] = spam.started_token(bound_to=bound_to)
            if user is not None and user.is_authenticated:
                self.initial.update(self.prefill(user))

    @staticmethod
    def round_field(workshop_round):
        return f"workshop_{workshop_round.id}"

    @staticmethod
    def prefill(user):
        """Name and email of the account; organisation, municipality and role from the
        last registration of this account, if any."""
        data = {"name": user.get_full_name(), "email": user.email}
        last = (
            MasterclassRegistration.objects.filter(user=user, anonymised_at__isnull=True)
            .order_by("-created_at")
            .values("organisation", "municipality", "role")
            .first()
        )
        if last:
            data.update({key: value for key, value in last.items() if value})
        return data

    def clean_name(self):
        name = strip_invisible(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Vul uw naam in."), code="required")
        validate_no_address(name)
        return name

    def clean_organisation(self):
        return strip_invisible(self.cleaned_data["organisation"])

    def clean_municipality(self):
        return strip_invisible(self.cleaned_data["municipality"])

    def clean_needs(self):
        return strip_invisible(self.cleaned_data.get("needs", ""), multiline=True)

    def clean(self):
        cleaned = super().clean()
        if self.data.get(self.add_prefix("website")):
            self.spam_reason = "honeypot"
            raise forms.ValidationError(SPAM_MESSAGE, code="spam")
        age = spam.form_age(self.data.get(self.add_prefix("started")), bound_to=self.bound_to)
        if spam.too_old(age):
            self.spam_reason = "timestamp"
            # The form comes back with what was typed and a fresh timestamp, so sending it
            # again works.
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = spam.started_token(bound_to=self.bound_to)
            raise forms.ValidationError(
                _("Dit formulier is verlopen. Vul het opnieuw in en verstuur het nog eens."),
                code="stale",
            )
        # A form with field errors (an empty submit) is sent back anyway: say only what to fix,
        # not also that it came too fast. It is checked again when it is sent once more.
        if spam.too_fast(age) and not self._errors:
            self.spam_reason = "too-fast"
            raise forms.ValidationError(
                _(
                    "U heeft het formulier wel heel snel verstuurd. Controleer uw gegevens en "
                    "verstuur het nog eens."
                ),
                code="too_fast",
            )
        return cleaned

    def workshop_choices(self):
        return {
            workshop_round.id: self.cleaned_data.get(self.round_field(workshop_round))
            for workshop_round in self.rounds
        }

    def registration_data(self):
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data["organisation"],
            "municipality": data["municipality"],
            "role": data["role"],
            "needs": data.get("needs", ""),
            "workshop_choices": self.workshop_choices(),
        }


class ConfirmForm(forms.Form):
    """The button on the page of a confirm or cancel link: a POST, so that link checkers in
    mail systems (which only GET) never confirm or cancel anything."""


# --------------------------------------------------------------------------- organisers


class CapacityForm(forms.Form):
    capacity = forms.IntegerField(
        label=_("Aantal plaatsen"),
        min_value=1,
        max_value=10_000,
        help_text=_(
            "Meer plaatsen? Dan krijgen mensen op de wachtlijst direct een plaats en een e-mail."
        ),
    )


class ParticipantMailForm(forms.Form):
    """The organiser's email to the participants. The hidden token makes a double click on
    "E-mail versturen" send the message once (academie.services.participant_mail)."""

    audience = forms.ChoiceField(
        label=_("Aan wie?"),
        choices=[
            ("aangemeld", _("Alle aangemelde deelnemers")),
            ("wachtlijst", _("Iedereen op de wachtlijst")),
            ("allen", _("Aangemeld en wachtlijst")),
        ],
        widget=forms.RadioSelect,
        initial="aangemeld",
    )
    subject = forms.CharField(label=_("Onderwerp"), max_length=200)
    message = forms.CharField(
        label=_("Bericht"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Onder het bericht zetten we automatisch de datum, de plaats en (voor de "
            "bijeenkomst) de link om af te melden."
        ),
    )
    token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("token"):
            raise forms.ValidationError(
                _("Dit formulier is verlopen. Laad de pagina opnieuw en verstuur het nog eens."),
                code="token",
            )
        return cleaned
