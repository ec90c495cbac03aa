"""Tests of comments.readers: every input format, the error paths, batching."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import polars as pl
import pytest

import comments.readers.limits as limits
from comments.errors import UsageError
from comments.readers import InputError, read_documents, scan_documents
from comments.schema import ERROR_SCHEMA, INPUT_SCHEMA

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIX = "fix the file or rerun with --encoding-errors replace"


def write_csv(path: Path, rows: list[list[str]], **kwargs) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, **kwargs).writerows(rows)
    return path


def write_jsonl(path: Path, objects: list[dict]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def messages(errors: pl.DataFrame) -> list[str]:
    return errors["message"].to_list()


# ------------------------------------------------------------------ formats


def test_txt_directory_joins_metadata_sites():
    docs, errors = read_documents([SEEDS])
    assert docs.schema == pl.Schema(INPUT_SCHEMA)
    assert docs["doc_id"].to_list() == [
        "000_5a822adfc088c116",
        "001_d24af7c00431189a",
        "002_76989a7a395f7c04",
        "003_4a722741b25eccd4",
        "004_064e299d1ab2197b",
    ]
    assert docs["site"].to_list() == [
        "veteranstoday.com",
        "yournewswire.com",
        "sputniknews.com",
        "theduran.com",
        "sputniknews.com",
    ]
    assert docs["row"].null_count() == 5
    assert docs["url"].null_count() == 5  # metadata.csv has only doc_id, site
    assert docs["source"][0] == str(SEEDS / "000_5a822adfc088c116.txt")
    assert docs["text"][0].startswith("Trump Cuts Russia Out of Terror Partnership\n")
    assert errors.height == 0


def test_txt_metadata_in_parent_dir_and_url_host(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second page\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First page\r\nwith CRLF\r\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    write_csv(
        tmp_path / "metadata.csv",
        [
            ["doc_id", "url", "title"],
            ["a", "https://www.Example.org/x?id=1", "A"],
            ["b", "http://news.site.net/b", "B"],
        ],
    )
    docs, errors = read_documents([tmp_path])
    assert docs.select("doc_id", "site", "url", "title").rows() == [
        ("a", "example.org", "https://www.Example.org/x?id=1", "A"),
        ("b", "news.site.net", "http://news.site.net/b", "B"),
    ]
    assert docs["text"][0] == "First page\r\nwith CRLF\r\n"  # line endings left as they are
    assert errors.height == 0


def test_csv_with_quoted_newlines(tmp_path):
    path = write_csv(
        tmp_path / "pages.csv",
        [
            ["id", "title", "text"],
            ["p1", "One", 'Headline\n\nBody with "quotes", commas\nand lines.'],
            ["p2", "Two", "Single line"],
        ],
    )
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "title", "text", "row").rows() == [
        ("p1", "One", 'Headline\n\nBody with "quotes", commas\nand lines.', 1),
        ("p2", "Two", "Single line", 2),
    ]
    assert docs["source"].to_list() == [str(path)] * 2
    assert errors.height == 0


def test_tsv(tmp_path):
    path = write_csv(
        tmp_path / "pages.tsv",
        [["doc_id", "site", "body"], ["t1", "a.com", "tab\tinside"], ["t2", "b.com", "two\nlines"]],
        delimiter="\t",
    )
    docs, _ = read_documents([path])
    assert docs.select("doc_id", "site", "text").rows() == [
        ("t1", "a.com", "tab\tinside"),
        ("t2", "b.com", "two\nlines"),
    ]


def test_jsonl(tmp_path):
    path = write_jsonl(
        tmp_path / "pages.jsonl",
        [
            {"id": 7, "domain": "x.org", "content": "Hello\nworld", "published_at": "2017-03-08"},
            {"id": 8, "domain": "y.org", "content": "Second", "extra": [1, 2]},
        ],
    )
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "site", "text", "published", "row").rows() == [
        ("7", "x.org", "Hello\nworld", "2017-03-08", 1),
        ("8", "y.org", "Second", None, 2),
    ]
    assert errors.height == 0


def test_parquet(tmp_path):
    path = tmp_path / "pages.parquet"
    pl.DataFrame({"ID": [1, 2], "Text": ["a page", "another page"], "url": ["http://q.com/1", None]}).write_parquet(
        path
    )
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "site", "text", "row").rows() == [
        ("1", "q.com", "a page", 1),
        ("2", None, "another page", 2),
    ]
    assert errors.height == 0


def test_gzip_csv_and_jsonl(tmp_path):
    csv_gz = tmp_path / "a.csv.gz"
    csv_gz.write_bytes(gzip.compress(b'id,text\n1,"zipped\nrow"\n2,plain\n'))
    jsonl_gz = tmp_path / "b.jsonl.gz"
    jsonl_gz.write_bytes(gzip.compress(b'{"doc_id": "j1", "body": "json zipped"}\n'))
    docs, errors = read_documents([csv_gz, jsonl_gz])
    assert docs.select("doc_id", "text", "source").rows() == [
        ("1", "zipped\nrow", str(csv_gz)),
        ("2", "plain", str(csv_gz)),
        ("j1", "json zipped", str(jsonl_gz)),
    ]
    assert errors.height == 0


FAKENEWS_HEADER = [
    "", "id", "domain", "type", "url", "content", "scraped_at", "inserted_at", "updated_at",
    "title", "authors", "keywords", "meta_keywords", "meta_description", "tags", "summary",
]  # fmt: skip


def fakenews_row(i: int, content: str, domain: str = "beforeitsnews.com") -> list[str]:
    return [
        str(i), str(1000 + i), domain, "fake", f"https://{domain}/a/{i}", content,
        "2018-01-25 16:17:44.789555", "2018-02-02 01:19:41.756632", "2018-02-02 01:19:41.756664",
        f"Title {i}", "", "", "['']", "", "", "",
    ]  # fmt: skip


def test_fakenewscorpus_csv_as_is(tmp_path):
    big = "\n\n".join(f'Paragraph {k} with "quotes", commas and ünïcode.' for k in range(25_000))  # > 1 MB
    assert len(big) > 1_000_000
    path = write_csv(
        tmp_path / "news_sample.csv",
        [
            FAKENEWS_HEADER,
            fakenews_row(0, "Short article.\nSecond line."),
            fakenews_row(1, big, domain="express.co.uk"),
            fakenews_row(2, "Third."),
        ],
    )
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "site", "url", "title", "row").rows() == [
        ("1000", "beforeitsnews.com", "https://beforeitsnews.com/a/0", "Title 0", 1),
        ("1001", "express.co.uk", "https://express.co.uk/a/1", "Title 1", 2),
        ("1002", "beforeitsnews.com", "https://beforeitsnews.com/a/2", "Title 2", 3),
    ]
    assert docs["text"][1] == big
    assert docs["published"].null_count() == 3  # scraped_at is not a publication date
    assert errors.height == 0


def test_column_overrides(tmp_path):
    path = write_csv(
        tmp_path / "odd.csv",
        [["key", "page_text", "text", "outlet"], ["k1", "the real text", "a summary", "o.net"]],
    )
    docs, _ = read_documents([path], text_col="page_text", id_col="KEY", site_col="outlet")
    assert docs.select("doc_id", "site", "text").rows() == [("k1", "o.net", "the real text")]


def test_override_naming_a_missing_column(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["id", "text"], ["1", "x"]])
    stream = scan_documents([path], text_col="article")
    assert list(stream) == []
    (exc,) = stream.input_errors
    assert (
        str(exc) == f"column 'article' given with --text-col is not in {path} (columns: id, text); check the spelling"
    )


def test_site_from_url_host(tmp_path):
    path = write_csv(
        tmp_path / "u.csv",
        [
            ["id", "url", "text"],
            ["1", "https://www.Sputniknews.com/world/2017/x.html", "a"],
            ["2", "http://user@blog.example.co.uk:8080/p", "b"],
            ["3", "www.theduran.com/article", "c"],
            ["4", "not a url", "d"],
            ["5", "", "e"],
        ],
    )
    docs, _ = read_documents([path])
    assert docs["site"].to_list() == ["sputniknews.com", "blog.example.co.uk", "theduran.com", None, None]


def test_no_id_column_uses_stem_and_row(tmp_path):
    path = write_csv(tmp_path / "dump.v2.csv.gz", [["text"], ["a"], ["b"]])
    path.write_bytes(gzip.compress(path.read_bytes()))
    docs, _ = read_documents([path])
    assert docs["doc_id"].to_list() == ["dump.v2:1", "dump.v2:2"]


# ------------------------------------------------------------------- errors


def test_invalid_utf8_file_among_good_ones(tmp_path):
    (tmp_path / "a.txt").write_text("good one", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 au lait")  # Latin-1
    (tmp_path / "c.txt").write_text("good two", encoding="utf-8")
    docs, errors = read_documents([tmp_path])
    assert docs["doc_id"].to_list() == ["a", "c"]
    assert errors.rows() == [
        (
            str(tmp_path / "b.txt"),
            None,
            "b",
            "read",
            f"{tmp_path / 'b.txt'}: invalid UTF-8 at byte 3; fix the file or rerun with --encoding-errors replace",
        )
    ]


def test_invalid_utf8_replaced_on_request(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 au lait")
    docs, errors = read_documents([tmp_path], encoding_errors="replace")
    assert docs["text"].to_list() == ["caf\ufffd au lait"]
    assert errors.height == 0


def test_invalid_utf8_csv_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,title,text\n1,ok,fine\n2,ok,bad \xff byte\n3,caf\xe9,title is bad only\n4,ok,fine too\n")
    docs, errors = read_documents([path])
    # row 3's invalid byte is in a used column (title), so the row is an error too
    assert docs["doc_id"].to_list() == ["1", "4"]
    assert messages(errors) == [
        f"{path} row 2: invalid UTF-8 in column 'text' at byte 33; {FIX}",
        f"{path} row 3: invalid UTF-8 in column 'title' at byte 45; {FIX}",
    ]
    assert path.read_bytes()[33] == 0xFF and path.read_bytes()[45] == 0xE9
    docs, errors = read_documents([path], encoding_errors="replace")
    assert docs["text"].to_list() == ["fine", "bad \ufffd byte", "title is bad only", "fine too"]
    assert errors.height == 0


def test_invalid_utf8_in_unused_column_is_harmless(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,notes,text\n1,caf\xe9,fine\n")
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "text").rows() == [("1", "fine")]
    assert errors.height == 0


def test_binary_file(tmp_path):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "ctl.txt").write_bytes(bytes(range(1, 9)) * 100)
    docs, errors = read_documents([tmp_path])
    assert docs["doc_id"].to_list() == ["a"]
    assert messages(errors) == [
        f"{tmp_path / 'ctl.txt'} is a binary file (mostly control bytes), not text; remove it or convert it to text",
        f"{tmp_path / 'img.txt'} is a binary file (NUL bytes), not text; remove it or convert it to text",
    ]


def test_binary_table_is_an_input_error(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00 not really csv")
    stream = scan_documents([path])
    assert list(stream) == []
    assert [str(e) for e in stream.input_errors] == [
        f"{path} is a binary file (NUL bytes), not text; remove it or convert it to text"
    ]


def test_empty_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    empty_csv = tmp_path / "empty.csv"
    empty_csv.write_bytes(b"")
    header_only = write_csv(tmp_path / "header.csv", [["id", "text"]])
    docs, errors = read_documents([tmp_path, empty_csv, header_only])
    assert docs["doc_id"].to_list() == ["ok"]
    assert messages(errors) == [
        f"{tmp_path / 'blank.txt'}: empty text",
        f"{tmp_path / 'empty.txt'}: empty text",
        f"{empty_csv} is empty; remove it from the input",
    ]


def test_empty_and_missing_text_in_table_rows(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,text\n1,fine\n2,\n3,"   "\n\n4,also fine\n')
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "row").rows() == [("1", 1), ("4", 5)]  # the blank line is row 4, skipped
    assert errors.select("row", "doc_id", "message").rows() == [
        (2, "2", f"{path} row 2: no text (column 'text' is empty)"),
        (3, "3", f"{path} row 3: empty text"),
    ]


def test_missing_text_column_is_input_error_others_still_read(tmp_path):
    bad = write_csv(tmp_path / "x.csv", [["a", "b", "c"], ["1", "2", "3"]])
    good = write_csv(tmp_path / "y.csv", [["id", "text"], ["1", "kept"]])
    stream = scan_documents([bad, good])
    docs = pl.concat(list(stream))
    assert docs["text"].to_list() == ["kept"]
    (exc,) = stream.input_errors
    assert isinstance(exc, InputError)
    assert str(exc) == f"no text column in {bad} (columns: a, b, c); name it with --text-col"
    assert stream.error_frame().rows() == [(str(bad), None, None, "read", str(exc))]


def test_missing_path_and_unknown_format_raise_at_once(tmp_path):
    with pytest.raises(InputError, match=r"nope\.csv does not exist .*check the path"):
        scan_documents([tmp_path / "nope.csv"])
    sheet = tmp_path / "pages.xlsx"
    sheet.write_bytes(b"x")
    with pytest.raises(InputError, match=r"cannot tell the format of .*pages\.xlsx.*convert it"):
        scan_documents([sheet])


def test_malformed_csv_rows_do_not_lose_others(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b'id,text\n1,first\n2,too,many,fields\n3,He said "hi there\n4,"quoted\nnewline"\n5,last\n')
    docs, errors = read_documents([path])
    # a quote inside an unquoted field is taken literally, as Python's csv module does
    assert docs.select("doc_id", "text", "row").rows() == [
        ("1", "first", 1),
        ("3", 'He said "hi there', 3),
        ("4", "quoted\nnewline", 4),
        ("5", "last", 5),
    ]
    assert messages(errors) == [
        f"{path} row 2: malformed CSV row: 4 fields where the header has 2 "
        "(byte 16; an unquoted separator or quote?); skipped"
    ]


def test_stray_quotes_in_two_rows_do_not_merge_them(tmp_path):
    # quote parity (and polars) would read rows 1-2 as one record with a quoted newline
    path = tmp_path / "s.csv"
    path.write_bytes(b'id,text\n1,He said "hi\n2,she said "bye\n3,ok\n')
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "text").rows() == [("1", 'He said "hi'), ("2", 'she said "bye'), ("3", "ok")]
    assert errors.height == 0


def test_trailing_empty_fields_are_tolerated(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id,text\n1,a,\n2,b,,\n3,c\n")  # exported with a trailing separator
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "text").rows() == [("1", "a"), ("2", "b"), ("3", "c")]
    assert errors.height == 0


def test_unreadable_file_in_directory(tmp_path):
    (tmp_path / "a.txt").write_text("fine", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")  # dangling link
    docs, errors = read_documents([tmp_path])
    assert docs["doc_id"].to_list() == ["a"]
    assert messages(errors) == [
        f"cannot read {tmp_path / 'b.txt'}: No such file or directory; check that it is a readable file"
    ]


def test_concatenated_gzip_members(tmp_path):
    path = tmp_path / "two.tsv.gz"
    path.write_bytes(gzip.compress(b"id\ttext\n1\tfirst\n") + gzip.compress(b"2\tsecond\n"))  # cat a.gz b.gz
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "text").rows() == [("1", "first"), ("2", "second")]
    assert errors.height == 0


def test_not_really_gzip(tmp_path):
    path = tmp_path / "x.csv.gz"
    path.write_bytes(b"id,text\n1,a\n")
    stream = scan_documents([path])
    assert list(stream) == []
    assert [str(e) for e in stream.input_errors] == [
        f"{path} is not gzip-compressed although its name ends in .gz; rename it without .gz"
    ]


def test_truncated_gzip_keeps_rows_before_the_damage(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "CHUNK_BYTES", 1000)
    data = gzip.compress(b"id,text\n" + b"".join(b"%d,row %d\n" % (i, i) for i in range(1, 2001)))
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    docs, errors = read_documents([path])
    n = docs.height
    assert 0 < n < 2000 and docs["row"].to_list() == list(range(1, n + 1))
    assert messages(errors) == [
        f"{path}: reading stopped after row {n} (EOFError: compressed data ends before the end of the gzip stream "
        "(truncated file?)); later rows were not read"
    ]


def test_malformed_jsonl_lines(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "one"}\n\n{"id": "b", "text": \n[1, 2]\n'
        b'{"id": "c", "text": null}\n{"id": "d", "text": "four"}'
    )
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "row").rows() == [("a", 1), ("d", 6)]  # row = line number
    assert messages(errors) == [
        f"{path} row 3: malformed JSON (Expecting value at column 21); skipped",
        f"{path} row 4: not a JSON object but list; skipped",
        f"{path} row 5: no text (column 'text' is empty)",
    ]


def test_json_array_file(tmp_path):
    path = tmp_path / "pages.json"
    path.write_text(json.dumps([{"doc_id": "a", "body": "x"}, "oops", {"doc_id": "b", "body": "y"}]), encoding="utf-8")
    docs, errors = read_documents([path])
    assert docs.select("doc_id", "text", "row").rows() == [("a", "x", 1), ("b", "y", 3)]
    assert messages(errors) == [f"{path} row 2: array item 2 is not a JSON object but str; skipped"]


def test_duplicate_doc_ids_are_kept_and_renamed(tmp_path):
    a = write_csv(tmp_path / "a.csv", [["id", "text"], ["1", "x"], ["2", "y"], ["1", "z"]])
    b = write_jsonl(tmp_path / "b.jsonl", [{"id": "2", "text": "w"}])
    docs, errors = read_documents([a, b], batch_size=2)
    assert docs["doc_id"].to_list() == ["1", "2", "1#2", "2#2"]
    assert docs["text"].to_list() == ["x", "y", "z", "w"]
    assert errors.select("source", "row", "doc_id").rows() == [(str(a), 3, "1#2"), (str(b), 1, "2#2")]
    assert messages(errors)[0] == f"warning: {a} row 3: duplicate doc_id '1'; document kept as '1#2'"


# ------------------------------------------------------------- batching


def test_batching_keeps_order(tmp_path):
    for name in ["e", "d", "c", "b", "a"]:
        (tmp_path / f"{name}.txt").write_text(f"doc {name}", encoding="utf-8")
    stream = scan_documents([tmp_path], batch_size=2)
    batches = list(stream)
    assert [b.height for b in batches] == [2, 2, 1]
    assert [b["doc_id"].to_list() for b in batches] == [["a", "b"], ["c", "d"], ["e"]]
    assert stream.n_read == 5
    assert all(b.schema == pl.Schema(INPUT_SCHEMA) for b in batches)


def test_files_in_given_order_and_batches_span_files(tmp_path):
    second = write_csv(tmp_path / "z.csv", [["id", "text"], ["z1", "a"], ["z2", "b"], ["z3", "c"]])
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": "a1", "text": "d"}])
    batches = list(scan_documents([second, first], batch_size=2))
    assert [b["doc_id"].to_list() for b in batches] == [["z1", "z2"], ["z3", "a1"]]


def test_many_rows_stream_in_batches(tmp_path):
    n = 20_000
    path = write_csv(
        tmp_path / "many.csv",
        [["id", "text"]] + [[f"d{i}", f'line one of {i}\nline two, "quoted"'] for i in range(n)],
    )
    stream = scan_documents([path], batch_size=3000)
    heights, last = [], None
    for batch in stream:
        heights.append(batch.height)
        last = batch
    assert heights == [3000] * 6 + [2000]
    assert last["doc_id"][-1] == f"d{n - 1}" and last["row"][-1] == n
    assert stream.n_read == n and stream.errors == []


def test_a_batch_ends_at_its_byte_cap_so_that_memory_follows_the_text(tmp_path, monkeypatch):
    # Real pages are several times longer than short test pages: 1,000 of them took a segmenting worker to 1 GB.
    # A batch ends where its text reaches limits.BATCH_BYTES; a longer document is a batch of its own; the
    # documents, their order and the count cap are as before, and so is the segmentation.
    sizes = [300, 300, 500, 50, 50, 50, 900, 10, 10]
    rows = [["id", "text"]] + [[f"d{i}", "w" * n] for i, n in enumerate(sizes)]
    path = write_csv(tmp_path / "c.csv", rows)
    monkeypatch.setattr(limits, "BATCH_BYTES", 600)
    batches = list(scan_documents([path], batch_size=3))
    assert [b["doc_id"].to_list() for b in batches] == [["d0", "d1"], ["d2", "d3", "d4"], ["d5"], ["d6"],
                                                        ["d7", "d8"]]
    sampled = list(scan_documents([path], batch_size=3, sample=9))
    assert [b.height for b in sampled] == [2, 3, 1, 1, 2]
    pages = tmp_path / "pages"
    pages.mkdir()
    for f in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")):
        (pages / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    from comments import segment_files

    capped = segment_files([pages], jobs=1)
    assert capped.documents.height == 5
    monkeypatch.setattr(limits, "BATCH_BYTES", 1 << 30)
    whole = segment_files([pages], jobs=1)
    for table in ("documents", "comments", "lines"):
        assert getattr(capped, table).equals(getattr(whole, table)), table


def test_chunk_boundaries_do_not_change_the_result(tmp_path, monkeypatch):
    rows = [["id", "text"]] + [[str(i), f'text {i}\n"q", {"x" * (i % 97)}'] for i in range(300)]
    path = write_csv(tmp_path / "c.csv", rows, lineterminator="\r\n")
    with path.open("ab") as f:
        f.write(b'300,He said "hi\r\n301,a,b,c\r\n302,"last\r\nrecord"')  # stray quote, ragged row, no final newline
    expected = read_documents([path])
    for size in (4096, 100, 7):  # smaller than a record: the buffer has to grow
        monkeypatch.setattr(limits, "CHUNK_BYTES", size)
        got = read_documents([path])
        assert got[0].equals(expected[0]) and got[1].equals(expected[1])
    assert expected[0].height == 302 and expected[1].height == 1
    assert expected[0]["text"][-1] == "last\r\nrecord"


def test_unclosed_quote_is_reported_not_buffered_forever(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 1000)
    monkeypatch.setattr(limits, "CHUNK_BYTES", 256)
    body = "".join(f"{i},row {i}\n" for i in range(3, 200))
    path = tmp_path / "q.csv"
    path.write_text(f'id,text\n1,fine\n2,"never closed\n{body}', encoding="utf-8")
    docs, errors = read_documents([path])
    assert docs["doc_id"][0] == "1"
    assert "199" in docs["doc_id"].to_list()  # reading resumed after the bad record
    assert any(
        m.startswith(f"{path} row 2: record longer than 1000 bytes starting at byte 15") for m in messages(errors)
    )


def test_error_frame_schema_and_every_document_accounted_for(tmp_path):
    (tmp_path / "a.txt").write_text("fine", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    stream = scan_documents([tmp_path])
    docs = list(stream)
    frame = stream.error_frame()
    assert frame.schema == pl.Schema(ERROR_SCHEMA)
    assert sum(b.height for b in docs) + frame.height == 2
    assert frame["stage"].to_list() == ["read"]


# ------------------------------------------------------------------------------------- a quick try: limit, sample


def test_limit_reads_the_first_documents_only(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,text\n" + "".join(f"{i},page number {i}\n" for i in range(1, 101)), encoding="utf-8")
    stream = scan_documents(path, limit=7, batch_size=3)
    assert [b.height for b in stream] == [3, 3, 1]
    assert stream.n_read == 7
    docs, _ = read_documents(path, limit=1000)
    assert docs.height == 100


def test_sample_is_uniform_seeded_in_input_order_and_independent_of_batches(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text("".join(f'{{"id": "{i}", "text": "page {i}"}}\n' for i in range(1000)), encoding="utf-8")
    samples = [read_documents(path, sample=50, seed=7, batch_size=b)[0]["doc_id"].to_list() for b in (1000, 64, 1)]
    assert samples[0] == samples[1] == samples[2]
    ids = [int(i) for i in samples[0]]
    assert len(set(ids)) == 50 and ids == sorted(ids)
    assert 200 < sum(ids) / 50 < 800  # spread over the file, not its head
    other = read_documents(path, sample=50, seed=8)[0]["doc_id"].to_list()
    assert other != samples[0]
    stream = scan_documents(path, sample=50, seed=7)
    assert sum(b.height for b in stream) == 50 and (stream.n_read, stream.n_scanned) == (50, 1000)
    with pytest.raises(UsageError, match="limit or sample, not both"):
        scan_documents(path, limit=5, sample=5)


def _csv_rows(texts: dict[int, str]) -> str:
    rows = ["id,site,text"]
    for i, t in texts.items():
        rows.append(f"{i},site{i % 3}.com,{t}")
    return "\n".join(rows) + "\n"


def test_a_quote_left_open_is_reported_at_its_row_instead_of_swallowing_the_next(tmp_path):
    texts = {i: f'"Article text number {i}. Jane says: nice."' for i in range(1, 11)}
    texts[4] = '"Broken quote opens here and never closes. Article text number 4.'  # closes at row 5's end
    path = tmp_path / "pages.csv"
    path.write_text(_csv_rows(texts), encoding="utf-8")
    docs, errors = read_documents([path])
    assert docs["doc_id"].to_list() == ["1", "2", "3", "6", "7", "8", "9", "10"]  # no junk document
    assert errors["row"].to_list() == [4] and errors["doc_id"].to_list() == ["4"]
    assert "1 line(s) that look like rows of their own (the first: '5,site2.com," in messages(errors)[0]


def test_a_quote_never_closed_swallows_the_rest_and_is_reported(tmp_path):
    texts = {i: f'"Article text number {i}."' if i < 3 else f"Article text number {i}." for i in range(1, 8)}
    texts[3] = '"Open quote. Article text number 3.'  # and no quote after it to close it
    path = tmp_path / "pages.csv"
    path.write_text(_csv_rows(texts), encoding="utf-8")
    docs, errors = read_documents([path])
    assert docs["doc_id"].to_list() == ["1", "2"]
    assert errors["row"].to_list() == [3]
    assert "4 line(s) that look like rows" in messages(errors)[0]


def test_numbers_with_commas_in_a_text_are_not_taken_for_rows(tmp_path):
    path = tmp_path / "pages.csv"
    pl.DataFrame({"id": ["1", "2", "3"], "site": ["a.com"] * 3,
                  "text": ["A crowd of\n10,000 people, and more, came.", "Second.", "Third\n2,5 and six, or seven"]}
                 ).write_csv(path)
    docs, errors = read_documents([path])
    assert docs["doc_id"].to_list() == ["1", "2", "3"] and errors.height == 0


def test_dates_in_a_text_are_not_taken_for_rows_of_a_file_with_word_ids(tmp_path):
    path = tmp_path / "pages.csv"
    pl.DataFrame({"id": ["d0000014", "d0000015"], "site": ["a.com"] * 2,
                  "text": ["Posted on\nThursday, June 13, 2013, by Jane", "Second, and last."]}).write_csv(path)
    docs, errors = read_documents([path])
    assert docs["doc_id"].to_list() == ["d0000014", "d0000015"] and errors.height == 0


HTML_PAGE = "<!DOCTYPE html>\n<html lang='en'><head><title>Parks</title></head>\n<body><p>The council voted.</p></body></html>\n"
CONVERT = "convert it to text first (w3m -dump page.html > page.txt, html2text, or inscriptis: README, Inputs)"


def test_html_is_not_read_as_text_and_says_how_to_convert_it(tmp_path):
    # a page saved as HTML under a .txt name, as a table cell, or as .html: a message naming it and the way
    # to turn it into text, never a "page" whose headline is a tag; the other documents go on
    (tmp_path / "ok.txt").write_text("The council voted.", encoding="utf-8")
    (tmp_path / "saved.txt").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "fragment.txt").write_text("<div><p>x</p></div>" * 30, encoding="utf-8")  # 90 tags, no doctype
    table = write_jsonl(tmp_path / "t.jsonl", [{"id": "1", "text": HTML_PAGE}, {"id": "2", "text": "Fine text."}])
    docs, errors = read_documents([tmp_path, table])
    assert docs["doc_id"].to_list() == ["ok", "2"]
    assert messages(errors) == [
        f"{tmp_path / 'fragment.txt'} is HTML markup, not text; {CONVERT} and pass the .txt",
        f"{tmp_path / 'saved.txt'} is HTML markup, not text; {CONVERT} and pass the .txt",
        f"{table} row 1: the text is HTML markup; {CONVERT} and pass the .txt",
    ]
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        scan_documents([page])
    assert str(exc.value) == f"{page} is HTML; {CONVERT} and pass the .txt"
    only_html = tmp_path / "pages"
    only_html.mkdir()
    (only_html / "a.html").write_text(HTML_PAGE, encoding="utf-8")
    stream = scan_documents([only_html])
    assert list(stream) == []
    assert "1 of them HTML pages: convert them to .txt first" in str(stream.input_errors[0])


def test_a_page_that_shows_some_markup_is_still_text(tmp_path):
    # converted pages quote tags (code tutorials): WCXB's hold at most 18 in their first 2,000 characters
    text = "How to centre a div\n\n" + "Write <div class='box'> and close it with </div>.\n" * 9
    (tmp_path / "tutorial.txt").write_text(text, encoding="utf-8")
    docs, errors = read_documents([tmp_path])
    assert docs["doc_id"].to_list() == ["tutorial"] and errors.height == 0
