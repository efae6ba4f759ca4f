#!/usr/bin/env python3
"""Generates places_korea_admin.tsv: South Korea's provinces and their cities, counties and
districts (2018 KOSTAT divisions) with their official romanized names. Not run in CI; its
output is committed.

  python3 kobi/glossary/data/generate_places_korea.py \
      /work/shared/data/lexicon/kr_admin_divisions/kr_admin_divisions.tsv \
      > kobi/glossary/data/places_korea_admin.tsv

Source: kr_admin_divisions.tsv (KOSTAT SGIS 2018 boundaries via southkorea/southkorea-maps,
KOGL Type 1, attribution). Its English column is inconsistent ("Hwaseongsi", "Gwangju" for
광주시, one wrong row: 철원군 "Gongju-si"), so every municipality is checked: the English must
start with the Revised Romanization of the first Hangul syllable, and is rewritten to the
official "Name-si/-gun/-gu" form; rows failing the check are corrected in FIXES (checked by hand
against the RR rules) or reported on stderr and left out. Provinces are written by hand below
(English names as used by the provincial governments; MR spellings attested in older press).
Cities divided into districts (수원시 장안구 ...) are listed as the city only (CITIES).
"""
import sys
import unicodedata

INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
            "k", "t", "p", "h"]
MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i"]

# en, ko, variants (province level; 2018 names).
PROVINCES = [
    ("Seoul", "서울", ["Seoul Metropolitan City", "Seoul Special City"], "서울특별시"),
    ("Busan", "부산", ["Pusan", "Busan Metropolitan City"], "부산광역시"),
    ("Daegu", "대구", ["Taegu", "Daegu Metropolitan City"], "대구광역시"),
    ("Incheon", "인천", ["Inchon", "Incheon Metropolitan City"], "인천광역시"),
    ("Gwangju", "광주", ["Kwangju", "Gwangju Metropolitan City"], "광주광역시 (also 광주시, Gyeonggi-do)"),
    ("Daejeon", "대전", ["Taejon", "Daejeon Metropolitan City"], "대전광역시"),
    ("Ulsan", "울산", ["Ulsan Metropolitan City"], "울산광역시"),
    ("Sejong City", "세종시", ["Sejong Special Self-Governing City", "Sejongsi"], "세종특별자치시"),
    ("Gyeonggi Province", "경기도", ["Gyeonggi-do", "Kyonggi Province"], "경기도"),
    ("Gangwon Province", "강원도", ["Gangwon-do", "Kangwon Province"], "강원도 (강원특별자치도 since 2023)"),
    ("North Chungcheong Province", "충청북도", ["Chungcheongbuk-do"], "충청북도"),
    ("South Chungcheong Province", "충청남도", ["Chungcheongnam-do"], "충청남도"),
    ("North Jeolla Province", "전라북도", ["Jeollabuk-do"], "전라북도 (전북특별자치도 since 2024)"),
    ("South Jeolla Province", "전라남도", ["Jeollanam-do"], "전라남도"),
    ("North Gyeongsang Province", "경상북도", ["Gyeongsangbuk-do"], "경상북도"),
    ("South Gyeongsang Province", "경상남도", ["Gyeongsangnam-do"], "경상남도"),
    ("Jeju", "제주", ["Jeju-do", "Jeju Province", "Cheju", "Jeju Special Self-Governing Province"],
     "제주특별자치도"),
]
# Cities divided into non-autonomous districts in 2018 (only the districts are in the source).
CITIES = [("Suwon", "수원"), ("Seongnam", "성남"), ("Anyang", "안양"), ("Ansan", "안산"),
          ("Goyang", "고양"), ("Yongin", "용인"), ("Cheongju", "청주"), ("Cheonan", "천안"),
          ("Jeonju", "전주"), ("Pohang", "포항"), ("Changwon", "창원")]
