"""Score a segmentation against gold: word-weighted label P/R/F1, exact comment boundaries, titles.

The scorer behind ``comments evaluate --gold GOLD.jsonl PATH...``.  Two kinds of gold are read:

* **segments** gold, the JSONL format of ``docs/LABELS.md`` (``doc_id``, ``site``, ``spans``): every
  label is scored, ``caption`` as ``boilerplate``, and each reader comment is matched exactly;
* **dragnet** gold (``doc_id``, ``text``, ``comment_start_line``): the lines from
  ``comment_start_line`` on are reader comments, the lines before are the article; only the
  comment class is scored, and the texts come with the gold.

Lines are numbered as ``docs/LABELS.md`` numbers them; blank lines are never scored; a line weighs as
many words as ``str.split()`` finds in it.  All per-line work is done in polars: spans become lines
with ``int_ranges``, lines are joined to their word counts and everything is counted by
``group_by``.

>>> from pathlib import Path
>>> from comments import segment_files
>>> gold = load_gold("seeds/gold.jsonl")
>>> texts = {p.stem: p.read_text(encoding="utf-8") for p in Path("seeds").glob("*.txt")}
>>> result = evaluate(segment_files("seeds/").spans, gold, texts)
>>> result.summary["word_accuracy"], result.summary["title_accuracy"]
(1.0, 1.0)
>>> print(result.render(worst=0).splitlines()[0])
Gold: seeds/gold.jsonl (segments), 5 documents, 4878 words

Modules: ``gold`` (reading and validating gold, checking predictions), ``lines`` (spans and texts as lines),
``scoring`` (``evaluate``), ``report`` (``Evaluation``: the result, as data or as a text report), ``files``
(``evaluate_files``: read, segment and score, as ``comments evaluate`` does).
"""

from comments.evaluate.files import evaluate_files
from comments.evaluate.gold import EvaluationError, Gold, GoldFormatError, gold_from_records, load_gold
from comments.evaluate.lines import spans_to_lines
from comments.evaluate.report import Evaluation
from comments.evaluate.scoring import NONE, SCORED_LABELS, evaluate

__all__ = [
    "NONE", "SCORED_LABELS", "Evaluation", "EvaluationError", "Gold", "GoldFormatError", "evaluate", "evaluate_files",
    "gold_from_records", "load_gold", "spans_to_lines",
]
