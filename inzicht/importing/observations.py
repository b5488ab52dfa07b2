"""Import of figures: every observation of one dataset, from CSV or XLSX.

Columns (Dutch headers, any case): jaar, gebied (name or CBS code), soort_gebied (default
gemeente), bron, grond, terrein, aard (slug or name; blank = the total of that dimension)
and aantal (a whole number of 0 or more; blank or "onbekend" = reported as unknown, stored as
None — never as 0).

The file is checked completely first. With one error nothing changes; without, the dataset's
observations are replaced in one transaction, its version goes up (charts are cached per
version) and the import is logged either way.
"""

import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.models import DiscriminationGround, Domain
from inzicht.importing.common import (
    BATCH_SIZE,
    MAX_COUNT,
    TOTAL_VALUES,
    UNKNOWN_VALUES,
    Column,
    ImportReport,
    Vocabulary,
    format_number,
    log_import,
    parse_integer,
    parse_year,
    read,
)
from inzicht.models import Area, AreaKind, Dataset, Nature, Observation, Source
from inzicht.signals import figures_changed

COLUMNS = [
    Column("jaar", True, gettext_lazy("Het jaar van de cijfers, bijvoorbeeld 2024.")),
    Column(
        "gebied",
        True,
        gettext_lazy("Naam of CBS-code van het gebied, bijvoorbeeld Utrecht of GM0344."),
    ),
    Column(
        "soort_gebied",
        False,
        gettext_lazy("gemeente, adv, politie, provincie of nederland. Leeg: gemeente."),
    ),
    Column("bron", True, gettext_lazy("Bron: adv, politie, crm of mid (of de naam).")),
    Column(
        "grond",
        False,
        gettext_lazy("Discriminatiegrond (slug of naam). Leeg of 'alle': alle gronden samen."),
    ),
    Column(
        "terrein",
        False,
        gettext_lazy("Maatschappelijk terrein (slug of naam). Leeg: alle terreinen."),
    ),
    Column("aard", False, gettext_lazy("Aard van het incident (slug of naam). Leeg: alle.")),
    Column(
        "aantal",
        True,
        gettext_lazy(
            "Een heel getal van 0 of meer. Leeg of 'onbekend': niet bekend (dat is geen 0)."
        ),
    ),
]
logger = logging.getLogger(__name__)
KIND_VALUES = {value: value for value in AreaKind.values}
KIND_VALUES.update({str(label).lower(): value for value, label in AreaKind.choices})


def import_observations(filename, data, dataset, *, user=None):
    """Check the whole file; then replace the observations of `dataset` with it. Always logs
    the attempt (ImportLog) and returns the report."""
    report = ImportReport()
    rows = read(filename, data, report, COLUMNS)
    observations = _validate(rows, dataset, report) if rows else []
    if report.ok:
        try:
            with transaction.atomic():
                _replace(dataset, observations, report)
                log_import(report, filename=filename, user=user, dataset=dataset)
                figures_changed()  # bulk writes send no model signals
            dataset.refresh_from_db(fields=["version", "updated_at"])
            return report
        except IntegrityError:
            # An area or term of the file was deleted while the file was checked.
            logger.warning("Figures import collided with a concurrent change", exc_info=True)
            report.imported = report.replaced = 0
            report.error(
                0,
                "",
                _(
                    "Tijdens deze import is een gebied of begrip uit het bestand verwijderd. "
                    "Er is niets opgeslagen; probeer het opnieuw."
                ),
            )
    log_import(report, filename=filename, user=user, dataset=dataset)
    return report


def _replace(dataset, observations, report):
    """Replace the dataset's observations and bump its version (in the caller's transaction)."""
    # Imports into one dataset run one after the other.
    locked = Dataset.objects.select_for_update().filter(pk=dataset.pk)
    list(locked.values_list("pk", flat=True))
    replaced = Observation.objects.filter(dataset=dataset)
    report.replaced = replaced.count()
    # One DELETE, not a collector that loads every row to send delete signals: nothing
    # refers to an observation and nothing listens for its deletion.
    replaced._raw_delete(replaced.db)
    Observation.objects.bulk_create(observations, batch_size=BATCH_SIZE)
    locked.update(version=F("version") + 1, updated_at=timezone.now())
    report.imported = len(observations)
    report.summary = summary(report, dataset)


