"""Near-duplicate clusters: MinHash signatures over word shingles, LSH, exact verification, leader clustering.

Similarity is the Jaccard similarity of two texts' sets of shingles.  A shingle is ``shingle_size`` consecutive
words of the normalised text, counting only words of at least ``min_word_chars`` characters and leaving out the
corpus' own common shingles: those occurring more than ``max(min_common, common_share × texts)`` times (with the
defaults, in a corpus of 200,000 distinct texts: more than 2,000 times), like "that", "this", "have".

Defaults and why
----------------
``shingle_size=1``, ``min_word_chars=4``, ``threshold=0.3``, ``common_share=0.01``, ``min_common=100``.
Comment copypasta on these sites is rewritten and re-ordered rather than copied: the two versions of the "Rolling
on (the) floor laughing ..." comment of seed 001 share 36% of their distinct words but only 14% of their word
pairs and 7% of their word triples, so order-sensitive shingles (the usual 3- or 5-word shingles at 0.5-0.8) never
link them.  Dropping words of fewer than four characters removes most function words in European languages (the,
and, of, is, to, in ...): unrelated comments then share little (mean Jaccard 0.024 between random comments of the
dragnet development set, 99th percentile 0.10, and 99th percentile 0.21 between comments of the same thread, who
share a topic), while the seed pair keeps 0.33.  0.3 sits above what a shared topic gives and below the seed's
rewrite; of the same-thread pairs of dragnet comments 0.7% reach it, mostly replies quoting their parent.  Leaving
out a large corpus' most common words sharpens the same contrast (a shared common word is no evidence of copying)
and cuts the LSH work about eightfold.  Texts with fewer than ``min_shingles=5`` shingles (repeats counted) are
left out (null cluster): for them word overlap says little, and exact duplicates are found separately.

Method
------
1. Signatures: 128 MinHash values per text, minima of 16-bit hashes (half the memory of 32 bits; two different
   minima agree by accident less than once in 3,000).
2. Candidates (LSH): two texts are candidates when their signatures agree on ``rows`` consecutive positions
   somewhere (overlapping windows: 126 of them for 3 rows).  ``rows`` is the largest that still finds a pair at
   the threshold with probability >= 0.9 (3 for 0.3: 92% at J = 0.3, 96% at 0.33, 99% at 0.4, 0.2% at 0.024).
   Within a bucket (texts sharing a window) each member is paired with the bucket's first member, and in small
   buckets also with the ``window`` members before it: linear in the bucket size, so sub-quadratic for any corpus.
3. Decision: a candidate pair whose MinHash estimate is below threshold - 0.1 is dropped, one at or above
   threshold + 0.15 is kept (wrong about once in 10,000), and the pairs in between get their exact Jaccard
   similarity; so the threshold means what it says.
4. Clusters (leader clustering, greedy in corpus order): a text leads a cluster unless it is a near-duplicate of
   an earlier leader, in which case it joins the earliest such leader.  Every member is itself within the
   threshold of its leader; unlike connected components, a low threshold cannot chain unrelated texts into one
   giant cluster.

Everything is deterministic given the input order and ``seed`` (hashes are polars', stable within a polars
version).
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
import polars as pl

THRESHOLD = 0.3
SHINGLE_SIZE = 1
MIN_WORD_CHARS = 4
MIN_SHINGLES = 5
COMMON_SHARE = 0.01
MIN_COMMON = 100
NUM_PERM = 128
WINDOW = 2
SMALL_BUCKET = 32
RECALL_AT_THRESHOLD = 0.9
VERIFY_MARGIN = 0.1
SURE_MARGIN = 0.15

_BLOCK = 1024  # shingles per block of the signature computation: the block stays in cache


@dataclass(frozen=True)
class Shingler:
    """How texts become shingle sets; ``common`` holds the hashes of the corpus' common shingles."""

    shingle_size: int = SHINGLE_SIZE
    min_word_chars: int = MIN_WORD_CHARS
    seed: int = 0
    common: pl.Series | None = None

    def table(self, texts: pl.Series) -> pl.DataFrame:
        """Shingle hashes per text: ``doc`` (UInt32 position in ``texts``, ascending), ``h`` (UInt64); repeats
        kept.  ``texts`` must be normalised (lower case, words separated by single spaces)."""
        words = (
            pl.DataFrame({"t": texts})
            .with_row_index("doc")
            .select("doc", w=pl.col("t").str.split(" "))
            .explode("w")
            .filter(pl.col("w").str.len_chars() >= self.min_word_chars)
        )
        if self.shingle_size > 1:
            parts = [pl.col("w")] + [pl.col("w").shift(-k) for k in range(1, self.shingle_size)]
            same = pl.col("doc").shift(-(self.shingle_size - 1)) == pl.col("doc")
            words = words.select("doc", w=pl.when(same).then(pl.concat_str(parts, separator=" "))).drop_nulls()
        return self.drop_common(words.select("doc", h=pl.col("w").hash(seed=self.seed)))

    def drop_common(self, table: pl.DataFrame) -> pl.DataFrame:
        if self.common is None or len(self.common) == 0:
            return table
        return table.filter(~pl.col("h").is_in(self.common.implode()))


