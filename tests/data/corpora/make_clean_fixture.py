#!/usr/bin/env python3
"""Generates clean_fixture.tsv (en, ko, gold label) for scripts/eval_clean.sh.

Good pairs come from good_pairs.tsv (news-style sentences written for kobi's tests); planted
faults are written below or derived from good pairs (swapped columns, changed numbers, mojibake
made by decoding UTF-8 bytes with the wrong codec, duplicates, mismatched pairs). Deterministic.
Gold labels: keep, mojibake_fixed (expected repaired and kept), or the rule expected to drop it.
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
good = [l.rstrip("\n").split("\t") for l in open(os.path.join(here, "good_pairs.tsv"), encoding="utf-8")]

CP1252 = {}
for b in range(0x80, 0xA0):
    try:
        CP1252[b] = bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        CP1252[b] = chr(b)


def as_cp1252(s):
    return "".join(CP1252.get(b, chr(b)) for b in s.encode("utf-8"))


def as_latin1(s):
    return s.encode("utf-8").decode("latin-1")


def cp949_as_latin1(s):
    return s.encode("cp949").decode("latin-1")


def utf8_as_cp949(s):
    return s.encode("utf-8").decode("cp949", errors="replace")


rows = [(en, ko, "keep") for en, ko in good]
faults = []
F = lambda en, ko, label: faults.append((en, ko, label))

# empty
F("", "정부는 새 계획을 발표했다.", "empty")
F("The government announced a new plan.", "", "empty")
F("   ", "   ", "empty")
F("The council met on Monday.", " ", "empty")
# length ratio: one side much longer than the other
F("The minister said the government would respond firmly to the strike, which has disrupted freight traffic at the main ports for more than a week.", "장관은 말했다.", "length_ratio")
F("He said no.", "그는 정부가 파업에 단호하게 대응할 것이며 주요 항만의 화물 운송 차질이 장기화되지 않도록 모든 수단을 동원하겠다고 강조했다.", "length_ratio")
F("The festival, which began as a small village fair decades ago, now attracts visitors from all over the country and abroad every autumn.", "축제가 열렸다.", "length_ratio")
F("Rain fell.", "비가 내린 뒤 기온이 크게 떨어지면서 출근길 시민들이 두꺼운 외투를 꺼내 입었고 일부 지역에서는 도로가 얼어 교통 체증이 이어졌다.", "length_ratio")
F("Officials said the new rules would apply to all public buildings, including schools, hospitals and libraries, starting in spring.", "당국이 밝혔다.", "length_ratio")
# script: a side without letters of its language
F("The results will be posted later today.", "★★★★★ ☆☆☆ ▶▶▶", "script")
F("------ ****** ------", "결과는 오늘 늦게 게시된다.", "script")
F("Schedule for the conference in Busan.", "2024.05.03 14:00 ~ 18:00", "script")
F("Weather forecast for the weekend.", "…… ?!?! ……", "script")
# copy: untranslated or near-copied
F("The council approved the budget on Tuesday.", "The council approved the budget on Tuesday.", "copy")
F("Prices rose sharply in the capital.", "Prices rose sharply in the capital", "copy")
F("The new airport terminal opened to passengers this week.", "The new airport terminal opened to passengers this week 입니다", "copy")
F("Farmers protested against the import of cheap rice.", "farmers protested against the import of cheap rice.", "copy")
F("서울시는 새 버스 노선을 발표했다.", "서울시는 새 버스 노선을 발표했다.", "copy")
# wrong language on a side
F("Le gouvernement a annoncé un nouveau plan pour les agriculteurs.", "정부는 농민을 위한 새 계획을 발표했다.", "wrong_lang")
F("Die Regierung hat einen neuen Plan für die Landwirte vorgestellt.", "정부는 농민을 위한 새 계획을 발표했다.", "wrong_lang")
F("El gobierno anunció un nuevo plan para los agricultores.", "정부는 농민을 위한 새 계획을 발표했다.", "wrong_lang")
F("The government announced a new plan for farmers.", "政府は農家のための新しい計画を発表した。", "wrong_lang")
F("The government announced a new plan for farmers.", "政府宣布了一项针对农民的新计划。", "wrong_lang")
F("The government announced a new plan for farmers.", "The ministry will hold a briefing for reporters tomorrow.", "wrong_lang")
# swapped columns
for i in (3, 17, 40, 60):
    en, ko = good[i]
    F(ko, en, "swapped")
# numbers that disagree
F("The central bank kept its benchmark interest rate unchanged at 3.5 percent.", "중앙은행은 기준금리를 연 4.5%로 동결했다.", "numbers")
F("The company plans to hire 500 engineers by the end of March.", "그 회사는 3월 말까지 엔지니어 300명을 채용할 계획이다.", "numbers")
F("The government will spend 1.04 trillion won on new rental housing.", "정부는 새 임대주택에 1조4천억 원을 투입한다.", "numbers")
F("About 30,000 people gathered in central Seoul.", "서울 도심에 약 3천 명이 모였다.", "numbers")
F("The new subway line is expected to open in December 2027.", "새 지하철 노선은 2026년 12월에 개통될 예정이다.", "numbers")
F("The treaty was signed in Geneva on June 12, 1998.", "조약은 1998년 7월 12일 제네바에서 체결됐다.", "numbers")
F("The storm knocked out power to 12,000 homes.", "폭풍으로 1만5천 가구에 전기가 끊겼다.", "numbers")
F("The marathon drew runners from 40 countries.", "마라톤에는 14개국에서 온 선수들이 참가했다.", "numbers")
# URLs
F("For details, visit http://www.example.com/news/2024/policy.html", "자세한 내용은 누리집을 참고하면 된다.", "url")
F("Send your questions to press@example.org or call the office.", "질문은 사무실로 전화하면 된다.", "url")
F("www.example.co.kr/board/list.php?id=123&page=2", "www.example.co.kr/board/list.php?id=123&page=2 게시판", "url")
F("Source: https://news.example.com/article/88123", "출처: https://news.example.com/article/88123 (기사 원문 보기)", "url")
# markup
F("<p>The mayor opened the new library on Friday.</p>", "<p>시장은 금요일 새 도서관을 개관했다.</p>", "markup")
F("The mayor opened the new library&amp;nbsp;on Friday.", "시장은 금요일&amp;nbsp;새 도서관을 개관했다.", "markup")  # double-escaped: one repair pass leaves &nbsp;
F("The mayor opened the <b>new library</b> on Friday.", "시장은 금요일 <b>새 도서관</b>을 개관했다.", "markup")
F("{{Infobox city | name = Suwon}}", "{{정보상자 도시 | 이름 = 수원}}", "markup")
# boilerplate
F("Copyright © 2024 Example News. All rights reserved.", "Copyright © 2024 예시뉴스. 무단 전재 및 재배포 금지.", "boilerplate")
F("Click here to subscribe to our newsletter.", "뉴스레터를 구독하려면 여기를 클릭하세요.", "boilerplate")
F("Home | Politics | Economy | Society", "홈 | 정치 | 경제 | 사회", "boilerplate")
F("Share this article on Facebook and Twitter", "이 기사를 페이스북과 트위터에 공유하기", "boilerplate")
F("Read more: Related articles", "관련기사 더보기", "boilerplate")
# too short
F("Photo", "사진", "too_short")
F("Seoul", "서울", "too_short")
F("Politics", "정치", "too_short")
F("Yes.", "네.", "too_short")
# too long: a whole article in one cell
para_en = " ".join(en for en, _ in good[:30])
para_ko = " ".join(ko for _, ko in good[:30])
F(para_en, para_ko, "too_long")
F(" ".join(en for en, _ in good[30:62]), " ".join(ko for _, ko in good[30:62]), "too_long")
# mojibake: repairable (UTF-8 read as CP1252 / Latin-1; CP949 read as Latin-1)
moji = [
    ("The port handled a record number of containers last month.", "그 항구는 지난달 사상 최다 물동량을 처리했다.", as_cp1252),
    ("Villagers held a memorial service for the victims of the landslide.", "마을 주민들은 산사태 희생자를 위한 추모식을 열었다.", as_cp1252),
    ("The orchestra will perform a free concert in the park.", "오케스트라가 공원에서 무료 공연을 한다.", as_latin1),
    ("The new hospital will serve patients from three nearby towns.", "새 병원은 인근 세 개 읍의 환자들을 진료한다.", as_latin1),
    ("The ferry service to the island resumed after the storm.", "폭풍이 지나간 뒤 섬으로 가는 여객선 운항이 재개됐다.", cp949_as_latin1),
]
for en, ko, fn in moji:
    F(en, fn(ko), "mojibake_fixed")
F("The caf\u00c3\u00a9 near the station reopened after renovation.", "역 근처 카페가 리모델링을 마치고 다시 문을 열었다.", "mojibake_fixed")
# mojibake: unrepairable (UTF-8 read as CP949 with replacement characters)
for i in (9, 26, 70):
    en, ko = good[i]
    F(en, utf8_as_cp949(ko), "mojibake")
F("The weather will be sunny tomorrow.", "\ub0b4\uc77c\uc740 \ub0a0\uc528\uac00 \ub9d1\uaca0\uc2b5\ub2c8\ub2e4 \u5360\uc3d9\uc619", "mojibake")
# duplicates (exact and normalised) of good pairs
for i in (0, 12, 24):
    en, ko = good[i]
    F(en, ko, "duplicate")
en, ko = good[36]
F(en.upper(), ko, "duplicate")
en, ko = good[44]
F(en.rstrip(".") + " !", ko.rstrip(".") + "!", "duplicate")
# not translations of each other (no numbers, plausible lengths)
for a, b in ((7, 12), (13, 41), (18, 25), (32, 49), (61, 65), (62, 72), (75, 84), (85, 90)):
    F(good[a][0], good[b][1], "adequacy")

# Interleave faults among the good pairs deterministically (duplicates after their originals).
out = []
fi = 0
for n, row in enumerate(rows):
    out.append(row)
    if n >= 45:
        while fi < len(faults) and len(out) % 2 == 0:
            out.append(faults[fi])
            fi += 1
        if fi < len(faults) and n % 2 == 1:
            out.append(faults[fi])
            fi += 1
out.extend(faults[fi:])
with open(os.path.join(here, "clean_fixture.tsv"), "w", encoding="utf-8") as f:
    for en, ko, label in out:
        assert "\t" not in en + ko and "\n" not in en + ko
        f.write(f"{en}\t{ko}\t{label}\n")
print(len(out), "rows,", len(faults), "faults")
