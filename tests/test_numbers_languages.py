"""Numbers, dates and quantities in Chinese, Japanese, Arabic, German, Spanish, Portuguese and Russian (and English as
a target): equivalences and non-equivalences across languages, spans into the text as read, and the numbers check on
NTREX-128 documents (tests/data/ntrex, CC BY-SA 4.0) and on sentences written in the example's style."""

from __future__ import annotations

import pytest

from checker.align import Alignment, Link
from checker.api import make_document
from checker.checks.base import AuditContext
from checker.checks.numbers import NumbersCheck
from checker.config import Settings
from checker.quantities import extract, same_value, unit_changed
from conftest import NTREX_DOCS, ntrex_lines


def one(text, lang):
    qs = [q for q in extract(text, lang) if not q.match_only]
    assert len(qs) == 1, (text, qs)
    q = qs[0]
    assert text[q.start:q.end] == q.text
    return q


EQUIVALENT = [
    # « 20.000 », « 20 ribu », « 20 000 », « 2万 », « 两万 », « ٢٠٬٠٠٠ » are one number
    [("id", "20.000"), ("id", "20 ribu"), ("fr", "20 000"), ("zh", "2万"), ("zh", "两万"), ("zh", "二万"),
     ("ja", "２万"), ("ar", "٢٠٬٠٠٠"), ("ar", "۲۰٬۰۰۰"), ("ar", "20 ألف"), ("ar", "20.000"), ("de", "20.000"),
     ("de", "zwanzigtausend"), ("es", "veinte mil"), ("es", "20.000"), ("ru", "20 000"), ("ru", "20 тысяч"),
     ("ru", "двадцать тысяч"), ("pt", "20 mil"), ("pt", "vinte mil"), ("pt", "20.000"), ("pt", "20 000"),
     ("en", "20,000")],
    [("id", "1,5 juta"), ("zh", "150万"), ("ja", "150万"), ("ar", "1.5 مليون"), ("ar", "١٫٥ مليون"),
     ("de", "1,5 Millionen"), ("de", "1,5 Mio."), ("es", "1,5 millones"), ("ru", "1,5 млн"), ("ru", "1,5 миллиона"),
     ("pt", "1,5 milhões"), ("pt", "1,5 milhão"), ("pt", "um milhão e quinhentos mil"), ("en", "1.5 million")],
    [("id", "2,4 juta"), ("pt", "2,4 milhões"), ("es", "2,4 millones"), ("en", "2.4 million")],
    [("id", "2 miliar"), ("zh", "20亿"), ("ja", "20億"), ("ar", "2 مليار"), ("de", "2 Milliarden"),
     ("es", "2.000 millones"), ("es", "2 mil millones"), ("es", "dos mil millones"), ("ru", "2 млрд"),
     ("pt", "2 mil milhões"), ("pt", "dois mil milhões"), ("pt", "2 bilhões"), ("pt", "dois bilhões"), ("en", "2bn")],
    # Portugal's « mil milhões » and Brazil's « bilhão » are a thousand millions; Portugal's « bilião » a million
    # millions, Brazil's « trilhão »
    [("en", "1.5 billion"), ("pt", "1,5 mil milhões"), ("pt", "1,5 bilhão"), ("pt", "mil e quinhentos milhões")],
    [("en", "two trillion"), ("pt", "dois biliões"), ("pt", "2 biliões"), ("pt", "dois trilhões"),
     ("es", "dos billones")],
    [("id", "299.200"), ("zh", "二十九万九千二百"), ("zh", "29万9200"), ("ja", "29万9千2百"), ("en", "299,200")],
    [("id", "120 juta"), ("ja", "1億2000万"), ("ja", "1 億 2 千万"), ("zh", "一亿二千万"), ("en", "120 million")],
    [("id", "2022"), ("ja", "２０２２"), ("zh", "二〇二二"), ("ar", "٢٠٢٢"), ("ar", "۲۰۲۲")],
    [("id", "3,5 persen"), ("zh", "3.5%"), ("ja", "３．５％"), ("ja", "3.5パーセント"), ("ar", "٣٫٥٪"),
     ("ar", "3.5 في المائة"), ("de", "3,5 Prozent"), ("es", "3,5 por ciento"), ("ru", "3,5 процента"),
     ("pt", "3,5 por cento"), ("pt", "3,5%"), ("en", "3.5 per cent")],
    [("en", "0.25 percentage points"), ("pt", "0,25 pontos percentuais")],
    [("id", "20 persen"), ("zh", "百分之二十"), ("zh", "百分之20"), ("ar", "20 بالمائة")],
    [("id", "tiga"), ("zh", "三"), ("ja", "三"), ("ar", "ثلاثة"), ("ar", "ثلاث"), ("de", "drei"), ("es", "tres"),
     ("ru", "три"), ("ru", "трёх"), ("pt", "três"), ("en", "three")],
    [("id", "dua puluh lima"), ("ar", "خمسة وعشرون"), ("de", "fünfundzwanzig"), ("es", "veinticinco"),
     ("ru", "двадцать пять"), ("pt", "vinte e cinco"), ("en", "twenty-five")],
    [("en", "216"), ("pt", "duzentos e dezasseis"), ("pt", "duzentas e dezesseis"), ("es", "doscientas dieciséis")],
    [("id", "13"), ("ar", "ثلاثة عشر"), ("ar", "ثلاث عشرة"), ("zh", "十三"), ("ru", "тринадцать")],
    [("id", "8 Januari"), ("zh", "1月8日"), ("zh", "一月八日"), ("ja", "１月８日"), ("ar", "٨ يناير"),
     ("ar", "8 كانون الثاني"), ("ar", "8 جانفي"), ("de", "8. Januar"), ("es", "8 de enero"), ("ru", "8 января"),
     ("pt", "8 de janeiro"), ("pt", "8 de jan."), ("en", "January 8"), ("en", "8th January")],
    [("id", "29 September"), ("pt", "29 de setembro"), ("pt", "29 de set."), ("es", "29 de septiembre"),
     ("en", "September 29")],
    [("en", "January 1"), ("pt", "1º de janeiro"), ("pt", "1.º de janeiro"), ("pt", "1 de janeiro")],
    [("id", "30 September"), ("zh", "9 月 30 日"), ("zh", "九月三十日"), ("ar", "30 من سبتمبر"),
     ("ru", "30-го сентября"), ("pt", "30 de setembro")],
    [("id", "bulan Juni"), ("zh", "六月"), ("zh", "6月"), ("ja", "6月"), ("ar", "يونيو"), ("ar", "حزيران"),
     ("de", "Juni"), ("es", "junio"), ("ru", "июнь"), ("ru", "в июне"), ("pt", "junho"),
     ("pt", "em junho"), ("en", "June")],
    [("id", "Jumat"), ("zh", "周五"), ("zh", "星期五"), ("ja", "金曜日"), ("ja", "金曜"), ("ar", "الجمعة"),
     ("de", "Freitag"), ("es", "viernes"), ("ru", "в пятницу"), ("ru", "пятница"), ("pt", "sexta-feira"),
     ("en", "Friday")],
    [("id", "pukul 3 sore"), ("zh", "下午3点"), ("ja", "午後3時"), ("ar", "الساعة 3 مساء"), ("en", "3 p.m."),
     ("es", "las 3 de la tarde"), ("es", "a las tres de la tarde"), ("ru", "3 часа дня"), ("pt", "às 3 da tarde"),
     ("pt", "às três da tarde"), ("pt", "às 15h"), ("pt", "às 15:00"), ("pt", "às 15 horas")],
    [("en", "9 p.m."), ("pt", "às 9 da noite"), ("pt", "às 21h00"), ("es", "las 9 de la noche")],
    [("en", "4 a.m."), ("pt", "às 4 da madrugada"), ("pt", "quatro da manhã"), ("pt", "às 4h")],
    [("id", "pukul 7.55 pagi"), ("zh", "早上 7:55"), ("ja", "午前7時55分"), ("ar", "الساعة 7.55 صباحًا"),
     ("ru", "в 7:55"), ("pt", "às 7h55"), ("pt", "às 7:55 da manhã"), ("en", "7.55am")],
    [("id", "$5 juta"), ("zh", "500万美元"), ("ja", "500万ドル"), ("ar", "5 ملايين دولار"), ("de", "5 Millionen Dollar"),
     ("es", "5 millones de dólares"), ("ru", "5 млн долларов"), ("pt", "5 milhões de dólares"),
     ("pt", "US$ 5 milhões"), ("en", "$5m")],
    [("id", "£11 juta"), ("ar", "11 مليون جنيه إسترليني"), ("zh", "1100万英镑"), ("ja", "1100万ポンド"),
     ("de", "11 Millionen Pfund"), ("pt", "11 milhões de libras"), ("pt", "11 milhões de libras esterlinas"),
     ("en", "£11m")],
    [("en", "€100m"), ("pt", "100 milhões de euros"), ("es", "100 millones de euros")],
    [("en", "R$20bn"), ("pt", "20 mil milhões de reais"), ("pt", "R$ 20 bilhões")],
    [("id", "85 mil per jam"), ("zh", "时速85英里"), ("zh", "每小时 85 英里"), ("ja", "時速85マイル"),
     ("ar", "85 ميلا في الساعة"), ("de", "136 Kilometer pro Stunde"), ("ru", "137 км/ч"), ("en", "85 mph")],
    [("id", "385 mil"), ("zh", "385 英里"), ("ja", "385マイル"), ("ar", "385 ميلاً"), ("de", "620 Kilometer"),
     ("ru", "620 километров"), ("es", "620 kilómetros"), ("pt", "620 quilómetros"), ("pt", "620 quilômetros")],
    [("id", "20 kaki"), ("zh", "20 英尺"), ("ja", "20フィート"), ("ar", "20 قدمًا"), ("de", "sechs Meter"),
     ("es", "seis metros"), ("ru", "6 метров"), ("pt", "seis metros"), ("pt", "6 metros")],
    [("id", "80 derajat"), ("zh", "80华氏度"), ("ja", "華氏80度"), ("de", "27 °C"), ("de", "27 ºC"),
     ("ru", "27 градусов"), ("pt", "27 graus"), ("pt", "27 graus Celsius")],
    [("id", "550 pon"), ("ja", "550ポンド"), ("en", "550 pounds"), ("ru", "250 килограммов"), ("pt", "250 quilos"),
     ("pt", "550 libras")],
    [("id", "dua tahun"), ("ar", "عامين"), ("pt", "dois anos")],
    [("id", "tahun 1980-an"), ("zh", "八十年代"), ("zh", "20世纪80年代"), ("ja", "1980年代"),
     ("ar", "ثمانينيات القرن العشرين"), ("ar", "الثمانينيات"), ("ru", "в 80-е годы"), ("es", "los años 80"),
     ("pt", "anos 80"), ("pt", "década de 80"), ("en", "the 1980s")],
    [("id", "abad ke 19"), ("es", "siglo XIX"), ("ru", "XIX века"), ("ar", "القرن التاسع عشر"), ("pt", "século XIX"),
     ("en", "19th century")],
    [("id", "ke-47"), ("ar", "السابعة والأربعين"), ("pt", "47.º"), ("pt", "47º"), ("pt", "47ª"), ("en", "47th")],
    [("id", "6 kaki 6 inci"), ("en", "6-foot-6"), ("es", "1,98 metros"), ("ru", "1,98 м"), ("pt", "1,98 metros")],
]

