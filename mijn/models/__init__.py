from .alerts import Alert

__all__ = ["Alert"]
