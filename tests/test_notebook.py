"""notebooks/report.ipynb runs as a reader runs it: in a Jupyter kernel (nbclient + ipykernel, the `test` extra),
from the repository root, without network, and every figure cell shows its figure as an image."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import figures

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "report.ipynb"

# Run in the kernel before the notebook's cells: any connection out of the kernel fails.
NO_NETWORK = """\
import socket as _socket
def _no_network(*args, **kwargs):
    raise RuntimeError("the notebook must not use the network")
_socket.socket.connect = _no_network
_socket.create_connection = _no_network
"""
# Run after them: what the test checks, printed as JSON.
REPORT = """\
import json as _json
print(_json.dumps({"sites": stats.height, "comments": int(stats.get_column("comments").sum())}))
"""


def is_figure_cell(cell) -> bool:
    """A code cell that draws a figure: it calls a figure function of ``figures``."""
    return cell.cell_type == "code" and bool(
        re.search(rf"\bfigures\.({'|'.join(figures.FIGURES)})\(", "".join(cell.source)))


def test_notebook_is_clean_and_its_only_magic_shows_figures_inline():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    kinds = [c["cell_type"] for c in nb["cells"]]
    assert kinds.count("markdown") >= 5 and kinds.count("code") >= 8
    magics = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            magics += [line.strip() for line in cell["source"] if line.lstrip().startswith(("%", "!"))]
    assert magics == ["%matplotlib inline"]
    assert nb["cells"][1]["source"][0] == "%matplotlib inline\n"  # the first code cell


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    n = len(nb.cells)
    nb.cells.insert(0, nbformat.v4.new_code_cell(NO_NETWORK))
    nb.cells.append(nbformat.v4.new_code_cell(REPORT))
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORT_OUT", str(out))  # the kernel inherits the environment
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    finally:
        mp.undo()
    return nb.cells[1:n + 1], nb.cells[-1], out


def test_notebook_executes_and_writes_the_report(executed):
    _, report, out = executed
    numbers = json.loads("".join(o.text for o in report.outputs if o.output_type == "stream"))
    assert numbers == {"sites": 4, "comments": 9}
    assert sorted(p.name for p in (out / "figures").iterdir()) == sorted(
        f"{n}.{f}" for n in figures.FIGURES for f in ("pdf", "png"))
    assert (out / "stats.tex").read_text(encoding="utf-8").startswith("\\begin{tabular}")


def test_every_figure_cell_shows_an_image(executed):
    cells, _, _ = executed
    drawn = [c for c in cells if is_figure_cell(c)]
    assert len(drawn) > len(figures.FIGURES)  # one per figure, and the figures in a grid of one's own
    for cell in drawn:
        images = [o for o in cell.outputs if o.output_type in ("display_data", "execute_result")
                  and "image/png" in o.get("data", {})]
        assert len(images) == 1, "".join(cell.source)
        assert not any("<Figure size" in o.get("text", "") for o in cell.outputs if o.output_type == "stream")
