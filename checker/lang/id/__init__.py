"""Indonesian (Bahasa Indonesia)."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Indonesian(Language):
    code = "id"
    has_module = True
    abbreviations = frozenset({
        "dr", "drs", "dra", "ir", "h", "hj", "k.h", "kh", "bpk", "ny", "nn", "sdr", "sdri", "tn", "yth", "jl", "jln",
        "kec", "kab", "kel", "prov", "pt", "tbk", "cv", "no", "hlm", "s.h", "s.e", "m.si", "m.m", "s.pd", "s.kom",
        "a.n", "u.p", "kol", "letjen", "mayjen", "brigjen", "jend", "irjen", "kombes", "akbp", "aiptu", "bripka",
        "kapt", "gub", "dkk", "v"})  # v: Roe v. Wade
    clitics = ("lah", "kah", "nya", "pun")
    coordinators = ("dan", "serta", "dengan", "melawan")
    acronym_definers = ("atau", "alias", "yaitu", "yakni")
    minor_words = frozenset("dan di ke oleh untuk dari pada yang bagi dengan".split())
    negations = frozenset({"tidak", "tak", "bukan", "belum", "tanpa", "jangan", "tiada", "enggan"})
    negation_idioms = (r"(?:tidak|tak|bukan) (?:hanya|saja|lama|sedikit|jauh|jarang|kurang|lain|terkecuali|pelak)",
                       r"paling (?:tidak|tak)", r"atau (?:tidak|tak|belum|bukan)", r"dengan atau tanpa",
                       r"tidak langsung", r"tanpa terkecuali", r"(?:tidak|tak) (?:ter)?duga\w*",
                       r"(?:tidak|tak) (?:ada yang |bisa |dapat )?(?:me|di)?ragu(?:kan|-ragu)?(?: lagi)?")
    """« tidak hanya » (not only), « tak lama » (soon), « paling tidak » (at least), « atau tidak » (« apakah ... atau
    tidak »: whether or not), « dengan atau tanpa » (with or without), « tidak langsung » (indirect), « tidak
    diragukan lagi », « tidak ada yang meragukan » (undoubtedly: « sans doute »)."""
    implicit_negations = (r"gagal\w*", r"menolak\w*", r"tolak\w*", r"penolakan", r"mustahil", r"kurang", r"hilang\w*",
                          r"larang\w*", r"melarang\w*", r"dilarang", r"membantah\w*", r"dibantah", r"bantah\w*",
                          r"menyangkal\w*", r"kecuali", r"absen", r"nol", r"batal\w*",
                          r"membatalkan", r"dibatalkan", r"berhenti", r"menghentikan", r"mencegah", r"abai\w*",
                          r"mengabaikan", r"kosong", r"minim", r"jarang", r"sulit", r"kesulitan", r"intoleran")
    """« gagal » (fail), « menolak » (refuse), « kesulitan » (« ne parvient pas »), « intoleran » (« n’est pas
    tolérant »): a negation said without a negation word. Not « hanya » (only: « ne ... que », no negation of French,
    see ``negation_restrictives``) nor « sebelum » (before: « avant », far more often than « pas encore »)."""
    titles = {
        "president": (r"(?<!wakil )(?<!calon )presiden(?! direktur)",),
        "president:chair": (r"(?<!wakil )ketua(?: umum)?", r"ketum", r"pemimpin", r"pimpinan"),
        "president:vice": (r"wakil presiden", r"wapres", r"wakil ketua(?: umum)?"),
        "president:candidate": (r"calon presiden", r"capres"),
        "governor": (r"(?<!wakil )(?<!calon )gubernur",),
        "governor:vice": (r"wakil gubernur", r"wagub"),
        "governor:candidate": (r"calon gubernur", r"cagub", r"kandidat gubernur"),
        "mayor": (r"(?<!wakil )(?<!calon )wali ?kota",),
        "mayor:vice": (r"wakil wali ?kota",),
        "mayor:candidate": (r"calon wali ?kota", r"cawalkot"),
        "minister": (r"(?<!perdana )(?<!wakil )menteri",),
        "minister:prime": (r"perdana menteri",),
        "minister:deputy": (r"wakil menteri", r"wamen"),
        "king": (r"raja",), "king:queen": (r"ratu",), "king:prince": (r"pangeran",),
        "general": (r"jenderal",),
        "judge": (r"hakim",), "prosecutor": (r"jaksa",),
        "spokesperson": (r"juru bicara", r"jubir"),
        "ambassador": (r"duta besar", r"dubes"),
    }
    """The titles of roles (see :attr:`Language.titles`); « ketua » (a party's or a body's chairman) is not
    « presiden »."""
    territory_aliases = {"Britania": "GB", "Britania Raya": "GB", "Syria": "SY"}
    """Names Indonesian news writes beside CLDR's « Inggris Raya » and « Suriah »: « Britania » (Britain) three
    times in NTREX-128's Indonesian, the English « Syria » two. (Not « Cina » yet, fourteen times: where the
    translation says « Chinese », the language, a country written less often while another came in reads as
    replaced.)"""
    hunspell = ("id_ID", "id")
    disclaimers = (r"diterjemahkan (?:secara )?otomatis",)
    numerals = NUMERALS
    extra_months = {"agu.": 8, "sept.": 9}  # "Sept.", as English news writes it and Indonesian translations copy
    extra_weekdays = {"jum'at": 4, "ahad": 6}
    ambiguous_weekdays = {"minggu": r"\s+(?:lalu|depan|ini|ke|pertama|terakhir|sebelumnya|kemarin)\b"}
    """« Minggu » is Sunday, « minggu » (and « Minggu lalu ») a week."""


LANGUAGE = Indonesian
