"""Create the accessibility statement /toegankelijkheid/ when it is missing.

Every site links to it (the footer, issue 8.7), so it must exist on a fresh install, not only
after `load_demo`. It is an ordinary ContentPage that editors can change; an existing page
with the slug (made by an earlier `load_demo` or by an editor) is left alone. Run
`manage.py rebuild_search_index` after a fresh install to include it in site search.
"""

import json
import uuid

from django.db import migrations
from django.utils import timezone

SLUG = "toegankelijkheid"
TITLE = "Toegankelijkheidsverklaring"
INTRO = "Hoe toegankelijk de Kennishub is, wat nog niet goed werkt en hoe u een probleem meldt."

# treebeard's MP_Node: 4 characters per level in this alphabet.
STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def paragraph(html):
    return {"type": "paragraph", "value": html, "id": str(uuid.uuid4())}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}, "id": str(uuid.uuid4())}


BODY = [
    paragraph(
        "<p>De Kennishub Antidiscriminatie wil dat iedereen de website kan gebruiken. Ook als u "
        "slecht ziet, slecht hoort, geen muis gebruikt of de site op een kleine telefoon bekijkt. "
        "Daarom bouwen we de site volgens de toegankelijkheidseisen voor websites van de overheid: "
        "de richtlijnen WCAG 2.1 op niveau A en AA (de Europese norm EN 301 549).</p>"
    ),
    heading("Hoe toegankelijk is de site?"),
    paragraph(
        "<p>De Kennishub voldoet gedeeltelijk aan deze eisen. Het grootste deel van de site werkt "
        "goed. Hieronder staat wat nog niet helemaal goed werkt en wat we daaraan doen.</p>"
    ),
    heading("Wat we doen"),
    paragraph(
        "<ul>"
        "<li>U kunt de hele site met alleen het toetsenbord gebruiken. Bovenaan elke pagina staat "
        "een link waarmee u direct naar de inhoud gaat.</li>"
        "<li>De site werkt met een schermlezer: pagina's hebben duidelijke koppen, formulieren "
        "hebben labels en foutmeldingen worden voorgelezen.</li>"
        "<li>Tekst en achtergrond hebben genoeg contrast. U kunt de tekst vergroten tot 200% "
        "zonder dat er iets wegvalt.</li>"
        "<li>Zoeken en filteren werkt ook zonder JavaScript.</li>"
        "<li>Video's hebben een uitgeschreven tekst.</li>"
        "<li>Bij elke wijziging aan de site controleren we de belangrijkste pagina's automatisch "
        "op toegankelijkheid, op de breedte van een telefoon en van een computerscherm.</li>"
        "</ul>"
    ),
    heading("Wat nog niet goed werkt"),
    paragraph(
        "<ul>"
        "<li>De PDF-versies van de handreikingen en de certificaten van de academie zijn nog niet "
        "volledig toegankelijk. De inhoud van elke handreiking staat ook als gewone webpagina op de "
        "site. Een certificaat kunt u ook online laten controleren.</li>"
        "<li>Video's spelen af in de speler van YouTube of Vimeo. Die speler maken wij niet zelf. "
        "Gebruik de uitgeschreven tekst onder de video als de speler voor u niet goed werkt.</li>"
        "<li>Documenten die redacteuren uploaden, controleren we niet altijd vooraf. Is een "
        "document voor u niet bruikbaar? Vraag ons dan om een andere versie.</li>"
        "</ul>"
    ),
    heading("Iets werkt niet? Laat het ons weten"),
    paragraph(
        "<p>Kunt u iets op de Kennishub niet lezen, vinden of gebruiken? Stuur dan een e-mail aan "
        "de redactie. Het adres staat onderaan elke pagina. Vertel ons op welke pagina het was en "
        "wat er misging. U krijgt binnen vijf werkdagen antwoord. Heeft u de informatie snel nodig? "
        "Dan sturen we die op een andere manier naar u toe.</p>"
        "<p>Bent u niet tevreden met ons antwoord? Laat het ons dan weten. Iemand anders van "
        "de organisatie kijkt dan opnieuw naar uw melding.</p>"
    ),
    heading("Over deze verklaring"),
    paragraph(
        "<p>De redactie van de Kennishub beheert deze verklaring. We werken haar bij als er "
        "iets verandert, en minstens één keer per jaar.</p>"
    ),
]


def child_path(parent_path, number):
    """The treebeard path of the parent's child with this (1-based) position."""
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent_path + digits.rjust(STEPLEN, "0")


def create_statement(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    ContentPage = apps.get_model("hub.ContentPage")

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return
    home = site.root_page
    children = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
    if children.filter(slug=SLUG).exists():
        return  # made earlier by load_demo or an editor: leave it as it is

    last = children.order_by("-path").values_list("path", flat=True).first()
    number = (int(last[-STEPLEN:], 36) if last else 0) + 1
    content_type, _ = ContentType.objects.get_or_create(app_label="hub", model="contentpage")
    now = timezone.now()
    ContentPage.objects.create(
        title=TITLE,
        draft_title=TITLE,
        slug=SLUG,
        content_type=content_type,
        path=child_path(home.path, number),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}{SLUG}/",
        locale_id=home.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        intro=INTRO,
        body=json.dumps(BODY),
        show_in_latest=False,
    )
    Page.objects.filter(pk=home.pk).update(numchild=children.count())


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0009_outbox_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Going back leaves the page: by then it may hold an editor's text.
    operations = [migrations.RunPython(create_statement, migrations.RunPython.noop)]
