"""Names across scripts on sentences of NTREX-128 (CC BY-SA 4.0; see tests/data/ntrex/README.md), the Indonesian
reference beside its Chinese, Japanese and Arabic ones, line to line: what the clean references raised that a
bilingual editor would not (issue 13: Arabic words glued together or to a prefix, loanwords of English words the
Indonesian writes in lower case, two people whose given names are spelled alike), and the changes still found beside
them."""

from checker import make_document
from checker.checks.names import spellings
from checker.lang import language
from checker.names import sounds_alike, word_sound
from conftest import gold_name_findings


name_findings = gold_name_findings


def replaced(findings):
    return [(f.code, f.spans[0].text, f.spans[1].text) for f in findings if f.code == "NAME002"]


# bbc.381789, line 14: « ونجحفي » is « ونجح في » (and succeeded in) written without its space
ALLOA_ID = ("Lalu dia membantu Alloa pulih dari degradasi ke posisi ketiga, dan mengubah St Mirren dari jurang "
            "degradasi menjadi pemenang gelar Kejuaraan di musim berikutnya.")
ALLOA_AR = ("ثم ساعد ألوا على التعافي من الهبوط إلى الدرجة الثالثة، ونجحفي انتشال سانت ميرين من حافة الهبوط إلى "
            "الفائزين بلقب البطولة في الموسم التالي.")


def test_arabic_words_written_without_their_spaces_are_no_name():
    arabic = language("ar")
    # NTREX-128's Arabic: nejaha fi (bbc.381789), haythu yakhluqan, ihatatihi bil-hala (guardian.221718)
    for glued in ("نجحفي", "حيثيخلقان", "إحاطتهبالحالة", "دورهاحماسيللغاية", "قانونيينبكوريا"):
        assert arabic.common_word(glued), glued
    # names that short words of the dictionary spell are names: Coulibaly, Sainsbury, McGregor, Flaxman
    for name in ("كوليبالي", "سينسبري", "ماكغريغور", "فلاكسمان", "كافانو"):
        assert not arabic.common_word(name), name
    assert name_findings(ALLOA_ID, ALLOA_AR, "id", "ar") == []


def test_a_name_replaced_beside_glued_arabic_words_is_still_found():
    text = ALLOA_AR.replace("ألوا", "هامبدن")
    assert replaced(name_findings(ALLOA_ID, text, "id", "ar")) == [("NAME002", "Alloa", "هامبدن")]


# cbsnews.248384, line 15: « التقطته » (it caught him) is a word, not the article ال before « تقطته »
KEHAKIMAN_ID = ("Setelah kantor Partai Republik moderat mengeluarkan pernyataan bahwa ia akan memilih mendukung "
                "Kavanaugh, ia tertangkap kamera CNN dan CBS pada Jumat pagi sedang diteriaki oleh pengunjuk rasa "
                "ketika ia mencoba naik lift ke sidang Komite Kehakiman.")
KEHAKIMAN_AR = ("وبعد أن أصدر مكتب الحزب الجمهوري المحافظ بيانًا بأنه سيصوت لصالح كافانو فقد التقطته كاميرات سي إن "
                "إن وسي بي إس صباح يوم الجمعة والمتظاهرون يصيحون عليه أثناء محاولته ركوب مصعد وصولاً إلى جلسة "
                "استماع اللجنة القضائية.")


def test_an_arabic_word_of_the_dictionary_is_no_name_behind_a_prefix():
    assert name_findings(KEHAKIMAN_ID, KEHAKIMAN_AR, "id", "ar") == []


def test_a_name_after_an_arabic_prefix_is_still_a_name():
    text = KEHAKIMAN_AR.replace("كافانو", "ميكلسون")
    assert replaced(name_findings(KEHAKIMAN_ID, text, "id", "ar")) == [("NAME002", "Kavanaugh", "ميكلسون")]


