"""What the commands share: exit statuses, messages on stderr, the options of several commands (defined once
here), the error report and the one progress helper."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import polars as pl

from comments.pipeline import JOBS
from comments.readers import BATCH_SIZE, limits

EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


def msg(text: str) -> None:
    """A message line on stderr (data goes to stdout)."""
    sys.stderr.write(text + "\n")


def exit_status(n_failed: int) -> int:
    """0 when every document was read and segmented, 1 when some failed."""
    return EXIT_FAILED_DOCS if n_failed else EXIT_OK


# --------------------------------------------------------------------------------------------- options


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (``-j 0``, ``--dpi 0`` are refused with a message)."""
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def count(text: str) -> int:
    """An argparse type: a whole number of at least 0 (``--top -2`` is refused with a message)."""
    value = _int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None


def add_input_options(p: argparse.ArgumentParser) -> None:
    """PATH... and the reading and segmenting options (segment, evaluate, profile, stats, figures)."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to read")
    p.add_argument("--text-col", help="column holding the page text (default: text, content or body)")
    p.add_argument("--id-col", help="column holding the document id (default: id or doc_id)")
    p.add_argument("--site-col", help="column holding the site (default: site or domain, else the host of url)")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                   help="invalid UTF-8: report the document (strict, default) or replace bad bytes with U+FFFD")
    p.add_argument("--batch-size", type=positive_int, default=BATCH_SIZE,
                   help=f"documents per batch, at most (default {BATCH_SIZE:,}); a batch also ends at "
                        f"{limits.BATCH_BYTES >> 20} MB of text, so that memory follows the text: a worker holds "
                        "about 0.3-0.5 GB")
    p.add_argument("-j", "--jobs", type=positive_int, default=JOBS,
                   help="worker processes segmenting batches in parallel (default: the number of CPUs)")
    p.add_argument("--cues", action="append", metavar="FILE",
                   help="extra cue file (TOML, same shape as comments/data/cues.toml); repeatable")
    p.add_argument("--labeller", metavar="FILE",
                   help="line labeller model (JSON from training/train_labeller.py; default: the built-in one)")
    trial = p.add_mutually_exclusive_group()
    trial.add_argument("--limit", type=positive_int, metavar="N", help="only the first N documents (a quick try)")
    trial.add_argument("--sample", type=positive_int, metavar="N",
                       help="a random sample of N documents of the whole input, in input order (--seed)")
    p.add_argument("--seed", type=int, default=0,
                   help="seed of --sample, of language detection and of MinHash (default 0)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")


def input_options(args) -> dict:
    """The reading and segmenting keyword arguments of the library calls, from the parsed options."""
    return dict(text_col=args.text_col, id_col=args.id_col, site_col=args.site_col,
                encoding_errors=args.encoding_errors, batch_size=args.batch_size, jobs=args.jobs,
                cues=tuple(args.cues) if args.cues else None, labeller=args.labeller, limit=args.limit,
                sample=args.sample, seed=args.seed)


def reading_options(args) -> dict:
    """The options of ``read_documents`` (reading only)."""
    return dict(text_col=args.text_col, id_col=args.id_col, site_col=args.site_col,
                encoding_errors=args.encoding_errors, limit=args.limit, sample=args.sample, seed=args.seed)


def add_errors_option(p: argparse.ArgumentParser, when: str = "") -> None:
    p.add_argument("--errors", metavar="FILE", help=f"{when}also write the error report to FILE (CSV)")


def add_profile_options(p: argparse.ArgumentParser, when: str = "") -> None:
    """The profiling options (profile; stats and figures with raw inputs: ``when`` says so)."""
    p.add_argument("--markers", metavar="FILE",
                   help=f"{when}marker lexicon (TOML) adding to or replacing the default markers by id")
    p.add_argument("--marker-ids", type=site_list, metavar="IDS",
                   help=f"{when}only these markers (comma-separated ids of the lexicon, e.g. question,so_called)")
    if when:
        p.add_argument("--mixed-parameters", action="store_true",
                       help="with several profile directories profiled with different parameters: put them "
                            "together anyway (profiled again as one corpus with the first one's parameters)")
        p.add_argument("--near-dup-threshold", type=float, default=None,
                       help=f"{when}Jaccard similarity of word shingles for near-duplicates (default 0.3)")
        p.add_argument("--claim-threshold", type=float, default=None,
                       help=f"{when}TF-IDF cosine from which a comment engages an article sentence "
                            "(default 0.15)")
    else:
        p.add_argument("--near-dup-threshold", type=float, default=None,
                       help="Jaccard similarity of word shingles for near-duplicates (default 0.3; the README "
                            "explains why)")
        p.add_argument("--claim-threshold", type=float, default=None,
                       help="TF-IDF cosine from which a comment engages an article sentence (default 0.15; "
                            "see README)")
    add_errors_option(p, when)


def profile_options(args) -> dict:
    """The keyword arguments of ``analysis.profile_files`` from the parsed options."""
    from analysis import claims, neardup, select_markers

    return dict(
        input_options(args),
        markers=args.markers if args.marker_ids is None else select_markers(args.markers, args.marker_ids),
        near_dup_threshold=neardup.THRESHOLD if args.near_dup_threshold is None else args.near_dup_threshold,
        claim_threshold=claims.THRESHOLD if args.claim_threshold is None else args.claim_threshold,
    )


def site_list(text: str) -> list[str]:
    """An argparse type: comma-separated names (sites, marker ids)."""
    names = [s.strip() for s in text.split(",") if s.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give one or more names, separated by commas")
    return names


def add_site_options(p: argparse.ArgumentParser, max_sites: int | None, default: str = "all") -> None:
    """``--sites`` and ``--max-sites`` (stats, figures)."""
    p.add_argument("--sites", type=site_list, metavar="LIST",
                   help="only these sites, in this order (comma-separated names)")
    p.add_argument("--max-sites", type=count, default=max_sites, metavar="N",
                   help=f"only the N sites with most comments (default {default})")


def read_summary(n_read: int, n_scanned: int, args, n_replaced: int = 0) -> str:
    """``read N documents``, or with ``--sample`` ``read N documents, sampled M``; with ``--encoding-errors
    replace``, how many had bytes replaced."""
    text = (f"read {n_scanned:,} documents, sampled {n_read:,}" if getattr(args, "sample", None) is not None
            else f"read {n_read:,} documents")
    if getattr(args, "encoding_errors", "strict") == "replace":
        text += f" ({n_replaced:,} with bytes that were not UTF-8 replaced by U+FFFD)"
    return text


# --------------------------------------------------------------------------------------------- errors


def report_errors(errors: pl.DataFrame, quiet: bool, limit: int = 20) -> None:
    """The first ``limit`` error rows on stderr, one line each, naming the file, row and document."""
    if quiet or errors.height == 0:
        return
    for row in errors.head(limit).iter_rows(named=True):
        text, kind = row["message"], "error"
        if text.startswith("warning: "):
            text, kind = text[len("warning: "):], "warning"
        source, doc_id = row["source"], row["doc_id"]
        if source and source in text:  # the message names the file (and row) itself: say it once
            named = not doc_id or repr(doc_id) in text or Path(source).stem == doc_id  # quoted, or the file's name
            line = text + ("" if named else f" (doc {doc_id})")
        else:
            where = source or "?"
            if row["row"] is not None:
                where += f", row {row['row']}"
            if doc_id:
                where += f" (doc {doc_id})"
            line = f"{where}: {text}"
        msg(f"{kind}: {line}")
    if errors.height > limit:
        msg(f"error: … and {errors.height - limit} more (write them all with --errors FILE)")


# --------------------------------------------------------------------------------------------- progress


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class Progress:
    """Progress on stderr, the toolkit's one progress helper.  On a terminal one line is rewritten in place (every
    0.2 s); in a log or a batch job (stderr not a terminal) a new line is written every ``interval`` seconds (10;
    ``COMMENTS_PROGRESS_SECONDS`` changes it), so short runs write none.  Nothing with ``quiet``.

    ``documents(n, nbytes, total)`` reports documents segmented, with a percentage and the time left when the
    input size ``total`` is known; ``steps(total, what)`` and ``step(name)`` the steps of a stage (profiling,
    drawing figures); ``done()`` ends a line on the terminal.  ``profiling_callback`` adapts it to the
    ``progress`` argument of ``analysis.profile_files``, with the run's errors and summary on the way.

    Why not tqdm or rich: neither writes plain lines at an interval when stderr is not a terminal (tqdm rewrites
    one line with carriage returns, rich stays silent), and a report per batch of 1,000 pages costs nothing.
    """

    def __init__(self, what: str, quiet: bool = False, interval: float | None = None):
        self.what, self.start = what, time.perf_counter()
        self.tty = sys.stderr.isatty()
        self.active = not quiet
        if interval is None:
            interval = 0.2 if self.tty else float(os.environ.get("COMMENTS_PROGRESS_SECONDS", "10"))
        self.interval = interval
        self._last = self.start
        self._open = False
        self._total = self._done = 0

    def _due(self, force: bool) -> bool:
        now = time.perf_counter()
        if not self.active or (now - self._last < self.interval and not force):
            return False
        self._last = now
        return True

    def _write(self, text: str) -> None:
        if self.tty:
            sys.stderr.write("\r" + text)
            self._open = True
        else:
            sys.stderr.write(text.rstrip() + "\n")
        sys.stderr.flush()

    def documents(self, docs: int, nbytes: int, total: int | None = None, force: bool = False) -> None:
        """``docs`` documents (``nbytes`` bytes of text) segmented so far, of about ``total`` bytes.  ``force``:
        the final state on a terminal (a log has its summary line instead)."""
        if (force and not self.tty) or not self._due(force):
            return
        secs = max(time.perf_counter() - self.start, 1e-9)
        text = f"{self.what}: {docs:,} documents, {nbytes / 1e6:,.1f} MB, {nbytes / 1e6 / secs:,.1f} MB/s"
        if total and nbytes:
            share = min(nbytes / total, 0.99)
            text += f", {share:.0%}, about {_duration(secs * (1 - share) / share)} left"
        self._write(text)

    def steps(self, total: int, what: str) -> None:
        self._total, self._done, self.what = total, 0, what

    def step(self, name: str) -> None:
        self._done += 1
        if self.tty and self.active:
            width = 20
            filled = round(width * (self._done - 1) / max(self._total, 1))
            self._write(f"{self.what} [{'#' * filled}{'.' * (width - filled)}] {self._done}/{self._total} {name:<24}")
        elif self._due(False):
            self._write(f"{self.what}: {self._done}/{self._total} {name}")

    def finish_steps(self) -> None:
        if self.tty and self.active:
            self._write(f"{self.what} [{'#' * 20}] {self._total}/{self._total}{' ' * 25}\n")
            self._open = False

    def done(self) -> None:
        if self._open:
            sys.stderr.write("\n")
        self._open = False

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start

    def profiling_callback(self, args):
        """``progress`` for ``analysis.profile_files``: the segmenting line, then the errors, ``--errors FILE``
        and the summary line before profiling, then the profiling steps."""
        state = {"documents": 0, "bytes": 0, "total": None}

        def callback(stage: str, info: dict) -> None:
            if stage == "segmenting":
                state.update(info)
                self.documents(info["documents"], info["bytes"], info.get("total"))
            elif stage == "profiling":
                self.documents(state["documents"], state["bytes"], state["total"], force=True)
                self.done()
                report_errors(info["errors"], args.quiet)
                if args.errors:
                    from comments.output import write_atomic

                    write_atomic(args.errors, info["errors"].write_csv)
                if not args.quiet:
                    msg(f"{read_summary(info['read'], info['scanned'], args, info['replaced'])}, "
                        f"segmented {info['segmented']:,}, "
                        f"failed {info['failed']:,}; profiling {info['comments']:,} comments …")
                self.steps(len(PROFILE_STEPS), "profiling")
            elif stage == "profile step":
                self.step(info["step"])
            elif stage == "done":
                self.finish_steps()
                self.done()

        return callback


#: The steps of ``analysis.profile`` as its ``progress`` reports them.
PROFILE_STEPS = ("duplicates", "near-duplicates", "authors", "tables")
