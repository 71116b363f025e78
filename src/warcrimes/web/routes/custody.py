"""One custody-log entry with its inclusion proof, for anyone checking a page's citation by script."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from warcrimes.queries.custody import entry_statement
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import SECURITY_HEADERS

router = APIRouter()


@router.api_route("/custody/entries/{index:int}", methods=["GET", "HEAD"])
@router.api_route("/custody/entries/{index:int}.json", methods=["GET", "HEAD"], include_in_schema=False)
def custody_entry(index: int, store: StoreDep) -> JSONResponse:
    """Always JSON: the entry, its canonical bytes and leaf hash, and the proof (docs/verification.md)."""
    return JSONResponse(entry_statement(store, index), headers=SECURITY_HEADERS)
