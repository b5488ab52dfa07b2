"""The intervention spreadsheet: its columns (one definition for import and export) and the
limits an imported file must keep.

Taxonomy columns hold slugs or names separated by semicolons ("herkomst; leeftijd").
Reading and validating look the limits up here when they run (`schema.MAX_ROWS`), so a test can
lower them.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

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
from interventies.models import InterventionPage

LIST_SEPARATOR = ";"

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
# Limits checked while reading, so a small file cannot become a huge table in memory (a 5 MB
# CSV of separators is 2.6 million rows): records read (blank ones too), cells per row, and the
# unpacked size of an XLSX (a zip file: 5 MB can unpack to gigabytes).
MAX_LINES = 2 * MAX_ROWS
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED = 50 * 1024 * 1024
MAX_TAGS = 50


@dataclass(frozen=True)
class Column:
    name: str
    field: str
    kind: str  # text, html, date, bool, choice, email, url, taxonomy, fk, tags, id
    required: bool = False
    taxonomy: type | None = None
    help: str = ""


COLUMNS = [
    Column(
        "extern_id",
        "external_id",
        "id",
        required=True,
        help=_("Vaste sleutel, uniek per interventie"),
    ),
    Column("titel", "title", "text", required=True),
    Column("samenvatting", "summary", "text", required=True, help=_("Maximaal 600 tekens")),
    Column("doel", "goal", "html"),
    Column("doelgroep_tekst", "target_group", "html"),
    Column("aanpak", "approach", "stream"),
    Column("werkzame_elementen", "mechanism_text", "html"),
    Column("onderbouwing", "rationale", "html"),
    Column("onderzoek", "research", "html"),
    Column("gronden", "grounds", "taxonomy", taxonomy=DiscriminationGround),
    Column("domeinen", "domains", "taxonomy", taxonomy=Domain),
    Column("stappen", "policy_steps", "taxonomy", taxonomy=PolicyStep),
    Column("rollen", "municipal_roles", "taxonomy", taxonomy=MunicipalRole),
    Column("doelgroepen", "audiences", "taxonomy", taxonomy=Audience),
    Column("mechanismen", "mechanisms", "taxonomy", taxonomy=Mechanism),
    Column("erkenning", "evidence_level", "fk", required=True, taxonomy=EvidenceLevel),
    Column("beoordeeld_op", "evidence_assessed_on", "date", help=_("JJJJ-MM-DD")),
    Column("averechts_risico", "backfire_risk", "bool", help=_("ja of nee")),
    Column("averechts_uitleg", "backfire_explanation", "html"),
    Column("kosten", "cost_category", "choice", help=_("laag, midden, hoog of onbekend")),
    Column("duur", "duration", "text"),
    Column("gemeentegrootte", "suitable_sizes", "taxonomy", taxonomy=MunicipalitySize),
    Column("randvoorwaarden", "preconditions", "html"),
    Column("aanbieder", "provider", "text"),
    Column("contactpersoon", "contact_name", "text"),
    Column("contact_email", "contact_email", "email"),
    Column("website", "website", "url"),
    Column("trefwoorden", "tags", "tags"),
    Column("laatst_gecontroleerd", "last_reviewed", "date", help=_("JJJJ-MM-DD")),
]

COLUMNS_BY_NAME = {column.name: column for column in COLUMNS}
COLUMNS_BY_FIELD = {column.field: column for column in COLUMNS}
REQUIRED_COLUMNS = [column.name for column in COLUMNS if column.required]

# One column per checklist question: "checklist_<key>" with ja, deels, nee or onbekend.
CHECKLIST_PREFIX = "checklist_"
# Columns the export adds for readers; the import skips them (`url` only helps to find an
# intervention that has no extern_id yet).
EXPORT_ONLY_COLUMNS = ("url",)


def max_length(column):
    """The database's limit for a column's field (the model says it once)."""
    try:
        return InterventionPage._meta.get_field(column.field).max_length
    except Exception:  # noqa: BLE001 - a column without a model field has no limit here
        return None
