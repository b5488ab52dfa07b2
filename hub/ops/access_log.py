"""Gunicorn's access log without the secret codes in links (see hub.ops.redact).

Used as `gunicorn --logger-class hub.ops.access_log.RedactingLogger` (Dockerfile).
"""

from gunicorn.glogging import Logger

from hub.ops.redact import redact

# The atoms that hold (part of) a URL: the request line, path, query string, referer.
URL_ATOMS = ("r", "U", "q", "f", "{referer}i")


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in URL_ATOMS:
            if name in atoms:
                atoms[name] = redact(atoms[name])
        if isinstance(atoms.get("q"), str) and atoms["q"] and "=" in atoms["q"]:
            atoms["q"] = redact("?" + atoms["q"])[1:]
        return atoms
