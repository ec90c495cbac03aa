"""Fragment registry, converters, output-to-fragment alignment and gold spans.

Every piece of text that a template writes into a page goes through
``Page.t(text, key)``, which records it as a *fragment* with a label key:

    "title" | "body" | "caption" | "boilerplate" | ("comment", cid)

The fragment is written into the HTML wrapped in private-use markers; when the
page is finished the markers are stripped and their order gives the reading
order of the fragments.  Any word in the page that is not inside a fragment
would later show up as unattributable text and make the build fail.

After a converter has turned the HTML into text, every output line is mapped
back to fragments by aligning normalised word tokens (difflib, monotone), and
gets the label of the fragments its words came from.  Lines without any word
of a fragment (converter junk: form fields, rules, bullets, html2text's
abbreviation footnotes) are labelled by explicit rules below; anything else
raises ``GoldError``.
"""
from __future__ import annotations

import difflib
import html
import os
import re
import subprocess
import tempfile
import unicodedata

M0, M1, M2 = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile(M0 + r"(\d+)" + M1 + r"(.*?)" + M2, re.S)


class GoldError(RuntimeError):
    pass


# ----------------------------------------------------------------------------
# page / fragment registry
# ----------------------------------------------------------------------------
class Page:
    def __init__(self, doc, rng):
        self.doc = doc
        self.rng = rng
        self.frags = []          # (text, key)
        self.comments = []       # dicts: cid, depth, parent
        self.last_cid = None
        self._stems = set()

    # generic -------------------------------------------------------------
    def t(self, text, key):
        if not isinstance(text, str):
            raise TypeError(text)
        i = len(self.frags)
        self.frags.append((text, key))
        return f"{M0}{i}{M1}{html.escape(text, quote=True)}{M2}"

    def X(self, text):
        return self.t(text, "boilerplate")

    def B(self, text):
        return self.t(text, "body")

    def T(self, text):
        return self.t(text, "title")

    def CAP(self, text):
        return self.t(text, "caption")

    def C(self, cid, text):
        return self.t(text, ("comment", cid))

    # comments --------------------------------------------------------------
    def new_comment(self, depth, parent):
        cid = len(self.comments) + 1
        if parent is not None:
            p = self.comments[parent - 1]
            if p["depth"] != depth - 1:
                raise GoldError(f"{self.doc}: parent depth mismatch")
        self.comments.append({"cid": cid, "depth": depth, "parent": parent})
        self.last_cid = cid
        return cid

    def thread_ui(self, text):
        """Widget text sitting *between* comments inside the thread: by the
        positional rule of LABELS.md it belongs to the preceding comment."""
        if self.last_cid is None:
            return self.X(text)
        return self.C(self.last_cid, text)

    # images ------------------------------------------------------------------
    def stem(self):
        while True:
            s = "".join(self.rng.choice("bcdfghjkmnpqrstvwxz") for _ in range(2)) + \
                "".join(self.rng.choice("0123456789") for _ in range(5))
            if s not in self._stems:
                self._stems.add(s)
                return s

    def img(self, key, prefix, ext="jpg", alt="", attrs="", stem=None, query=""):
        """<img>; its file stem is a fragment (w3m prints [stem], lynx
        [stem.ext] when there is no alt attribute), alt text is one too."""
        s = stem or self.stem()
        src = f"{prefix}{self.t(s, key)}{'.' + ext if ext else ''}{query}"
        if alt is None:
            alt_attr = ""
        elif alt == "":
            alt_attr = ' alt=""'
        else:
            alt_attr = f' alt="{self.t(alt, key)}"'
        return f'<img src="{src}"{alt_attr}{(" " + attrs) if attrs else ""}>'

    # finish --------------------------------------------------------------------
    def finish(self, markup):
        order = []

        def repl(m):
            order.append(int(m.group(1)))
            return m.group(2)

        clean = MARK_RE.sub(repl, markup)
        if M0 in clean or M1 in clean or M2 in clean:
            raise GoldError(f"{self.doc}: nested or broken fragment markers")
        if len(order) != len(set(order)):
            raise GoldError(f"{self.doc}: fragment used twice")
        missing = set(range(len(self.frags))) - set(order)
        if missing:
            raise GoldError(f"{self.doc}: fragments never written: {sorted(missing)[:5]}")
        seq = [self.frags[i] for i in order]
        # reading order of comments must be cid order, and every fragment of
        # comment k must lie between the first fragments of k and k+1
        first = {}
        for pos, (_, key) in enumerate(seq):
            if isinstance(key, tuple):
                first.setdefault(key[1], pos)
        cids = sorted(first)
        if cids != list(range(1, len(self.comments) + 1)):
            raise GoldError(f"{self.doc}: comments without text: {cids}")
        if [first[c] for c in cids] != sorted(first[c] for c in cids):
            raise GoldError(f"{self.doc}: comments not in reading order")
        for pos, (_, key) in enumerate(seq):
            if isinstance(key, tuple):
                k = key[1]
                if k + 1 in first and pos > first[k + 1]:
                    raise GoldError(f"{self.doc}: comment {k} text after comment {k+1} starts")
        # unmarked words in the visible HTML = text nobody labelled
        check_unmarked(self.doc, markup)
        return clean, seq


