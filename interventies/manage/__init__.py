"""Admin views of the intervention database (registered in interventies/wagtail_hooks.py)."""