# newsweek.51310, line 1: « ويلنج » is Wheeling, its ng written نج
WHEELING_ID = "Presiden Donald Trump memulai kesibukan rapat umum kampanye malam ini di Wheeling, Virginia Barat."
WHEELING_AR = "يبدأ الرئيس دونالد ترامب سلسلة من تجمعات الحملة الانتخابية الليلة في ويلنج بولاية فرجينيا الغربية."


def test_arabic_nj_ending_a_name_is_an_english_ng():
    assert sounds_alike(word_sound("Wheeling", "id"), word_sound("يلنج", "ar"))
    assert sounds_alike(word_sound("Evening", "id"), word_sound("إيفننج", "ar"))
    assert name_findings(WHEELING_ID, WHEELING_AR, "id", "ar") == []


# reuters.218921, line 0: « spoiler » in the Indonesian, スポイラー in the Japanese
SPOILER_ID = "Scherzer ingin mengadu spoiler versus Rockies"
SPOILER_JA = "シャーザーはスポイラー対プレイしたいロッキーズ"


def test_a_loanword_of_a_foreign_word_in_lower_case_is_no_name_added():
    assert name_findings(SPOILER_ID, SPOILER_JA, "id", "ja") == []


def test_a_name_replaced_beside_a_loanword_is_still_found():
    text = SPOILER_JA.replace("シャーザー", "ミケルソン")
    assert replaced(name_findings(SPOILER_ID, text, "id", "ja")) == [("NAME002", "Scherzer", "ミケルソン")]


# bbc.381746, lines 9 and 15: Alan Lithgow, Livingston's defender, and Allan McGregor, Rangers' goalkeeper
TWO_PEOPLE_ID = ("Scott Robinson berhasil menerobos tetapi usahanya meleset melintasi muka gawang, kemudian Alan Lithgow "
                 "hanya bisa memperlebar usahanya setelah meluncur masuk dan berhadapan dengan sundulan Craig Halkett "
                 "dari seberang gawang.\n"
                 "Scott Pittman dijegal oleh kaki penjaga gawang Rangers Allan McGregor dan Lithgow tersingkir jauh "
                 "akibat taktik permainan Livingston yang lain.")


TWO_PEOPLE_JA = ("Scott Robinsonが突破したがゴールに向かって努力をドラッグした。それからAlan Lithgowがゴールを超えてCraig "
                 "Halkettのヘディングを満たすためにそうしたスライドの後、幅広い努力を指示することしかできなかった。\n"
                 "スコットピットマンはレンジャーズのゴールキーパーアランマクレガーとリスゴーの足が別のリビングストンセットプレー"
                 "から広くちらっと見たことで否定された。")


def test_two_given_names_each_with_its_own_surname_are_two_people():
    found = name_findings(TWO_PEOPLE_ID, TWO_PEOPLE_JA, "id", "ja")
    assert [f for f in found if f.code == "NAME001"] == []
    assert {w for w, _ in spellings(make_document(TWO_PEOPLE_ID, "id", segmented=True))["alan"]} == {"Alan", "Allan"}


def test_a_given_name_misspelt_before_the_same_surname_is_still_found():
    text = TWO_PEOPLE_ID.replace("Allan McGregor", "Allan Lithgow")
    found = name_findings(text, TWO_PEOPLE_JA, "id", "ja")
    assert [(f.code, f.spans[0].side, f.evidence["key"]) for f in found if f.code == "NAME001"] == \
        [("NAME001", "source", "alan")]


# cbsnews.248384, line 23: the Chinese writes Chris Coons' original after his name, 库恩斯（Chris Coons ）
COONS_ID = "Flake telah diyakinkan sebagian oleh percakapan dengan temannya, Senator Demokrat Chris Coons."
COONS_ZH = "弗雷克与其好友民主党参议员库恩斯（Chris Coons ）的几番交谈后，一定程度上坚定了他的决定。"


def test_a_latin_gloss_is_the_counterpart_of_the_name_it_glosses():
    assert name_findings(COONS_ID, COONS_ZH, "id", "zh") == []