DIFFERENT = [
    (("id", "20.000"), ("zh", "2千")),
    (("zh", "2万"), ("en", "2,000")),
    (("ar", "٢٠٬٠٠٠"), ("id", "2.000")),
    (("ja", "1月8日"), ("ja", "1月9日")),
    (("zh", "1月8日"), ("zh", "2月8日")),
    (("zh", "周五"), ("zh", "周六")),
    (("ar", "الجمعة"), ("ar", "السبت")),
    (("ru", "8 января"), ("ru", "8 февраля")),
    (("de", "1,5 Millionen"), ("de", "1,5 Milliarden")),
    (("es", "un billón"), ("en", "one billion")),  # the Spanish billón is a million millions
    (("zh", "三"), ("zh", "四")),
    (("ar", "ثلاثة"), ("ar", "أربعة")),
    (("ja", "華氏80度"), ("de", "80 °C")),
    (("ja", "3.5パーセント"), ("ja", "35パーセント")),
    (("pt", "1,5 mil milhões"), ("pt", "1,5 milhões")),
    (("pt", "um bilião"), ("en", "one billion")),  # Portugal's bilião is a million millions
    (("pt", "um bilião"), ("pt", "um bilhão")),  # Brazil's bilhão a thousand millions
    (("pt", "29 de setembro"), ("pt", "29 de outubro")),
    (("pt", "sexta-feira"), ("pt", "sábado")),
    (("pt", "às 3 da tarde"), ("pt", "às 4 da tarde")),
    (("pt", "dezasseis"), ("pt", "dezanove")),
]


