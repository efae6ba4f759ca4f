#!/usr/bin/env python3
"""Generates places_world.tsv (countries, cities, first-level subdivisions of CN/JP/TW/US with
their Korean names) from Debian packages. Not run in CI; its output is committed.

  apt-get install iso-codes unicode-cldr-core gettext
  python3 kobi/glossary/data/generate_places_world.py > kobi/glossary/data/places_world.tsv

Sources (read from the installed packages):
  iso-codes:  /usr/share/iso-codes/json/iso_3166-1.json and the Korean translations in
              /usr/share/locale/ko/LC_MESSAGES/iso_3166-1.mo (read with msgunfmt)
  CLDR core:  /usr/share/unicode/cldr/common/main/{en,ko}.xml (territory names, time-zone
              exemplar cities) and common/subdivisions/{en,ko}.xml
Korea (KR, KP) is left to places_korea.tsv. Rows whose English or Korean name would collide
with an earlier row (Tokyo the city and the prefecture; 산시 for both Shanxi and Shaanxi) are
left out and listed on stderr, so the bundled glossary loads without conflicts.
"""
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/ko/LC_MESSAGES/iso_3166-1.mo"
CLDR = "/usr/share/unicode/cldr/common"
SKIP_COUNTRIES = {"KR", "KP"}
SKIP_ZONES = {"Asia/Seoul", "Asia/Pyongyang"}
SUBDIVISION_COUNTRIES = ("cn", "jp", "tw", "us")
# English/Korean choices where CLDR's display name is a disambiguating label, not a name.
EN_OVERRIDE = {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo"}
KO_OVERRIDE = {"CD": "콩고민주공화국", "CG": "콩고 공화국"}
# Common English short forms not in CLDR/ISO (well-known usage, e.g. AP Stylebook's "U.S.").
EXTRA_VARIANTS = {"US": ["U.S.", "USA", "U.S.A."], "GB": ["U.K.", "Britain", "Great Britain"],
                  "MO": ["Macau"], "AE": ["UAE"], "VA": ["Vatican"]}
KO_SUBDIVISION_SUFFIXES = (" 성", " 시", " 현", " 주", " 부", " 도")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def en_key(s):
    """Mirrors the loader's loose key: case/diacritic folded, spaces, hyphens, apostrophes out."""
    return re.sub(r"[\s\-'’]", "", ascii_fold(s).lower())


def ko_key(s):
    return re.sub(r"\s", "", s)


def read_po(mo_path):
    po = subprocess.run(["msgunfmt", mo_path], check=True, capture_output=True, text=True).stdout
    out, msgid = {}, None
    for line in po.splitlines():
        if line.startswith("msgid "):
            msgid = json.loads(line[6:])
        elif line.startswith("msgstr ") and msgid:
            out[msgid] = json.loads(line[7:])
    return out


def cldr_territories(lang):
    root = ET.parse(f"{CLDR}/main/{lang}.xml").getroot()
    names = {}
    for e in root.find("localeDisplayNames/territories"):
        names[(e.get("type"), e.get("alt"))] = e.text
    return names


def cldr_cities(lang):
    root = ET.parse(f"{CLDR}/main/{lang}.xml").getroot()
    out = {}
    for zone in root.find("dates/timeZoneNames").iter("zone"):
        city = zone.find("exemplarCity")
        if city is not None and city.get("alt") is None:
            out[zone.get("type")] = city.text
    return out


def cldr_subdivisions(lang):
    root = ET.parse(f"{CLDR}/subdivisions/{lang}.xml").getroot()
    return {e.get("type"): e.text for e in root.iter("subdivision")}


class Table:
    def __init__(self):
        self.rows, self.en_seen, self.ko_seen = [], {}, {}

    def add(self, en, ko, variants, note):
        keys = {en_key(v) for v in [en] + variants}
        for k in keys:
            if k in self.en_seen:
                print(f"skip {en} / {ko}: English collides with {self.en_seen[k]}", file=sys.stderr)
                return False
        if ko_key(ko) in self.ko_seen:
            print(f"skip {en} / {ko}: Korean collides with {self.ko_seen[ko_key(ko)]}",
                  file=sys.stderr)
            return False
        for k in keys:
            self.en_seen[k] = en
        self.ko_seen[ko_key(ko)] = en
        self.rows.append((en, ko, variants, note))
        return True

    def korean_taken(self, ko):
        return ko_key(ko) in self.ko_seen


def split_paren(name):
    m = re.fullmatch(r"(.*?) \((.*)\)", name)
    return (m.group(1), [m.group(2)]) if m else (name, [])


def main():
    iso = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    iso_ko = read_po(ISO_MO)
    en_t, ko_t = cldr_territories("en"), cldr_territories("ko")
    table = Table()
    for c in sorted(iso, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        if code in SKIP_COUNTRIES or (code, None) not in en_t or (code, None) not in ko_t:
            continue
        en, variants = split_paren(en_t[(code, None)])
        if "SAR" in en and (code, "short") in en_t:
            en = en_t[(code, "short")]
        en = EN_OVERRIDE.get(code, en)
        ko = ko_t[(code, None)]
        if "(" in ko:
            ko = ko_t.get((code, "short"), ko.split("(")[0])
        ko = KO_OVERRIDE.get(code, ko)
        for v in (en_t.get((code, "short")), en_t.get((code, "variant")), c.get("name"),
                  c.get("common_name"), c.get("official_name"), en_t[(code, None)],
                  *EXTRA_VARIANTS.get(code, [])):
            if v and "," not in v and "(" not in v and "SAR" not in v:
                variants.append(v)
        seen, clean = {en_key(en)}, []
        for v in variants:
            if en_key(v) not in seen:
                seen.add(en_key(v))
                clean.append(v)
        note = f"country {code}; names: CLDR 41 en/ko, ISO 3166-1 (iso-codes 4.15)"
        iso_name_ko = iso_ko.get(c["name"])
        if iso_name_ko and ko_key(iso_name_ko) != ko_key(ko):
            note += f"; ISO Korean: {iso_name_ko}"
        table.add(en, ko, clean, note)
    en_c, ko_c = cldr_cities("en"), cldr_cities("ko")
    for zone in sorted(ko_c):
        if zone in SKIP_ZONES or zone.startswith("Etc/"):
            continue
        en = en_c.get(zone, zone.split("/")[-1].replace("_", " "))
        ko = ko_c[zone]
        if not re.search("[가-힣]", ko):
            continue
        variants = [ascii_fold(en)] if ascii_fold(en) != en else []
        table.add(en, ko, variants, f"city; CLDR 41 exemplar city of {zone}")
    en_s, ko_s = cldr_subdivisions("en"), cldr_subdivisions("ko")
    for code in sorted(ko_s):
        if not code.startswith(SUBDIVISION_COUNTRIES) or code not in en_s:
            continue
        en_raw, ko = en_s[code], ko_s[code].rstrip("¹²³")
        en = ascii_fold(en_raw)
        variants = [en_raw] if en_raw != en else []
        for suffix in KO_SUBDIVISION_SUFFIXES:
            if ko.endswith(suffix) and not table.korean_taken(ko[: -len(suffix)]):
                ko = ko[: -len(suffix)]
                break
        table.add(en, ko, variants, f"subdivision {code}; CLDR 41 subdivisions en/ko")
    print("# World place names: countries, time-zone exemplar cities, first-level subdivisions")
    print("# of China, Japan, Taiwan and the United States, with their Korean names.")
    print("# GENERATED by generate_places_world.py (beside this file) from Debian packages")
    print("# iso-codes 4.15.0 (LGPL-2.1+) and unicode-cldr-core 41 (Unicode License). Do not edit;")
    print("# edit the generator or add hand-checked entries to another file.")
    print("en\tko\ttype\tvariants\tnote")
    for en, ko, variants, note in table.rows:
        print(f"{en}\t{ko}\tplace\t{'|'.join(variants)}\t{note}")


if __name__ == "__main__":
    main()
