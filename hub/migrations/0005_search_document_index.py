"""A GIN index on the whole search document (title || body) of Wagtail's index entries.

The PostgreSQL search backend matches `(title || body) @@ query`; the separate GIN indexes on
title and body cannot serve that expression, so without this every text search scans all
entries. Only created on PostgreSQL (SQLite uses FTS5, Elasticsearch its own index).
"""

from django.db import migrations

INDEX = "kennishub_indexentry_document_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("hub", "0004_editor_groups"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
