import pytest
from wagtail.models import Page, Revision

from hub.models import HomePage
from tests.demo_content import load_demo, object_counts


@pytest.mark.django_db
def test_load_demo_builds_the_site_and_prints_the_login(demo_output):
    assert "admin@kennishub.example" in demo_output
    assert "wachtwoord" in demo_output
    home = HomePage.objects.get()
    assert len(home.entry_points) == 3
    slugs = set(home.get_children().values_list("slug", flat=True))
    assert {"over-de-kennishub", "privacy", "toegankelijkheid"} <= slugs


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing(demo, django_user_model):
    models = (Page, Revision, django_user_model)
    counts = object_counts(models)
    out = load_demo()
    assert object_counts(models) == counts
    assert "niets veranderd" in out


@pytest.mark.django_db
def test_demo_admin_can_log_in_to_wagtail(demo, client):
    from hub.demo.accounts import DEMO_PASSWORD

    assert (
        client.get("/admin/login/?next=/admin/pages/").url
        == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    )
    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": "admin@kennishub.example", "password": DEMO_PASSWORD},
    )
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


HOSTILE_PARAMS = [
    "q=a%00b",
    "q=%22",
    "q=werk%22",
    "q=%EF%BB%BF",
    "q=(%20*%20%5E",
    "page=-1",
    "page=99999",
    "page=abc",
    "sort=%00",
    "grond=%00&domein=%3Cscript%3E",
]


@pytest.mark.django_db
def test_every_listing_of_the_demo_survives_hostile_input(demo, client):
    """Each page that lists or searches content answers bad input with a page, not an error."""
    from wagtail.models import Page as WagtailPage

    listing_types = {
        "interventionindexpage",
        "guideindexpage",
        "goodpracticeindexpage",
        "masterclassindexpage",
        "courseindexpage",
    }
    listings = [
        page.url
        for page in WagtailPage.objects.live()
        .public()
        .filter(content_type__model__in=listing_types)
    ]
    urls = [*listings, "/zoeken/", "/zoeken/suggesties/", "/api/v2/interventies/"]
    assert len(listings) >= 3, listings
    for url in urls:
        for params in HOSTILE_PARAMS:
            response = client.get(f"{url}?{params}")
            assert response.status_code in (200, 404) or (
                response.status_code == 400 and url.startswith("/api/")
            ), (url, params, response.status_code)
            if response["Content-Type"].startswith("text/html"):
                assert b"<script>" not in response.content  # echoed input is escaped
