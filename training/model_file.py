"""Writing a trained model file whole: to a temporary name beside it, renamed when complete."""

from __future__ import annotations

import json
import os
from pathlib import Path


def write_model(path: Path, data: dict, ensure_ascii: bool = True) -> None:
    """``data`` as compact JSON at ``path`` (one line and a newline); never a half-written file."""
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=ensure_ascii, separators=(",", ":")) + "\n", encoding="utf-8")
    os.replace(tmp, path)