@pytest.mark.parametrize("group", EQUIVALENT, ids=lambda g: g[0][1])
def test_equivalent_forms(group):
    first = one(group[0][1], group[0][0])
    for lang, text in group[1:]:
        other = one(text, lang)
        assert same_value(first, other), (group[0], (lang, text), first, other)


@pytest.mark.parametrize("a, b", DIFFERENT, ids=lambda p: p[1])
def test_different_values(a, b):
    qa, qb = one(a[1], a[0]), one(b[1], b[0])
    assert not (same_value(qa, qb) and not unit_changed(qa, qb))


def test_currencies_and_units_that_changed():
    dollars, pounds = one("5 ملايين دولار", "ar"), one("5 ملايين جنيه إسترليني", "ar")
    assert same_value(dollars, pounds) and unit_changed(dollars, pounds)
    assert unit_changed(one("500万美元", "zh"), one("500万日元", "zh"))
    assert unit_changed(one("5 Millionen Euro", "de"), one("5 млн рублей", "ru"))
    # « ポンド », "pounds": money or a weight; neither reading is a change from the other
    assert not unit_changed(one("550ポンド", "ja"), one("550 pon", "id"))
    assert not unit_changed(one("28億ポンド", "ja"), one("£2,8 miliar", "id"))


def test_spans_point_into_the_text_as_read():
    # full-width digits, Arabic-Indic digits with their separators, vowel marks, tatweel and direction marks
    for text, lang, expected in [
        ("２０２２年１月８日に、１．５億円", "ja", ["２０２２", "１月８日", "１．５億円"]),
        ("وصل إلى ٢٠٬٠٠٠ شخص، أي ٣٫٥٪ من السكان", "ar", ["٢٠٬٠٠٠", "٣٫٥٪"]),
        ("بلغت الصفقة 11 مليون دولارًا\u200f يوم الجمعة", "ar", ["11 مليون دولارًا", "الجمعة"]),
        ("ثلاثــة أشخاص", "ar", ["ثلاثــة"]),
        ("截至2017年，该区人口为二十九万九千二百人，约3万人。", "zh", ["2017", "二十九万九千二百", "3万"]),
    ]:
        found = [q for q in extract(text, lang) if not q.match_only]
        assert [q.text for q in found] == expected, (text, found)
        assert all(text[q.start:q.end] == q.text for q in found)


