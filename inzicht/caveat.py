""" "Meldcijfers zeggen niet alles": the caveat under every set of figures, in one place for
the pages (templates/inzicht/includes/caveat.html) and the factsheet (PDF and Word)."""

from django.utils.translation import gettext_lazy as _

TITLE = _("Meldcijfers zeggen niet alles")
INTRO = _(
    "De meeste mensen die discriminatie meemaken, melden het nergens. Een laag aantal "
    "meldingen betekent dus niet dat er weinig discriminatie is. Een stijging kan ook "
    "betekenen dat mensen de weg naar het meldpunt beter vinden."
)
DOS_INTRO = _("Ga daarom niet alleen af op meldcijfers. Wat u beter kunt doen:")
DOS = (
    _("Praat met belangenorganisaties en zelforganisaties van groepen die discriminatie meemaken."),
    _("Laat kwalitatief onderzoek doen naar ervaringen van inwoners."),
    _(
        "Stel in enquêtes precieze vragen over discriminatie, en vraag ook naar de grond "
        "(bijvoorbeeld herkomst, geloof of handicap)."
    ),
    _("Doe praktijktesten, bijvoorbeeld op de woningmarkt of bij sollicitaties."),
    _(
        "Let op intersectionaliteit: mensen kunnen om meer dan één reden tegelijk worden "
        "gediscrimineerd."
    ),
)
DONTS = _(
    "Vraag liever niet in algemene enquêtes of mensen discriminatie meemaken zonder te vragen "
    "waarom. En verwacht niet alles van algemene inspraakavonden: groepen die discriminatie "
    "meemaken zijn daar vaak ondervertegenwoordigd."
)


def caveat():
    """The caveat as a dict for a template or a document."""
    return {"title": TITLE, "intro": INTRO, "dos_intro": DOS_INTRO, "dos": DOS, "donts": DONTS}
