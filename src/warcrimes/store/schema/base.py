"""The one declarative base every table registers on, and the column types they share."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import JSON, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from warcrimes.domain.canonical import canonical_json


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class CanonicalJSON(TypeDecorator[Any]):
    """JSON kept as canonical text (sorted keys, no spaces, UTF-8), the very bytes the leaf hashes,
    so `verify` can splice them into the leaf without parsing (a 10^6-entry log in seconds)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return canonical_json(value).decode("utf-8")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
