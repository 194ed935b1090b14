#!/usr/bin/env python3
"""Measure dossier's statements against PolNeAR's hand-marked attributions.

Loads every PolNeAR article (NAME.txt + NAME.json) into a scratch dossier
database with the binary, then reports:

  (a) direct found: the share of DIRECT-quote attributions whose content is
      found as a statement (at least half of the words shared both ways);
  (b) speaker: of those found whose source names someone (a capitalised
      word that is not a pronoun), the share whose statement's speaker is
      that named actor (loose: the source's surname is contained in the
      speaker's name or one of its aliases).

Python 3 standard library only; not run by `cargo test`. It reads the
corpus in place (default ../shared/polnear-train from the project root) and never copies it.

    python3 tests/tools/polnear_eval.py --bin target/debug/dossier [--limit N] [-v]
"""

import argparse
import collections
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r"[0-9a-z]+")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "him", "them", "us", "who"}
NOT_NAMES = {"the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary", "former",
             "senator", "governor", "candidate", "republican", "democratic", "democrat", "gop"}


def words(s):
    return set(WORD.findall((s or "").lower().replace("’", "'")))


def overlap_ok(content, text):
    a, b = words(content), words(text)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 0.5 * len(a) and shared >= 0.5 * len(b)


def surname(source):
    """The surname of a named source: the last word of its longest run of
    capitalised words before the first comma ("Volker Beck, a lawmaker from
    Germany's Green Party" -> "beck"); None for pronouns and descriptions."""
    if not source:
        return None
    head = re.sub(r"\(.*?\)", "", source).split(",")[0]
    toks = re.findall(r"[A-Za-z][A-Za-z'’.\-]*", head)
    if not toks or all(t.lower() in PRONOUNS for t in toks):
        return None
    runs, cur = [], []
    for t in toks + ["x"]:
        name = re.sub(r"[’']s$", "", t)
        if t[0].isupper() and name.lower().strip(".") not in NOT_NAMES and t.lower() not in PRONOUNS:
            cur.append(name)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if not runs:
        return None
    best = max(runs, key=len)
    return best[-1].lower().strip(".")


def load(bin_path, corpus, names, db):
    by_date = collections.defaultdict(list)
    for n in names:
        with open(os.path.join(corpus, n + ".json"), encoding="utf-8") as f:
            meta = json.load(f)
        by_date[meta.get("published")].append(os.path.join(corpus, n + ".txt"))
    for date, files in sorted(by_date.items(), key=lambda kv: kv[0] or ""):
        cmd = [bin_path, "load", "--db", db]
        if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            cmd += ["--published", date]
        for i in range(0, len(files), 200):
            r = subprocess.run(cmd + files[i:i + 200], capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"load failed: {r.stderr.strip()}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/debug/dossier")
    ap.add_argument("--corpus", default=os.path.join(PROJECT_ROOT, "..", "shared", "polnear-train"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("-v", action="store_true", help="print misses")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"no corpus at {args.corpus}")
    names = sorted(f[:-5] for f in os.listdir(args.corpus) if f.endswith(".json"))
    if args.limit:
        names = names[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "polnear.db")
        load(args.bin, args.corpus, names, db_path)
        db = sqlite3.connect(db_path)
        names_of = collections.defaultdict(set)
        for aid, name in db.execute("SELECT id, name FROM actors"):
            names_of[aid].add(name.lower())
        for aid, alias in db.execute("SELECT actor_id, alias FROM actor_aliases"):
            names_of[aid].add(alias.lower())
        stmts = collections.defaultdict(list)
        for path, text, speaker, kind in db.execute(
                "SELECT a.path, s.text, s.speaker_id, s.kind FROM statements s JOIN articles a ON a.id = s.article_id"):
            stmts[os.path.basename(path or "")[:-4]].append((text, speaker, kind))
        n_direct = found = named = named_ok = 0
        n_stmt = sum(len(v) for v in stmts.values())
        misses = []
        for n in names:
            with open(os.path.join(args.corpus, n + ".json"), encoding="utf-8") as f:
                meta = json.load(f)
            for att in meta.get("attributions", []):
                if not att.get("direct"):
                    continue
                n_direct += 1
                hits = [s for s in stmts.get(n, []) if overlap_ok(att["content"], s[0])]
                if not hits:
                    misses.append(("content", n, att["content"][:100], att.get("source")))
                    continue
                found += 1
                sur = surname(att.get("source"))
                if not sur:
                    continue
                named += 1
                if any(h[1] is not None and any(sur in x for x in names_of.get(h[1], ())) for h in hits):
                    named_ok += 1
                else:
                    who = sorted({min(names_of.get(h[1], {"-"})) for h in hits})
                    misses.append(("speaker", n, att["content"][:60], f"{att.get('source')} -> {who}"))
        if args.v:
            for m in misses:
                print(" | ".join(str(x) for x in m))
        print(f"articles {len(names)}  statements {n_stmt}  direct attributions {n_direct}")
        print(f"(a) direct found    {found / n_direct if n_direct else 0:.3f}  ({found}/{n_direct})")
        print(f"(b) named speaker   {named_ok / named if named else 0:.3f}  ({named_ok}/{named})")


if __name__ == "__main__":
    main()
