"""Work folders: a long run keeps each finished batch's results in files, so that a run that was killed can go on
from them (``--resume``) and end with the output of an uninterrupted run.

A batch is finished when its record (``NNNNNN.json``) exists: its files are written first, each under a temporary
name and renamed, the record last.  The folder's ``fingerprint.json`` holds the inputs (with their checksums) and
the options; a resumed run must have the same, since the batches must be the same.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import polars as pl

from comments.errors import UsageError
from comments.output import write_atomic
from comments.schema import ERROR_SCHEMA


class WorkFolder:
    """The work folder at ``path`` for a run with ``fingerprint`` (JSON-able: ``inputs``, a list of
    ``comments.readers.describe_inputs`` records, and ``options``, a dict).  ``resume``: keep the finished batches
    of an earlier run with the same fingerprint (refused if it differs); otherwise start empty."""

    def __init__(self, path: str | Path, fingerprint: dict, *, resume: bool = False):
        self.path = Path(path)
        self.resumed = False
        self.records: dict[int, dict] = {}  # the records of the batches finished so far, by number
        fingerprint = json.loads(json.dumps(fingerprint))  # as it reads back from the file
        file = self.path / "fingerprint.json"
        if resume:
            if any(entry.get("sha256") is None for entry in fingerprint["inputs"]):
                raise UsageError("--resume needs input files (standard input cannot be read again)")
            try:
                before = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                before = None
            if before is not None and before != fingerprint:
                old, new = before.get("options", {}), fingerprint["options"]
                differ = (["inputs"] if before.get("inputs") != fingerprint["inputs"] else []) + [
                    k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
                raise UsageError(f"cannot resume: the earlier run in {self.path} had other {', '.join(differ)}; "
                                 "run again without --resume to start over")
            if before is not None:
                self.resumed = True
                return
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        text = json.dumps(fingerprint, indent=1, sort_keys=True) + "\n"
        write_atomic(file, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))

    def file(self, k: int, what: str) -> Path:
        """Batch ``k``'s file ``what`` (e.g. ``comments.parquet``)."""
        return self.path / f"{k:06d}.{what}"

    def record(self, k: int) -> dict | None:
        """The record of batch ``k`` if it was finished, else None."""
        try:
            return json.loads(self.file(k, "json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def done(self, k: int) -> bool:
        """Whether a resumed run finished batch ``k`` before (its record is then in :attr:`records`): the
        ``skip`` of ``comments.pipeline.SegmentRun.indexed``."""
        record = self.record(k) if self.resumed else None
        if record is not None:
            self.records[k] = record
        return record is not None

    def ordered(self) -> list[dict]:
        """The records of batches 0, 1, … so far."""
        return [self.records[k] for k in range(len(self.records))]

    def errors(self, read_errors: pl.DataFrame) -> pl.DataFrame:
        """The run's error report (ERROR_SCHEMA): ``read_errors`` (the reader's), then each batch's
        ``errors.parquet`` in batch order."""
        return pl.concat([read_errors.cast(ERROR_SCHEMA)] + [
            pl.read_parquet(self.file(k, "errors.parquet")).cast(ERROR_SCHEMA) for k in range(len(self.records))])

    def finish(self, k: int, files: dict[str, Callable[[Path], object]], record: dict) -> dict:
        """Write batch ``k``'s ``files`` (name → ``writer(temporary_path)``), then its ``record``, last."""
        for what, writer in files.items():
            write_atomic(self.file(k, what), writer)
        text = json.dumps(record) + "\n"
        write_atomic(self.file(k, "json"), lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
        self.records[k] = record
        return record

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
