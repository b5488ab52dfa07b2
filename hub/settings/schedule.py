"""The periodic tasks (Celery beat): what runs how often. Task names are fixed strings (the
tasks declare them with `name=`), so renaming a module never breaks the schedule."""

HOUR = 60 * 60.0
DAY = 24 * HOUR

CELERY_BEAT_SCHEDULE = {
    "outbox-sweep": {
        "task": "hub.tasks.sweep_outbox",
        "schedule": 300.0,
    },
    "outbox-retention": {
        "task": "hub.tasks.purge_outbox",
        "schedule": DAY,
    },
    "search-log-retention": {
        "task": "hub.tasks.purge_search_log",
        "schedule": DAY,
    },
    "search-index-retry": {
        "task": "hub.tasks.retry_search_index",
        "schedule": 300.0,
    },
    "publish-scheduled-pages": {
        "task": "hub.tasks.publish_scheduled",
        "schedule": 60.0,
    },
    # Weekly per alert (the week starts Monday 07:00): an hourly run sends what is due, so a
    # beat that was down catches up, and each alert records the week it had (idempotent).
    "mijn-alert-digests": {
        "task": "mijn.tasks.send_alert_digests",
        "schedule": HOUR,
    },
    "mijn-alert-unconfirmed-retention": {
        "task": "mijn.tasks.purge_unconfirmed_alerts",
        "schedule": DAY,
    },
    "academie-certificate-expiry-reminders": {
        "task": "academie.tasks.send_certificate_expiry_reminders",
        "schedule": 6 * HOUR,
    },
    "academie-masterclass-expire-unconfirmed": {
        "task": "academie.tasks.expire_masterclass_registrations",
        "schedule": 300.0,
    },
    "academie-masterclass-reminders": {
        "task": "academie.tasks.send_masterclass_reminders",
        "schedule": HOUR,
    },
    "academie-masterclass-anonymise": {
        "task": "academie.tasks.anonymise_masterclass_registrations",
        "schedule": DAY,
    },
    # AVG: scans unused for two years go (with a warning 30 days before); idempotent.
    "beleidsscan-retention": {
        "task": "beleidsscan.tasks.apply_retention",
        "schedule": DAY,
    },
}
