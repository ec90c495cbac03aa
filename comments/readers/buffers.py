"""Byte input for the line-based tables: a window on a (possibly gzip-compressed) binary stream."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

from comments.readers import limits

# ------------------------------------------------------------------- tables


class ByteBuf:
    """A window on a binary stream; ``pos`` is the absolute offset of the first unconsumed byte."""

    def __init__(self, raw: io.RawIOBase | io.BufferedIOBase):
        self.raw = raw
        self.data = b""
        self.base = 0  # absolute offset of data[0]
        self.pos = 0
        self.eof = False
        self.error: BaseException | None = None

    @property
    def rel(self) -> int:
        return self.pos - self.base

    @property
    def end(self) -> int:
        return self.base + len(self.data)

    def avail(self) -> int:
        return self.end - self.pos

    def fill(self, n: int) -> None:
        """Make at least ``n`` unconsumed bytes available (fewer at end of file).

        A read error (truncated gzip, I/O error) keeps the bytes read before
        it: they can still be parsed, up to their last complete record, and
        the error is raised by the next call that needs more.
        """
        if self.avail() >= n or self.eof:
            return
        if self.error is not None:
            raise self.error
        parts = [self.data[self.rel :]]
        have = len(parts[0])
        while have < n:
            try:
                block = self.raw.read(min(n - have, 1 << 20))
            except (OSError, EOFError, zlib.error) as exc:
                if len(parts) == 1:
                    raise
                self.error = exc
                break
            if not block:
                self.eof = True
                break
            parts.append(block)
            have += len(block)
        self.data = b"".join(parts)
        self.base = self.pos

    def grow(self) -> None:
        self.fill(max(2 * self.avail(), limits.CHUNK_BYTES))


class NotGzip(Exception):
    pass


class Gunzip:
    """Streaming gzip decompression (multi-member) with ``zlib``.

    Unlike ``gzip.GzipFile`` it hands out everything decompressed before a
    truncation or corruption, and raises only on the next read.
    """

    def __init__(self, path: Path):
        self.file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.inflate = zlib.decompressobj(wbits=31)
        self.pending: BaseException | None = None
        head = self.file.read(2)
        if head != b"\x1f\x8b":
            self.file.close()
            raise NotGzip
        self.feed = head

    def read(self, n: int) -> bytes:
        if self.pending is not None:
            raise self.pending
        out: list[bytes] = []
        have = 0
        while have < n:
            if self.inflate.eof:  # end of a member: another one may follow
                rest = self.inflate.unused_data or self.file.read(1 << 18)
                if not rest.strip(b"\x00"):
                    break
                self.inflate = zlib.decompressobj(wbits=31)
                self.feed = rest
            if not self.feed:
                self.feed = self.inflate.unconsumed_tail or self.file.read(1 << 18)
                if not self.feed:
                    self.pending = EOFError("compressed data ends before the end of the gzip stream (truncated file?)")
                    break
            try:
                block = self.inflate.decompress(self.feed, n - have)
            except zlib.error as exc:
                self.pending = exc
                break
            self.feed = b""
            if block:
                out.append(block)
                have += len(block)
        if not out and self.pending is not None:
            raise self.pending
        return b"".join(out)

    def close(self) -> None:
        self.file.close()

