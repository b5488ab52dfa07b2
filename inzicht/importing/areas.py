"""Import of areas and inhabitants: municipalities with their province, police unit and ADV
working area, and the number of inhabitants per year.

Columns (Dutch headers, any case): gemeente, code (CBS, optional), provincie (name or slug of
a province), politie_eenheid, adv_werkgebied, jaar, inwoners. A municipality may be on
several rows, one per year. Municipalities are found by CBS code, then by name; police units,
ADV working areas and province areas are created when they are new. The memberships of a
municipality of the kinds given in the file are replaced; inhabitants of a year are updated
or added.

All or nothing, like the figures: the file is checked completely first, and the attempt is
logged.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.models import Province
from inzicht.importing.common import (
    AREAS_TITLE,
    BATCH_SIZE,
    MAX_COUNT,
    Column,
    ImportReport,
    Vocabulary,
    format_number,
    log_import,
    parse_integer,
    parse_year,
    read,
)
from inzicht.models import Area, AreaKind, AreaMembership, Population
from inzicht.signals import figures_changed

COLUMNS = [
    Column("gemeente", True, gettext_lazy("Naam van de gemeente.")),
    Column("code", False, gettext_lazy("CBS-code, bijvoorbeeld GM0344.")),
    Column("provincie", False, gettext_lazy("Naam of slug van de provincie.")),
    Column("politie_eenheid", False, gettext_lazy("Naam van de politie-eenheid.")),
    Column("adv_werkgebied", False, gettext_lazy("Naam van het werkgebied van de ADV.")),
    Column("jaar", False, gettext_lazy("Jaar van het inwonertal (1 januari).")),
    Column("inwoners", False, gettext_lazy("Aantal inwoners: een heel getal groter dan 0.")),
]
# Columns that name a parent area, with its kind.
PARENT_COLUMNS = {
    "politie_eenheid": AreaKind.POLICE_UNIT,
    "adv_werkgebied": AreaKind.ADV_AREA,
}
logger = logging.getLogger(__name__)
MAX_NAME = Area._meta.get_field("name").max_length
MAX_CODE = Area._meta.get_field("code").max_length


def import_areas(filename, data, *, user=None):
    report = ImportReport()
    rows = read(filename, data, report, COLUMNS)
    plan = _validate(rows, report) if rows else None
    if report.ok:
        try:
            with transaction.atomic():
                _write(plan, report)
                report.summary = summary(report)
                log_import(report, filename=filename, user=user, title=AREAS_TITLE)
                figures_changed()  # bulk writes send no model signals
            return report
        except IntegrityError:
            logger.warning("Area import collided with the stored areas", exc_info=True)
            report.created = report.updated = report.populations = 0
            report.error(
                0,
                "",
                _(
                    "Deze gebieden passen niet bij de gebieden die er al zijn (twee gebieden "
                    "krijgen dezelfde naam). Er is niets opgeslagen."
                ),
            )
    log_import(report, filename=filename, user=user, title=AREAS_TITLE)
    return report


def summary(report):
    return _(
        "Gebieden geïmporteerd: %(created)s nieuwe en %(updated)s bijgewerkte gemeenten, "
        "%(populations)s inwonertallen."
    ) % {
        "created": format_number(report.created),
        "updated": format_number(report.updated),
        "populations": format_number(report.populations),
    }


class _Municipality:
    """What the file says about one municipality (from all its rows)."""

    def __init__(self, name, first_row):
        self.name = name
        self.first_row = first_row
        self.values = {}  # column -> (value, row)
        self.populations = {}  # year -> (inhabitants, row)


def _text(row, column, report, number, max_length):
    text = " ".join(row.get(column, "").split())
    if len(text) > max_length:
        report.error(number, column, _("Te lang: maximaal %(max)s tekens.") % {"max": max_length})
        return ""
    return text


def _validate(rows, report):
    provinces = Vocabulary(Province.objects.all())
    municipalities = {}
    for number, row in rows:
        name = _text(row, "gemeente", report, number, MAX_NAME)
        if not name:
            if "gemeente" not in {e.column for e in report.errors if e.row == number}:
                report.error(number, "gemeente", _("Vul de naam van de gemeente in."))
            continue
        municipality = municipalities.setdefault(name.lower(), _Municipality(name, number))
        _collect(municipality, row, number, report, provinces)
        _collect_population(municipality, row, number, report)
    codes = {}
    for municipality in municipalities.values():
        code, number = municipality.values.get("code", (None, None))
        if code and code in codes:
            report.error(
                number,
                "code",
                _("De code %(code)s hoort op rij %(row)s al bij %(name)s.")
                % {"code": code, "row": codes[code][1], "name": codes[code][0]},
            )
        elif code:
            codes[code] = (municipality.name, number)
    return list(municipalities.values())


def _collect(municipality, row, number, report, provinces):
    for column in ("code", "provincie", *PARENT_COLUMNS):
        value = _text(row, column, report, number, MAX_CODE if column == "code" else MAX_NAME)
        if not value:
            continue
        if column == "provincie":
            province = provinces.find(value)
            if province is None:
                report.error(number, column, provinces.unknown_message(value, _("provincie")))
                continue
            value = province
        elif column == "code":
            value = value.upper()
        if column in municipality.values and municipality.values[column][0] != value:
            earlier, row_number = municipality.values[column]
            report.error(
                number,
                column,
                _(
                    "Op rij %(row)s staat bij %(name)s '%(earlier)s', hier '%(value)s'. "
                    "Een gemeente heeft er één."
                )
                % {
                    "row": row_number,
                    "name": municipality.name,
                    "earlier": earlier,
                    "value": value,
                },
            )
            continue
        municipality.values.setdefault(column, (value, number))


def _collect_population(municipality, row, number, report):
    has_year, has_count = bool(row.get("jaar")), bool(row.get("inwoners"))
    if not has_year and not has_count:
        return
    if has_year != has_count:
        missing = "inwoners" if has_year else "jaar"
        report.error(
            number, missing, _("Vul jaar en inwoners allebei in, of laat ze allebei leeg.")
        )
        return
    year = parse_year(row, report, number)
    text = row["inwoners"]
    try:
        inhabitants = parse_integer(text)
    except ValueError:
        report.error(number, "inwoners", _("'%(value)s' is geen heel getal.") % {"value": text})
        return
    if inhabitants <= 0 or inhabitants > MAX_COUNT:
        report.error(
            number, "inwoners", _("Het aantal inwoners moet een heel getal groter dan 0 zijn.")
        )
        return
    if year is None:
        return
    if year in municipality.populations:
        report.error(
            number,
            "jaar",
            _("%(name)s staat met het jaar %(year)s ook al op rij %(row)s. Laat er één over.")
            % {"name": municipality.name, "year": year, "row": municipality.populations[year][1]},
        )
        return
    municipality.populations[year] = (inhabitants, number)


def _value(municipality, column):
    return municipality.values.get(column, (None, None))[0]


def _write(plan, report):
    existing = list(Area.objects.all())
    by_code = {(a.kind, a.code.upper()): a for a in existing if a.code}
    by_name = {(a.kind, a.name.lower()): a for a in existing}
    slugs = {(a.kind, a.slug) for a in existing}

    def new_area(kind, name, **fields):
        base = slugify(name)[:110] or kind
        slug, suffix = base, 2
        while (kind, slug) in slugs:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        slugs.add((kind, slug))
        area = Area(kind=kind, name=name, slug=slug, **fields)
        by_name[(kind, name.lower())] = area
        return area

    # Parent areas: police units, ADV working areas, provinces.
    new_parents = []
    for municipality in plan:
        for column, kind in PARENT_COLUMNS.items():
            name = _value(municipality, column)
            if name and (kind, name.lower()) not in by_name:
                new_parents.append(new_area(kind, name))
        province = _value(municipality, "provincie")
        if province and (AreaKind.PROVINCE, province.name.lower()) not in by_name:
            new_parents.append(new_area(AreaKind.PROVINCE, province.name, province=province))
    Area.objects.bulk_create(new_parents, batch_size=BATCH_SIZE)

    # Municipalities: found by CBS code, then by name.
    created, updated = [], []
    for municipality in plan:
        code = _value(municipality, "code")
        province = _value(municipality, "provincie")
        area = by_code.get((AreaKind.MUNICIPALITY, code)) if code else None
        area = area or by_name.get((AreaKind.MUNICIPALITY, municipality.name.lower()))
        if area is None:
            area = new_area(
                AreaKind.MUNICIPALITY, municipality.name, code=code or "", province=province
            )
            created.append(area)
        else:
            area.name = municipality.name
            if code:
                area.code = code
            if province:
                area.province = province
            updated.append(area)
        municipality.area = area
    Area.objects.bulk_create(created, batch_size=BATCH_SIZE)
    Area.objects.bulk_update(updated, ["name", "code", "province"], batch_size=BATCH_SIZE)
    report.created, report.updated = len(created), len(updated)

    _write_memberships(plan, by_name)
    report.populations = _write_populations(plan)


def _write_memberships(plan, by_name):
    """Replace, per municipality, its membership of each kind the file names."""
    replaced_kinds = {}
    links = []
    for municipality in plan:
        parents = [(kind, _value(municipality, column)) for column, kind in PARENT_COLUMNS.items()]
        province = _value(municipality, "provincie")
        if province:
            parents.append((AreaKind.PROVINCE, province.name))
        for kind, name in parents:
            if not name:
                continue
            replaced_kinds.setdefault(kind, []).append(municipality.area.pk)
            links.append(
                AreaMembership(area=municipality.area, parent=by_name[(kind, name.lower())])
            )
    for kind, area_ids in replaced_kinds.items():
        AreaMembership.objects.filter(area_id__in=area_ids, parent__kind=kind).delete()
    AreaMembership.objects.bulk_create(links, batch_size=BATCH_SIZE, ignore_conflicts=True)


def _write_populations(plan):
    wanted = {
        (municipality.area.pk, year): inhabitants
        for municipality in plan
        for year, (inhabitants, _row) in municipality.populations.items()
    }
    if not wanted:
        return 0
    area_ids = {area_id for area_id, _year in wanted}
    stored = {
        (population.area_id, population.year): population
        for population in Population.objects.filter(area_id__in=area_ids)
    }
    changed, new = [], []
    for (area_id, year), inhabitants in wanted.items():
        population = stored.get((area_id, year))
        if population is None:
            new.append(Population(area_id=area_id, year=year, inhabitants=inhabitants))
        elif population.inhabitants != inhabitants:
            population.inhabitants = inhabitants
            changed.append(population)
    Population.objects.bulk_create(new, batch_size=BATCH_SIZE)
    Population.objects.bulk_update(changed, ["inhabitants"], batch_size=BATCH_SIZE)
    return len(wanted)