def test_a_latin_gloss_after_another_name_is_no_counterpart():
    # 比约恩 (Bjorn) before Chris Coons' original: the source's Coons was replaced, whatever the gloss says
    text = COONS_ZH.replace("库恩斯", "比约恩")
    assert replaced(name_findings(COONS_ID, text, "id", "zh")) == [("NAME002", "Coons", "比约恩")]


# reuters.218932, lines 14 and 15: Vladimir Kavardarkov in the first, « kata Kavadarkov » in the second
SKOPJE_ID = ("Di depan parlemen di Skopje, Vladimir Kavardarkov, 54 tahun, sudah mempersiapkan sebuah panggung kecil dan "
             "menarik kursi-kursi di depan tenda-tenda yang dibuat oleh mereka yang akan memboikot pemungutan suara "
             "tersebut.\n“Kami setuju untuk bergabung dengan NATO dan Uni Eropa, tetapi kami ingin bergabung secara "
             "terhormat, bukan melalui pintu pelayan” kata Kavadarkov.")
SKOPJE_ZH = ("54 岁的Vladimir Kavardarkov 正在 Skopje 议会前准备小型舞台并抽出帐篷前的椅子，这个帐篷是将要抵制公投的人搭建的。\n"
             "“我们赞同加入北约和欧盟，但是我们想要堂堂正正地而不是通过旁门左道的方式加入” Kavadarkov 说。")


def test_a_name_of_a_neighbouring_sentence_its_own_translation_writes_is_no_counterpart():
    assert name_findings(SKOPJE_ID, SKOPJE_ZH, "id", "zh") == []
    # 布雷特 (Brett, brt) sounds like a piece of the Vladimir (brtmr) of the sentence before, which that sentence's
    # translation writes: Kavadarkov was replaced
    text = SKOPJE_ZH.replace("Kavadarkov 说", "布雷特 说")
    assert replaced(name_findings(SKOPJE_ID, text, "id", "zh")) == [("NAME002", "Kavadarkov", "布雷特")]


# rt.com.91334, lines 4 and 5: the Chinese names Ronaldo where the Indonesian says « Dia », and writes Der Spiegel
# in words (明镜周刊); the Ronaldo of the next sentence is still his counterpart
RONALDO_ID = ("Dia kemudian diduga telah membayarnya dengan memberikan $375.000 agar tetap tutup mulut mengenai insiden "
              "ini, Der Spiegel melaporkan pada hari Jumat.\nBerbicara dalam video Siaran Langsung Instagram kepada 142 "
              "juta pengikutnya beberapa jam setelah klaim itu dilaporkan, Ronaldo, 33 tahun, mengecam laporan itu "
              "sebagai \"berita palsu.\"")
RONALDO_ZH = ("据明镜周刊周五报道，罗纳尔多随后向她支付了37.5万美元让她对此事保持沉默。\n"
              "在此项指控被报道之后的数小时，33岁的罗纳尔多在Instagram直播视频上直面1.42亿粉丝抨击该报道是“假新闻”。")


def test_a_name_both_translated_sentences_write_may_stand_for_the_next_source_sentences():
    assert name_findings(RONALDO_ID, RONALDO_ZH, "id", "zh") == []


# guardian.221718, line 19: Bough (one consonant, b) is « بوف », behind the conjunction و; « إنجلشصخبًا » is
# « إنجلش صخبًا », English (the film's hero) and a noise, written without its space
BOUGH_ID = ("English dan Bough memulai petualangan konyol mereka: menyamar sebagai pelayan, mereka membakar restoran "
            "cepat saji Prancis; mereka membuat kekacauan dengan menyelundupkan diri ke atas kapal mewah milik Volta; "
            "dan English memicu anarki ketika dia mencoba menggunakan headset Realitas Virtual untuk membiasakan diri "
            "dengan interior rumah Volta.")
