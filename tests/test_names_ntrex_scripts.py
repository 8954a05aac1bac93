"""Names across scripts on sentences of NTREX-128 (CC BY-SA 4.0; see tests/data/ntrex/README.md): the Indonesian
reference beside its Chinese, Japanese and Arabic ones, one sentence per line, checked with their line-to-line
alignment. What the clean references raised that a bilingual editor would not (issue 13), and the changes still
found beside them."""

from checker import make_document
from checker.names import sounds_alike, word_sound
from conftest import gold_name_findings


name_findings = gold_name_findings


def replaced(findings):
    return [(f.code, f.spans[0].side, f.spans[0].text, f.spans[1].side, f.spans[1].text) for f in findings]


# bbc.381789, line 23: « Sportsound » is translated (体育之声), and BST said in words (英国夏令时, British summer time)
SPORTSOUND_ID = ("Anda dapat mendengar wawancara lengkapnya di Sportsound pada hari Minggu, 30 September, di Radio "
                 "Skotlandia antara pukul 12.00 dan 13.00 BST")
SPORTSOUND_ZH = "您可以在九月三十日，星期日的12:00至13:00（英国夏令时）这个时间段，通过苏格兰广播电台收听体育之声本次全面采访"


def test_a_country_said_where_a_name_went_is_no_name_replaced():
    # the country came in with BST's words, the name went into a translation: not « Sportsound » became « 英国 »
    assert name_findings(SPORTSOUND_ID, SPORTSOUND_ZH, "id", "zh") == []


def test_a_name_replaced_beside_a_country_said_is_still_found():
    # the translation of « Sportsound » replaced by another name (Morelos), beside the country BST brought in
    text = SPORTSOUND_ZH.replace("体育之声", "莫雷洛斯")
    found = name_findings(SPORTSOUND_ID, text, "id", "zh")
    assert replaced(found) == [("NAME002", "source", "Sportsound", "translation", "莫雷洛斯")]
    f = found[0]
    assert text[f.spans[1].start:f.spans[1].end] == "莫雷洛斯"
    assert SPORTSOUND_ID[f.spans[0].start:f.spans[0].end] == "Sportsound"
    assert f.evidence == {"source": "Sportsound", "translation": "莫雷洛斯", "territory": None}


# cnbc.com.6790, line 14: « prajurit Amerika » (American soldiers), アメリカ軍人; 北朝鮮 (North Korea) says « Kim »
AMERIKA_ID = ("Dia mengatakan bahwa keberhasilannya untuk memperbaiki hubungan dengan Kim telah membawa hasil positif - "
              "menghentikan percobaan roket, membantu membebaskan sandera dan memulangkan kembali prajurit Amerika yang "
              "tersisa ke rumah mereka.")
AMERIKA_JA = "北朝鮮との関係改善への努力は、ミサイル実験の終了、無実の人質の開放、アメリカ軍人の遺体の変換などの望ましい結果をもたらしたとトランプは言う。"


def test_japanese_writes_the_united_states_amerika():
    # CLDR's アメリカ合衆国 is rarely written; アメリカ is the United States where another country came in
    assert name_findings(AMERIKA_ID, AMERIKA_JA, "id", "ja") == []


def test_a_country_replaced_pairs_with_the_new_country_where_it_stood():
    # two countries the source does not name: the one that stands where « Amerika » stood replaced it
    text = AMERIKA_JA.replace("アメリカ", "フランス")
    found = name_findings(AMERIKA_ID, text, "id", "ja")
    assert replaced(found) == [("NAME002", "source", "Amerika", "translation", "フランス")]
    assert text[found[0].spans[1].start:found[0].spans[1].end] == "フランス"
    assert AMERIKA_ID[found[0].spans[0].start:found[0].spans[0].end] == "Amerika"
    assert found[0].evidence == {"source": "Amerika", "translation": "フランス", "territory": ["US"]}


# upi.176266, line 4: the Chinese opens with the name it quotes in Latin letters
HAMMEL_ID = ("Hammel berkata bahwa awalnya dia berpikir itu hanyalah luapan kegembiraan setelah menangkap lobster, tetapi "
             "kemudian dia “menyadari” bahwa anak laki-laki tersebut berteriak, ‘saya digigit!'")
HAMMEL_ZH = "Hammel 表示，一开始他以为只是抓龙虾发出的兴奋声，然而很快就“意识到那是男孩的叫喊声，“我被咬了！"


def test_a_latin_name_opening_a_sentence_without_capitals_is_a_name():
    assert name_findings(HAMMEL_ID, HAMMEL_ZH, "id", "zh") == []
    # (its capital is no sentence's: a Latin word a Chinese sentence opens with is a name, and one put in its place
    # is found)
    text = HAMMEL_ZH.replace("Hammel", "Kavadarkov")
    found = name_findings(HAMMEL_ID, text, "id", "zh")
    assert replaced(found) == [("NAME002", "source", "Hammel", "translation", "Kavadarkov")]
    assert (found[0].spans[0].start, found[0].spans[0].end, found[0].spans[1].start, found[0].spans[1].end) == \
        (0, 6, 0, 10)
    assert found[0].evidence == {"source": "Hammel", "translation": "Kavadarkov", "territory": None}


# bbc.381646, lines 1 and 2: the Japanese writes Daley ダレー, then ダレ― with a dash (U+2015) for the long vowel
DALEY_ID = ("Penyelam Olimpiade Tom Daley mengatakan dia tumbuh dengan rasa rendah diri karena masalah seksualitasnya - "
            "tetapi hal itu memberinya motivasi untuk berhasil.\n"
            "Pria berusia 24 tahun ini mengatakan dia tidak menyadarinya hingga dia memasuki sekolah menengah, bahwa "
            "\"tidak semua orang seperti saya.\"")