# Source rows corrected by hand (RR of the Hangul; the source's English was wrong).
FIXES = {"철원군": "Cheorwon-gun", "광주시": None}  # 광주시 (Gyeonggi) = Gwangju, see Gwangju.
# Two-syllable names are often common words too (구리 copper, 진주 pearl, 공주 princess,
# 동해 East Sea, 이천 2,000), so their Korean form keeps the unit (구리시) and running text
# does not match by accident; names of 3+ syllables and the distinctive, frequent two-syllable
# names below match without the unit (평창 matches 평창군 and 평창).
DISTINCTIVE = {"평창", "춘천", "원주", "강릉", "속초", "파주", "김포", "평택", "부천", "경주",
               "안동", "구미", "김해", "거제", "통영", "여수", "순천", "목포", "군산", "익산",
               "충주", "제천", "울릉", "철원", "연천", "양평", "가평", "포천", "기장"}
SKIP_GU = {"중구", "동구", "서구", "남구", "북구"}  # in several cities; also common words
UNIT = {"시": "si", "군": "gun", "구": "gu"}
UNIT_WORD = {"si": "City", "gun": "County", "gu": "District"}


def rr_first_syllable(hangul):
    code = ord(hangul[0]) - 0xAC00
    return INITIALS[code // 588] + MEDIALS[(code % 588) // 28]


def main(path):
    seen, out = set(), []
    province_en = {p[0] for p in PROVINCES}
    province_ko = {p[1] for p in PROVINCES}
    for en, ko, variants, official in PROVINCES:
        out.append((en, ko, variants, f"province-level division {official}; KOSTAT 2018"))
    for en, ko in CITIES:
        out.append((en, ko, [f"{en}-si", f"{en} City"], f"city {ko}시; KOSTAT 2018 (districts)"))
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "2018" or f[1] != "municipality":
            continue
        ko_full, en_raw = unicodedata.normalize("NFC", f[3]), f[4]
        if ko_full in FIXES:
            if FIXES[ko_full] is None:
                continue
            en_raw = FIXES[ko_full]
        if ko_full in province_ko:
            continue  # 세종시: the province-level city itself
        if ko_full in SKIP_GU or ko_full in seen or len(ko_full) < 2 or ko_full[-1] not in UNIT:
            continue
        if ko_full.startswith(tuple(k for _, k in CITIES)) and len(ko_full) > 3:
            continue  # a district of a divided city (수원시장안구)
        unit = UNIT[ko_full[-1]]
        base_ko = ko_full[:-1]
        base_en = en_raw
        for suffix in ("-" + unit, unit):
            if base_en.lower().endswith(suffix):
                base_en = base_en[: -len(suffix)]
                break
        if not base_en.lower().startswith(rr_first_syllable(base_ko)):
            print(f"skip {ko_full} {en_raw}: English does not start with RR of the Hangul",
                  file=sys.stderr)
            continue
        seen.add(ko_full)
        base_en = base_en[0].upper() + base_en[1:].lower()
        if unit == "gu":
            out.append((f"{base_en}-gu", ko_full, [f"{base_en} District"],
                        f"district {ko_full}; KOSTAT 2018"))
            continue
        ko = base_ko if (len(base_ko) >= 3 or base_ko in DISTINCTIVE) else ko_full
        variants = [f"{base_en}-{unit}", f"{base_en} {UNIT_WORD[unit]}"]
        en = base_en
        if base_en in province_en:  # Jeju-si vs the province Jeju
            en, variants = variants[1], [variants[0]]
        out.append((en, ko, variants, f"{'city' if unit == 'si' else 'county'} {ko_full}; "
                    "KOSTAT 2018"))
    print("# South Korean provinces, cities, counties and districts (2018) with official")
    print("# romanized names. GENERATED by generate_places_korea.py (beside this file) from")
    print("# KOSTAT SGIS 2018 divisions (KOGL Type 1; via southkorea/southkorea-maps); provinces")
    print("# and the cities divided into districts written by hand in the generator. Do not edit.")
    print("en\tko\ttype\tvariants\tnote")
    for en, ko, variants, note in out:
        print(f"{en}\t{ko}\tplace\t{'|'.join(variants)}\t{note}")


if __name__ == "__main__":
    main(sys.argv[1])