BOUGH_AR = ("يبدأ كلمن إنجليش وبوف ملحمة في الجنون الهزلي الهائج: متنكرين في زي النوادل، يقومان بإشعال النار في مطعم "
            "فرنسي فخم؛ حيثيخلقان الفوضى لتهريب أنفسهما على متن يخت فولتا الفاخر. ثم يثير إنجلشصخبًا تامًا أثناء "
            "محاولاته استخدام نظارة الواقع الافتراضي للتعرف على داخل منزل فولتا.")


def test_a_name_of_one_consonant_is_found_by_it_across_scripts():
    assert replaced(name_findings(BOUGH_ID, BOUGH_AR, "id", "ar")) == []
    text = BOUGH_AR.replace("وبوف", "وهامبدن")
    assert replaced(name_findings(BOUGH_ID, text, "id", "ar")) == [("NAME002", "Bough", "هامبدن")]


# thelocal.65969, line 12, and bbc.381746, line 3: 卜 (bu) ends 伊德利卜, Idlib; 希 (xi) writes Hi, 希伯尼安, Hibernian
IDLIB_ID = ("Para diplomat PBB mengatakan perjanjian terbaru antara Rusia dan Turki untuk mendirikan zona penyangga di "
            "kubu besar pemberontak Idlib yang terakhir telah menghasilkan peluang untuk melanjutkan pembicaraan "
            "politik.")
IDLIB_ZH = ("联合国外交官表示，俄罗斯和土耳其最近达成协议，即在最后这个主要反叛据点-伊德利卜，建立一个缓冲地带，这为推进两国相互之间的"
            "政治谈判创造了机会。")
HIBERNIAN_ID = ("Serangan Dolly Menga telah menjadi bukti adanya perbedaan ketika gerakan sisi Gary Holt setara dengan "
                "Hibernian yang berada pada urutan kedua.")
HIBERNIAN_ZH = "Dolly Menga 的这个进球别有深意，因为 Gary Holt 的球队追平了排名第二的希伯尼安队。"


def test_chinese_transliteration_characters_and_x_for_an_h():
    zh = language("zh")
    assert (0, 4) in [span for span in zh.name_spans("伊德利卜")]
    assert sounds_alike(word_sound("伊德利卜", "zh"), word_sound("Idlib", "id"))
    assert sounds_alike(word_sound("希伯尼安", "zh"), word_sound("Hibernian", "id"))
    assert sounds_alike(word_sound("西维吉尼亚", "zh"), word_sound("Virginia", "id"))  # (x for s still)
    assert name_findings(IDLIB_ID, IDLIB_ZH, "id", "zh") == []
    assert name_findings(HIBERNIAN_ID, HIBERNIAN_ZH, "id", "zh") == []
    text = HIBERNIAN_ZH.replace("希伯尼安", "萨默塞特")
    assert replaced(name_findings(HIBERNIAN_ID, text, "id", "zh")) == [("NAME002", "Hibernian", "萨默塞特")]


# bbc.381680, line 6: 伯纳斯顿丰田, Toyota (丰田) at Burnaston, read as one name, was Burnaston replaced
BURNASTON_ID = ("\"Pendapat saya adalah jika Inggris keluar dari Uni Eropa di akhir bulan Maret, kita akan melihat "
                "penghentian produksi di pabrik kami,\" kata Marvin Cooke, direktur pelaksana Toyota di Burnaston.")
BURNASTON_ZH = "伯纳斯顿丰田总经理马文·库克称，“我的观点是，如果英国在三月末退出欧盟，我们的工厂将停止生产”。"


def test_a_name_jieba_lists_glued_after_a_transliterated_one_is_another_name():
    zh = language("zh")
    assert [BURNASTON_ZH[a:b] for a, b in zh.name_spans(BURNASTON_ZH)][:1] == ["伯纳斯顿"]
    assert name_findings(BURNASTON_ID, BURNASTON_ZH, "id", "zh") == []


