"""Server-rendered pages over the store: incident list, incident page, report page."""

from warcrimes.web.app import create_app

__all__ = ["create_app"]