def test_dates_give_their_year_and_day():
    qs = extract("英国首相特雷莎·梅于 2018 年 9月 29 日抵达英国伯明翰", "zh")
    assert [(q.kind, q.value) for q in qs] == [("number", 2018.0), ("date", (9, 29))]
    qs = extract("ستحضر في 29 سبتمبر 2018", "ar")
    assert [(q.kind, q.value) for q in qs] == [("date", (9, 29)), ("number", 2018.0)]
    assert [(q.kind, q.value) for q in extract("am 29. September 2018", "de")] == [("date", (9, 29)),
                                                                               ("number", 2018.0)]


def test_what_is_not_a_number():
    assert extract("这十分重要，数千人到场，有一些人离开了，几十年来", "zh") == []
    # « 每周四天 » is four days a week, not Thursday
    assert [(q.kind, q.value) for q in extract("每周四天工作制", "zh")] == [("number", 4.0)]
    assert extract("数千人が避難し、もう一度歩けるようになった", "ja") == []
    # « مارس » alone is "he practised"; after « في » or « شهر » it is March
    assert extract("مارس الضغط على الحكومة", "ar") == []
    assert [q.value for q in extract("في شهر مارس", "ar")] == [3]
    # Theresa May, a prime minister, BBC Radio 4 on Sunday
    assert [q.kind for q in extract("Theresa May said Mrs May would go in May.", "en")] == ["month"]
    assert [q.text for q in extract("La primera ministra Theresa May.", "es")] == []
    assert [(q.kind, q.text) for q in extract("auf BBC Radio 4 am Sonntag", "de")] == [("number", "4"),
                                                                                    ("weekday", "Sonntag")]
    assert [q.value for q in extract("more than the 20.4 million people", "en")] == [20.4e6]
    # « два дня » is two days, not two in the afternoon; « десятки тысяч » a vague amount
    assert [q.kind for q in extract("провела там два дня", "ru")] == ["number"]
    assert extract("десятки тысяч людей", "ru") == []
    # the prime minister is no first, « segundo » "according to" no second; « mar. », « dez. » at a sentence's end
    # are the sea and ten, not March and December; « milhões de pessoas » is a vague amount
    assert extract("O primeiro-ministro e a primeira-ministra, segundo a polícia, foram ao mar.", "pt") == []
    assert [(q.kind, q.value) for q in extract("Os golos foram dez.", "pt")] == [("number", 10.0)]
    assert extract("Milhões de pessoas, milhares de casas e centenas de escolas", "pt") == []


def test_counters_and_fractions():
    # « 1人 » is a word for one (« seorang »); « 2人 » a small count, soft as « les deux » is
    one_person, two = extract("1人と2人", "ja")
    assert one_person.match_only and two.soft and not two.match_only
    # « 五分之一 »: a fifth, which stands for a 20 % only (and its numbers, soft: « satu dari lima »)
    (fifth,) = [q for q in extract("五分之一的学生", "zh") if q.unit == "%"]
    assert fifth.match_only and fifth.value == 20 and same_value(fifth, one("20 persen", "id"))
    # « 5人に1人 »: one in five, the count said twice (NTREX-128, « Dua puluh persen siswa » in the Indonesian)
    (one_in_five,) = [q for q in extract("子どもの5人に1人が親や教師に隠して", "ja") if q.unit == "%"]
    assert one_in_five.match_only and one_in_five.value == 20 and same_value(one_in_five, one("Dua puluh persen", "id"))
    assert [q.value for q in extract("10人中9人が", "ja") if q.unit == "%"] == [90]
    # but « 5人に1万円 » is ten thousand yen for five people
    assert [q.value for q in extract("5人に1万円を配った", "ja")] == [5, 10000]


