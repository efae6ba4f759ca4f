#!/usr/bin/env bash
# Evaluates kobi romanize against the romanization tables in the shared data folder.
# Usage: scripts/eval_romanize.sh SHARED_DIR [KOBI_BINARY] [DUMP_DIR]
#   SHARED_DIR   folder holding data/romanization/ (e.g. /work/shared) or that folder itself
#   KOBI_BINARY  default: build/kobi
#   DUMP_DIR     if given, disagreements are written there, one file per table
# Prints: pass counts per rule of the official RR examples for kobi, ICU Hangul-Latin (run
# now through `uconv` when installed, else the recorded ICU 72 column) and the other
# libraries' recorded outputs; agreement with each project's test table (probes); and the
# romanization-key merge recall and false-merge rate. Needs /usr/bin/python3 (stdlib only).
set -euo pipefail
shared="${1:?usage: eval_romanize.sh SHARED_DIR [KOBI_BINARY] [DUMP_DIR]}"
kobi="${2:-build/kobi}"
dump="${3:-}"
dir="$shared"
[[ -d "$shared/data/romanization" ]] && dir="$shared/data/romanization"
[[ -f "$dir/rr_official_examples.tsv" ]] || { echo "no rr_official_examples.tsv in $dir" >&2; exit 1; }
[[ -x "$kobi" ]] || { echo "kobi binary not found: $kobi" >&2; exit 1; }
own_cases="$(dirname "$0")/../tests/data/rom/sound_cases.tsv"
exec /usr/bin/python3 - "$dir" "$kobi" "$dump" "$own_cases" <<'PY'
import collections, csv, os, shutil, subprocess, sys, unicodedata

data_dir, kobi, dump, own_cases = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]


def read_tsv(name):
    path = os.path.join(data_dir, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run_kobi(lines, args):
    """Runs kobi on lines (one call per mode); returns one output line per input line."""
    if not lines:
        return []
    text = "".join(l.replace("\n", " ") + "\n" for l in lines)
    out = subprocess.run([kobi, "romanize"] + args, input=text, capture_output=True,
                         text=True, check=True).stdout
    res = out.split("\n")[:-1]
    assert len(res) == len(lines), (args, len(res), len(lines))
    return res


def batch(items):
    """items: list of (key, text, args). Returns dict key -> output, one kobi call per args."""
    groups = collections.defaultdict(list)
    for key, text, args in items:
        groups[tuple(args)].append((key, text))
    result = {}
    for args, rows in groups.items():
        outs = run_kobi([t for _, t in rows], list(args))
        for (key, _), o in zip(rows, outs):
            result[key] = o
    return result


def icu(lines):
    if shutil.which("uconv"):
        out = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "Hangul-Latin"],
                             input="".join(l + "\n" for l in lines), capture_output=True,
                             text=True, check=True).stdout.split("\n")[:-1]
        return out, "ICU Hangul-Latin (uconv, this machine)"
    return None, None


def norm(s):
    return unicodedata.normalize("NFC", s).strip().lower().replace("\u2019", "'")


def loose(s):
    s = unicodedata.normalize("NFD", norm(s))
    return "".join(c for c in s if c.isalnum())