def summary(report, dataset):
    text = _("%(count)s cijfers geïmporteerd in '%(title)s'") % {
        "count": format_number(report.imported),
        "title": dataset.title,
    }
    if report.replaced:
        text += _("; de vorige %(count)s zijn vervangen.") % {
            "count": format_number(report.replaced)
        }
    else:
        text += "."
    return text


def _validate(rows, dataset, report):
    sources = Vocabulary(Source.objects.all())
    grounds = Vocabulary(DiscriminationGround.objects.all())
    domains = Vocabulary(Domain.objects.all())
    natures = Vocabulary(Nature.objects.all())
    areas = {}
    for area in Area.objects.all():
        for key in (area.name, area.slug, area.code):
            if key:
                areas.setdefault((area.kind, key.strip().lower()), area)
    seen = {}
    observations = []
    for number, row in rows:
        errors = len(report.errors)
        year = parse_year(row, report, number)
        area = _area(row, areas, report, number)
        source = _term(row, "bron", sources, _("bron"), report, number, required=True)
        ground = _term(row, "grond", grounds, _("discriminatiegrond"), report, number)
        domain = _term(row, "terrein", domains, _("maatschappelijk terrein"), report, number)
        nature = _term(row, "aard", natures, _("aard van het incident"), report, number)
        count = _count(row, report, number)
        if len(report.errors) > errors:
            continue
        key = (year, area.pk, source.pk, _pk(ground), _pk(domain), _pk(nature))
        if key in seen:
            report.error(
                number,
                "",
                _(
                    "Rij %(first)s en rij %(row)s hebben hetzelfde jaar, gebied, bron, grond, "
                    "terrein en aard. Laat er één over."
                )
                % {"first": seen[key], "row": number},
            )
            continue
        seen[key] = number
        observations.append(
            Observation(
                dataset=dataset,
                year=year,
                area=area,
                source=source,
                ground=ground,
                domain=domain,
                nature=nature,
                count=count,
            )
        )
    return observations


def _pk(term):
    return term.pk if term is not None else None


def _term(row, column, vocabulary, what, report, number, required=False):
    text = row.get(column, "")
    if text.lower() in TOTAL_VALUES:
        if required:
            report.error(number, column, _("Vul de %(what)s in.") % {"what": what})
        return None
    term = vocabulary.find(text)
    if term is None:
        report.error(number, column, vocabulary.unknown_message(text, what))
    return term


def _area(row, areas, report, number):
    name = " ".join(row.get("gebied", "").split())
    kind_text = row.get("soort_gebied", "").strip().lower() or AreaKind.MUNICIPALITY
    kind = KIND_VALUES.get(kind_text)
    if kind is None:
        report.error(
            number,
            "soort_gebied",
            _("'%(value)s' is geen soort gebied. Kies uit: %(kinds)s.")
            % {"value": kind_text, "kinds": ", ".join(AreaKind.values)},
        )
        return None
    if not name:
        report.error(number, "gebied", _("Vul het gebied in: een naam of CBS-code."))
        return None
    area = areas.get((kind, name.lower()))
    if area is None:
        if kind == AreaKind.MUNICIPALITY:
            message = _(
                "De gemeente '%(name)s' staat niet in de lijst met gebieden. "
                "Importeer eerst de gebieden."
            ) % {"name": name}
        else:
            message = _(
                "Het gebied '%(name)s' (%(kind)s) staat niet in de lijst met gebieden. "
                "Importeer eerst de gebieden."
            ) % {"name": name, "kind": str(AreaKind(kind).label).lower()}
        report.error(number, "gebied", message)
    return area


def _count(row, report, number):
    text = row.get("aantal", "")
    if text.strip().lower() in UNKNOWN_VALUES:
        return None
    try:
        count = parse_integer(text)
    except ValueError:
        report.error(
            number,
            "aantal",
            _(
                "'%(value)s' is geen heel getal. Vul een aantal in zoals 12, of laat de cel leeg "
                "(of schrijf 'onbekend') als het aantal niet bekend is."
            )
            % {"value": text},
        )
        return None
    if count < 0:
        report.error(
            number, "aantal", _("Een aantal kan niet negatief zijn (%(value)s).") % {"value": text}
        )
        return None
    if count > MAX_COUNT:
        report.error(number, "aantal", _("Dit aantal is te groot."))
        return None
    return count
