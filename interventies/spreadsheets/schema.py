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
    name: str  # the key: "extern_id" (what older files and the README use)
    label: str  # the Dutch header of the export and the template: "Extern ID"
    field: str
    kind: str  # text, html, date, bool, choice, email, url, taxonomy, fk, tags, id
    required: bool = False
    taxonomy: type | None = None
    help: str = ""


COLUMNS = [
    Column(
        "extern_id",
        _("Extern ID"),
        "external_id",
        "id",
        required=True,
        help=_("Vaste sleutel, uniek per interventie"),
    ),
    Column("titel", _("Titel"), "title", "text", required=True),
    Column(
        "samenvatting",
        _("Samenvatting"),
        "summary",
        "text",
        required=True,
        help=_("Maximaal 600 tekens"),
    ),
    Column("doel", _("Doel"), "goal", "html"),
    Column("doelgroep_tekst", _("Doelgroep (beschrijving)"), "target_group", "html"),
    Column("aanpak", _("Aanpak"), "approach", "stream"),
    Column("werkzame_elementen", _("Werkzame elementen"), "mechanism_text", "html"),
    Column("onderbouwing", _("Onderbouwing"), "rationale", "html"),
    Column("onderzoek", _("Onderzoek"), "research", "html"),
    Column(
        "gronden", _("Discriminatiegronden"), "grounds", "taxonomy", taxonomy=DiscriminationGround
    ),
    Column("domeinen", _("Domeinen"), "domains", "taxonomy", taxonomy=Domain),
    Column("stappen", _("Beleidsstappen"), "policy_steps", "taxonomy", taxonomy=PolicyStep),
    Column(
        "rollen", _("Rollen van de gemeente"), "municipal_roles", "taxonomy", taxonomy=MunicipalRole
    ),
    Column("doelgroepen", _("Doelgroepen"), "audiences", "taxonomy", taxonomy=Audience),
    Column("mechanismen", _("Mechanismen"), "mechanisms", "taxonomy", taxonomy=Mechanism),
    Column(
        "erkenning", _("Erkenning"), "evidence_level", "fk", required=True, taxonomy=EvidenceLevel
    ),
    Column(
        "beoordeeld_op", _("Beoordeeld op"), "evidence_assessed_on", "date", help=_("JJJJ-MM-DD")
    ),
    Column(
        "averechts_risico",
        _("Risico op averechts effect"),
        "backfire_risk",
        "bool",
        help=_("ja of nee"),
    ),
    Column("averechts_uitleg", _("Uitleg averechts effect"), "backfire_explanation", "html"),
    Column(
        "kosten", _("Kosten"), "cost_category", "choice", help=_("laag, midden, hoog of onbekend")
    ),
    Column("duur", _("Duur"), "duration", "text"),
    Column(
        "gemeentegrootte",
        _("Gemeentegrootte"),
        "suitable_sizes",
        "taxonomy",
        taxonomy=MunicipalitySize,
    ),
    Column("randvoorwaarden", _("Randvoorwaarden"), "preconditions", "html"),
    Column("aanbieder", _("Aanbieder"), "provider", "text"),
    Column("contactpersoon", _("Contactpersoon"), "contact_name", "text"),
    Column("contact_email", _("E-mail contactpersoon"), "contact_email", "email"),
    Column("website", _("Website"), "website", "url"),
    Column("trefwoorden", _("Trefwoorden"), "tags", "tags"),
    Column(
        "laatst_gecontroleerd",
        _("Laatst gecontroleerd"),
        "last_reviewed",
        "date",
        help=_("JJJJ-MM-DD"),
    ),
]

COLUMNS_BY_NAME = {column.name: column for column in COLUMNS}
COLUMNS_BY_FIELD = {column.field: column for column in COLUMNS}
REQUIRED_COLUMNS = [column.name for column in COLUMNS if column.required]

# One column per checklist question: "checklist_<key>" with ja, deels, nee or onbekend; its
# Dutch header is "Checklist <key>".
CHECKLIST_PREFIX = "checklist_"
CHECKLIST_LABEL_PREFIX = _("Checklist")
# Columns the export adds for readers; the import skips them (`url` only helps to find an
# intervention that has no extern_id yet).
EXPORT_ONLY_COLUMNS = ("url",)
EXPORT_ONLY_LABELS = {"url": _("Link op de Kennishub")}


def checklist_label(key):
    return f"{CHECKLIST_LABEL_PREFIX} {key}"


def header_label(key):
    """The Dutch header for a column key (checklist and export-only columns too)."""
    if key in COLUMNS_BY_NAME:
        return str(COLUMNS_BY_NAME[key].label)
    if key in EXPORT_ONLY_LABELS:
        return str(EXPORT_ONLY_LABELS[key])
    if key.startswith(CHECKLIST_PREFIX):
        return checklist_label(key[len(CHECKLIST_PREFIX) :])
    return key


def header_key(header):
    """A header cell (lower case, as read) as its column key: the import accepts the Dutch
    headers of the export ("Extern ID", "Checklist probleem") and the keys ("extern_id")."""
    header = " ".join(str(header).split()).lower()
    keys = {str(column.label).lower(): column.name for column in COLUMNS}
    keys.update({str(label).lower(): key for key, label in EXPORT_ONLY_LABELS.items()})
    if header in keys:
        return keys[header]
    prefix = str(CHECKLIST_LABEL_PREFIX).lower() + " "
    if header.startswith(prefix) and header[len(prefix) :].strip():
        return CHECKLIST_PREFIX + header[len(prefix) :].strip()
    return header


def max_length(column):
    """The database's limit for a column's field (the model says it once)."""
    try:
        return InterventionPage._meta.get_field(column.field).max_length
    except Exception:  # noqa: BLE001 - a column without a model field has no limit here
        return None
