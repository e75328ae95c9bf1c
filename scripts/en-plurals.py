#!/usr/bin/env python3
"""One-off helper: fills the English plural forms that lupdate -pluralonly left unfinished in
translations/slipway_en.ts; forms already finished (by hand or in Linguist) are kept.
"machine(s)" becomes "machine" for one and "machines" otherwise; EN lists the texts whose verb
also changes or whose other "(s)" does not follow %n."""
import re
import sys
import xml.etree.ElementTree as ET

EN = {
    "%n machine(s) are DOWN.": ("%n machine is DOWN.", "%n machines are DOWN."),
    "%n machine(s) are UP.": ("%n machine is UP.", "%n machines are UP."),
    "Take %n machine(s) down? Their agents are shut down and %1 running task(s) are lost (TASK_LOST).": (
        "Take %n machine down? Its agents are shut down and %1 running task(s) are lost (TASK_LOST).",
        "Take %n machines down? Their agents are shut down and %1 running task(s) are lost (TASK_LOST)."),
}


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if source in EN:
            forms[0].text, forms[1].text = EN[source]
        else:
            forms[0].text = re.sub(r"(\w+)\(s\)", r"\1", source)
            forms[1].text = re.sub(r"(\w+)\(s\)", r"\1s", source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        content = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                   '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(content)
        f.truncate()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/slipway_en.ts")
