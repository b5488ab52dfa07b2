"""The faceted search of the intervention database (used by the listing, export and API)."""

from datetime import timedelta

from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.faceting import (
    ChoiceFacet,
    ComputedFacet,
    FieldFacet,
    ForeignKeyFacet,
    Option,
    PageListing,
    Sort,
    TagFacet,
    TaxonomyFacet,
)
from hub.models import (
    Audience,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PolicyStep,
)
from interventies.models import CostCategory, InterventionPage, Validity
from interventies.models.interventions import (
    EXPIRY_WARNING,
    VALIDITY_FIELDS,
    evidence_expiry,
    validity_of_row,
)

YES, NO = "ja", "nee"


def _yes_no(flag):
    return YES if flag else NO


def _is_yes(value):
    return value == YES


def _expiry_key(*fields):
    """What a search engine stores for `geldigheid`: the rating's end date ("2026-06-07"),
    or "" when it has none; `_validity_ranges` says which dates each value means today."""
    expires_on = evidence_expiry(*fields)
    return expires_on.isoformat() if expires_on else ""


def _validity_ranges():
    """{Validity value: (first, last) end date, inclusive} for today: the rule of
    interventies.models.interventions.evidence_validity as ranges of end dates."""
    today = timezone.localdate()
    warning_ends = today + EXPIRY_WARNING
    return {
        Validity.UNKNOWN.value: ("", ""),
        Validity.EXPIRED.value: ("0000-01-01", (today - timedelta(days=1)).isoformat()),
        Validity.EXPIRES_SOON.value: (today.isoformat(), warning_ends.isoformat()),
        Validity.VALID.value: ((warning_ends + timedelta(days=1)).isoformat(), "9999-12-31"),
    }


class InterventionSearch(PageListing):
    page_model = InterventionPage
    facets = [
        TaxonomyFacet("grond", _("Discriminatiegrond"), DiscriminationGround),
        TaxonomyFacet("domein", _("Domein"), Domain),
        TaxonomyFacet("stap", _("Beleidsstap"), PolicyStep),
        ForeignKeyFacet(
            "erkenning",
            _("Erkenning"),
            EvidenceLevel,
            "evidence_level",
            help_text=_("Hoe sterk is het bewijs dat de aanpak werkt?"),
        ),
        # The rule of interventies.models.interventions.evidence_validity, computed per row
        # for the in-memory index and for the SQL filter of exports and the API alike.
        ComputedFacet(
            "geldigheid",
            _("Geldigheid erkenning"),
            VALIDITY_FIELDS,
            validity_of_row,
            options=lambda: [Option(value, str(label)) for value, label in Validity.choices],
            index_value=_expiry_key,
            ranges=_validity_ranges,
            help_text=_("Is de beoordeling van het bewijs nog geldig?"),
        ),
        FieldFacet(
            "averechts",
            _("Risico op averechts effect"),
            "backfire_risk",
            options=lambda: [Option(YES, str(_("Ja"))), Option(NO, str(_("Nee")))],
            to_value=_yes_no,
            from_value=_is_yes,
            help_text=_("Kan de aanpak discriminatie of vooroordelen juist versterken?"),
        ),
        TaxonomyFacet("grootte", _("Gemeentegrootte"), MunicipalitySize),
        TaxonomyFacet("mechanisme", _("Werkzaam mechanisme"), Mechanism),
        TaxonomyFacet("rol", _("Rol van de gemeente"), MunicipalRole),
        TaxonomyFacet("doelgroep", _("Doelgroep"), Audience),
        ChoiceFacet("kosten", _("Kosten"), "cost_category", CostCategory.choices),
        TagFacet("tag", _("Trefwoord"), InterventionPage),
    ]
    sorts = [
        # Strongest evidence first, and interventions with a risk of a backfiring effect last
        # whatever their evidence. A visitor who asks for them (?averechts=ja) gets only
        # flagged ones, so they are then simply ordered by evidence.
        Sort(
            "bewijs",
            _("Sterkste bewijs eerst"),
            ("backfire_risk", "-evidence_level__sort_order", "title"),
        ),
        Sort("titel", _("Titel (A-Z)"), ("title",)),
        Sort("nieuwste", _("Nieuwste eerst"), ("-first_published_at",)),
    ]
    default_sort = "bewijs"
    noun_singular = _("interventie")
    noun_plural = _("interventies")
    extra_params = ("format",)
    select_related = ("evidence_level",)

    def prepare_results(self, objects):
        prefetch_related_objects(objects, "grounds", "domains")
        return objects
