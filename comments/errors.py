"""One family of exceptions for the toolkit (``comments``, ``analysis``, ``figures``).

``CommentsError``
    the base: every error the toolkit raises on purpose, with a message for the user.
``UsageError``
    a call or a command line that cannot work as given: an option out of range, an unknown format or figure,
    an output that cannot be written.  ``comments`` exits 2 with ``Error: <message>``.
``InputError``
    input that cannot be used at all: a path that does not exist, a table without a text column, a gold file
    that is not gold, a table handed to the profiler without the columns it needs.  Exits 2 as well.  (Bad
    *documents* inside usable input are not raised: they are rows of the ``errors`` table, exit status 1.)

Both are also ``ValueError``s, as the errors they replace were.  Anything else that escapes is a bug, not bad
usage: the command line says so, with the traceback, and exits 3.
"""

from __future__ import annotations


class CommentsError(Exception):
    """Base of every error the toolkit raises on purpose; the message is meant for the user."""


class UsageError(CommentsError, ValueError):
    """Arguments that cannot work as given (exit status 2 on the command line)."""


class InputError(CommentsError, ValueError):
    """Input that cannot be used at all, e.g. a path that does not exist (exit status 2 on the command line)."""


def user_errors() -> tuple[type[BaseException], ...]:
    """The exception classes the command line reports as ``Error: <message>`` with exit status 2.
    (The knowledge-file errors — ``CueError``, ``LabellerError``, ``MarkerError`` — are
    ``UsageError``s.)"""
    return (CommentsError,)


__all__ = ["CommentsError", "InputError", "UsageError", "user_errors"]
