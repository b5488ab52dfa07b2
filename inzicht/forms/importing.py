"""The admin's upload forms for the import of figures and of areas."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hub.tabular import upload_error
from inzicht.importing import common
from inzicht.models import Dataset


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Bestand (CSV of XLSX)"),
        help_text=_("Maximaal 5 MB. De eerste rij heeft de kolomnamen; zie de tabel hieronder."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        message = upload_error(upload, common.LIMITS)
        if message:
            raise ValidationError(message)
        return upload


class ObservationImportForm(UploadForm):
    dataset = forms.ModelChoiceField(
        label=_("Dataset"),
        queryset=Dataset.objects.all(),
        help_text=_("Alle cijfers van deze dataset worden vervangen door die in het bestand."),
    )
    field_order = ["dataset", "file"]


class AreaImportForm(UploadForm):
    pass
