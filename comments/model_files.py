"""Reading a model file: the one shipped in the package's ``data/`` folder, or a user's own."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path


def read_model(name: str, path: str | Path | None = None) -> tuple[dict, str]:
    """(content, name for messages) of ``path``, or of the shipped ``data/<name>`` when it is None."""
    if path is None:
        text = resources.files("comments").joinpath(f"data/{name}").read_text(encoding="utf-8")
        return json.loads(text), f"data/{name}"
    return json.loads(Path(path).read_text(encoding="utf-8")), str(path)