def test_readings_of_words():
    # « keduanya »: both of them, or its second (« gol malam keduanya »: his second goal of the night); soft
    (second,) = extract("melesatkan gol malam keduanya di akhir", "id")
    assert (second.value, second.soft, second.text) == (2, True, "keduanya")
    # number words side by side that are not one number are several: « satu dua » (a one-two), « tiga empat »
    assert [(q.text, q.value) for q in extract("untuk memiliki satu dua,” kata Hamilton", "id")] == [("satu", 1),
                                                                                                   ("dua", 2)]
    assert [q.value for q in extract("dua puluh tiga orang", "id")] == [23]
    # a lower-case word, a hyphen and digits (« par-3 »): a count or a code, soft; « Covid-19 » stays a name
    assert [(q.text, q.soft) for q in extract("pada par-3 lubang ke-16 saat Covid-19", "id")] == [("3", True),
                                                                                                ("16", False)]
    # a fraction keeps its two numbers beside its share: « 4人中1人 » is 25 %, and « 1 dari 4 pemain »
    assert [(q.value, q.match_only) for q in extract("4人中1人のプレイヤー", "ja")] == [(4, False), (25, True),
                                                                                      (1, True)]
    # a fraction in words is a share too: « نصف » (half) and « setengah » are 50 %
    assert same_value(one("أكثر من النصف بصوت", "ar"), one("50 persen", "id"))
    # a part of an hour: « setengah jam » is half an hour and 30 minutes; « seperempat jam » 15 minutes
    assert same_value(one("selama setengah jam pada", "id"), one("لمدة نصف ساعة تقريبًا", "ar"))
    assert same_value(one("pada tanda seperempat jam tetapi", "id"), one("15分過ぎに", "ja"))
    # a century stands for its first years: « بداية القرن الواحد والعشرين », « awal tahun 2000 » (the early 2000s)
    assert same_value(one("في بداية القرن الواحد والعشرين", "ar"), one("pada awal tahun 2000", "id"))
    # Arabic: « ثانٍ » (a second), a dual with a pronoun (« ضعفيها »: its two doubles), a day as an ordinal after a
    # preposition (« في الأول من أكتوبر ») but not after a noun (« الأسبوع الأول من أكتوبر »: the first week)
    assert [q.value for q in extract("بعقد اجتماع ثانٍ بعد", "ar")] == [2]
    assert [q.value for q in extract("وضعفيها قبل", "ar")] == [2]
    assert [(q.kind, q.value) for q in extract("في الأول من أكتوبر", "ar")] == [("date", (10, 1))]
    assert [q.kind for q in extract("في الأسبوع الأول من أكتوبر", "ar")] == ["number", "month"]
    # Chinese « 首次 », « 首位 »: the first (time); « 十指关 » (a goalkeeper's hands) and « 四球二人赛 » (golf's
    # foursomes) are no numbers
    assert [(q.text, q.value, q.soft) for q in extract("这位丹麦球员在1997年瓦尔德拉马的比赛中首次亮相", "zh")] == [
        ("1997", 1997, False), ("首次", 1, True)]
    assert extract("突破了布赖顿门将马修·赖恩的十指关，但在四球二人赛中", "zh") == []
    # « على بعد ميل »: a mile away, one mile (soft)
    (mile,) = extract("على بُعد ميل من موقع الاصطدام", "ar")
    assert mile.soft and same_value(mile, one("sekitar 1 mil jauhnya", "id"))


