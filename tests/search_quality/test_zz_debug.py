import os

import pytest
from django.test import RequestFactory


@pytest.mark.django_db
def test_debug(demo):
    from wagtail.search.models import IndexEntry

    from hub.sitesearch import SiteSearch
    from hub.textsearch import ranking
    from hub.textsearch.query import word_groups

    for q in os.environ.get("Q", "").split("|"):
        print("\n==", q)
        s = SiteSearch(RequestFactory().get("/zoeken/", {"q": q}))
        st = s.run()
        print("  total", st.total, st.notices)
        groups = word_groups(q)
        for g in groups:
            print("  group", g)
        for page in st.results[:8]:
            e = IndexEntry.objects.filter(object_id=str(page.pk)).first()
            sc = ranking.score(groups, e.title, e.body, 0) if e else None
            print("   ", page.slug, round(sc, 2) if sc else sc)
