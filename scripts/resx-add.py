#!/usr/bin/env python3
"""Adds English texts to src/Cascade.Web/Resources/SharedResource.en.resx.

Usage: scripts/resx-add.py FILE.tsv   (each line: Vietnamese key <TAB> English text)
Existing keys are left as they are; the file stays sorted as it was, new keys go at the end.
"""
import sys
from xml.sax.saxutils import escape, quoteattr

path = "src/Cascade.Web/Resources/SharedResource.en.resx"
text = open(path, encoding="utf-8").read()
added = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    key, english = line.split("\t")
    if f"name={quoteattr(key)}" in text:
        continue
    added.append(f'  <data name={quoteattr(key)} xml:space="preserve">\n    <value>{escape(english)}</value>\n  </data>\n')
text = text.replace("</root>", "".join(added) + "</root>")
open(path, "w", encoding="utf-8").write(text)
print(f"added {len(added)} texts")