# NTREX-128 sentence pairs whose references say the same numbers, each once misread
AGREEING_LINES = [
    ("ja", "Sainsbury mengatakan bahwa hal itu akan menggandakan besarnya penawaran kecantikan hingga mencapai 3.000 "
           "produk, termasuk merek-merek seperti Revlon, Essie,Tweezerman dan Dr. PawPaw untuk yang pertama kalinya.",
     "セインズベリーによれば、美容製品の数を3000点の2倍にすると発表している。その製品にはRevlon、Essie、Tweezerman、 "
     "Dr.PawPawのブランドも初めて入れられた。"),  # 初めて: for the first time
    ("ja", "Dwyer memastikan keunggulan Giants pada waktu jeda pertama ketika melesatkan gol malam keduanya di akhir "
           "periode pertama.",
     "第 1 ピリオド終了前にドワイヤーがこの夜 2 ゴール目を決め、ジャイアンツがリードを奪ってこのピリオドを終了した。"),
    ("ja", "Sebaliknya, Holt pergi dengan Livi 11 yang sama yang mengambil satu poin dari Hearts minggu lalu dan dia "
           "akan senang dengan kostum yang memukau lawan-lawan mereka di setiap kesempatan.",
     "一方、ホルトは先週ハーツからポイントを奪った時と同じイレブンを維持した。"),  # イレブン: the eleven
    ("ja", "Alfredo Morelos tentu merasa bahwa dia seharusnya mendapat penalti ketika dia dan Steven Lawless "
           "bertabrakan pada tanda seperempat jam tetapi wasit Steven Thomson menolak banding warga negara Kolombia "
           "ini.",
     "コロンビア人のアルフレッド・モレロスは15分過ぎにスティーブン・ローレスと衝突した時にペナルティを主張したが、"
     "スティーブン・トムソン主審はモレロスのアピールを退けた。"),  # a quarter of an hour: 15 minutes
    ("ja", "Tim telah melakukan pekerjaan yang luar biasa untuk memiliki satu dua,” kata Hamilton.",
     "チームは 1、2 フィニッシュと素晴らしい仕事をしてくれた」とハミルトンは語った。"),
    ("ar", "Agar pemungutan suara tersebut sukses, diperlukan 50 persen ditambah 1 suara.",
     "من أجل نجاح عملية الاستفتاء، يجب أن تكون نسبة المشاركة أكثر من النصف بصوت واحد إضافي."),
    ("ar", "Tabrakan terjadi berbulan-bulan setelah pengendara sepeda lain meninggal dalam sebuah tabrak lari di "
           "Childers Street, sekitar 1 mil jauhnya dari tabrakan hari Sabtu tersebut.",
     "ووقع هذا الاصطدام بعد أشهر من وفاة سائق دراجة آخر في حادث سير وهروب في شارع إتشيلدرز على بُعد ميل من موقع "
     "الاصطدام الذي وقع يوم السبت."),
    ("ar", "Harapan itu kemungkinan mencapai puncaknya dalam beberapa dekade, karena Bolivia menunggu ketetapan dari "
           "pengadilan pada tanggal 1 Oktober sesudah perundingan selama lima tahun.",
     "قد تكون تلك الآمال قد وصلت أعلى مستوياتها منذ عقود، حيث تنتظر بوليفيا قرارًا من محكمة العدل الدولية في الأول من "
     "أكتوبر بعد خمس سنوات من المداولات."),
    ("ar", "Satu bogey dan dua double pada front nine seperti menggali lubang yang tidak akan pernah bisa dipanjat "
           "oleh pemain golf Spanyol dan Swedia ini.",
     "تسبب تجاوز النتيجة الأساسية وضعفيها قبل الحفرة التاسعة في دخول الأسباني والسويدي من حفرة لم يقتربا من التسلق "
     "خارجها أبدًا."),
    ("ar", "Dia mengetahui bahwa Kim tertarik untuk bertemu kedua kalinya setelah pertemuan sebelumnya di Singapura "
           "pada bulan Juni, yang dipuji oleh Trump sebagai langkah maju untuk denuklirisasi Korea Utara.",
     "وأشار إلى أن كيم مهتم بعقد اجتماع ثانٍ بعد عقد اجتماعهم الأول في سنغافورة في يونيو، حيث أشاد ترامب بهذا "
     "الاجتماع باعتباره خطوة كبيرة نحو إخلاء كوريا الشمالية من الأسلحة النووية."),
    ("ar", "Sainsbury menguji usaha patungan dengan Boots pada awal tahun 2000, tetapi kerja sama berakhir setelah "
           "adanya pertentangan tentang bagaimana membagi keuntungan dari toko kimia dalam supermarket tersebut.",
     "اختبرت سينسبري مشروعًا مشتركًا مع بوتس في بداية القرن الواحد والعشرين ولكن انتهى الاتفاق بعد نشوب اختلاف بشأن "
     "كيفية تقسيم الإيرادات من الصيدليات في سلسلة السوبر ماركت التابعة لها."),
    ("ar", "Woods, yang memaksakan diri melalui dua pertandingan pada hari Sabtu, sesekali tampil cemerlang tetapi dia "
           "sudah kehilangan 19 dari 29 pertandingan dalam fourball dan foursome.",
     "أظهر وودز، الذي عانى خلال مباراتين يوم السبت، تألقه لكنه فوّت الآن  19 حفرة من 29 مباراة له في الأربع كرات "
     "والمجموعة الرباعية."),  # « مباراتين »: two matches
    ("zh", "Dane melakukan debut pertamanya pada pertandingan tahun 1997 di Valderrama, dengan kapten tim Seve "
           "Ballesteros memegang keunggulan lima poin atas Amerika, namun baru saja menyentuh garis finis dengan "
           "hidung mereka dengan margin paling tipis, menang 14½-13½.",
     "这位丹麦球员在1997年瓦尔德拉马的比赛中首次亮相，当时由塞夫·巴列斯特罗斯队长率领的球队比美国队领先5分，"
     "但他们最终只以微弱的优势14½-13½赢得了比赛。"),  # « pertamanya »: 首次
    ("zh", "Gelandang depan Inggris tersebut memanfaatkan tendangan pertamanya dari arah gawang untuk mengoper bola "
           "kembali ke Aguero, yang menggunakan kaki kanannya untuk mengalahkan kiper Brighton, Mathew Ryan dengan "
           "sebuah tendangan ke sisi kanan gawang.",
     "这位英国前锋在禁区内一脚回传给阿奎罗，阿奎罗用右脚劲射，突破了布赖顿门将马修·赖恩的十指关，直入球门右侧。"),
    ("ja", "Atlet golf Italia Molinari bersinar di sepanjang rondenya, menjadi 1 dari 4 pemain yang pernah mendapat "
           "5-0-0 sejak format yang berlaku dalam turnamen dimulai pada 1979.",
     "イタリアのゴルファー、モリナリは彼のすべてのラウンドにおいて輝いており、1979年に始まったトーナメントの現在の"
     "フォーマットである5‐0‐0を目指して4人中1人のプレイヤーになっている。"),
    ("ja", "Bintang AS Phil Mickelson, yang berusaha hampir sepanjang turnamen, memukul pukulan tee-nya ke air pada "
           "par-3 lubang ke-16, mengakui kekalahannya terhadap Francesco Molinari.",
     "トーナメントのほとんどで行き詰っていたアメリカのスター、フィル・ミッケルソンは、パー3の16番ホールでティーショットを"
     "池に落とし、フランチェスコ・モリナリに彼の試合を認めている。"),
]


