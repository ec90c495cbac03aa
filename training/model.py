"""Training the line labeller's lexicon and context network (PyTorch, training only).

The network is the one ``comments.labeller.forward`` runs with numpy: a line network
(inputs → 32 → 16, ReLU), the 16-number line summaries averaged over windows of
``POOLS`` lines and over the page, and a label network (inputs, summary, averages → 32 →
32 → 4 classes).  Loss: cross-entropy over the lines with a gold class (a forum post's gold allows body or
comment: the loss is minus the log of their summed probability), each line weighted
by the square root of its word count (long paragraphs count more than buttons, not
hundreds of times more).  Documents are shuffled into batches of about 20,000 lines;
Adam with a one-cycle learning rate.  Seeded, and single-threaded by default, so the same
data gives the same weights.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import polars as pl

from comments.labeller import CLASSES, LINE_FEATURES, Labeller, Pages, context_matrix, model_inputs
from comments.lines import D

POOLS = (1, 3, 10, 30)
HIDDEN = 32
SUMMARY = 16
EPOCHS = 10
BATCH_LINES = 20_000  # lines per batch, on average
WEIGHT_POWER = 0.5
# The test pages written for this project (news and blog pages with comment sections, as our
# users' corpora have) weigh this much more than a WCXB page's lines: ~270 texts among ~7,300.
SYNTHETIC_WEIGHT = 5.0
TITLE_LOSS = 0.5  # weight of the per-page title choice in the loss
TITLE_MIN = -10.0  # a page's most title-like line is its title unless its log-odds are below this
# Lexicon: words of short lines, weighted by log-odds of main content (title, body)
# against other lines; only words seen on pages of at least this many domains.
LEXICON_MIN_DOMAINS = 8


def learn_lexicon(lines: pl.DataFrame) -> pl.DataFrame:
    """``tok, weight`` from the training lines (``lex_tokens``, ``gold``, ``domain``)."""
    toks = (
        lines.filter(pl.col("gold").is_in(["title", "body", "other"]))
        .select("domain", main=pl.col("gold") != "other", tok="lex_tokens")
        .explode("tok").drop_nulls("tok")
    )
    voc = toks.group_by("tok").agg(
        n_main=pl.col("main").sum(), n_other=(~pl.col("main")).sum(), domains=pl.col("domain").n_unique()
    ).filter(pl.col("domains") >= LEXICON_MIN_DOMAINS)
    n_main, n_other, n = voc["n_main"].sum(), voc["n_other"].sum(), voc.height
    weight = ((pl.col("n_main") + 1) / (n_main + n)).log() - ((pl.col("n_other") + 1) / (n_other + n)).log()
    return voc.select("tok", weight=weight).sort("tok")


def with_lexicon(lines: pl.DataFrame, lexicon: pl.DataFrame) -> pl.DataFrame:
    """Fill in the lexicon features (as ``comments.labeller._lexicon`` does at run time)."""
    w = (
        lines.select(D, "line_no", tok="lex_tokens").explode("tok").drop_nulls("tok")
        .join(lexicon, on="tok", how="inner")
        .group_by(D, "line_no").agg(x_lex=pl.col("weight").mean())
    )
    return lines.drop("x_lex").join(w, on=[D, "line_no"], how="left", maintain_order="left") \
        .with_columns(pl.col("x_lex").fill_null(0.0))


# Gold classes and the classes each allows: "main" (forum posts) is body or comment.
ALLOWED = {c: (c,) for c in CLASSES} | {"main": ("body", "comment")}


def arrays(lines: pl.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(inputs, allowed classes (rows × classes, all False: no gold), weights, document
    lengths) of lines sorted by document."""
    lines = lines.sort(D, "line_no")
    lengths = lines.group_by(D, maintain_order=True).len()["len"].to_numpy().astype(np.int64)
    base = lines.select([f"x_{c}" for c in LINE_FEATURES]).to_numpy().astype(np.float32)
    x = context_matrix(base, lines["_pw"].to_numpy(), lengths)
    gold = lines["gold"].to_numpy()
    y = np.stack([np.isin(gold, [g for g, ok in ALLOWED.items() if c in ok]) for c in CLASSES], 1)
    w = (np.expm1(lines["x_log_words"].to_numpy()).clip(1) ** WEIGHT_POWER).astype(np.float32)
    w *= np.where(lines["page_type"].to_numpy() == "synthetic", SYNTHETIC_WEIGHT, 1.0).astype(np.float32)
    return x, y, w, lengths