def check_unmarked(doc, markup):
    s = re.sub(r"<(script|style|head)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = MARK_RE.sub(" ", s)
    # visible attribute values converters print: alt, value, title of abbr
    for tag in re.finditer(r"<(img|input|button|option|textarea)\b[^>]*>", s, flags=re.I):
        t = tag.group(0)
        typ = re.search(r"""\btype=["']?(\w+)""", t)
        typ = typ.group(1).lower() if typ else "text"
        for m in re.finditer(r"""\b(alt|value)=(["'])(.*?)\2""", t):
            if m.group(1) == "value" and (tag.group(1).lower() != "input" or typ in ("hidden", "checkbox", "radio")):
                continue
            if tokens(html.unescape(m.group(3))):
                raise GoldError(f"{doc}: unmarked attribute text {t[:80]!r}")
    s = re.sub(r"<[^>]*>", " ", s)
    s = html.unescape(s)
    if tokens(s):
        raise GoldError(f"{doc}: unmarked text: {s.split()[:12]!r}")


# ----------------------------------------------------------------------------
# tokens
# ----------------------------------------------------------------------------
# bullets and box glyphs that converters add (w3m: • □ ☆ ○ ■ ━); not words
CONVERTER_GLYPHS = set("•◦▪▫□■☆★○●◆◇‣⁃━─│┃┄═")
WORD_RE = re.compile(r"[^\W_]+")


def tokens(text):
    out = []
    for m in re.finditer(r"[^\W_]+|[^\w\s]", text):
        tok = m.group(0)
        if WORD_RE.fullmatch(tok):
            out.append(tok.lower())
        elif unicodedata.category(tok) == "So" and tok not in CONVERTER_GLYPHS:
            out.append(tok)
    return out


def clean_output(text, conv):
    """Blank out converter-added link targets (html2text writes ``[text](url)``
    and ``![alt](url)`` and wraps long URLs over several lines).  Returns the
    cleaned lines (same line count) and {continuation line: line the link
    target started on}."""
    cont = {}
    if conv != "html2text":
        return text.split("\n"), cont
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)

    def line_of(pos):
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def blank(m, keep=""):
        seg = m.group(0)
        a, b = line_of(m.start()), line_of(m.end() - 1)
        for n in range(a + 1, b + 1):
            cont[n] = a
        body = "".join("\n" if c == "\n" else " " for c in seg)
        return keep + body[len(keep):] if len(keep) <= len(body) else keep

    def img(m):
        url = m.group(2).replace("\n", "")
        stem = os.path.splitext(url.split("?")[0].rstrip("/").rsplit("/", 1)[-1])[0]
        alt = m.group(1).replace("\n", " ")
        keep = f" {alt} " if alt.strip() else f" {stem} "   # w3m too shows the alt, else the stem
        seg = m.group(0)
        a, b = line_of(m.start()), line_of(m.end() - 1)
        for n in range(a + 1, b + 1):
            cont[n] = a
        first_nl = seg.find("\n")
        if first_nl == -1:
            return keep + " " * max(0, len(seg) - len(keep))
        rest = "".join("\n" if c == "\n" else " " for c in seg[first_nl:])
        return keep + rest

    url = r"(?:[^)\s]|\n)*"
    text = re.sub(r"!\[([^\]]*)\]\((" + url + r")(?:\s+\"[^\"]*\")?\)", img, text)
    text = re.sub(r"\]\(javascript:[^)\n]*\)+", lambda m: blank(m, "]"), text)
    text = re.sub(r"\]\(" + url + r"(?:\s+\"[^\"]*\")?\)", lambda m: blank(m, "]"), text)
    text = re.sub(r"<(?:https?:|mailto:)[^>\s]*>", lambda m: blank(m), text)
    return text.split("\n"), cont


