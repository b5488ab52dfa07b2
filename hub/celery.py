"""The Celery app. Settings come from Django settings with the CELERY_ prefix.

Without CELERY_BROKER_URL the tasks run eagerly in the calling process (the embedded
default). Tasks are enqueued with `hub.tasks.enqueue_on_commit`, never from inside an open
transaction, so a worker never sees an id whose row is not committed yet.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")

app = Celery("hub")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
