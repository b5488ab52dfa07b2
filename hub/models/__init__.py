from .outbox import OutboundEmail
from .pages import BasePage, ContentPage, HomePage, PlainLanguageMixin, SectionIndexPage
from .readability import PageReadability
from .search import SearchIndexBacklog, SearchSynonym, ZeroResultQuery
from .site_settings import NavigationSettings
from .taxonomy import (
    TAXONOMY_MODELS,
    Audience,
    CouncilRole,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PolicyStep,
    Province,
    TaxonomyTerm,
)

__all__ = [
    "TAXONOMY_MODELS",
    "Audience",
    "BasePage",
    "ContentPage",
    "CouncilRole",
    "DiscriminationGround",
    "Domain",
    "EvidenceLevel",
    "HomePage",
    "PageReadability",
    "PlainLanguageMixin",
    "Mechanism",
    "MunicipalRole",
    "MunicipalitySize",
    "NavigationSettings",
    "OutboundEmail",
    "PolicyStep",
    "Province",
    "SearchIndexBacklog",
    "SearchSynonym",
    "SectionIndexPage",
    "TaxonomyTerm",
    "ZeroResultQuery",
]
