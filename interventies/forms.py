from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hub.tabular import upload_error
from interventies.spreadsheets.reading import limits


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Bestand (CSV of XLSX)"),
        help_text=_(
            "Maximaal 5 MB. Welke kolommen het bestand mag hebben, met een voorbeeld, staat "
            "hieronder op deze pagina."
        ),
    )
    publish = forms.BooleanField(
        label=_("Nieuwe interventies direct publiceren"),
        required=False,
        help_text=_(
            "Zonder vinkje worden nieuwe interventies concepten die u nog moet controleren."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        message = upload_error(upload, limits())
        if message:
            raise ValidationError(message)
        return upload
