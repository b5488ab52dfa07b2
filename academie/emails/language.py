"""The language of the academy's emails: Dutch, whatever language the request or the task
that sends one runs in."""

import functools

from django.utils import translation


def in_dutch(email):
    """Decorates a function that writes an email: its subject and body are in Dutch."""

    @functools.wraps(email)
    def write_in_dutch(*args, **kwargs):
        with translation.override("nl"):
            return email(*args, **kwargs)

    return write_in_dutch
