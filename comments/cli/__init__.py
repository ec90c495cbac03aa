"""The ``comments`` command line: it parses, calls one library function and renders.

One module per command (``segment``, ``evaluate``, ``profile``, ``stats``, ``figures``), each with
``add_parser(sub, formatter)`` and ``run(args) -> exit status``; ``common`` holds what they share (options
defined once, the error report, the progress helper).  Data goes to stdout (or ``-o``), messages and progress to
stderr.  Exit status: 0 done, 1 some documents failed, 2 bad usage or unusable input (``comments.errors``),
3 a bug (with its traceback).
"""

from __future__ import annotations

import argparse
import sys
import traceback

from comments import __version__
from comments.cli import evaluate, figures, profile, segment, stats
from comments.cli.common import EXIT_BUG, EXIT_FAILED_DOCS, EXIT_OK, EXIT_USAGE, msg

MAIN_HELP = """\
Segment scraped news pages into title, body, boilerplate and reader comments,
and profile the comment threads.

examples:
  comments stats seeds/
  comments segment seeds/ > segments.jsonl
  comments segment corpus.csv.gz --text-col content -o lines.parquet --format parquet
  comments evaluate --gold seeds/gold.jsonl seeds/
  comments profile seeds/ -o profile/
  comments figures profile/ -o figures/ --format pdf,png

Run 'comments COMMAND --help' for the options of each command.
"""

COMMANDS = (segment, evaluate, profile, stats, figures)


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(prog="comments", description=MAIN_HELP, formatter_class=fmt)
    parser.add_argument("--version", action="version", version=f"comments {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub, fmt)
    return parser


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that a terminated run cleans up as Ctrl-C does: its
    worker processes stopped, no partial output left."""


def _on_sigterm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    import signal

    from comments.errors import user_errors

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    previous = signal.getsignal(signal.SIGTERM)
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (main() called from a thread): leave SIGTERM alone
        previous = None
    try:
        return args.func(args)
    except BrokenPipeError:  # `comments segment … | head`
        return EXIT_OK
    except Terminated:
        msg("terminated")
        return 143  # 128 + SIGTERM, as a shell reports it
    except KeyboardInterrupt:
        msg("interrupted")
        return 130
    except user_errors() as exc:
        msg(f"Error: {exc}")
        return EXIT_USAGE
    except OSError as exc:  # an output that cannot be written, a file that vanished: the environment, not a bug
        msg(f"Error: {exc}")
        return EXIT_USAGE
    except Exception:  # noqa: BLE001 - a bug: say so, with the traceback, and never as bad usage
        traceback.print_exc()
        msg("internal error: this is a bug in comments-toolkit, not a usage error; please report it with the "
            "traceback above")
        return EXIT_BUG
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


__all__ = ["EXIT_BUG", "EXIT_FAILED_DOCS", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]