def _net(n_inputs: int):
    import torch.nn as nn

    class ContextNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.line = nn.Sequential(nn.Linear(n_inputs, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, SUMMARY), nn.ReLU())
            self.label = nn.Sequential(
                nn.Linear(n_inputs + SUMMARY * (len(POOLS) + 2), HIDDEN), nn.ReLU(),
                nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, len(CLASSES)),
            )

        def forward(self, x, bounds):
            import torch

            h = self.line(x)
            cs = torch.cat([torch.zeros(1, h.shape[1]), torch.cumsum(h, 0)])
            parts = [x, h]
            for lo, hi in bounds:
                parts.append((cs[hi + 1] - cs[lo]) / (hi - lo + 1).unsqueeze(1))
            return self.label(torch.cat(parts, 1))

    return ContextNet()


def _title_loss(logits, allowed, lengths: np.ndarray):
    """Mean over the documents with a gold title of -log P(the chosen line is a title line),
    where the page's lines compete in a softmax over their title log-odds (the segmenter
    takes the most title-like line of each page)."""
    import torch

    title = CLASSES.index("title")
    others = [j for j in range(len(CLASSES)) if j != title]
    odds = logits[:, title] - torch.logsumexp(logits[:, others], 1)
    doc = torch.from_numpy(np.repeat(np.arange(len(lengths)), lengths))
    n_docs = len(lengths)
    top = torch.full((n_docs,), -1e9).scatter_reduce(0, doc, odds.detach(), "amax")
    e = torch.exp(odds - top[doc])
    total = torch.zeros(n_docs).index_add(0, doc, e)
    gold = torch.zeros(n_docs).index_add(0, doc, e * allowed[:, title])
    has = torch.zeros(n_docs).index_add(0, doc, allowed[:, title].float()) > 0
    if not has.any():
        return torch.zeros(())
    return (torch.log(total[has]) - torch.log(gold[has])).mean()


def _bounds(lengths: np.ndarray):
    """Window bounds (as ``labeller.window_mean`` takes them) for POOLS and the whole page."""
    import torch

    p = Pages(lengths)
    out = [(np.maximum(p.i - k, p.first), np.minimum(p.i + k, p.last)) for k in POOLS] + [(p.first, p.last)]
    return [(torch.from_numpy(lo), torch.from_numpy(hi)) for lo, hi in out]


def fit(lines: pl.DataFrame, *, epochs: int = EPOCHS, seed: int = 0, threads: int = 1,
        meta: dict | None = None, log=sys.stderr) -> Labeller:
    """Learn the lexicon and the network from ``training.features`` lines (gold, domain)."""
    import torch
    
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    rng = np.random.default_rng(seed)
    lexicon = learn_lexicon(lines)
    x, y, w, lengths = arrays(with_lexicon(lines, lexicon))
    mean = x.mean(0)
    std = x.std(0) + 1e-6
    xs = torch.from_numpy((x - mean) / std)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    net = _net(x.shape[1])
    opt = torch.optim.Adam(net.parameters(), lr=2e-3, weight_decay=1e-5)

    n_batches = max(1, int(np.ceil(lengths.sum() / BATCH_LINES)))

    def batches():
        """The documents in random order, cut into ``n_batches`` batches (about BATCH_LINES lines)."""
        return np.array_split(rng.permutation(len(lengths)), n_batches)

    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=epochs * n_batches)
    for epoch in range(epochs):
        t0, total = time.perf_counter(), 0.0
        for docs in batches():
            rows = np.concatenate([np.arange(starts[d], starts[d] + lengths[d]) for d in docs])
            allowed = torch.from_numpy(y[rows])
            wb = torch.from_numpy(w[rows]) * allowed.any(1)
            logits = net(xs[rows], _bounds(lengths[docs]))
            # -log P(gold), where a gold that allows several classes has their summed probability
            nll = torch.logsumexp(logits, 1) - torch.logsumexp(logits.masked_fill(~allowed, float("-inf")), 1)
            loss = (torch.where(allowed.any(1), nll, 0.0) * wb).sum() / wb.sum()
            loss = loss + TITLE_LOSS * _title_loss(logits, allowed, lengths[docs])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        if log:
            print(f"epoch {epoch + 1}/{epochs}: loss {total / n_batches:.4f} ({time.perf_counter() - t0:.1f} s)", file=log)

    def layers(seq):
        return tuple((m.weight.detach().numpy().copy(), m.bias.detach().numpy().copy())
                     for m in seq if isinstance(m, torch.nn.Linear))

    return Labeller(
        inputs=model_inputs(), mean=mean, std=std, line_net=layers(net.line), pools=POOLS,
        label_net=layers(net.label), lexicon=lexicon, title_min=TITLE_MIN, meta=meta or {},
    )
