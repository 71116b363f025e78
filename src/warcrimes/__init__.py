"""warcrimes: from reports of alleged war crimes to reviewable, verifiable evidence.

The folders follow a report's journey: ingest -> extract -> store -> corroborate ->
custody (prove) -> web / cli.
"""

__version__ = "0.1.0"
