"""The views of the academy, one module per feature: `courses` (the catalogue, course, lesson
and quiz pages), `my_academy` ("Mijn academie", data export, account deletion),
`certificates` (verification and PDF), `masterclasses` (listing, series, session,
registration, calendar file) and `masterclass_links` (the confirm and cancel links from the
emails), with `responses` (rendering in a page's context) shared by them. Page models call
the page views from their serve() and routes; the others are routes of academie/urls.py."""
