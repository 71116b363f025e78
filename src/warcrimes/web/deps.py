"""Request dependencies shared by the route modules."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from warcrimes.store import Store


def store_of(request: Request) -> Store:
    """The store `create_app` was given, kept on the application's state."""
    store: Store = request.app.state.store
    return store


async def get_store(request: Request) -> Store:
    """`store_of` as a dependency. Async on purpose: FastAPI runs a plain function dependency in a
    worker thread, a hop that cost more than reading one attribute (bench/bench_workspace.py)."""
    return store_of(request)


StoreDep = Annotated[Store, Depends(get_store)]
