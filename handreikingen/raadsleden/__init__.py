"""The raadsledentool at /raadsleden/: a council member picks a role, answers the quick scan
and gets advice per policy step, on the page or as a Word document.

No account, no session, nothing stored: the answers and the municipality's name travel in the
URL (GET). Texts edited on the result page are POSTed (with a CSRF token) to the print view or
the Word export, which answer with them and forget them.

- `scan`: the roles on the tool page and the quick scan form that reads the answers.
- `advice`: the traffic light per policy step and the advice, with interventions and guide
  chapters to read.
- `texts`: the municipality's name in all texts, and the form of the edited texts.
- `views`: start page, scan, result page (and its print view) and the result as .docx.
- `word`: the result as an editable Word document.

The page type and its questions are models of the app (`handreikingen.models.raadsleden`);
the demo texts are in `handreikingen.demo.data.raadsleden`.
"""