@functools.cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = (rng.integers(0, 2**31, size=num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)).astype(np.uint32)
    b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint32)
    return a, b


def signatures(doc: np.ndarray, h: np.ndarray, n_docs: int, *, num_perm: int = NUM_PERM, seed: int = 0,
               threads: int | None = None) -> np.ndarray:
    """MinHash signatures (uint16 [n_docs, num_perm]) of the shingle hashes ``h`` of text ``doc`` (sorted).

    Permutation k maps a shingle's 32-bit hash x to ``((a_k * x + b_k) mod 2**32) >> 16`` (multiply-shift,
    Dietzfelbinger et al. 1997) and keeps the minimum: 16-bit values, whose chance of agreeing by accident is
    below 1/3000 for comment-sized sets.  Texts without shingles get all-0xFFFF rows (callers leave them out).
    """
    a, b = _permutations(num_perm, seed)
    sig = np.full((n_docs, num_perm), 0xFFFF, dtype=np.uint16)
    if len(doc) == 0:
        return sig
    x = (h ^ (h >> np.uint64(32))).astype(np.uint32)
    cuts = np.searchsorted(doc, doc[np.arange(0, len(doc), _BLOCK)], side="left")
    bounds = np.unique(np.append(cuts, len(doc)))

    def blocks(ks: range) -> None:
        buf = np.empty((2 * _BLOCK + 1, num_perm), dtype=np.uint32)
        for k in ks:
            lo, hi = bounds[k], bounds[k + 1]
            d = doc[lo:hi]
            if hi - lo > len(buf):
                buf = np.empty((hi - lo, num_perm), dtype=np.uint32)
            v = buf[: hi - lo]
            np.multiply(x[lo:hi, None], a[None, :], out=v)
            v += b[None, :]
            v >>= np.uint32(16)
            starts = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
            sig[d[starts]] = np.minimum.reduceat(v, starts, axis=0)

    n_blocks = len(bounds) - 1
    threads = max(1, min(threads or os.cpu_count() or 1, 4, n_blocks))
    if threads > 1:
        step = -(-n_blocks // threads)
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(blocks, [range(i, min(i + step, n_blocks)) for i in range(0, n_blocks, step)]))
    else:
        blocks(range(n_blocks))
    return sig


def sketch(texts: pl.Series, shingler: Shingler, *, common_share: float = COMMON_SHARE,
           min_common: int = MIN_COMMON, num_perm: int = NUM_PERM,
           chunk: int = 200_000) -> tuple[Shingler, np.ndarray, np.ndarray]:
    """The shingler told the corpus' common shingles (more than max(min_common, common_share × len(texts))
    occurrences), and the signatures (uint16 [n, num_perm]) and shingle counts (int64 [n]) of normalised
    ``texts`` without them.  ``chunk`` texts at a time, so that memory stays near the size of the signatures; a
    corpus of one chunk is shingled once, a larger one twice (counting, then signing)."""
    parts = [texts.slice(lo, chunk) for lo in range(0, len(texts), chunk)]
    tables = [shingler.table(part) for part in parts] if len(parts) == 1 else None
    occurrences = pl.concat(
        [t.group_by("h").len() for t in (tables or (shingler.table(part) for part in parts))]
        or [pl.DataFrame(schema={"h": pl.UInt64, "len": pl.UInt32})]
    )
    limit = max(min_common, common_share * len(texts))
    common = occurrences.group_by("h").agg(pl.col("len").sum()).filter(pl.col("len") > limit)["h"].sort()
    shingler = replace(shingler, common=common)
    n = len(texts)
    sig = np.empty((n, num_perm), dtype=np.uint16)
    counts = np.zeros(n, dtype=np.int64)
    for k, part in enumerate(parts):
        lo = k * chunk
        sh = shingler.drop_common(tables[k]) if tables else shingler.table(part)
        doc = sh["doc"].to_numpy().astype(np.int64)
        sig[lo:lo + len(part)] = signatures(doc, sh["h"].to_numpy(), len(part), num_perm=num_perm,
                                            seed=shingler.seed)
        counts[lo:lo + len(part)] = np.bincount(doc, minlength=len(part))
    return shingler, sig, counts