def write_dump(name, rows):
    if not dump:
        return
    os.makedirs(dump, exist_ok=True)
    with open(os.path.join(dump, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")


# ---------------------------------------------------------------- official RR examples
MODE = {
    "transliteration": ["--system", "translit"],
    "hyphen_ambiguity": ["--hyphen"],
    "personal_name": ["--name", "--no-name-hyphen"],
    "personal_name_hyphen_allowed": ["--name"],
    "administrative_unit_hyphen": ["--place"],
    "administrative_unit_omitted": ["--place", "--omit-unit"],
    "geographic_cultural_no_hyphen": ["--place"],
    "aspiration_not_in_nouns": ["--place"],
}
official = read_tsv("rr_official_examples.tsv")
items = []
for i, r in enumerate(official):
    args = MODE.get(r["rule"], [])
    if r["rule"] == "personal_name_no_assimilation":
        args = ["--name"] if "-" in r["rr"] else ["--name", "--no-name-hyphen"]
    items.append((i, r["hangul"], args))
kobi_out = batch(items)
icu_out, icu_label = icu([r["hangul"] for r in official])
libs = read_tsv("library_outputs_on_official_examples.tsv")
lib_cols = [c for c in (libs[0].keys() if libs else []) if c not in ("hangul", "rr_official", "rule")]
systems = [("kobi", [kobi_out[i] for i in range(len(official))])]
if icu_out:
    systems.append((icu_label, icu_out))
for c in lib_cols:
    systems.append((c + " (recorded)", [l[c] for l in libs]))

print("== Official RR examples (rr_official_examples.tsv, %d rows; case-insensitive) ==" % len(official))
rules = list(dict.fromkeys(r["rule"] for r in official))
header = "%-34s %5s" % ("rule", "rows") + "".join(" %6s" % ("S%d" % k) for k in range(len(systems)))
print(header)
for rule in rules:
    idx = [i for i, r in enumerate(official) if r["rule"] == rule]
    cells = ""
    for _, outs in systems:
        cells += " %6d" % sum(norm(outs[i]) == norm(official[i]["rr"]) for i in idx)
    print("%-34s %5d%s" % (rule, len(idx), cells))
pron = [i for i, r in enumerate(official) if r["rule"] != "transliteration"]
trans = [i for i, r in enumerate(official) if r["rule"] == "transliteration"]
print()
for k, (label, outs) in enumerate(systems):
    p = sum(norm(outs[i]) == norm(official[i]["rr"]) for i in pron)
    t = sum(norm(outs[i]) == norm(official[i]["rr"]) for i in trans)
    a = sum(norm(outs[i]) == norm(official[i]["rr"]) for i in range(len(official)))
    print("S%-2d %-52s pronunciation-based %3d/%d  translit %2d/%d  all %3d/%d" %
          (k, label, p, len(pron), t, len(trans), a, len(official)))
miss = [(official[i]["hangul"], official[i]["rule"], official[i]["rr"], kobi_out[i])
        for i in range(len(official)) if norm(kobi_out[i]) != norm(official[i]["rr"])]
if miss:
    print("kobi misses:")
    for m in miss:
        print("  %s\t%s\texpected %s\tgot %s" % m)
write_dump("official.tsv", miss)

# ---------------------------------------------------------------- own written cases
if os.path.exists(own_cases):
    rows = [l.rstrip("\n").split("\t") for l in open(own_cases, encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    out = batch([(i, r[0], ["--system", "mr"] if r[1] == "mr" else []) for i, r in enumerate(rows)])
    per_kind = collections.defaultdict(lambda: [0, 0])
    for i, r in enumerate(rows):
        per_kind[r[3]][0] += norm(out[i]) == norm(r[2])
        per_kind[r[3]][1] += 1
    print()
    print("== Own cases (tests/data/rom/sound_cases.tsv): %d/%d (%s) ==" % (
        sum(v[0] for v in per_kind.values()), len(rows),
        ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in per_kind.items())))
    for i, r in enumerate(rows):
        if norm(out[i]) != norm(r[2]):
            print("  miss %s (%s): expected %s, got %s" % (r[0], r[1], r[2], out[i]))

# ---------------------------------------------------------------- probes
def probe_mode(fname, r):
    """kobi arguments for a probe row, or None to skip the row."""
    system = r.get("system", "")
    option = r.get("option", "") or ""
    if "casing" in option.lower() or "bogus" in option:
        return None
    if fname.startswith("youknowone"):
        return ["--system", "translit"]
    if fname.startswith("gerosyab"):
        if "false" in option.lower():
            return None
        return []
    if fname.startswith("crizin"):
        return {"Name": ["--name", "--strict", "--no-name-hyphen"], "NameTypical": ["--name", "--no-name-hyphen"],
                "District": ["--place"], "Substantives": ["--place"]}.get(option, [])
    if fname.startswith("kord123"):
        if option:
            return None
        if system == "MR":
            return ["--system", "mr"]
        if system.startswith("RR (Wiktionary"):
            return ["--hyphen"]
        return None
    if fname.startswith("BenjaminTMilnes"):
        return {"RR": [], "MR": ["--system", "mr"]}.get(system)
    if fname.startswith("interscript"):
        if system in ("moct-kor-Hang-Latn-2000", "bgnpcgn-kor-Hang-Latn-rok-2011"):
            return []
        if system in ("var-kor-Hang-Latn-mr-1939", "bgnpcgn-kor-Hang-Latn-kn-1945"):
            return ["--system", "mr"]
        return None
    if fname.startswith("lcnetdev"):
        if "korean_names" in system:
            return ["--system", "mr", "--name", "--strict"]
        return ["--system", "mr"]
    if fname.startswith("liopic"):
        if "subway" in system.lower():
            return ["--place"]
        if "President" in option:
            return None
        return []
    return []


PROBES = ["osori_korean-romanizer.tsv", "lokks307_korean-romanizer-go.tsv",
          "srevinsaju_korean-romanizer-go.tsv", "toss_es-hangul.tsv", "thisisWooyeol_es-hangul-cpp.tsv",
          "zaeleus_hangeul.tsv", "gerosyab_koroman.tsv", "crizin_korean-romanizer.tsv",
          "youknowone_hangul-romanize.tsv", "kord123_ko_pron.tsv", "liopic_php-Korean-romanizer.tsv",
          "BenjaminTMilnes_KoreanRomanisation.tsv", "interscript_maps_korean.tsv",
          "lcnetdev_scriptshifter_korean.tsv", "m3nfis_java-korean-romanizer.tsv",
          "Tyriar_hangul-romanization.tsv", "uki7_korean-romanizer_cpp.tsv"]
print()
print("== Probes: other projects' test tables (agreement; loose = ignoring case, hyphens, spaces, apostrophes, diacritics) ==")
for fname in PROBES:
    rows = read_tsv(fname)
    items = []
    for i, r in enumerate(rows):
        if "\\n" in r["input"] or not any("\uac00" <= ch <= "\ud7a3" for ch in r["input"]):
            continue
        args = probe_mode(fname, r)
        if args is None:
            continue
        items.append((i, r["input"], args))
    if not items:
        continue
    out = batch(items)
    exact = sum(norm(out[i]) == norm(rows[i]["expected"]) for i, _, _ in items)
    lo = sum(loose(out[i]) == loose(rows[i]["expected"]) for i, _, _ in items)
    print("%-42s rows %4d  agree %4d (%5.1f%%)  loose %4d (%5.1f%%)" %
          (fname, len(items), exact, 100.0 * exact / len(items), lo, 100.0 * lo / len(items)))
    write_dump(fname, [(rows[i]["input"], rows[i]["expected"], out[i], " ".join(a),
                        rows[i].get("system", ""), rows[i].get("option", "") or "")
                       for i, _, a in items if norm(out[i]) != norm(rows[i]["expected"])])

# ---------------------------------------------------------------- romanization key
def keys(texts):
    return run_kobi(list(texts), ["--key"])

print()
print("== Romanization key ==")
variants = read_tsv("name_place_variants.tsv")
if variants:
    forms = []
    for r in variants:
        r["preferred_or_common"] = r["preferred_or_common"].split(" / ")[0].strip()
        forms += [r["hangul"], r["preferred_or_common"]] + [v.strip() for v in r["variant"].split(" / ")]
    kmap = dict(zip(forms, keys(forms)))
    total = met_pref = met_hangul = 0
    misses = []
    for r in variants:
        for v in [v.strip() for v in r["variant"].split(" / ")]:
            total += 1
            a = kmap[v] == kmap[r["preferred_or_common"]]
            b = kmap[v] == kmap[r["hangul"]]
            met_pref += a
            met_hangul += b
            if not (a and b):
                misses.append((r["hangul"], r["preferred_or_common"], v, kmap[r["hangul"]],
                               kmap[r["preferred_or_common"]], kmap[v], r["variant_kind"]))
    print("name_place_variants.tsv: %d variants; key = key(preferred) %d (%.1f%%); key = key(Hangul) %d (%.1f%%)"
          % (total, met_pref, 100.0 * met_pref / total, met_hangul, 100.0 * met_hangul / total))
    for m in misses:
        print("  miss: %s | %s | %s  keys %s / %s / %s  (%s)" % m)
    # Distinct entities of the table must not share a key.
    ent = {}
    for r in variants:
        ent.setdefault(kmap[r["hangul"]], set()).add(r["hangul"])
    clash = [sorted(v) for v in ent.values() if len(v) > 1]
    print("  distinct Hangul entries sharing a key: %d %s" % (len(clash), clash))

full = read_tsv("m3nfis_full_names_popular_style.tsv")
if full:
    ks_h = keys([r["input"] for r in full])
    ks_l = keys([r["expected"] for r in full])
    recall = sum(a == b for a, b in zip(ks_h, ks_l))
    print("m3nfis_full_names_popular_style.tsv: %d names; key(Hangul) = key(popular spelling) %d (%.1f%%)"
          % (len(full), recall, 100.0 * recall / len(full)))
    for r, a, b in zip(full, ks_h, ks_l):
        if a != b and dump:
            pass
    write_dump("key_full_names.tsv", [(r["input"], r["expected"], a, b)
                                      for r, a, b in zip(full, ks_h, ks_l) if a != b])
    # False merges: distinct Hangul names whose keys coincide.
    by_key = collections.defaultdict(set)
    for r, k in zip(full, ks_h):
        by_key[k].add(r["input"])
    names = sorted(set(r["input"] for r in full))
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_key.values())
    all_pairs = len(names) * (len(names) - 1) // 2
    merged = sum(len(v) for v in by_key.values() if len(v) > 1)
    print("  false merges among %d distinct Hangul names: %d colliding pairs of %d (%.4f%%); %d names share a key with another"
          % (len(names), pairs, all_pairs, 100.0 * pairs / max(all_pairs, 1), merged))
    print("  e.g. " + "; ".join(" = ".join(sorted(v)) for v in list(v for v in by_key.values() if len(v) > 1)[:8]))

given = [r for r in read_tsv("m3nfis_given_names.tsv")
         if r["hangul"] and all("\uac00" <= ch <= "\ud7a3" for ch in r["hangul"])]
if given:
    ks_h = keys(["김" + r["hangul"] for r in given])
    ks_l = keys(["Kim " + r["romanized"] for r in given])
    recall = sum(a == b for a, b in zip(ks_h, ks_l))
    by_key = collections.defaultdict(set)
    for r, k in zip(given, ks_h):
        by_key[k].add(r["hangul"])
    distinct = len(set(r["hangul"] for r in given))
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_key.values())
    print("m3nfis_given_names.tsv: %d given names (as Kim + name); key(Hangul) = key(popular) %d (%.1f%%); "
          "colliding pairs among %d distinct names: %d (%.4f%%)"
          % (len(given), recall, 100.0 * recall / len(given), distinct, pairs,
             100.0 * pairs / max(distinct * (distinct - 1) // 2, 1)))
    write_dump("key_given_names.tsv", [(r["hangul"], r["romanized"], a, b)
                                       for r, a, b in zip(given, ks_h, ks_l) if a != b])

sur = read_tsv("m3nfis_surnames.tsv")
if sur:
    forms = []
    for r in sur:
        forms.append((r["hangul"], r["rr"]))
        forms.append((r["hangul"], r["mr"]))
        for o in (r["other_romanizations"] or "").split(","):
            if o.strip():
                forms.append((r["hangul"], o.strip()))
    kh = dict(zip([r["hangul"] for r in sur], keys([r["hangul"] for r in sur])))
    kl = keys([f for _, f in forms])
    met = sum(kh[h] == k for (h, _), k in zip(forms, kl))
    print("m3nfis_surnames.tsv: %d spellings of %d surnames; key(spelling) = key(Hangul) %d (%.1f%%)"
          % (len(forms), len(sur), met, 100.0 * met / len(forms)))

# Different people that must stay apart (from the issue).
apart = [("Kim Jong-il", "Kim Jong-un"), ("Kim Jong-nam", "Kim Jong-un"), ("Lee Jae-yong", "Lee Jae-myung"),
         ("Park Ji-won", "Park Ji-sung"), ("Kim Il-sung", "Kim Jong-il"), ("Kim Yo-jong", "Kim Jong-un")]
flat = [x for p in apart for x in p]
km = dict(zip(flat, keys(flat)))
ok = sum(km[a] != km[b] for a, b in apart)
print("different people kept apart: %d/%d" % (ok, len(apart)))

PY
