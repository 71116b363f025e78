"""Request dependencies shared by the route modules."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from warcrimes.store import Store


def get_store(request: Request) -> Store:
    """The store `create_app` was given, kept on the application's state."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
