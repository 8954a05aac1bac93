#!/usr/bin/env python3
"""Audit the translations among the files given (the changed files of a commit or a pull request).

A translation is a file NAME.<lang>.txt (or .md) with its source NAME.<source-lang>.txt beside it. The pairs go into
one JSONL feed and through one `transcheck batch` run (the models load once); every other argument is passed on.

    python examples/ci/transcheck_changed.py --source-lang id [transcheck batch options] -- FILE...

Exit status: transcheck batch's (0 pass, 1 a finding at --fail-on, 2 an article could not be audited), or 0 when
none of the files is a translation.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def pairs(files: list[str], source_lang: str) -> list[tuple[Path, Path, str]]:
    out = []
    for name in dict.fromkeys(files):
        path = Path(name)
        stem, _, lang = path.stem.rpartition(".")
        if not stem or path.suffix not in (".txt", ".md") or lang == source_lang or not lang.isalpha():
            continue
        if not path.is_file():  # deleted in this change
            continue
        source = path.with_name(f"{stem}.{source_lang}{path.suffix}")
        if source.is_file():
            out.append((source, path, lang))
        else:
            print(f"transcheck_changed: {path}: no source {source.name} beside it, skipped", file=sys.stderr)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-s", "--source-lang", required=True)
    ap.add_argument("--transcheck", default="transcheck", help="the command to run (default: transcheck)")
    args, rest = ap.parse_known_args()
    if "--" in rest:
        cut = rest.index("--")
        options, files = rest[:cut], rest[cut + 1:]
    else:
        options, files = [a for a in rest if a.startswith("-")], [a for a in rest if not a.startswith("-")]
    found = pairs(files, args.source_lang)
    if not found:
        print("transcheck_changed: no changed translation", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "changed.jsonl"
        with open(feed, "w", encoding="utf-8") as fh:
            for source, translation, lang in found:
                fh.write(json.dumps({"id": str(translation), "source": source.read_text(encoding="utf-8"),
                                     "translation": translation.read_text(encoding="utf-8"),
                                     "source_lang": args.source_lang, "target_lang": lang,
                                     "metadata": {"source_file": str(source)}}, ensure_ascii=False) + "\n")
        cmd = [*args.transcheck.split(), "batch", str(feed), *options]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