DALEY_JA = ("オリンピックのダイバーであるトム・ダレー選手は、セクシュアリティという点で周りより自分が劣っていると感じながら"
            "成長したが、そのことが成功へとつながるモチベーションとなった。\n"
            "24歳のダレ―選手は、中学校に行くまで「自分は周りの子とは違う」と気づいていなかった。")


def test_a_long_vowel_typed_with_a_dash_is_one_spelling():
    assert name_findings(DALEY_ID, DALEY_JA, "id", "ja") == []
    # a long vowel more is another spelling, and the dashed form is read with its dash
    text = DALEY_JA.replace("ダレー", "ダーレー")
    found = name_findings(DALEY_ID, text, "id", "ja")
    assert [(f.code, [(sp.side, sp.text) for sp in f.spans]) for f in found] == \
        [("NAME001", [("translation", "ダレ―"), ("translation", "ダーレー")])]
    assert [text[sp.start:sp.end] for sp in found[0].spans] == ["ダレ―", "ダーレー"]
    assert found[0].evidence["variants"] == [{"form": "ダーレー", "count": 1, "spans": [[17, 21]]},
                                             {"form": "ダレ―", "count": 1, "spans": [[92, 95]]}]


# rt.com.91350, line 3: « Baden-Wuerttemberg », one of the names joined by a hyphen, is « بادن-فورتمبرغ », whose غ
# writes the g (not the English gh the sound key drops: Leigh)
WUERTTEMBERG_ID = ("Penugasan \"Rheinland-Pfalz,\" kapal utama dari kapal pengawal kelas Baden-Wuerttemberg yang baru, "
                   "kini telah ditangguhkan hingga paruh pertama tahun 2019, menurut surat kabar Die Zeit yang mengutip "
                   "juru bicara militer.")
WUERTTEMBERG_AR = ("لقد جرى تأجيل تكليف سفينة \"راينلاند بفالز\"، السفينة الرائدة في الفرقاطة الجديدة من فئة "
                   "بادن-فورتمبرغ، حتى النصف الأول من عام 2019، وفقًا لصحيفة دي تسايتنقلًا عن متحدث عسكري.")


def test_arabic_gh_writes_a_g():
    assert sounds_alike(word_sound("Wuerttemberg", "id"), word_sound("فورتمبرغ", "ar"))
    assert name_findings(WUERTTEMBERG_ID, WUERTTEMBERG_AR, "id", "ar") == []
    # (« Wuerttemberg » is a name where « Baden » is a common word: replaced, it is found)
    found = name_findings(WUERTTEMBERG_ID, WUERTTEMBERG_AR.replace("فورتمبرغ", "ميكلسون"), "id", "ar")
    assert replaced(found) == [("NAME002", "source", "Wuerttemberg", "translation", "ميكلسون")]



# dailymail.co.uk.298759, line 4, and nytimes.184825, line 16: a word opening an Indonesian sentence is a sound to
# look for in the Arabic where it is a name (« Charles », common in Indonesian news and unknown to its dictionary in
# lower case), not where it is a word (« Kendati », although)
def test_a_common_word_opening_a_sentence_is_no_sound_of_a_name():
    from checker.checks.names import _sounds_of

    charles = _sounds_of("Charles Czeisler, profesor kedokteran spesialisasi masalah tidur di Harvard Medical "
                         "School.", "id", True, frozenset())
    assert word_sound("Charles", "id") in charles
    kendati = _sounds_of("Kendati demikian, bukan hanya menjadi warga negara yang berpengetahuan saat jam enam kamu "
                         "menemukan dirimu menyaksikan panel para ahli.", "id", True, frozenset())
    assert word_sound("Kendati", "id") not in kendati
    # (unless the document writes it as a name inside a sentence)
    assert word_sound("Kendati", "id") in _sounds_of("Kendati demikian.", "id", True, frozenset({"kendati"}))


# newsweek.51329, lines 2, 3 and 5 (Indonesian): « Amerika » is the Indonesian word, « America » the English of the
# cap the text quotes (« topi Make America Great »): no name spelled two ways
AMERICA_ID = ("Kanye West dicemooh di studio selama Saturday Night Live setelah tampil kacau di mana dia memuji "
              "President Amerika Serikat Donald Trump dan mengatakan bahwa dia akan mencalonkan diri pada tahun 2020.\n"
              "Setelah membawakan lagu ketiga malam itu, berjudul Ghost Town di mana dia memakai topi Make America "
              "Great, dia menantang partai Demokrat dan mengulangi dukungannya untuk Trump.\n"
              "Ya, jika saya khawatir dengan rasisme, saya sudah keluar dari Amerika sejak lama,\" dia berkata.")


def test_a_name_in_an_english_phrase_quoted_is_no_variant():
    from checker import make_document
    from checker.checks.names import _variants, spellings
    from checker.document import SOURCE

    doc = make_document(AMERICA_ID, "id", segmented=True)
    assert [f for f in _variants(doc, SOURCE, spellings(doc), {}, []) if "America" in f.message] == []
    # (a misspelling beside the same English words is still one: « Amerikka »)
    doc = make_document(AMERICA_ID.replace("dari Amerika", "dari Amerikka"), "id", segmented=True)
    assert [f.evidence["variants"][0]["form"] for f in _variants(doc, SOURCE, spellings(doc), {}, [])
            if f.code == "NAME001"] == ["Amerika"]
