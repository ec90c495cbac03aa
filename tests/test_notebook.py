"""notebooks/report.ipynb runs: its code cells, in order, in one fresh namespace, from the repository root, with the
Agg backend and no network (no Jupyter kernel needed)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "report.ipynb"


def code_cells() -> list[str]:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_notebook_is_clean_and_without_magics():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    kinds = [c["cell_type"] for c in nb["cells"]]
    assert kinds.count("markdown") >= 5 and kinds.count("code") >= 8
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            assert not any(line.lstrip().startswith(("%", "!")) for line in cell["source"])


def test_notebook_executes(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise RuntimeError("the notebook must not use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("REPORT_OUT", str(tmp_path))
    namespace: dict = {"__name__": "__main__"}
    for i, source in enumerate(code_cells()):
        try:
            exec(compile(source, f"{NOTEBOOK.name}, code cell {i + 1}", "exec"), namespace)
        except Exception as exc:  # pragma: no cover - the message names the cell
            pytest.fail(f"code cell {i + 1} raised {type(exc).__name__}: {exc}\n--- cell ---\n{source}")
    stats = namespace["stats"]
    assert stats.height == 4 and stats.get_column("comments").sum() == 9
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == sorted(
        f"{n}.{f}" for n in namespace["figures"].FIGURES for f in ("pdf", "png"))
    assert (tmp_path / "stats.tex").read_text(encoding="utf-8").startswith("\\begin{tabular}")
