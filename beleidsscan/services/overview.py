"""The overall picture of all scans for editors (aggregates only, never one municipality).

- Counts: scans started, finished, ever submitted for review, and advised.
- Average score per policy step over the FINISHED scans, overall and per size class
  (`scan.size`; "onbekend" when the scan has none). Each municipality counts once, with its
  most recent finished scan: ten scans of one municipality do not weigh ten times.
- A group with fewer than MIN_MUNICIPALITIES distinct municipalities shows no numbers at all
  (not its count, not its averages; also not in the CSV): with two or three municipalities in
  a size class, an average would tell a reader how one of them did.

The queries are fixed, however many scans there are: one for the counts, one for the latest
finished scan per municipality, one for the questionnaire versions those scans use (each read
once, `Version.of`), one for the policy steps and one for the size classes.
"""

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from beleidsscan.models import QuestionnaireVersion, Scan, ScanStatus
from beleidsscan.services.questionnaire import Version
from beleidsscan.services.scoring import scores
from hub.models import MunicipalitySize, PolicyStep

MIN_MUNICIPALITIES = 5
TOO_FEW = _("te weinig gemeenten (minder dan 5)")
# A large enough group hidden so that a small one cannot be worked out from the total.
HIDDEN_FOR_SMALL = _("verborgen: anders is een kleine groep terug te rekenen")
ALL_KEY = "alle"
UNKNOWN_KEY = "onbekend"


@dataclass
class Counts:
    started: int = 0
    finished: int = 0
    submitted: int = 0
    advised: int = 0


@dataclass
class StepAverage:
    number: int
    name: str
    # None when the group is too small (or no municipality has a score for the step).
    average: int | None = None


@dataclass
class Group:
    key: str
    label: str
    municipalities: int
    steps: list = field(default_factory=list)
    # Hidden although large enough (see `suppress_complement`).
    suppressed: bool = False

    @property
    def large_enough(self):
        return self.municipalities >= MIN_MUNICIPALITIES

    @property
    def shown(self):
        return self.large_enough and not self.suppressed

    @property
    def note(self):
        if self.shown:
            return ""
        return HIDDEN_FOR_SMALL if self.large_enough else TOO_FEW


@dataclass
class Overview:
    counts: Counts
    groups: list  # the overall group first, then one per size class, then "onbekend"
    steps: list  # (number, name) of the six policy steps


def count_scans():
    totals = Scan.objects.aggregate(
        started=Count("pk"),
        finished=Count("pk", filter=Q(finished_at__isnull=False)),
        submitted=Count("pk", filter=Q(submitted_at__isnull=False)),
        advised=Count("pk", filter=Q(status=ScanStatus.ADVISED)),
    )
    return Counts(**totals)


def latest_finished():
    """Per municipality its most recent finished scan (one query, a correlated subquery)."""
    finished = Scan.objects.filter(finished_at__isnull=False)
    newest = (
        finished.filter(municipality=OuterRef("municipality"))
        .order_by("-finished_at", "-pk")
        .values("pk")[:1]
    )
    return list(
        finished.filter(pk=Subquery(newest))
        .order_by()
        .values("pk", "municipality_id", "size_id", "version_id", "answers")
    )


def step_scores(rows):
    """{scan pk: {step number: score}} for finished scans given as value dicts; each
    questionnaire version is loaded and read once."""
    version_ids = {row["version_id"] for row in rows}
    versions = {
        version.pk: Version.of(version)
        for version in QuestionnaireVersion.objects.filter(pk__in=version_ids)
    }
    result = {}
    for row in rows:
        version = versions[row["version_id"]]
        result[row["pk"]] = {
            item.step.number: item.score
            for item in scores(version, row["answers"])
            if item.score is not None
        }
    return result


def suppress_complement(groups):
    """The size classes add up to the total. When the small (hidden) classes hold 1 to 4
    municipalities together, the total minus the shown classes would give their average:
    then the smallest shown class is hidden too, so what can be worked out is an average
    over at least MIN_MUNICIPALITIES municipalities."""
    hidden = sum(group.municipalities for group in groups if not group.shown)
    if 0 < hidden < MIN_MUNICIPALITIES:
        shown = [group for group in groups if group.shown]
        if shown:
            min(shown, key=lambda group: group.municipalities).suppressed = True


def _averages(group, rows, per_scan, steps):
    for number, name in steps:
        average = None
        if group.shown:
            values = [per_scan[row["pk"]][number] for row in rows if number in per_scan[row["pk"]]]
            # Each row is another municipality: the threshold holds per step too.
            if len(values) >= MIN_MUNICIPALITIES:
                average = round(sum(values) / len(values))
        group.steps.append(StepAverage(number=number, name=name, average=average))
    return group


def _group(key, label, rows):
    return Group(
        key=key, label=str(label), municipalities=len({row["municipality_id"] for row in rows})
    )


def build_overview():
    steps = list(PolicyStep.objects.order_by("number").values_list("number", "name"))
    rows = latest_finished()
    per_scan = step_scores(rows)
    members = {ALL_KEY: rows}
    size_groups = []
    for size in MunicipalitySize.objects.order_by("min_inhabitants", "pk"):
        members[size.slug] = [row for row in rows if row["size_id"] == size.pk]
        size_groups.append(_group(size.slug, size.name, members[size.slug]))
    members[UNKNOWN_KEY] = [row for row in rows if row["size_id"] is None]
    size_groups.append(_group(UNKNOWN_KEY, _("Onbekend"), members[UNKNOWN_KEY]))
    suppress_complement(size_groups)
    groups = [_group(ALL_KEY, _("Alle gemeenten"), rows), *size_groups]
    for group in groups:
        _averages(group, members[group.key], per_scan, steps)
    return Overview(counts=count_scans(), groups=groups, steps=steps)


CSV_COLUMNS = (
    _("groep"),
    _("stap"),
    _("beleidsstap"),
    _("aantal gemeenten"),
    _("gemiddelde score"),
    _("opmerking"),
)


def csv_rows(overview):
    """One row per group and step; a group that is too small has no numbers, only the note."""
    for group in overview.groups:
        for step in group.steps:
            if group.shown:
                note = "" if step.average is not None else TOO_FEW
                yield [
                    group.label,
                    step.number,
                    step.name,
                    group.municipalities,
                    step.average if step.average is not None else "",
                    str(note),
                ]
            else:
                yield [group.label, step.number, step.name, "", "", str(group.note)]
