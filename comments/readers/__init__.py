"""Corpus readers: turn files of scraped pages into batches of ``INPUT_SCHEMA`` rows.

Accepted inputs (a list of paths, each a file or a directory):

* ``.txt`` files, one document each; a directory means every ``.txt`` file
  below it (recursively, hidden files and folders skipped, sorted by relative
  path).  ``doc_id`` is the file name without extension.  A ``metadata.csv``
  next to the file, or in a parent folder up to the directory named on the
  command line, supplies ``site``/``url``/``title``/``published`` joined on
  ``doc_id`` (the nearest file that lists the id wins).
* tables: CSV, TSV, JSON lines (``.jsonl``/``.ndjson``/``.json``; a ``.json``
  file holding one JSON array is read too, whole) and Parquet; CSV, TSV and
  JSON lines may be gzip-compressed (``.csv.gz`` …).  Columns are found by
  name, ignoring case: text = text|content|body, id = id|doc_id,
  site = site|domain (else the host of the url), url, title,
  published = published|date|published_at.  ``text_col``/``id_col``/
  ``site_col`` override.  Without an id, ``doc_id`` is ``"<file stem>:<row>"``
  where ``row`` is the 1-based data row (header not counted; for JSON lines
  the line number).

Streaming
---------
Nothing is read whole except ``.txt`` documents, ``metadata.csv`` and JSON
arrays.

* CSV/TSV: the raw bytes (``.gz`` inflated as a stream with ``zlib``) are cut
  into ~16 MB chunks at record boundaries found by quote parity (numpy,
  vectorised), and each chunk is parsed by ``pl.read_csv`` (multi-threaded,
  handles quoted newlines and multi-MB fields).  A chunk polars parses is
  checked to hold exactly the records the parity scan counted.  A chunk
  polars rejects is handled locally: invalid UTF-8 is located by byte offset
  and only the rows with it in a used column become errors; a structurally
  broken chunk (too many fields, unclosed quote), and any chunk with a
  stray quote (one that cannot be RFC 4180 quoting, such as ``He said "hi``:
  polars would toggle quoting there and may merge rows), is re-parsed record
  by record with Python's ``csv`` module, which takes such quotes literally
  (per-row Python, for that chunk only) until the parser is back at a record
  boundary, then chunking resumes.
  Why not ``pl.scan_csv(...).collect_batches()``?  It streams fine (also
  gzip, ~0.8 GB/s) but in polars 2.1, when a later chunk fails (e.g. invalid
  UTF-8), batches it has already yielded can silently lack the rows of the
  failed chunk or of a neighbouring one (seen: 195 to 39,185 rows of a
  200 MB file lost, the row index still contiguous), and the error gives no
  row to resume from.  Chunk mode reads the same file at ~230 MB/s.
  ``pl.read_csv_batched`` no longer exists in polars 2.  TSV is read with
  ``"`` quoting like CSV (as pandas and polars write it).  A row with more
  fields than the header is an error unless the first extra field is empty
  (a trailing separator): then the extra fields are ignored.
* JSON lines: chunks cut at newlines, parsed by ``pl.read_ndjson``; a chunk
  polars rejects is re-parsed line by line with ``json`` (only that chunk).
* Parquet: ``pl.scan_parquet(...).slice(k, n).collect()`` per slice of
  ``max(batch_size, 20000)`` rows (polars reads only the pages needed); a
  slice that fails is halved down to 1000 rows, so a damaged page costs only
  its own rows (reported as "rows a to b could not be read").

Memory stays at a few chunks/batches (~0.3 GB peak on CSVs of 0.2-1 GB).
A truncated or corrupt ``.gz`` yields every complete record before the
damage, then an error "reading stopped after row N".

Errors
------
Nothing stops the run and nothing is dropped silently: every document is
either yielded or described by an ``ERROR_SCHEMA`` row (``stage="read"``) in
``DocumentStream.errors`` (its ``ErrorSink``).  Messages name the file (and row for tables) and
say what to do.  Problems with a whole file (required column missing, not
readable, binary, empty) raise :class:`InputError` internally; the stream
records it in ``input_errors`` and in ``errors`` (row and doc_id null) and
goes on with the next file.  Paths that do not exist and unknown formats are
command-line mistakes and raise :class:`InputError` from ``scan_documents``
before anything is read.

Blank CSV lines (and CSV rows whose used columns are all empty) are not
documents: they are skipped silently but still counted in ``row``.

Duplicate doc_ids: both documents are kept, and every later one is renamed
``"<id>#2"``, ``"<id>#3"`` … so that ``doc_id`` stays unique downstream (it is
the join key of the lines/comments tables).  Each rename is recorded in
``errors`` with a message starting ``"warning: "``: these are the only error
rows whose document *was* yielded.  Seen ids are kept as 64-bit hashes (8
bytes per document, so ~70 MB for 8.5 M documents); a hash collision (odds
~2e-6 at that size) would rename a document needlessly.

Modules
-------
``stream``     ``scan_documents``, ``read_documents``, ``DocumentStream`` (batches, unique doc_ids)
``text``       ``.txt`` files and their metadata.csv
``delimited``  CSV and TSV;  ``jsonl``: JSON lines and JSON arrays;  ``parquet``: Parquet
``table``      what the three table readers share;  ``buffers``: byte windows and streaming gunzip
``common``     input kinds, column roles, text checks, the last step to INPUT_SCHEMA rows
``sink``       ``ErrorSink``: where every reader records what it could not read (passed to it explicitly)
``limits``     chunk, record and batch sizes;  ``inputs``: the paths read, with sizes and checksums (run.json)
"""

from __future__ import annotations

from comments.errors import InputError  # a whole input is unusable (re-exported)
from comments.readers.inputs import describe_inputs, input_size
from comments.readers.limits import BATCH_SIZE
from comments.readers.sink import ErrorSink
from comments.readers.stream import DocumentStream, read_documents, scan_documents

__all__ = ["BATCH_SIZE", "DocumentStream", "ErrorSink", "InputError", "describe_inputs", "input_size", "read_documents",
           "scan_documents"]
