"""The raadsledentool at /raadsleden/: a council member picks a role, answers the quick scan
and gets advice per policy step, on the page or as a Word document.

No account, no session, nothing stored: the answers travel in the URL (GET only).

- `scan`: the roles on the tool page and the quick scan form that reads the answers.
- `advice`: the advice per policy step, with interventions and guide chapters to read.
- `views`: start page, scan, result page and the result as .docx.
- `word`: the result as an editable Word document.

The page type and its questions are models of the app (`handreikingen.models.raadsleden`);
the demo texts are in `handreikingen.demo.data.raadsleden`.
"""
