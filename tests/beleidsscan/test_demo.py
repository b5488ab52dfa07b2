"""The demo scans: loaded after the municipalities of inzicht's demo, the same on a second run."""

import io
from collections import Counter

import pytest
from django.utils.module_loading import autodiscover_modules
from django.utils.text import slugify

from beleidsscan.demo.scans import PROFILES, SCANS, load_scans, public_id
from beleidsscan.models import Questionnaire, ReviewComment, Scan, ScanAccess, ScanStatus
from beleidsscan.services.questionnaire import Version
from beleidsscan.services.scoring import is_complete, scores
from hub.demo.registry import DemoContext, loaders
from inzicht.demo.figures import load_figures
from inzicht.demo.generate import generate
from inzicht.demo.municipalities import MUNICIPALITIES


@pytest.fixture
def demo_municipalities(db):
    """Inzicht's demo municipalities that have a demo scan (a few years of figures only)."""
    slugs = {item[1] for item in SCANS}
    generate([m for m in MUNICIPALITIES if slugify(m[0]) in slugs], [2024, 2025])


def run(home):
    ctx = DemoContext(home=home, stdout=io.StringIO())
    load_scans(ctx)
    return ctx


def snapshot_of_scans():
    return sorted(
        Scan.objects.values_list(
            "public_id", "municipality__slug", "status", "answers", "previous_id", "size__slug"
        ),
        key=lambda row: str(row[0]),
    )


def test_the_loader_runs_after_inzicht(db):
    autodiscover_modules("demo")
    order = loaders()
    assert order.index(load_figures) < order.index(load_scans)


def test_demo_scans_are_loaded_once(home, demo_municipalities):
    first = run(home)
    assert len(first.created) == 13
    assert first.stdout.getvalue() == ""
    before = snapshot_of_scans()
    second = run(home)
    assert second.created == []
    assert snapshot_of_scans() == before
    assert Scan.objects.count() == 13
    assert ReviewComment.objects.count() == 2


def test_demo_scans_are_finished_with_a_mix_of_scores(home, demo_municipalities):
    run(home)
    version = Questionnaire.objects.current().latest_version()
    scans = list(Scan.objects.select_related("municipality", "size"))
    assert len({scan.municipality_id for scan in scans}) == 12
    assert all(scan.version == version for scan in scans)
    assert all(scan.owner is None and scan.is_finished for scan in scans)
    assert not ScanAccess.objects.exists()
    read = Version.of(version)
    labels = Counter()
    for scan in scans:
        assert is_complete(read, scan.answers)
        labels.update(item.maturity_slug for item in scores(read, scan.answers))
    assert set(labels) == {"stevig", "op-weg", "niet-gestart"}
    for label, _slug, _role, profile, *_rest in SCANS:
        scan = Scan.objects.get(public_id=public_id(label))
        got = [item.maturity_slug for item in scores(read, scan.answers)]
        assert got == [PROFILES[letter] for letter in profile], label
    assert len({scan.size.slug for scan in scans}) == 4
    statuses = Counter(scan.status for scan in scans)
    assert statuses == {ScanStatus.CONCEPT: 11, ScanStatus.SUBMITTED: 1, ScanStatus.ADVISED: 1}
    advised = next(scan for scan in scans if scan.status == ScanStatus.ADVISED)
    assert advised.advice and advised.advised_at
    assert advised.review_comments.count() == 2


def test_one_municipality_has_a_scan_of_a_year_earlier(home, demo_municipalities):
    run(home)
    newer = Scan.objects.get(previous__isnull=False)
    older = newer.previous
    assert older.municipality == newer.municipality
    assert (newer.created_at - older.created_at).days >= 365
