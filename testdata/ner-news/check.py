#!/usr/bin/env python3
"""Checks entity annotation files: valid JSON, known types, every alias found in the article file.

    python3 testdata/ner-news/check.py testdata/ner-news/a1-01.json …
"""
import json, sys, html, re, os
# ../shared/corpus beside the repository, as everywhere else in the project
CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"))
TYPES = {"PERSON", "ORG", "LOC", "EVENT"}
for f in sys.argv[1:]:
    problems = []
    try:
        g = json.load(open(f, encoding="utf-8"))
        raw = open(os.path.join(CORPUS, g["document"]), encoding="utf-8", errors="replace").read()
        # the training text is the visible text: markup removed (a name split by a link reads whole)
        text = html.unescape(raw) + "\n" + html.unescape(re.sub(r"<[^>]*>", "", raw))
        # a tag on lines of its own splits a name with a line break and indentation; the ingester joins them
        text += "\n" + html.unescape(re.sub(r"\s*<[^>]*>\s*", "", raw))
        for e in g["entities"]:
            if e.get("type") not in TYPES:
                problems.append(f"bad type {e.get('type')} for {e.get('name')}")
            if not e.get("name") or not e.get("aliases"):
                problems.append(f"entity without name or aliases: {e}")
            for a in e.get("aliases", []):
                for alt in str(a).split("|"):
                    if alt.strip() and alt.strip() not in text:
                        problems.append(f"alias not in text: {alt!r} ({e.get('name')})")
    except Exception as ex:
        problems.append(f"error: {ex}")
    print(f"{f}: " + ("ok" if not problems else "\n  " + "\n  ".join(problems)))
