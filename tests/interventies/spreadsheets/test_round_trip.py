"""Export, edit and import again: an unchanged export changes nothing, edited texts keep their
structure, a row without extern_id is found by its url, and blocks a cell cannot hold are
never dropped silently."""

import csv
import io

import pytest

from interventies.models import InterventionPage
from interventies.spreadsheets.importing import import_interventions
from interventies.spreadsheets.schema import header_key

pytestmark = pytest.mark.django_db


def demo_like_interventions(index, make_intervention, count=None):
    """The demo interventions (demo_data), live, plus one made in the admin: no extern_id,
    an approach with a heading, a quote block and a link, italic text."""
    from hub.models import EvidenceLevel
    from interventies.demo.data.interventions import INTERVENTIONS
    from interventies.demo.interventions import TAXONOMY_KEYS, build_intervention
    from interventies.models import ChecklistQuestion

    terms = {model: {t.slug: t for t in model.objects.all()} for _k, model, _f in TAXONOMY_KEYS}
    terms[EvidenceLevel] = {t.slug: t for t in EvidenceLevel.objects.all()}
    questions = {q.key: q for q in ChecklistQuestion.objects.all()}
    for data in INTERVENTIONS[:count]:
        page = build_intervention(data, terms, questions)
        index.add_child(instance=page)
        page.save_revision().publish()
    make_intervention(
        title="Handmatig gemaakt",
        summary="Zonder extern kenmerk.",
        goal='<p>Zie <a href="https://example.org/gids">de gids</a>, <i>vooral</i> deel 2.</p>',
        approach=[
            ("heading", {"text": "Stappen", "level": "h3"}),
            ("paragraph", "<ol><li>Voorbereiden</li><li>Uitvoeren</li></ol>"),
            ("quote", {"text": "Het werkte.", "source": "Deelnemer"}),
        ],
    )
    return InterventionPage.objects.count()


def export(client, fmt):
    response = client.get(f"/interventies/export/?format={fmt}")
    assert response.status_code == 200
    return response.content


def snapshot():
    return {
        page.pk: (page.latest_revision_id, page.revisions.count(), page.title, page.goal)
        for page in InterventionPage.objects.all()
    }


def test_export_then_import_changes_nothing(client, index, make_intervention):
    total = demo_like_interventions(index, make_intervention)
    for fmt in ["csv", "xlsx"]:
        exported = export(client, fmt)
        before = snapshot()

        report = import_interventions(f"export.{fmt}", exported, parent=index)

        assert report.ok, (fmt, report.errors[:5])
        assert not report.created and not report.updated
        assert len(report.unchanged) == total > 30
        assert snapshot() == before  # no new revisions, same content
        assert export(client, fmt) == exported or fmt == "xlsx"  # xlsx files carry a timestamp


def cells(data):
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    return table[0], table[1:]


def columns(header):
    """Position per column key: the export's headers are Dutch labels ("Extern ID")."""
    return {header_key(name): position for position, name in enumerate(header)}


def as_csv_bytes(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def test_edited_export_keeps_paragraphs_lists_and_emphasis(client, index, make_intervention):
    demo_like_interventions(index, make_intervention, count=2)
    header, rows = cells(export(client, "csv"))
    column = columns(header)
    row = next(r for r in rows if r[column["extern_id"]] == "demo-001")
    assert row[column["doel"]] == (
        "Discriminatie bij de toegang tot huurwoningen zichtbaar maken en verminderen.\n\n"
        "- De gemeente weet hoe vaak makelaars kandidaten anders behandelen door hun naam.\n"
        "- Makelaars maken afspraken over eerlijk selecteren.\n"
        "- Bij de herhaaltest is het verschil tussen de kandidaten kleiner."
    )
    # Plain text in the cell; the import puts the stored emphasis back on untouched text.
    assert row[column["doelgroep_tekst"]].startswith("Einddoelgroep: woningzoekenden")
    assert row[column["url"]].endswith("/interventies/praktijktest-bij-verhuurmakelaars/")
    row[column["doel"]] += "\n- De raad krijgt elk jaar de uitkomsten.\n\nEen *nieuwe* alinea."
    edited = as_csv_bytes(header, [row])

    report = import_interventions("export.csv", edited, parent=index)

    assert report.ok, report.errors
    assert [p.external_id for p in report.updated] == ["demo-001"]
    page = InterventionPage.objects.get(external_id="demo-001")
    assert page.goal == (
        "<p>Discriminatie bij de toegang tot huurwoningen zichtbaar maken en verminderen.</p>"
        "<ul><li>De gemeente weet hoe vaak makelaars kandidaten anders behandelen door hun "
        "naam.</li><li>Makelaars maken afspraken over eerlijk selecteren.</li>"
        "<li>Bij de herhaaltest is het verschil tussen de kandidaten kleiner.</li>"
        "<li>De raad krijgt elk jaar de uitkomsten.</li></ul>"
        "<p>Een <i>nieuwe</i> alinea.</p>"
    )
    assert page.target_group.startswith("<p><strong>Einddoelgroep:</strong>")  # unchanged cell
    assert [b.block_type for b in page.approach] == ["paragraph"] * 4  # unchanged cell


def test_intervention_without_extern_id_is_found_by_its_url(client, index, make_intervention):
    page = make_intervention(title="Handmatig gemaakt", summary="Oud.")
    header, rows = cells(export(client, "csv"))
    column = columns(header)
    assert rows[0][column["extern_id"]] == ""
    rows[0][column["samenvatting"]] = "Nieuw."
    report = import_interventions("export.csv", as_csv_bytes(header, rows), parent=index)
    assert report.ok, report.errors
    page.refresh_from_db()
    assert page.summary == "Nieuw." and page.external_id == ""
    assert InterventionPage.objects.count() == 1

    rows[0][column["url"]] = "https://example.org/interventies/bestaat-niet/"
    report = import_interventions("export.csv", as_csv_bytes(header, rows), parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(2, "extern_id")]

    rows[0][column["url"]] = "https://example.org/interventies/\x00/"
    report = import_interventions("export.csv", as_csv_bytes(header, rows), parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(2, "url")]


def test_changed_approach_may_not_silently_drop_blocks_a_cell_cannot_hold(
    client, index, make_intervention
):
    demo_like_interventions(index, make_intervention, count=0)
    header, rows = cells(export(client, "csv"))
    column = columns(header)
    row = next(r for r in rows if r[column["titel"]] == "Handmatig gemaakt")
    assert (
        row[column["aanpak"]] == "Stappen\n\n1. Voorbereiden\n2. Uitvoeren\n\nHet werkte. Deelnemer"
    )
    assert row[column["doel"]] == "Zie de gids (https://example.org/gids), vooral deel 2."
    row[column["aanpak"]] = "Iets anders."
    report = import_interventions("export.csv", as_csv_bytes(header, [row]), parent=index)
    assert [(e.row, e.column) for e in report.errors] == [(2, "aanpak")]
    assert "afbeeldingen, video's of andere blokken" in report.errors[0].message