# ----------------------------------------------------------------------------
# converters
# ----------------------------------------------------------------------------
CONVERTERS = ("w3m", "lynx", "html2text", "inscriptis")
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="dumb")


def convert(html_path, conv):
    if conv == "w3m":
        cmd = ["w3m", "-dump", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8",
               "-T", "text/html", "-no-cookie", "-o", "display_image=0", html_path]
    elif conv == "lynx":
        cmd = ["lynx", "-dump", "-nolist", "-width", "80", "-assume_charset=utf-8",
               "-display_charset=utf-8", "-force_html", html_path]
    elif conv == "html2text":
        cmd = ["html2text", html_path, "utf-8"]
    elif conv == "inscriptis":
        cmd = ["inscript", html_path]
    else:
        raise ValueError(conv)
    with tempfile.TemporaryDirectory() as home:
        env = dict(ENV, HOME=home)
        out = subprocess.run(cmd, capture_output=True, env=env, check=True).stdout
    text = out.decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text


# ----------------------------------------------------------------------------
# alignment
# ----------------------------------------------------------------------------
FORM_JUNK_RE = re.compile(r"^[\s_\[\]()*X]*$")          # [   ]  ____  ( )  [X]
RULE_RE = re.compile(r"^[\s\-_=*━─|:]+$")                # hr, table rules
LIST_MARK_RE = re.compile(r"^\s*(?:[•◦▪□☆○■*+o#@\-]|\d+\.)(?=\s|$)")
ABBR_RE = re.compile(r"^\s*\*\[[^\]]*\]: ")               # html2text abbr footnote
# lynx's own words for form controls it cannot render
LYNX_JUNK_RE = re.compile(r"\[BUTTON Input\] \(not implemented\)|\(BUTTON\)|\[(?:INLINE|IMG|USEMAP|LINK)\]")

# notes on every judgement call the labeller makes (mixed lines), for review
NOTES = []


def split_merged(tok, vocab, cache):
    """Split a token that a converter glued together from several words
    ("ReplyDelete", "YesNo", "Log inPrivacy") into vocabulary words, using
    as few pieces as possible; None if impossible."""
    if tok in cache:
        return cache[tok]
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(1, n + 1):
        for j in range(max(0, i - 40), i):
            if best[j] is not None and tok[j:i] in vocab:
                cand = best[j] + [tok[j:i]]
                if best[i] is None or len(cand) < len(best[i]):
                    best[i] = cand
    res = best[n] if best[n] is not None and len(best[n]) > 1 else None
    cache[tok] = res
    return res


