"""The form of a visitor without an account who asks for an alert: an email address, and a
trap field for bots. The rules (double opt-in, caps) live in mijn/services/alerts.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from academie.forms.masterclasses import HoneypotInput


class AlertEmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_(
            "We sturen u eerst een e-mail met een link. Pas als u daarop klikt, krijgt u de "
            "meldingen. We gebruiken uw e-mailadres alleen hiervoor."
        ),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _(
                "Dit e-mailadres klopt niet. Een e-mailadres ziet eruit als naam@gemeente.nl."
            ),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(required=False, label=_("Website"), widget=HoneypotInput)

    @property
    def is_trap(self):
        """A bot filled in the field people never see."""
        return bool(self.cleaned_data.get("website"))