def _p_candidate(similarity: float, num_perm: int, rows: int) -> float:
    """Probability that two signatures agreeing at each position with probability ``similarity`` agree on
    ``rows`` consecutive positions somewhere (dynamic programme over the length of the current run)."""
    run = np.zeros(rows)
    run[0] = 1.0
    hit = 0.0
    for _ in range(num_perm):
        hit += run[-1] * similarity
        run = np.concatenate([[run.sum() * (1.0 - similarity)], run[:-1] * similarity])
    return float(hit)


@functools.cache
def band_rows(threshold: float, num_perm: int = NUM_PERM, recall: float = RECALL_AT_THRESHOLD) -> int:
    """The largest window length whose candidate probability at ``threshold`` is still >= ``recall``."""
    rows = 1
    for r in range(1, num_perm + 1):
        if _p_candidate(threshold, num_perm, r) >= recall:
            rows = r
        else:
            break
    return rows


def candidate_pairs(sig: np.ndarray, rows: int, *, window: int = WINDOW, small_bucket: int = SMALL_BUCKET) -> np.ndarray:
    """Distinct pairs (i < j) of rows whose signatures agree on ``rows`` consecutive positions: int64 [m, 2].

    Per window, keys are spread over a table of about 2n slots and only the rows sharing a slot are sorted.  In a
    bucket (rows sharing a key) every member is paired with the bucket's first member, and in buckets of at most
    ``small_bucket`` members also with the ``window`` members before it.
    """
    n, num_perm = sig.shape
    return candidate_pairs_by_column(lambda j: sig[:, j], n, num_perm, rows, window=window,
                                     small_bucket=small_bucket)


