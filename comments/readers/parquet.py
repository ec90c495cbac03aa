"""Parquet, read in row slices (a damaged page costs only its own rows)."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from comments.errors import InputError
from comments.readers import limits
from comments.readers.common import describe
from comments.readers.table import TableReader

class ParquetReader(TableReader):
    """Parquet files (not compressed as a whole: Parquet compresses its pages)."""

    def read(self) -> Iterator[pl.DataFrame]:
        """Parquet in row slices, each one ``collect()`` of a sliced ``scan_parquet``.

        Slices rather than ``collect_batches()``: a slice either reads whole or
        fails whole (then only its rows are reported), and polars reads only
        the row groups/pages a slice needs, so memory stays at one slice.
        """
        try:
            schema = pl.read_parquet_schema(self.path)
            total = pl.scan_parquet(self.path, glob=False).select(pl.len()).collect().item()
        except Exception as exc:  # noqa: BLE001
            raise InputError(f"cannot read {self.source} as Parquet ({describe(exc)}); is it a Parquet file?") from exc
        self._setup_roles(list(schema))
        exprs = []
        for role, i in self.roles.items():
            name, dtype = self.names[i], schema[self.names[i]]
            if dtype.is_nested():
                if role == "text":
                    raise InputError(
                        f"text column {name!r} in {self.source} holds {dtype}, not text; pick another with --text-col"
                    )
                continue  # an unusable optional column counts as absent
            exprs.append(pl.col(name).cast(pl.String).alias(role))
        lf = pl.scan_parquet(self.path, glob=False).select(exprs)
        step = max(self.opts.batch_size, limits.PARQUET_SLICE_ROWS)
        for first in range(0, total, step):
            yield from self._parquet_slice(lf, first, min(step, total - first))

    def _parquet_slice(self, lf: pl.LazyFrame, first: int, n: int) -> Iterator[pl.DataFrame]:
        """Rows ``first + 1 … first + n``; a slice that fails is halved down to 1000 rows to narrow the loss."""
        try:
            df = lf.slice(first, n).collect()
            if df.height != n:
                raise ValueError(f"expected {n} rows, got {df.height}")
        except Exception as exc:  # noqa: BLE001 - a damaged page loses its rows only
            if n > 1000:
                half = n // 2
                yield from self._parquet_slice(lf, first, half)
                yield from self._parquet_slice(lf, first + half, n - half)
                return
            self._error(
                first + 1, None, f"rows {first + 1} to {first + n} could not be read ({describe(exc)}); skipped"
            )
            self.last_row = first + n
            return
        yield self._finish(df.with_row_index("row", offset=first + 1), drop_blank=False)


