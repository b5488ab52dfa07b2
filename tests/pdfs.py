"""Checks shared by the tests of the PDFs the hub makes (issue 19, point 4: accessible PDFs)."""

import io

from pypdf import PdfReader


def outline_titles(outline):
    """The bookmark titles of a pypdf outline (nested lists for sub-levels), flattened."""
    titles = []
    for item in outline:
        if isinstance(item, list):
            titles.extend(outline_titles(item))
        else:
            titles.append(item.title)
    return titles


def assert_accessible_pdf(data, title):
    """A tagged PDF (structure tree for screen readers, PDF/UA) in Dutch whose document title
    is `title`. Returns the reader for further checks."""
    reader = PdfReader(io.BytesIO(data))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert catalog["/Lang"] == "nl"
    assert reader.metadata.title == title
    # PDF/UA: a viewer shows the title, not the file name.
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]
    return reader
