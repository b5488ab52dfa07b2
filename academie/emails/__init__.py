"""The emails of the academy, written to the outbox (hub.outbox.queue_email) in the transaction
of the change that causes them: `courses` (enrolments, certificates) and `masterclasses`
(registrations), all in Dutch through `language.in_dutch`, with `calendar` for the .ics files
and "add to calendar" links that the masterclass emails and pages share."""
