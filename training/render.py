"""Render the WCXB development pages to plain text with the four converters.

    python training/render.py                       # all pages, all converters
    python training/render.py --only 0001 0002      # some pages
    python training/render.py --converters w3m lynx

Reads ``../shared/dev/wcxb-dev/html/<file_id>.html.gz`` (or ``--wcxb DIR``) and writes
``build/wcxb/<converter>/<file_id>.txt`` (``--out``), skipping texts already there.  The
converters are the ones ``tests/pages`` uses, with the same options, so the texts look
like what a scraper pipeline leaves: ``w3m -dump -cols 80``, ``lynx -dump -nolist -width 80``,
``html2text`` and ``inscript`` (CLI defaults).  Every page of WCXB is UTF-8.

Needs ``w3m`` and ``lynx`` (Debian packages) and the ``training`` extra (html2text,
inscriptis).  About 15 minutes on 2 cores.  A page a converter fails on (a timeout, a
crash) is listed in ``build/wcxb/<converter>/failed.txt`` and left out.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WCXB = ROOT.parent / "shared" / "dev" / "wcxb-dev"
DEFAULT_OUT = ROOT / "build" / "wcxb"
CONVERTERS = ("w3m", "lynx", "html2text", "inscriptis")
TIMEOUT = 120  # seconds per page and converter; lynx takes a few on the largest pages


def command(conv: str, path: str) -> list[str]:
    """The converter's command line (as in tests/pages/engine.py)."""
    if conv == "w3m":
        return ["w3m", "-dump", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8",
                "-T", "text/html", "-no-cookie", "-o", "display_image=0", path]
    if conv == "lynx":
        return ["lynx", "-dump", "-nolist", "-width", "80", "-assume_charset=utf-8",
                "-display_charset=utf-8", "-force_html", path]
    if conv == "html2text":
        return [sys.executable, "-m", "html2text", path, "utf-8"]
    if conv == "inscriptis":
        return [sys.executable, "-c", "from inscriptis.cli.inscript import cli; cli()", path]
    raise ValueError(f"unknown converter {conv!r}")


def render(html: bytes, conv: str) -> str:
    """One page through one converter; line ends normalised, a final newline."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.html")
        with open(path, "wb") as fh:
            fh.write(html)
        env = dict(os.environ, HOME=tmp, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="dumb")
        out = subprocess.run(command(conv, path), capture_output=True, env=env, check=True,
                             timeout=TIMEOUT, stdin=subprocess.DEVNULL).stdout
    text = out.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return text if text.endswith("\n") else text + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wcxb", type=Path, default=DEFAULT_WCXB)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--converters", nargs="+", default=list(CONVERTERS), choices=CONVERTERS)
    ap.add_argument("--only", nargs="+", help="file ids")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)

    pages = sorted(p.name.split(".")[0] for p in (args.wcxb / "html").glob("*.html.gz"))
    if args.only:
        pages = [p for p in pages if p in set(args.only)]
    tasks = []
    for conv in args.converters:
        (args.out / conv).mkdir(parents=True, exist_ok=True)
        tasks += [(conv, p) for p in pages if not (args.out / conv / f"{p}.txt").exists()]
    print(f"{len(tasks)} texts to render", file=sys.stderr)

    def one(task):
        conv, page = task
        html = gzip.open(args.wcxb / "html" / f"{page}.html.gz").read()
        try:
            text = render(html, conv)
        except (subprocess.SubprocessError, OSError) as exc:
            return conv, page, f"{type(exc).__name__}: {str(exc)[:200]}"
        target = args.out / conv / f"{page}.txt"
        tmp = target.with_suffix(".txt.part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)  # complete files only
        return conv, page, None

    failed: dict[str, list[str]] = {c: [] for c in args.converters}
    with ThreadPoolExecutor(args.jobs) as pool:
        for i, (conv, page, err) in enumerate(pool.map(one, tasks), 1):
            if err:
                failed[conv].append(f"{page}\t{err}")
                print(f"{conv} {page}: {err}", file=sys.stderr)
            if i % 200 == 0:
                print(f"{i}/{len(tasks)}", file=sys.stderr)
    for conv, lines in failed.items():
        if lines:
            (args.out / conv / "failed.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