# telegraph.405413, line 7, and bbc.381736, line 6: a stray « آ » glued to the word opening the Arabic line
SENATE_ID = "Akan ada pemilihan di Senat, di mana 51 Republikan dan 49 Demokrat duduk."
SENATE_AR = "آسيكون هناك تصويت في مجلس الشيوخ، حيث يوجد 51 جمهوريًا و49 ديموقراطيًا حاليًا."
SEOUL_ID = ("Seoul mengatakan lebih dari 30.000 orang dari Korea Utara telah menyeberangi perbatasan secara ilegal sejak "
            "berakhirnya Perang Korea pada 1953.")
SEOUL_AR = ("آتقول سيئول إن أكثر من 30،000 كوري شمالي عبروا الحدود بشكل غير قانوني منذ نهاية الحرب الكورية عام "
            "1953.")


def test_a_stray_alef_madda_opening_an_arabic_line_is_no_name():
    arabic = language("ar")
    assert [SENATE_AR[a:b] for a, b in arabic.name_candidates(SENATE_AR)][0] == "سيكون"
    # (a word of its own with it, or a name, keeps it: آخر, last; آير, Ayr)
    assert [w for w in ("آخر مرة", "آير 38") if arabic.name_candidates(w)[0][0] == 0] == ["آخر مرة", "آير 38"]
    assert replaced(name_findings(SENATE_ID, SENATE_AR, "id", "ar")) == []
    assert replaced(name_findings(SEOUL_ID, SEOUL_AR, "id", "ar")) == []


# cnn.304400, lines 2 and 7: Collier written コリアー, then コリア―カウンティ (Collier County), a dash typed for the
# long-vowel mark before more kana
COLLIER_ID = ("Menurut FWC, kondisi penumpukan yang tidak merata dilaporkan dari area daerah Pinellas, Manatee, Sarasota, "
              "Charlotte dan Collier - yang menandakan penurunan konsentrasi.\nIritasi pernapasan terus dilaporkan dari "
              "wilayah Pinellas, Manatee, Sarasota, Lee, dan Collier.")
COLLIER_JA = ("FWCによれば、ピネラス、マナティー、サラソタ、シャーロッテ、コリアー群において、パッチャーの色の状況が報告されており、"
              "それが濃度の低下を表している。\nピネラス、マナティー、サラソタ、リー、コリア―カウンティで、呼吸器の炎症が報告され続けている。")


def test_a_dash_for_the_long_vowel_mark_before_more_kana_and_a_place_kind_glued():
    japanese = language("ja")
    line = COLLIER_JA.split("\n")[1]
    assert "コリア―カウンティ" in [line[a:b] for a, b in japanese.name_spans(line)]
    assert [w[a:b] for w in ("コリア―カウンティ",) for a, b in japanese.name_pieces(w)] == ["コリア―", "カウンティ"]
    assert name_findings(COLLIER_ID, COLLIER_JA, "id", "ja") == []
    text = COLLIER_JA.replace("コリア―カウンティ", "ハムデンカウンティ")
    assert replaced(name_findings(COLLIER_ID, text, "id", "ja")) == [("NAME002", "Collier", "ハムデンカウンティ")]


# telegraph.405422, line 2: Risa Kusuma, a name whose words are Indonesian words too (kusuma, a flower)
KUSUMA_ID = ("\"Rasanya sangat menegangkan,\" kata Risa Kusuma, seorang ibu berusia 35 tahun, menenangkan bayi "
             "laki-lakinya yang sedang deman di pusat pengungsian di kota Palu yang hancur.")
KUSUMA_JA = ("「非常に緊張しているようだ」と言って、35歳の母親のリサ・クスマは、全焼したパルの避難所で熱っぽい男の子の赤ちゃんを"
             "あやした。")


def test_a_name_of_several_words_rare_enough_is_a_name_word_by_word():
    assert name_findings(KUSUMA_ID, KUSUMA_JA, "id", "ja") == []
    text = KUSUMA_JA.replace("クスマ", "ハムデン")
    assert replaced(name_findings(KUSUMA_ID, text, "id", "ja")) == [("NAME002", "Kusuma", "ハムデン")]