@pytest.mark.parametrize("target, source_line, target_line", AGREEING_LINES, ids=lambda v: v[:24])
def test_ntrex_lines_that_agree(target, source_line, target_line):
    found, _, _ = _check("id", [source_line], target, [target_line])
    assert found == [], found


def test_a_count_changed_beside_an_ordinal():
    # « dua kali ... Perang Dunia Kedua », « مرتين ... الحرب العالمية الثانية » (NTREX-128 rt.com.91350): a changed
    # « مرتين » is found, though an ordinal of its value stands beside it
    src = ("\"Rheinland-Pfalz\" dengan bobot 7.000 ton ini diyakini dua kali lebih berat dari kapal dengan kelas "
           "serupa yang digunakan Jerman dalam Perang Dunia Kedua.")
    tgt = ("يُعتقد أن سفينة \"راينلاند بفالز\" التي يبلغ وزنها 7000 طن تزيد وزنها مرتين عن وزن سفن الفئة المماثلة التي "
           "استخدمها الألمان في الحرب العالمية الثانية.")
    assert _check("id", [src], "ar", [tgt])[0] == []
    found, _, _ = _check("id", [src], "ar", [tgt.replace("مرتين", "خمس")])
    assert [(f.code, f.spans[-1].text) for f in found] == [("NUM001", "خمس")]


def _check(src_lang, src_lines, tgt_lang, tgt_lines):
    a = make_document("\n".join(src_lines), src_lang, segmented=True)
    b = make_document("\n".join(tgt_lines), tgt_lang, segmented=True)
    assert len(a.segments) == len(b.segments)
    alignment = Alignment(tuple(Link((i,), (i,)) for i in range(len(a.segments))))
    return [f for f in NumbersCheck().run(AuditContext(a, b, alignment, Settings()))], a, b


PAIRS = [("id", "zh"), ("id", "ja"), ("id", "ar"), ("id", "en"), ("de", "en"), ("es", "en"), ("ru", "en"), ("pt", "en"),
         ("id", "pt")]


@pytest.mark.parametrize("source, target", PAIRS)
@pytest.mark.parametrize("doc_id", NTREX_DOCS)
def test_ntrex_references_agree(doc_id, source, target):
    """NTREX-128's references of these documents say the same numbers and dates: no finding, line by line."""
    found, _, _ = _check(source, ntrex_lines(doc_id, source), target, ntrex_lines(doc_id, target))
    assert found == []


@pytest.mark.parametrize("target, old, new, code, source_text", [
    ("zh", "38 万", "36 万", "NUM001", "380.000"),
    ("zh", "832 人。", "823 人。", "NUM001", "832"),
    ("zh", "9月 29 日", "9月 28 日", "DATE001", "29 September"),
    ("zh", "周五", "周四", "DATE001", "Jumat"),
    ("ja", "38万人", "3.8万人", "NUM001", "380.000"),
    ("ja", "9月29日", "6月29日", "DATE001", "29 September"),
    ("ja", "20フィート", "200フィート", "NUM001", "20 kaki"),
    ("ar", "380,000", "38,000", "NUM001", "380.000"),
    ("ar", "29 سبتمبر", "29 أكتوبر", "DATE001", "29 September"),
    ("ar", "الجمعة", "الخميس", "DATE001", "Jumat"),
    ("ar", "7.5 درجات", "7.8 درجات", "NUM001", "7,5"),
    ("en", "380,000", "38,000", "NUM001", "380.000"),
    ("pt", "380 000", "390 000", "NUM001", "380.000"),
    ("pt", "29 de setembro", "29 de outubro", "DATE001", "29 September"),
    ("pt", "sexta-feira", "quinta-feira", "DATE001", "Jumat"),
    ("pt", "6 metros", "60 metros", "NUM001", "20 kaki"),
    ("pt", "magnitude 7,5", "magnitude 7,8", "NUM001", "7,5"),
])
def test_injected_changes_in_ntrex_translations(target, old, new, code, source_text):
    src = ntrex_lines("euronews-en.153835", "id") + ntrex_lines("reuters.218882", "id")
    tgt = ntrex_lines("euronews-en.153835", target) + ntrex_lines("reuters.218882", target)
    hits = [k for k, line in enumerate(tgt) if old in line]
    assert len(hits) == 1, (old, hits)
    k = hits[0]
    tgt[k] = tgt[k].replace(old, new)
    found, a, b = _check("id", src, target, tgt)
    assert [f.code for f in found] == [code], found
    spans = {sp.side: sp for sp in found[0].spans}
    assert a.text[spans["source"].start:spans["source"].end] == spans["source"].text == source_text
    assert b.text[spans["translation"].start:spans["translation"].end] == spans["translation"].text
    line_start = b.text.index(tgt[k])
    changed_at = line_start + tgt[k].index(new)
    assert spans["translation"].start < changed_at + len(new) and changed_at < spans["translation"].end


