"""Demo content of the hub itself: the home page, general pages and the navigation."""

from wagtail.models import Site

from hub.demo.data.pages import ABOUT_BODY, HOME_ENTRY_POINTS, HOME_KEY_FIGURES, PRIVACY_BODY, link
from hub.demo.registry import demo_loader
from hub.models import ContentPage, NavigationSettings
from hub.siteurl import sync_default_site


@demo_loader(order=0)
def load_site_address(ctx):
    """The demo's Site gets SITE_URL's host and port (make demo: 127.0.0.1:PORT), so links
    Wagtail builds itself (admin previews, the API) point at the running demo."""
    sync_default_site()


@demo_loader(order=1)
def load_home_and_pages(ctx):
    home = ctx.home
    if not home.entry_points:
        home.hero_title = "Samen werken aan een gemeente zonder discriminatie"
        home.intro = (
            "De Kennishub helpt gemeenten, antidiscriminatievoorzieningen en raadsleden met kennis "
            "over wat werkt tegen discriminatie: interventies, handreikingen, voorbeelden en training."
        )
        home.entry_points = HOME_ENTRY_POINTS
        home.key_figures = HOME_KEY_FIGURES
        home.save_revision().publish()
        ctx.created.append(home)

    pages = [
        (
            "over-de-kennishub",
            "Over de Kennishub",
            "Waarom er een Kennishub is, voor wie en hoe we werken.",
            ABOUT_BODY,
        ),
        ("privacy", "Privacyverklaring", "Welke gegevens we verwerken en waarom.", PRIVACY_BODY),
        # /toegankelijkheid/ is no demo content: migration hub/0010 creates it on every site.
    ]
    for slug, title, intro, body in pages:
        ctx.ensure_page(home, ContentPage, slug, title=title, intro=intro, body=body)


@demo_loader(order=2)
def load_navigation(ctx):
    site = Site.objects.get(is_default_site=True)
    nav = NavigationSettings.for_site(site)
    if nav.primary:
        return
    nav.primary = [
        ("link", link("/interventies/", "Wat werkt")),
        ("link", link("/handreikingen/", "Handreikingen")),
        ("link", link("/praktijkvoorbeelden/", "Praktijkvoorbeelden")),
        ("link", link("/cijfers/", "Cijfers")),
        ("link", link("/beleidsscan/", "Beleidsscan")),
        ("link", link("/academie/", "Academie")),
        ("link", link("/masterclasses/", "Masterclasses")),
        ("link", link("/raadsleden/", "Raadsleden")),
    ]
    nav.footer_columns = [
        (
            "column",
            {
                "title": "Kennisbank",
                "links": [
                    link("/interventies/", "Interventies: wat werkt"),
                    link("/handreikingen/", "Handreikingen"),
                    link("/praktijkvoorbeelden/", "Praktijkvoorbeelden"),
                    link("/raadsleden/", "Raadsledentool"),
                    link("/cijfers/", "Discriminatiecijfers"),
                    link("/beleidsscan/", "Beleidsscan voor gemeenten"),
                ],
            },
        ),
        (
            "column",
            {
                "title": "Leren",
                "links": [
                    link("/academie/", "ADV Academie"),
                    link("/masterclasses/", "Masterclasses"),
                    link("/academie/mijn/", "Mijn academie"),
                ],
            },
        ),
        (
            "column",
            {
                "title": "Over deze site",
                "links": [
                    link("/over-de-kennishub/", "Over de Kennishub"),
                    link("/privacy/", "Privacyverklaring"),
                    link("/toegankelijkheid/", "Toegankelijkheid"),
                ],
            },
        ),
    ]
    nav.footer_text = (
        "<p>De Kennishub Antidiscriminatie is een voorbeeldsite voor kennis over lokaal "
        "antidiscriminatiebeleid.</p>"
    )
    nav.contact_email = "kennishub@kennishub.example"
    nav.save()
    ctx.created.append(nav)