def label_lines(doc, conv, text, seq):
    """Return {line_no: key} for every non-blank line of ``text``."""
    lines = text.split("\n")
    clines, cont = clean_output(text, conv)
    assert len(clines) == len(lines)
    if conv == "lynx":
        clines = [LYNX_JUNK_RE.sub(" ", ln) for ln in clines]
    # list markers the converter put at the start of a line are not words
    clines = [LIST_MARK_RE.sub(lambda m: " " * len(m.group(0)), ln) for ln in clines]
    frag_toks, frag_of = [], []
    for fi, (ftext, _key) in enumerate(seq):
        for tok in tokens(ftext):
            frag_toks.append(tok)
            frag_of.append(fi)
    vocab = set(frag_toks)
    cache = {}
    out_toks, out_line = [], []
    for n, line in enumerate(clines, 1):
        for tok in tokens(line):
            parts = None if tok in vocab else split_merged(tok, vocab, cache)
            for t in (parts or [tok]):
                out_toks.append(t)
                out_line.append(n)
    sm = difflib.SequenceMatcher(None, out_toks, frag_toks, autojunk=False)
    matched = {}  # out token index -> frag index
    for a, b, size in sm.get_matching_blocks():
        for k in range(size):
            matched[a + k] = frag_of[b + k]

    per_line = {}
    unmatched_words = {}
    for ti, n in enumerate(out_line):
        if ti in matched:
            per_line.setdefault(n, []).append(seq[matched[ti]][1])
        else:
            unmatched_words.setdefault(n, []).append(out_toks[ti])

    labels = {}
    junk = []
    problems = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        keys = per_line.get(n)
        if not keys:
            junk.append(n)
            continue
        distinct = list(dict.fromkeys(keys))
        if len(distinct) > 1:
            key = resolve_mixed(keys)
            if key is None:
                problems.append(f"line {n} mixes {distinct}: {line!r}")
                continue
            NOTES.append(f"{doc}:{n} mixed {distinct} -> {key}: {line.strip()[:90]!r}")
        else:
            key = distinct[0]
        labels[n] = key
        um = unmatched_words.get(n, [])
        if len(um) > max(2, len(keys)):
            problems.append(f"line {n} mostly unmatched {um[:8]}: {line!r}")

    # junk lines: no word of any fragment ----------------------------------------
    junk_set = set(junk)

    def neighbour(n, step):
        m = n + step
        while 1 <= m <= len(lines):
            if m in labels and m not in junk_set:
                return labels[m]
            m += step
        return None

    for n in junk:
        line = lines[n - 1]
        cl = clines[n - 1]
        # labels lynx/w3m invent for controls without one: <input type=submit value="">
        words = [w for w in unmatched_words.get(n, []) if w not in ("submit", "reset")]
        prev, nxt = neighbour(n, -1), neighbour(n, +1)
        if n in cont and not words:
            src = cont[n]
            while src in cont:
                src = cont[src]
            if src in labels:
                labels[n] = labels[src]        # wrapped link target of that line
                continue
        if ABBR_RE.match(line):
            labels[n] = "boilerplate"          # html2text appends <abbr> titles at the end
            continue
        if words:
            problems.append(f"line {n} unattributed words {words[:8]}: {line!r}")
            continue
        bullet_only = bool(LIST_MARK_RE.match(line)) and not cl.strip(" •◦▪□☆○■")
        if prev == nxt and prev is not None:
            labels[n] = prev
        elif prev is None or nxt is None:
            labels[n] = prev or nxt or "boilerplate"
        elif bullet_only:
            labels[n] = nxt                     # a lone list marker starts the next item
            NOTES.append(f"{doc}:{n} lone marker between {prev} and {nxt} -> {nxt}: {line.strip()!r}")
        elif RULE_RE.match(cl) or FORM_JUNK_RE.match(cl) or not cl.strip():
            if isinstance(prev, tuple) and isinstance(nxt, tuple):
                labels[n] = prev                # rule / empty control between two comments
            elif "boilerplate" in (prev, nxt):
                labels[n] = "boilerplate"       # rules and form fields are chrome
            else:
                problems.append(f"line {n} separator between {prev} and {nxt}: {line!r}")
                continue
            NOTES.append(f"{doc}:{n} separator between {prev} and {nxt} -> {labels[n]}: {line.strip()[:40]!r}")
        else:
            problems.append(f"line {n} unclassified junk between {prev} and {nxt}: {line!r}")
    if problems:
        raise GoldError(f"{doc}: " + "\n  ".join([""] + problems[:25]))
    return labels


def resolve_mixed(keys):
    """One output line holding words of fragments with different labels.

    * comment k's last words and comment k+1's first words on one line
      (inscriptis runs <dd> and the next <dt> together): the line is where
      comment k+1 starts, so it is k+1's;
    * a comment and site chrome: the comment's;
    * otherwise the label with most words on the line (e.g. vBulletin's
      "Thread: <title>" is title), provided it has a clear majority.
    """
    comments = [k for k in keys if isinstance(k, tuple)]
    others = {k for k in keys if not isinstance(k, tuple)}
    if comments:
        if others - {"boilerplate", "caption"}:
            return None
        return max(comments, key=lambda k: k[1])
    counts = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] > sum(c for _, c in ranked[1:]):
        return ranked[0][0]
    return None


def spans_from_labels(doc, labels, comments):
    spans = []
    cur = None
    for n in sorted(labels):
        key = labels[n]
        if cur is not None and cur["key"] == key:
            cur["end"] = n
        else:
            cur = {"key": key, "start": n, "end": n}
            spans.append(cur)
    seen = []
    for s in spans:
        if isinstance(s["key"], tuple):
            seen.append(s["key"][1])
    if len(seen) != len(set(seen)):
        dup = [c for c in seen if seen.count(c) > 1]
        raise GoldError(f"{doc}: comment split into several spans: {sorted(set(dup))}")
    if seen != sorted(seen):
        raise GoldError(f"{doc}: comments out of order in output")
    if seen != list(range(1, len(comments) + 1)):
        raise GoldError(f"{doc}: comments missing from output: {seen}")
    out = []
    for s in spans:
        key = s["key"]
        if isinstance(key, tuple):
            c = comments[key[1] - 1]
            out.append({"start": s["start"], "end": s["end"], "label": "comment",
                        "comment_id": c["cid"], "parent_id": c["parent"], "depth": c["depth"]})
        else:
            out.append({"start": s["start"], "end": s["end"], "label": key})
    return out
