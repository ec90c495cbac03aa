"""The inputs of the figures: the profile tables in any of their forms, the sites to show and their labels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from analysis.stats import MAX_SITES, pick_sites, site_stats
from comments.errors import UsageError

UNKNOWN_SITE = "(unknown site)"
LABEL_CHARS = 28  # longer site names are shortened in the middle


@dataclass(frozen=True)
class Tables:
    documents: pl.DataFrame | None
    comments: pl.DataFrame | pl.LazyFrame  # (a query over the comments file when read from a profile folder)
    threads: pl.DataFrame | None


def tables(profiles, comments: pl.DataFrame | None = None, threads: pl.DataFrame | None = None) -> Tables:
    """The profile tables from a ``Profiles`` object (``analysis.profile``), a ``(documents, comments, threads)``
    tuple, three tables, or the path of a ``comments profile`` directory."""
    if isinstance(profiles, (str, Path)):
        from analysis.run import open_profiles
        from analysis.stats import read_run_record, scan_profile_dir

        read_run_record(profiles)  # (refuses a path that is not a profile directory)
        scanned = scan_profile_dir(profiles)  # the comments streamed from their file, the columns the figures read
        if scanned is not None:
            return Tables(None, scanned[1], scanned[2])
        loaded = open_profiles(profiles, summary=True)  # (tables written before the claim overlap)
        return Tables(loaded.documents, loaded.comments, loaded.threads)
    if hasattr(profiles, "comments") and hasattr(profiles, "documents"):
        return Tables(profiles.documents, profiles.comments, getattr(profiles, "threads", None))
    if isinstance(profiles, tuple):
        if len(profiles) != 3:
            raise UsageError("give (documents, comments, threads)")
        return Tables(*profiles)
    if comments is None:
        raise UsageError("give a Profiles object, a (documents, comments, threads) tuple, the three tables or the "
                         "directory `comments profile` wrote")
    return Tables(profiles, comments, threads)


def short(name: str | None, limit: int = LABEL_CHARS) -> str:
    """A site's label: its name, shortened in the middle past ``limit`` characters."""
    if name is None:
        return UNKNOWN_SITE
    if len(name) <= limit:
        return name
    keep = limit - 1
    return name[: (keep + 1) // 2] + "…" + name[len(name) - keep // 2:]


@dataclass(frozen=True)
class Selection:
    """The sites a figure shows, top to bottom, and what it leaves out."""

    stats: pl.DataFrame  # site_stats rows of the shown sites, in order
    hidden_no_comments: int  # sites left out because they have no comments
    hidden_over_limit: int  # sites left out because of max_sites

    @property
    def sites(self) -> list[str | None]:
        return self.stats.get_column("site").to_list()

    @property
    def labels(self) -> list[str]:
        return [short(s) for s in self.sites]

    def note(self) -> str:
        parts = []
        if self.hidden_over_limit:
            parts.append(f"{self.hidden_over_limit} more sites with fewer comments not shown")
        if self.hidden_no_comments:
            n = self.hidden_no_comments
            parts.append(f"{n} site{'s' if n != 1 else ''} without comments not shown")
        return "; ".join(parts)


def select_sites(
    t: Tables, *, sites: list[str] | None = None, max_sites: int | None = MAX_SITES, need_comments: bool = True
) -> Selection:
    """The sites to show: ``sites`` in that order when given, else every site (with comments, when
    ``need_comments``) in the stats table's order (alphabetical); past ``max_sites``, the sites with most
    comments (ties: alphabetical), still in alphabetical order."""
    stats = site_stats(t.documents, t.comments, t.threads)
    if sites is not None:
        return Selection(pick_sites(stats, sites=sites), 0, 0)
    hidden_none = 0
    if need_comments:
        hidden_none = stats.filter(pl.col("comments") == 0).height
        stats = stats.filter(pl.col("comments") > 0)
    hidden_over = 0
    if max_sites is not None and stats.height > max_sites:
        hidden_over = stats.height - max_sites
        stats = pick_sites(stats, max_sites=max_sites)
    return Selection(stats, hidden_none, hidden_over)