@pytest.mark.parametrize("source, text, deleted", [
    ("de", "Die Stadt Palu, die über mehr als 380.000 Einwohner verfügt, war übersät mit Trümmern.", "380.000"),
    ("es", "La ciudad de Palu, con más de 380 000 habitantes, quedó cubierta de restos.", "380 000"),
    ("ru", "Город Палу с населением свыше 380 тысяч людей был завален обломками.", "380 тысяч"),
    ("pt", "A cidade de Palu, com mais de 380 000 habitantes, ficou coberta com os escombros dos edifícios que "
           "desabaram.", "380 000"),  # NTREX-128's Portuguese line
])
def test_a_number_deleted_from_an_english_translation(source, text, deleted):
    en = "The city of Palu, with more than people, was covered in debris."
    found, a, _ = _check(source, [text], "en", [en])
    assert [(f.code, f.spans[0].text) for f in found] == [("NUM002", deleted)]


def test_a_written_example_in_every_script():
    # sentences in the example's style, written for these tests
    src = ["Pada Jumat (7/1), sekitar 20.000 orang berkumpul di Almaty, kata Tokayev pada 8 Januari 2022."]
    for lang, text in [
        ("zh", "托卡耶夫于2022年1月8日表示，周五（1月7日）约两万人聚集在阿拉木图。"),
        ("ja", "トカエフ氏は２０２２年１月８日、金曜日（1月7日）に約2万人がアルマトイに集まったと述べた。"),
        ("ar", "قال توكاييف في ٨ كانون الثاني ٢٠٢٢ إن نحو ٢٠٬٠٠٠ شخص تجمعوا في ألماتي يوم الجمعة (7 يناير)."),
        ("en", "About 20,000 people gathered in Almaty on Friday (Jan. 7), Tokayev said on January 8, 2022."),
    ]:
        found, _, _ = _check("id", src, lang, [text])
        assert found == [], (lang, found)
        changed = text.replace("2万", "3万").replace("两万", "三万").replace("٢٠٬٠٠٠", "٣٠٬٠٠٠") \
            .replace("20,000", "30,000")
        found, _, b = _check("id", src, lang, [changed])
        assert [f.code for f in found] == ["NUM001"], (lang, found)
        span = next(sp for sp in found[0].spans if sp.side == "translation")
        assert b.text[span.start:span.end] == span.text
        assert any(ch in span.text for ch in "3三٣"), span


@pytest.mark.parametrize("code, values", [("de", list(range(2, 100)) + [i * 100 for i in range(1, 10)]
                                           + [i * 1000 for i in range(1, 10)]),
                                          ("es", list(range(2, 30)) + list(range(30, 100, 10))
                                           + [i * 100 for i in range(2, 10)])])
def test_number_words_are_num2words(code, values):
    """The German and Spanish tables were generated with num2words: they still say what it says."""
    num2words = pytest.importorskip("num2words").num2words
    from importlib import import_module

    table = import_module(f"checker.lang.{code}.numerals")._NUM2WORDS
    for i in values:
        assert table[num2words(i, lang=code).lower()] == i


@pytest.mark.parametrize("variant", ["pt", "pt_BR"])
def test_portuguese_number_words_are_num2words(variant):
    """The Portuguese table was generated with num2words, Portugal's and Brazil's: it still says what it says, and what
    num2words writes in several words (« vinte e um », « mil milhões », « um bilhão ») reads as the number it is."""
    num2words = pytest.importorskip("num2words").num2words
    from checker.lang.pt.numerals import _NUM2WORDS

    singles = list(range(2, 21)) + list(range(30, 100, 10)) + [i * 100 for i in range(1, 10)]
    for i in singles:
        assert _NUM2WORDS[num2words(i, lang=variant)] == i
    for i in list(range(21, 100)) + [101, 150, 216, 999, 2000, 25000, 1500000, 10 ** 6, 2 * 10 ** 6, 10 ** 9,
                                     3 * 10 ** 9, 10 ** 12]:
        words = num2words(i, lang=variant)
        assert one(words, "pt").value == i, (words, i)


def test_a_figure_changed_beside_a_first():
    # « debut pertamanya ... lima poin », « 首次亮相 ... 领先5分 » (NTREX-128 scotsman.133758): with « 首次 » read, the
    # 1 of a changed « 领先1分 » is not taken for « pertamanya »
    src = ("Dane melakukan debut pertamanya pada pertandingan tahun 1997 di Valderrama, dengan kapten tim Seve "
           "Ballesteros memegang keunggulan lima poin atas Amerika.")
    tgt = "这位丹麦球员在1997年瓦尔德拉马的比赛中首次亮相，当时由塞夫·巴列斯特罗斯队长率领的球队比美国队领先1分。"
    found, _, _ = _check("id", [src], "zh", [tgt])
    assert [(f.code, f.spans[-1].text) for f in found] == [("NUM001", "1")]
