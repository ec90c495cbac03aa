"""Write the measured validity of each marker into analysis/markers.toml and print the README table.

    python -m validity.evaluate --json validity/results_after.json
    python -m validity.publish validity/results_after.json

Each marker measured for a concept gets ``validity = "..."`` with its held-out precision, recall and F1 (Wilson 95%
intervals), the number of positive comments and of comments, and the development-part F1 beside them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from analysis.markers import DEFAULT_PATH

#: marker id -> concept of the validity set (markers measured jointly share a concept)
MARKER_CONCEPT = {
    "question": "question", "exclamation": "exclamation", "all_caps": "caps_emphasis", "scare_quotes": "scare_quotes",
    "so_called": "scare_quotes", "laughter": "laughter_ridicule", "sarcasm_cues": "sarcasm", "insult": "insult",
    "profanity": "profanity", "obfuscated_profanity": "profanity", "conspiracy": "conspiracy",
    "us_vs_them": "us_vs_them", "call_to_action": "call_to_action", "nazi_comparison": "nazi_comparison",
    "whataboutism": "whataboutism", "hedge": "hedge", "booster": "booster",
}


def _ci(v, ci) -> str:
    if v is None:
        return "–"
    return f"{v:.2f} [{ci[0]:.2f}, {ci[1]:.2f}]"


def summary(r: dict, dev: dict | None) -> str:
    text = (f"held-out part of the validity set: precision {_ci(r['precision'], r['precision_ci'])}, recall "
            f"{_ci(r['recall'], r['recall_ci'])}, F1 {'–' if r['f1'] is None else format(r['f1'], '.2f')}; "
            f"{r['positives']} positive of {r['n']} comments; concept {r['concept']} measured as {r['columns']} > 0")
    if dev is not None:
        text += f" (development part: F1 {'–' if dev['f1'] is None else format(dev['f1'], '.2f')}, {dev['positives']} positive of {dev['n']})"
    if r["positives"] < 10:
        text += "; fewer than 10 positives: the interval is wide"
    return text


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    res = {(r["split"], r["concept"]): r for r in data["results"]}
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    text = re.sub(r'\nvalidity = "[^"\n]*"', "", text)
    for marker_id, concept in MARKER_CONCEPT.items():
        r = res.get(("held_out", concept))
        if r is None:
            continue
        line = f'validity = "{summary(r, res.get(("dev", concept)))}"'
        text, n = re.subn(rf'(\nid = "{marker_id}"\n)', rf"\1{line}\n", text)
        if n != 1:
            raise SystemExit(f"marker {marker_id} not found once in {DEFAULT_PATH}")
    DEFAULT_PATH.write_text(text, encoding="utf-8")
    print("| concept | column(s) | positives / n (held-out) | precision [95% CI] | recall [95% CI] | F1 | F1 (dev) |")
    print("|---|---|---:|---|---|---:|---:|")
    for (split, concept), r in res.items():
        if split != "held_out":
            continue
        dev = res.get(("dev", concept))
        f1 = "–" if r["f1"] is None else f"{r['f1']:.2f}"
        dev_f1 = "–" if dev is None or dev["f1"] is None else f"{dev['f1']:.2f}"
        print(f"| {concept} | `{r['columns']}` | {r['positives']} / {r['n']} | {_ci(r['precision'], r['precision_ci'])} | "
              f"{_ci(r['recall'], r['recall_ci'])} | {f1} | {dev_f1} |")
    print(f"\nmacro F1 (concepts with >= 10 held-out positives): held-out {data['macro_f1']['held_out']}, "
          f"development {data['macro_f1']['dev']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
