"""The sizes the readers work with.  Module attributes read at call time, so that tests (and users with unusual
corpora) can change them."""

#: Documents per batch, the default of every reading and segmenting call and of ``--batch-size``.  A segmenting
#: worker holds about 0.35 GB with batches of 1,000 pages and 1.2 GB with 10,000, at the same speed
#: (``benchmarks/bench_scale.py``).
BATCH_SIZE = 1_000
#: A batch also ends once it holds this many bytes of text (a document longer than this is a batch of its own):
#: memory follows the text, not the number of documents, and real pages are longer than the test pages
#: (``benchmarks/bench_segment.py``'s 1,000 pages hold 3.7 MB; 1,000 WCXB pages 23 MB, which took a worker to
#: 1 GB and ``comments profile``'s process tree to 2.7 GB; with this cap 1.3 GB).  Each batch costs a fixed
#: ~0.35 s (0.2 s of it recompiling the cue and header regexes: polars keeps the last 32 compiled patterns and a
#: batch uses some 145), so smaller batches are slower: at 4 MB the WCXB texts segmented 24% slower, at 6 MB
#: about 10%.
BATCH_BYTES = 6 << 20
#: Bytes parsed per chunk (CSV/TSV, JSON lines).
CHUNK_BYTES = 16 << 20
#: A CSV record or JSON line longer than this is taken for an unclosed quote
#: (or a file that is not line-based) and reported instead of buffered.
MAX_RECORD_BYTES = 64 << 20
#: Rows per Parquet read (at least batch_size).
PARQUET_SLICE_ROWS = 20_000
#: Bytes looked at to decide whether a file is binary.
SNIFF_BYTES = 64 << 10