def candidate_pairs_by_column(column, n: int, num_perm: int, rows: int, *, window: int = WINDOW,
                              small_bucket: int = SMALL_BUCKET) -> np.ndarray:
    """:func:`candidate_pairs` of ``n`` signatures read one position at a time: ``column(j)`` gives position j
    of every signature (uint16 [n]), so the signatures can stay on disk (``analysis.streaming``)."""
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    bits = max(10, int(np.ceil(np.log2(2 * n))))
    shift = np.uint64(64 - bits)
    cols: dict[int, np.ndarray] = {}  # the window's signature columns as uint64, each converted once
    found = []
    with np.errstate(over="ignore"):
        for start in range(num_perm - rows + 1):
            key = np.full(n, np.uint64(start), dtype=np.uint64)
            for j in range(start, start + rows):
                if j not in cols:
                    cols[j] = np.asarray(column(j)).astype(np.uint64)
                if rows > 3:
                    key = (key * np.uint64(0x100000001B3)) ^ cols[j]
                else:  # exact: window start in the top 16 bits, then 3 x 16 bits of values
                    key = (key << np.uint64(16)) | cols[j]
            del cols[start]
            if rows > 3:  # the values do not fit 64 bits: hash them
                key = (key ^ (key >> np.uint64(31))) * np.uint64(0xBF58476D1CE4E5B9)
                key ^= key >> np.uint64(29)
            slot = ((key * np.uint64(0x9E3779B97F4A7C15)) >> shift).astype(np.intp)
            shared = np.flatnonzero(np.bincount(slot, minlength=1 << bits)[slot] > 1)
            if len(shared) == 0:
                continue
            order = np.argsort(key[shared], kind="stable")  # rows ascending within equal keys
            k, r = key[shared][order], shared[order]
            new = np.r_[True, k[1:] != k[:-1]]
            alone = new & np.r_[new[1:], True]  # slot collisions without a partner
            k, r, new = k[~alone], r[~alone], new[~alone]
            if len(k) == 0:
                continue
            pos = np.arange(len(k))
            first = np.maximum.accumulate(np.where(new, pos, 0))
            size = np.diff(np.r_[np.flatnonzero(new), len(k)])[np.cumsum(new) - 1]
            members = np.flatnonzero(~new)
            found.append(r[first[members]] * n + r[members])
            small = members[size[members] <= small_bucket]
            for w in range(1, window + 1):
                m = small[small - w > first[small]]
                found.append(r[m - w] * n + r[m])
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    code = np.sort(np.concatenate(found))
    code = code[np.r_[True, code[1:] != code[:-1]]]
    return np.stack([code // n, code % n], axis=1)


def estimated_jaccard(sig: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """MinHash estimate of the Jaccard similarity of each pair: the share of equal signature values."""
    out = np.empty(len(pairs), dtype=np.float64)
    step = 65536
    for lo in range(0, len(pairs), step):
        p = pairs[lo:lo + step]
        out[lo:lo + step] = (sig[p[:, 0]] == sig[p[:, 1]]).mean(axis=1)
    return out


def exact_jaccard(texts: pl.Series, pairs: np.ndarray, shingler: Shingler) -> np.ndarray:
    """Jaccard similarity of the shingle sets of each pair of positions in normalised ``texts``."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=np.float64)
    involved = np.unique(pairs)
    sets = shingler.table(texts.gather(involved)).group_by("doc").agg(pl.col("h").unique())
    where = np.full(len(involved), -1, dtype=np.int64)  # row of ``sets`` per involved text
    where[sets["doc"].to_numpy()] = np.arange(sets.height)
    where = where[np.searchsorted(involved, pairs)]
    frame = pl.DataFrame({"a": sets["h"].gather(where[:, 0]), "b": sets["h"].gather(where[:, 1])})
    both = pl.col("a").list.set_intersection("b").list.len()
    return frame.select(both / (pl.col("a").list.len() + pl.col("b").list.len() - both)).to_series().to_numpy()


def leader_clusters(n: int, pairs: np.ndarray) -> np.ndarray:
    """Greedy leader clustering in row order over the similar ``pairs`` (i < j): each row's leader row.

    Row r is a leader unless an earlier leader is paired with it; then its leader is the earliest such leader.
    Computed in rounds, each deciding the rows whose earlier partners are decided up to the earliest leader among
    them; equals the sequential greedy result.
    """
    leader = np.arange(n, dtype=np.int64)
    if len(pairs) == 0:
        return leader
    i, j = pairs[:, 0], pairs[:, 1]
    undecided, lead, follow = 0, 1, 2
    state = np.full(n, lead, dtype=np.int8)
    state[j] = undecided  # a row without earlier partners leads
    none = np.int64(n)
    while True:
        open_ = state[j] == undecided
        if not open_.any():
            break
        oi, oj = i[open_], j[open_]
        best = np.full(n, none, dtype=np.int64)  # earliest leading partner
        is_lead = state[oi] == lead
        np.minimum.at(best, oj[is_lead], oi[is_lead])
        pending = np.full(n, none, dtype=np.int64)  # earliest undecided partner
        is_open = state[oi] == undecided
        np.minimum.at(pending, oj[is_open], oi[is_open])
        rows = np.unique(oj)
        joins = rows[(best[rows] < none) & (best[rows] < pending[rows])]
        leader[joins] = best[joins]
        state[joins] = follow
        state[rows[(best[rows] == none) & (pending[rows] == none)]] = lead
    return leader


def near_duplicate_pairs(sig: np.ndarray, texts: pl.Series, shingler: Shingler, *, threshold: float = THRESHOLD,
                         window: int = WINDOW) -> np.ndarray:
    """Pairs (i < j) of positions of ``sig`` / normalised ``texts`` whose shingle sets have Jaccard similarity
    >= ``threshold``: LSH candidates, decided by their MinHash estimate when it is far from the threshold and by
    the exact similarity otherwise."""
    pairs = candidate_pairs(sig, band_rows(threshold, sig.shape[1]), window=window)
    estimate = estimated_jaccard(sig, pairs)
    sure = estimate >= threshold + SURE_MARGIN
    check = np.flatnonzero((estimate >= threshold - VERIFY_MARGIN) & ~sure)
    sure[check[exact_jaccard(texts, pairs[check], shingler) >= threshold]] = True
    return pairs[sure]
