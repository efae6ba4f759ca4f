// Table-driven tests of kobi::romanize::Romanize. Rows marked "official" are the examples of
// the official rules (국어의 로마자 표기법, MCST notice 2000-8, revised 2014-42), which are facts;
// the rest are cases written for these tests.
#include "kobi/romanize/romanizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/utf8.h"

namespace kobi::romanize {
namespace {

struct Case {
  const char* hangul;
  const char* expected;
};

RomanizeOptions Rr() { return {}; }

void ExpectAll(const std::vector<Case>& cases, const RomanizeOptions& options) {
  for (const Case& c : cases) {
    EXPECT_EQ(Romanize(c.hangul, options), c.expected) << c.hangul;
  }
}

TEST(RomanizeRr, OfficialPronunciationRules) {
  // official: ch.2 notes and ch.3 §1 (lower case here; capitalisation is a separate flag)
  ExpectAll({{"광희문", "gwanghuimun"},   {"구미", "gumi"},          {"영동", "yeongdong"},
             {"백암", "baegam"},          {"옥천", "okcheon"},       {"합덕", "hapdeok"},
             {"호법", "hobeop"},          {"월곶", "wolgot"},        {"벚꽃", "beotkkot"},
             {"한밭", "hanbat"},          {"구리", "guri"},          {"설악", "seorak"},
             {"칠곡", "chilgok"},         {"임실", "imsil"},         {"울릉", "ulleung"},
             {"대관령", "daegwallyeong"}, {"백마", "baengma"},       {"신문로", "sinmunno"},
             {"종로", "jongno"},          {"왕십리", "wangsimni"},   {"별내", "byeollae"},
             {"신라", "silla"},           {"학여울", "hangnyeoul"},  {"알약", "allyak"},
             {"해돋이", "haedoji"},       {"같이", "gachi"},         {"굳히다", "guchida"},
             {"맞히다", "machida"},       {"좋고", "joko"},          {"놓다", "nota"},
             {"잡혀", "japyeo"},          {"낳지", "nachi"},         {"묵호", "mukho"},
             {"집현전", "jiphyeonjeon"},  {"압구정", "apgujeong"},   {"낙동강", "nakdonggang"},
             {"죽변", "jukbyeon"},        {"낙성대", "nakseongdae"}, {"합정", "hapjeong"},
             {"팔당", "paldang"},         {"샛별", "saetbyeol"},     {"울산", "ulsan"}},
            Rr());
}

TEST(RomanizeRr, OwnCases) {
  ExpectAll({{"국민", "gungmin"},          // ㄱ+ㅁ nasalised
             {"심리", "simni"},            // ㅁ+ㄹ -> ㅁㄴ
             {"설날", "seollal"},          // ㄹ+ㄴ -> ㄹㄹ
             {"의견란", "uigyeonnan"},     // suffix 란 after a two-syllable stem: ㄴㄴ
             {"동원령", "dongwonnyeong"},  // 표준 발음법 제20항 example
             {"많이", "mani"},             // ㄶ before a vowel: ㅎ silent
             {"싫어", "sireo"},            // ㅀ before a vowel
             {"값이", "gapsi"},            // cluster split by liaison
             {"닭", "dak"},                // cluster at the end
             {"읽다", "ikda"},             // ㄺ before ㄷ -> ㄱ
             {"놓는", "nonneun"},          // ㅎ+ㄴ -> ㄴㄴ
             {"북한", "bukhan"},           // noun: ㅎ kept
             {"생각하다", "saenggakada"},  // verbal 하다: aspirated
             {"꽃잎", "kkonnip"},          // ㄴ-insertion word list
             {"서울역", "seoullyeok"},     // ㄹ-insertion word list
             {"안녕하세요", "annyeonghaseyo"}},
            Rr());
}

TEST(RomanizeRr, PassThroughAndSpaces) {
  EXPECT_EQ(Romanize("MOMOLAND - 뿜뿜!"), "MOMOLAND - ppumppum!");
  EXPECT_EQ(Romanize("종로 3가역, 2024년"), "jongno 3gayeok, 2024nyeon");
  EXPECT_EQ(Romanize("신 라"), "sin ra");  // no sound change across a space
  EXPECT_EQ(Romanize(""), "");
  EXPECT_EQ(Romanize("漢字 ㅋㅋ ㅠㅠ"), "漢字 kk yuyu");
  // Decomposed (conjoining jamo) input is composed first.
  EXPECT_EQ(Romanize("\u1112\u1161\u11AB\u1100\u1173\u11AF"), "hangeul");
}

TEST(RomanizeRr, AmbiguityHyphen) {
  RomanizeOptions o;
  o.hyphenate_ambiguous = true;
  // official ch.3 §2
  ExpectAll(
      {{"중앙", "jung-ang"}, {"반구대", "ban-gudae"}, {"세운", "se-un"}, {"해운대", "hae-undae"}},
      o);
  ExpectAll({{"낙동강", "nakdonggang"}, {"부산", "busan"}, {"한글", "han-geul"}}, o);
  EXPECT_EQ(Romanize("중앙"), "jungang");  // off by default
}

TEST(RomanizeTranslit, Official) {
  RomanizeOptions o{.system = System::kTranslit};
  // official ch.3 §8
  ExpectAll({{"집", "jib"},
             {"짚", "jip"},
             {"밖", "bakk"},
             {"값", "gabs"},
             {"붓꽃", "buskkoch"},
             {"먹는", "meogneun"},
             {"독립", "doglib"},
             {"문리", "munli"},
             {"물엿", "mul-yeos"},
             {"굳이", "gud-i"},
             {"좋다", "johda"},
             {"가곡", "gagog"},
             {"조랑말", "jolangmal"},
             {"없었습니다", "eobs-eoss-seubnida"}},
            o);
}

TEST(RomanizeMr, Cases) {
  RomanizeOptions o{.system = System::kMcCuneReischauer};
  ExpectAll({{"부산", "pusan"},
             {"평양", "p'yŏngyang"},
             {"한국", "han'guk"},
             {"독립문", "tongnimmun"},
             {"대구", "taegu"},
             {"청주", "ch'ŏngju"},
             {"시", "si"},
             {"발해", "parhae"},
             {"광희문", "kwanghŭimun"},
             {"짜장", "tchajang"},
             {"쉽다", "shwipta"},
             {"아에", "aë"},
             {"박꽃", "pakkot"},
             {"북한", "pukhan"}},
            o);
  RomanizeOptions ascii{.system = System::kMcCuneReischauerAscii};
  ExpectAll({{"평양", "pyongyang"}, {"한국", "hanguk"}, {"청주", "chongju"}}, ascii);
}

TEST(RomanizeNames, PopularStrictAndHyphen) {
  RomanizeOptions o{.name = true};
  ExpectAll({{"홍빛나", "Hong Bit-na"},  // official ch.3 §4 (hyphenated form)
             {"한복남", "Han Bok-nam"},  // official: no assimilation
             {"민용하", "Min Yong-ha"},  // official
             {"김정은", "Kim Jeong-eun"},
             {"이재명", "Lee Jae-myeong"},
             {"박지성", "Park Ji-seong"},
             {"최선희", "Choi Seon-hui"},
             {"남궁민수", "Namgoong Min-su"},
             {"제갈량", "Jegal Ryang"},
             {"선우용녀", "Sunwoo Yong-nyeo"},
             {"황보관", "Hwangbo Gwan"},
             {"홍 빛나", "Hong Bit-na"},
             {"김", "Kim"}},
            o);
  RomanizeOptions strict{.name = true, .strict_names = true};
  ExpectAll({{"김정은", "Gim Jeong-eun"},
             {"이순신", "I Sun-sin"},
             {"박정희", "Bak Jeong-hui"},
             {"최룡해", "Choe Ryong-hae"}},
            strict);
  RomanizeOptions solid{.name = true, .hyphenate_given_name = false};
  ExpectAll({{"송나리", "Song Nari"}, {"홍빛나", "Hong Bitna"}}, solid);  // official
  RomanizeOptions mr{.system = System::kMcCuneReischauer, .name = true, .strict_names = true};
  ExpectAll({{"김정은", "Kim Chŏng-ŭn"},
             {"박정희", "Pak Chŏng-hŭi"},
             {"김대중", "Kim Tae-jung"},
             {"이승만", "Yi Sŭng-man"},
             {"조석우", "Cho Sŏg-u"},        // liaison written before the hyphen (ALA-LC style)
             {"강덕룡", "Kang Tŏng-nyong"},  // MR names are written as pronounced
             {"류관순", "Yu Kwan-sun"}},     // initial-sound law on the surname
            mr);
}

TEST(RomanizePlaces, UnitsAndNames) {
  RomanizeOptions o{.place = true};
  // official ch.3 §5 and §6
  ExpectAll({{"충청북도", "Chungcheongbuk-do"},
             {"제주도", "Jeju-do"},
             {"의정부시", "Uijeongbu-si"},
             {"양주군", "Yangju-gun"},
             {"도봉구", "Dobong-gu"},
             {"신창읍", "Sinchang-eup"},
             {"삼죽면", "Samjuk-myeon"},
             {"인왕리", "Inwang-ri"},
             {"당산동", "Dangsan-dong"},
             {"봉천1동", "Bongcheon 1(il)-dong"},
             {"종로 2가", "Jongno 2(i)-ga"},
             {"퇴계로 3가", "Toegyero 3(sam)-ga"},
             {"남산", "Namsan"},
             {"속리산", "Songnisan"},
             {"독도", "Dokdo"},
             {"경복궁", "Gyeongbokgung"},
             {"극락전", "Geungnakjeon"},
             {"독립문", "Dongnimmun"},
             {"오죽헌", "Ojukheon"},
             {"촉석루", "Chokseongnu"}},
            o);
  ExpectAll({{"서울특별시 중구", "Seoul-teukbyeolsi Jung-gu"},
             {"강화도", "Ganghwado"},
             {"을지로 12가", "Euljiro 12(sibi)-ga"}},
            o);
  RomanizeOptions omit{.place = true, .omit_unit = true};
  ExpectAll({{"청주시", "Cheongju"},
             {"함평군", "Hampyeong"},
             {"순창읍", "Sunchang"},
             {"도봉구", "Dobong-gu"}},
            omit);
}

TEST(Romanize, OutputIsValidUtf8ForAllSyllables) {
  std::string all;
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) utf8::Append(all, cp);
  for (System s : {System::kRevised, System::kTranslit, System::kMcCuneReischauer,
                   System::kMcCuneReischauerAscii}) {
    for (int mode = 0; mode < 3; ++mode) {
      RomanizeOptions o{.system = s, .name = mode == 1, .place = mode == 2};
      std::string out = Romanize(all, o);
      EXPECT_TRUE(utf8::IsValid(out));
      EXPECT_FALSE(out.empty());
      for (std::size_t pos = 0; pos < out.size();) {
        utf8::Decoded d = utf8::Decode(out, pos);
        ASSERT_FALSE(utf8::IsHangul(d.cp)) << "Hangul left in output";
        pos += d.length;
      }
    }
  }
}

TEST(Romanize, SystemNames) {
  for (System s : {System::kRevised, System::kTranslit, System::kMcCuneReischauer,
                   System::kMcCuneReischauerAscii}) {
    EXPECT_EQ(ParseSystem(SystemName(s)), s);
  }
  EXPECT_FALSE(ParseSystem("yale").has_value());
}

}  // namespace
}  // namespace kobi::romanize
