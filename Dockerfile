# Kennishub Antidiscriminatie: one image for the web server, the Celery worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=hub.settings.production

# WeasyPrint (PDFs) needs Pango; psql/pg_isready for health checks and backups.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core postgresql-client curl \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 kennishub
WORKDIR /app

COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock

# The code and the collected static files belong to root: the process that serves the site
# cannot change them. It may write only to media (uploads), private-media (beleidsscan
# documents, never served directly) and /tmp (Celery beat's schedule).
COPY . .

# Static files are collected at build time; a throwaway key is enough for that step.
RUN SECRET_KEY=build-only-not-used-at-runtime ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/media /app/private-media \
    && chown kennishub:kennishub /app/media /app/private-media

USER kennishub
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
CMD ["gunicorn", "hub.wsgi", "--bind", "0.0.0.0:8000", "--workers", "4", "--timeout", "60", "--access-logfile", "-", "--logger-class", "hub.ops.access_log.RedactingLogger"]
