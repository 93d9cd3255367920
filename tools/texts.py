#!/usr/bin/env python3
"""Adds or updates UI texts in a set of .resx files (the resx files stay the source of truth).

Usage: tools/texts.py PATH/Name.resx < texts.tsv
Each input line: Key<TAB>nl-BE<TAB>fr<TAB>en[<TAB>nl-NL when it differs from nl-BE]
Writes Name.resx (nl-BE, the neutral language), Name.fr.resx, Name.en.resx and, where given, Name.nl-NL.resx.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.find("value").text or "") for d in root.findall("data")}


def save(path: Path, values: dict) -> None:
    root = ET.fromstring(HEADER)
    for key in sorted(values):
        data = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
        ET.SubElement(data, "value").text = values[key]
    ET.indent(root, space="  ")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def main() -> None:
    base = Path(sys.argv[1])
    stem = base.with_suffix("")
    files = {"": base, "fr": Path(f"{stem}.fr.resx"), "en": Path(f"{stem}.en.resx"), "nl-NL": Path(f"{stem}.nl-NL.resx")}
    tables = {lang: load(path) for lang, path in files.items()}
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            sys.exit(f"need Key, nl, fr, en: {line!r}")
        key, nl, fr, en = parts[:4]
        tables[""][key], tables["fr"][key], tables["en"][key] = nl, fr, en
        if len(parts) > 4 and parts[4]:
            tables["nl-NL"][key] = parts[4]
    for lang, path in files.items():
        if tables[lang] or lang != "nl-NL":
            save(path, tables[lang])


if __name__ == "__main__":
    main()
