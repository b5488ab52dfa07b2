"""Readability for editors: the measure (Flesch-Douma and LIX from textstat), the live check
in the page editor (guidance only), the stored score of published pages and the report of
pages above B1. And the summary "In gewone taal"."""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from hub.models import ContentPage, PageReadability
from hub.readability import analyse, page_text, store_all
from tests.factories import ContentPageFactory
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

EASY = (
    "De gemeente wil dat iedereen mee kan doen. Niemand mag buiten de groep vallen. "
    "Heeft u iets naars meegemaakt? Meld het bij de ADV. Dat is gratis. U kunt bellen of "
    "mailen. Wij luisteren naar u. Samen maken we de stad beter. Wat doet de ADV? Zij "
    "schrijft uw melding op. Zij kan ook met u mee naar een gesprek. Of zij helpt u een klacht "
    "in te dienen. U beslist zelf wat er gebeurt."
)
HARD = (
    "Het gemeentelijk antidiscriminatiebeleid dient, conform de Wet gemeentelijke "
    "antidiscriminatievoorzieningen, te worden geïmplementeerd middels een integrale "
    "beleidsmatige benadering waarbij interdepartementale afstemming en structurele "
    "monitoringsmechanismen noodzakelijk worden geacht voor de effectiviteit van de "
    "interventies die binnen de verschillende maatschappelijke domeinen worden ingezet. "
    "Daarnaast verdient de institutionalisering van participatieve evaluatiemethodieken "
    "nadrukkelijke aandacht teneinde de legitimiteit en doeltreffendheid van de "
    "beleidsinstrumenten te waarborgen."
)


def test_easy_text_is_b1_and_hard_text_is_not():
    easy = analyse(EASY)
    assert easy.level == "B1" and easy.douma >= 60 and easy.long_sentences == []
    hard = analyse(HARD)
    assert hard.level == "C1" and hard.douma < 45
    assert len(hard.long_sentences) == 1
    assert "antidiscriminatievoorzieningen" in hard.long_words
    assert "interdepartementale" in hard.long_words


def test_short_text_gets_no_level_and_html_is_stripped():
    assert analyse("Kort.").level == ""
    analysis = analyse("<p>" + EASY.replace(". ", ".</p><p>") + "</p>")
    assert analysis.level == "B1" and analysis.words == analyse(EASY).words


@pytest.mark.django_db
def test_page_text_reads_the_fields_but_not_the_title(home):
    page = ContentPageFactory(
        parent=home,
        title="Titel die niet meetelt",
        intro="Een korte inleiding.",
        body=[("paragraph", "<p>Tekst in de body.</p>")],
    )
    text = page_text(page)
    assert "Een korte inleiding." in text and "Tekst in de body." in text
    assert "Titel die niet meetelt" not in text


@pytest.mark.django_db
def test_publishing_stores_the_score_and_unpublishing_removes_it(home):
    page = ContentPageFactory(parent=home, intro=HARD)
    page.save_revision().publish()
    row = PageReadability.objects.get(page=page)
    assert row.level == "C1" and row.long_sentences == 1
    page.unpublish()
    assert not PageReadability.objects.filter(page=page).exists()


def editor(django_user_model, group="Redacteur"):
    user = django_user_model.objects.create_user("red", "red@kennishub.example", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.django_db
def test_check_endpoint_for_editors(client, django_user_model):
    url = "/admin/leesbaarheid/check/"
    assert client.post(url, "{}", content_type="application/json").status_code == 302  # login
    client.force_login(editor(django_user_model))
    response = client.post(url, json.dumps({"text": HARD}), content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert data["level"] == "C1" and data["long_sentences"]
    assert "no-store" in response["Cache-Control"]
    assert client.get(url).status_code == 405
    assert client.post(url, "geen json", content_type="application/json").status_code == 400
    assert (
        client.post(url, json.dumps({"text": 5}), content_type="application/json").status_code
        == 400
    )


@pytest.mark.django_db
def test_check_endpoint_needs_csrf(django_user_model):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor(django_user_model))
    response = client.post("/admin/leesbaarheid/check/", "{}", content_type="application/json")
    assert response.status_code == 403


@pytest.mark.django_db
def test_page_editor_loads_the_check(client, django_user_model, home):
    page = ContentPageFactory(parent=home)
    client.force_login(editor(django_user_model, "Eindredacteur"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "js/admin-readability.js" in html
    assert 'data-readability-url="/admin/leesbaarheid/check/"' in html


@pytest.mark.django_db
def test_report_lists_pages_above_b1_hardest_first(
    client, django_user_model, home, django_assert_max_num_queries
):
    easy = ContentPageFactory(parent=home, title="Makkelijk", intro=EASY)
    medium = ContentPageFactory(
        parent=home, title="Middel", intro=EASY + " " + HARD.replace(", ", ". ")
    )
    hard = ContentPageFactory(parent=home, title="Moeilijk", intro=HARD)
    for page in (easy, medium, hard):
        page.save_revision().publish()
    client.force_login(editor(django_user_model))
    with django_assert_max_num_queries(20) as few:
        html = client.get("/admin/leesbaarheid/").content.decode()
    assert "Moeilijk" in html and "Makkelijk" not in html
    assert html.index("Moeilijk") < html.index("Middel") or "Middel" not in html
    for index in range(10):
        ContentPageFactory(
            parent=home, title=f"Nog een {index}", intro=HARD
        ).save_revision().publish()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/admin/leesbaarheid/")


@pytest.mark.django_db
def test_store_all_scores_every_live_page(home):
    page = ContentPageFactory(parent=home, intro=EASY)
    ContentPage.objects.filter(pk=page.pk).update(live=True)
    assert store_all() >= 2  # the home page too
    assert PageReadability.objects.get(page=page).level == "B1"


@pytest.mark.django_db
def test_plain_summary_is_shown_first(client, home):
    index = InterventionIndexPageFactory(parent=home)
    page = InterventionPageFactory(parent=index, plain_summary="Dit is de uitleg in gewone taal.")
    html = client.get(page.url).content.decode()
    assert '<details class="plain-language" open>' in html
    assert html.index("Dit is de uitleg in gewone taal.") < html.index(page.summary)
    other = InterventionPageFactory(parent=index)
    assert "plain-language" not in client.get(other.url).content.decode()
