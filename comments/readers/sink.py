"""The explicit error sink of a reading run: every reader records what it could not read here."""

from __future__ import annotations

import polars as pl

from comments.errors import InputError
from comments.schema import ERROR_SCHEMA


class ErrorSink:
    """What a run could not read: ``records`` (ERROR_SCHEMA dicts, stage ``"read"``) and ``input_errors`` (the
    :class:`InputError` of every input skipped whole).  Readers get it explicitly and only ever add to it."""

    def __init__(self) -> None:
        self.records: list[dict] = []
        self.input_errors: list[InputError] = []

    def add(self, source: str, row: int | None, doc_id: str | None, message: str) -> None:
        self.records.append({"source": source, "row": row, "doc_id": doc_id, "stage": "read", "message": message})

    def extend(self, rows: list[dict]) -> None:
        """ERROR_SCHEMA rows made in bulk (by a polars expression over a batch)."""
        self.records.extend(rows)

    def skip_input(self, exc: InputError, source: str) -> None:
        """An input that cannot be read at all: recorded, and the run goes on with the next."""
        self.input_errors.append(exc)
        self.add(source, None, None, str(exc))

    def mark(self) -> int:
        """A position in ``records``, for :meth:`sort_since`."""
        return len(self.records)

    def sort_since(self, mark: int) -> None:
        """Put the records made since ``mark`` in row order (they do not depend on how a file was cut)."""
        if len(self.records) - mark > 1:
            self.records[mark:] = sorted(self.records[mark:], key=lambda e: (e["row"] is None, e["row"] or 0))

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.records, schema=ERROR_SCHEMA)
