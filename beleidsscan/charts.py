"""The result as a chart: the score per policy step as horizontal bars (and the earlier scan
beside it), drawn by the figures' chart code (inzicht.charts: SVG with role="img", a title and
a text summary, shown beside a table of the same numbers)."""

from django.utils.translation import gettext as _

from inzicht.charts import render_svg
from inzicht.services.tables import Chart, Column, Row


def score_chart(result):
    has_baseline = result.baseline is not None
    columns = [Column(_("Score deze scan (0-100)"))]
    if has_baseline:
        columns.append(Column(_("Score vorige scan (0-100)")))
    rows = []
    for item in result.steps:
        cells = [item.score.score]
        if has_baseline:
            cells.append(item.baseline_score)
        rows.append(
            Row(
                label=_("Stap %(n)s: %(name)s") % {"n": item.step.number, "name": item.step.name},
                cells=cells,
            )
        )
    summary = "; ".join(
        _("stap %(n)s: %(score)s (%(label)s)")
        % {
            "n": item.step.number,
            "score": item.score.score if item.score.score is not None else "–",
            "label": item.score.maturity_label or _("niet ingevuld"),
        }
        for item in result.steps
    )
    chart = Chart(
        slug="scores",
        kind="bar",
        title=_("Score per beleidsstap"),
        summary=_("Scores van 0 tot 100: %(list)s.") % {"list": summary},
        columns=columns,
        rows=rows,
        value_range=(0, 100),
    )
    chart.svg = render_svg(chart, element_id="grafiek-scores")
    return chart
