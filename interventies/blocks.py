from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SourceValue(blocks.StructValue):
    @property
    def type_label(self):
        return dict(SourceBlock.TYPES).get(self.get("source_type"), "")


class SourceBlock(blocks.StructBlock):
    """A study, evaluation or other source behind an intervention."""

    TYPES = [
        ("effectstudie", _("Effectonderzoek")),
        ("evaluatie", _("Evaluatie of procesonderzoek")),
        ("literatuur", _("Literatuuronderzoek")),
        ("beschrijving", _("Beschrijving of handleiding")),
        ("artikel", _("Artikel")),
        ("overig", _("Overig")),
    ]

    title = blocks.CharBlock(label=_("Titel"), max_length=300)
    author = blocks.CharBlock(label=_("Auteur(s) of organisatie"), max_length=300, required=False)
    year = blocks.IntegerBlock(label=_("Jaar"), min_value=1900, max_value=2100, required=False)
    url = blocks.URLBlock(label=_("Link"), required=False)
    source_type = blocks.ChoiceBlock(label=_("Soort bron"), choices=TYPES, default="overig")

    class Meta:
        icon = "doc-full"
        label = _("Bron")
        value_class = SourceValue
        template = "interventies/blocks/source.html"
