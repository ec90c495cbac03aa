"""What a run read, for its record (``run.json``): each input path with its size and a checksum."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from comments.readers.common import resolve, txt_files

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    """The sha256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def describe_inputs(paths: Iterable[str | os.PathLike]) -> list[dict]:
    """One record per input path as given: ``path``, ``files`` (a directory: its .txt files and metadata.csv
    files), ``bytes`` and ``sha256`` (of the file; of a directory, over its files' relative paths and checksums).
    Paths that are not files or directories (``-``) are listed with nulls.  Reads every byte once more: about a
    second per GB.

    >>> [(r["path"], r["files"], r["bytes"]) for r in describe_inputs(["seeds/metadata.csv"])]
    [('seeds/metadata.csv', 1, 197)]
    """
    records = []
    for given in paths:
        path = Path(given)
        if path.is_file():
            records.append({"path": str(given), "files": 1, "bytes": path.stat().st_size, "sha256": sha256_file(path)})
        elif path.is_dir():
            files = txt_files(path)
            files += sorted({f.parent / "metadata.csv" for f in files} | {path / "metadata.csv"})
            files = [f for f in dict.fromkeys(files) if f.is_file()]
            files.sort(key=lambda f: f.relative_to(path).as_posix())
            digest = hashlib.sha256()
            for f in files:
                digest.update(f"{f.relative_to(path).as_posix()}\t{sha256_file(f)}\n".encode())
            records.append({"path": str(given), "files": len(files), "bytes": sum(f.stat().st_size for f in files),
                            "sha256": digest.hexdigest()})
        else:
            records.append({"path": str(given), "files": None, "bytes": None, "sha256": None})
    return records


def input_size(paths: Iterable[str | os.PathLike]) -> int | None:
    """Bytes of the input files (a directory: its .txt files), when their text is about that size: None if an
    input is compressed, Parquet or standard input (the size says nothing of the text then)."""
    total = 0
    for given in paths:
        item = resolve(Path(given))
        if item.kind == "dir":
            total += sum(f.stat().st_size for f in txt_files(item.path))
        elif item.kind in ("txt", "csv", "tsv", "jsonl") and not item.gz and item.path != Path("-"):
            total += item.path.stat().st_size
        else:
            return None
    return total
