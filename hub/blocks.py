"""StreamField blocks shared by every page type.

Each block has its own template in templates/blocks/. Blocks that show media always ask for
the text alternative that WCAG needs: alt text for images, a transcript for video.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citaat"))
    source = blocks.CharBlock(label=_("Bron of naam"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote.html"


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page is not None:
            return page.url
        return self.get("url") or ""

    @property
    def label(self):
        if self.get("text"):
            return self["text"]
        page = self.get("page")
        return page.title if page is not None else self.get("url", "")


def validate_link_address(value):
    if value and not value.startswith(("/", "https://", "http://", "mailto:")):
        raise ValidationError(
            _("Begin het adres met / (een pad op deze site), https:// of mailto:."),
            code="invalid",
        )


class LinkBlock(blocks.StructBlock):
    """A link to a page on this site, to a path on this site (/interventies/) or elsewhere."""

    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.CharBlock(
        label=_("Of een adres"),
        required=False,
        max_length=500,
        validators=[validate_link_address],
        help_text=_(
            "Een pad op deze site, zoals /interventies/, of een volledige link (https://...)."
        ),
    )
    text = blocks.CharBlock(label=_("Linktekst"), max_length=120, required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": _("Kies een pagina of vul een externe link in.")}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "blocks/call_to_action.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"), required=False, help_text=_("Laat leeg om de documenttitel te tonen.")
    )
    description = blocks.TextBlock(label=_("Korte beschrijving"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "blocks/download.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel van de video"), max_length=200)
    video = EmbedBlock(label=_("Videolink (bijvoorbeeld YouTube of Vimeo)"))
    transcript = blocks.RichTextBlock(
        label=_("Uitgeschreven tekst (transcript)"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Verplicht: zo is de video ook toegankelijk zonder geluid of beeld."),
    )

    class Meta:
        icon = "media"
        label = _("Video met transcript")
        template = "blocks/video.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag of titel"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=160)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Uitklaplijst / veelgestelde vragen")
        template = "blocks/accordion.html"


class CoreContentBlock(blocks.StreamBlock):
    """Text, headings, images and quotes: the first blocks of every content stream, the shared
    `BaseContentBlock` and a lesson's (academie.blocks.courses.LessonContentBlock), which each
    add their own blocks after these."""

    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    heading = HeadingBlock()
    image = FigureBlock()
    quote = QuoteBlock()


class BaseContentBlock(CoreContentBlock):
    """The blocks every content page may use."""

    call_to_action = CallToActionBlock()
    download = DownloadBlock()
    video = VideoBlock()
    accordion = AccordionBlock()

    class Meta:
        block_counts = {}


class EntryPointBlock(blocks.StructBlock):
    """A home-page entry point for one kind of user."""

    audience = blocks.CharBlock(label=_("Voor wie"), max_length=80)
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"))
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1, max_num=5)

    class Meta:
        icon = "user"
        label = _("Ingang per gebruiker")
        template = "blocks/entry_point.html"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Cijfer"), max_length=20)
    text = blocks.CharBlock(label=_("Toelichting"), max_length=200)
    source = blocks.CharBlock(label=_("Bron"), max_length=200, required=False)

    class Meta:
        icon = "pick"
        label = _("Kerncijfer")
