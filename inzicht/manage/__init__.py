"""Admin views of the figures app (registered in inzicht/wagtail_hooks.py)."""
