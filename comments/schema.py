"""Column schemas of the tables that flow through the toolkit.

documents (input) → lines → comments → profiles.  These names and types are a
contract shared by readers, the segmenter, ``analysis`` and the CLI; the README
documents each column.
"""

from __future__ import annotations

import polars as pl

#: One row per input document, as the readers yield it.
INPUT_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "site": pl.String(),  # domain, or null when unknown
    "url": pl.String(),
    "title": pl.String(),  # title given by metadata, not the segmenter's
    "published": pl.String(),
    "text": pl.String(),
    "source": pl.String(),  # file the document came from
    "row": pl.Int64(),  # 1-based data row within a table file; null for .txt files
}

#: One row per document that could not be read or segmented.
ERROR_SCHEMA: dict[str, pl.DataType] = {
    "source": pl.String(),
    "row": pl.Int64(),
    "doc_id": pl.String(),
    "stage": pl.String(),  # "read" or "segment"
    "message": pl.String(),
}

#: One row per line of every document (blank lines included, label null).
LINES_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "line_no": pl.Int64(),  # 1-based, as docs/LABELS.md numbers them
    "label": pl.String(),  # title|body|caption|boilerplate|comment, null for blank lines
    "comment_id": pl.Int64(),
}

#: One row per reader comment.
COMMENTS_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "site": pl.String(),
    "comment_id": pl.Int64(),  # 1, 2, 3 … in reading order within the document
    "parent_id": pl.Int64(),  # comment answered, null for top level / parent not in text
    "depth": pl.Int64(),  # 0 top level, 1 reply, …
    "author": pl.String(),
    "posted_at": pl.String(),  # ISO 8601 where the date could be read, else null
    "text": pl.String(),  # without header and action lines
    "has_text": pl.Boolean(),  # false: a header and nothing more (collapsed, deleted): out of every count
    "start_line": pl.Int64(),
    "end_line": pl.Int64(),
}

#: One row per segmented document.
DOCUMENTS_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "site": pl.String(),
    "url": pl.String(),
    "title": pl.String(),  # the headline the segmenter found (or metadata's)
    "body": pl.String(),  # article body text, paragraphs joined by "\n"
    "has_comment_section": pl.Boolean(),  # comment widget/section seen, even if empty
    "n_comments": pl.Int64(),
    "n_lines": pl.Int64(),
    "n_words": pl.Int64(),
    "body_words": pl.Int64(),
    "comment_words": pl.Int64(),
}

LABELS = ("title", "body", "caption", "boilerplate", "comment")


def empty(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """An empty frame with ``schema``."""
    return pl.DataFrame(schema=schema)
