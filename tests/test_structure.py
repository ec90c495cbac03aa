"""The shape of the code: no import cycle inside ``comments/``, ``import comments`` without matplotlib, modules of
a readable size, every package installed."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib

from conftest import ROOT

PACKAGES = ("comments", "analysis", "figures")
MAX_LINES = 700
REASON = "Over 700 lines because"  # a module past MAX_LINES says why at its top, in these words


def module_name(path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that ``path`` imports, anywhere in it (also inside functions)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                # `from comments import segmenter` imports the submodule, `from comments import segment` the package
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {m for m in found if m in modules and m != name}


def test_no_import_cycle_inside_comments():
    files = {module_name(p): p for p in sorted((ROOT / "comments").rglob("*.py"))}
    modules = set(files)
    graph = {m: imports_of(p, modules) for m, p in files.items()}
    # a submodule importing its own package's __init__ for a name is how Python packages work, not a cycle
    for m, deps in graph.items():
        graph[m] = {d for d in deps if not m.startswith(d + ".")}
    cycles = []
    state: dict[str, int] = {}

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for d in sorted(graph[m]):
            if state.get(d) == 1:
                cycles.append(stack[stack.index(d):] + [d])
            elif d not in state:
                visit(d, stack + [d])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert cycles == []


def test_importing_comments_does_not_import_matplotlib():
    code = "import sys, comments, comments.cli, analysis; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_no_module_over_700_lines_without_a_reason_at_its_top():
    long = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if text.count("\n") > MAX_LINES and REASON not in text[:3000]:
                long.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
    assert long == []


def test_every_package_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {module_name(p) for package in PACKAGES for p in (ROOT / package).rglob("__init__.py")}
    assert found == listed


def test_knowledge_file_errors_are_usage_errors():
    from analysis.markers import MarkerError
    from comments.cues import CueError
    from comments.errors import CommentsError, UsageError
    from comments.labeller import LabellerError

    for cls in (CueError, LabellerError, MarkerError):
        assert issubclass(cls, UsageError) and issubclass(cls, CommentsError) and issubclass(cls, ValueError)
