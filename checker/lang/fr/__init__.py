"""French."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class French(Language):
    code = "fr"
    has_module = True
    abbreviations = frozenset({
        "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "pr", "dr", "st", "ste", "av", "bd", "env", "janv",
        "févr", "avr", "juil", "sept", "oct", "nov", "déc", "p. ex", "ex", "éd", "chap", "réf", "n°", "c.-à-d", "j.-c",
        "hab", "apr. j.-c", "av. j.-c", "v", "c"})  # v., c. (contre): Roe v. Wade, Roe c. Wade
    elisions = ("d", "l", "qu", "jusqu")
    coordinators = ("et", "avec", "contre")
    acronym_definers = ("ou", "soit")
    minor_words = frozenset("au aux avec dans de des du en et la le les par pour sur".split())
    territory_initials_skip = ("de", "du", "des", "la", "le", "et")
    negations = frozenset({"ne", "n", "pas", "non", "sans", "aucun", "aucune", "jamais", "rien", "ni", "nullement",
                           "guère"})
    negation_particles = frozenset({"ne", "n"})
    negation_partners = frozenset({"plus", "personne", "point"})
    negation_restrictives = frozenset({"que", "qu"})
    negation_idioms = (r"n['’]est-ce pas", r"non (?!pas\b)(?!plus\b)[a-zé]\w+",
                       r"sans (?:doute|cesse|compter|parler|équivoque|ambiguïté|faille|relâche|hésiter|hésitation)",
                       r"ou (?:non|pas)(?![\w-])", r"avec ou sans", r"sans frontières",
                       r"pas mal", r"non-\w+", r"jamais vu", r"à jamais", r"pour toujours", r"à avoir jamais",
                       r"n['’]\w+ pas hésité", r"n['’]hésit\w+ pas", r"ne pas hésiter", r"n['’]\w+ pas tari",
                       r"ne tarit pas", r"ne pas tarir",
                       r"pas (?:seulement|uniquement|simplement)[^.!?;«»]*?(?<![\w-])ni",
                       r"pas (?:seulement|uniquement|simplement)", r"pas (?:le|la|les) seule?s?",
                       r"n['’]\w+ pas désempli\w*", r"ne désempli\w+ (?:\w+ )?pas",
                       r"quelque chose (?:ne|n['’]) ?(?:va|allait|tourne|tournait) pas",
                       r"(?:ne|n['’]) ?\w+ pas (?:être )?pris\w* à la légère", r"ne pas (?:être )?pr\w+ à la légère")
    """« n’est-ce pas », « non seulement », « non lucratif » (a prefix, not a negation), « sans doute », « sans
    équivoque »; « ou non » (whether or not: « atau tidak »), « avec ou sans » (« dengan atau tanpa »), « sans
    frontières » (in a name: Reporters sans frontières); « pas seulement » (not only: « tidak hanya », an idiom
    there too); litotes that say yes: « n’a pas hésité à » (did), « n’a pas tari d’éloges » (praised), « pas le
    seul » (one of several), « ne désemplissent pas » (always full), « quelque chose ne va pas » (something is
    wrong), « ne doit pas être pris à la légère » (is serious: « adalah sebuah permasalahan serius »); « à avoir
    jamais » (ever); « ni » after « pas seulement » (not only ..., nor ...: « bukan hanya ... atau »)."""
    implicit_negations = (
        r"im?possibles?", r"incapables?", r"inconnue?s?", r"refus\w*",
        r"ni(?:e|es|er|ent|é|ée|és|ées|ait|aient|era|eront)", r"niant", r"démen\w+", r"réfut\w+",
        r"échou\w+", r"échecs?", r"manqu\w+", r"absen\w+", r"interdi\w+", r"empêch\w+", r"exclu\w*", r"ignor\w+",
        r"sauf", r"hormis", r"seulement", r"uniquement", r"in\w+ables?", r"aucunement", r"faute", r"rarement",
        r"nulle?s?", r"zéro", r"privée?s?", r"dépourvue?s?", r"rejet\w*", r"cess\w+", r"annul\w+", r"non-\w+",
        r"inattendue?s?", r"inédite?s?", r"insuffisante?s?", r"illégale?s?", r"inconnue?s?", r"invalide?s?",
        r"peu", r"moins", r"inutiles?", r"inaptes?", r"absurdes?", r"irrégulière?s?", r"indirecte?s?", r"invaincue?s?",
        r"irremplaçables?", r"déconseillée?s?", r"fallacieu(?:x|se|ses)", r"difficilement", r"bientôt", r"ir\w+ables?",
        r"défaut", r"mauvaise?s?", r"injuste", r"incertaine?s?", r"inégale?s?", r"insuffisamment", r"hors",
        r"personne", r"quiconque", r"silence", r"défi\w*", r"(?:se|s['’]en|m['’]en|t['’]en|me|te) ?fich\w+",
        r"(?:arrêt|écart)(?:e|é|ée|és|ées|er|ent|ait|aient|ant)")
    """« impossible », « refuser », « échouer », « seulement » (« ne ... que »), « in- » adjectives
    (« inattendu » for « tak terduga »), « peu » and « moins » (« tidak banyak », « tidak separah »), « se
    fichent de » (« tidak peduli »: do not care), « arrêter », « écarter », « réfuter » (« berhenti », « menolak »,
    « membantah »): a negation said without a negation word."""
    titles = {
        "president": (r"(?<!vice-)(?<!vice )présidente?s?",),
        "president:chair": (r"(?<!vice-)(?<!vice )présidente?s?",
                            r"chef (?:du|de la|de l['’]|des) (?:parti|groupe|mouvement|syndicat|comité|conseil)",
                            r"dirigeante?s? (?:du|de la|de l['’]|des)", r"leader"),
        "president:vice": (r"vice-présidente?s?", r"vice présidente?s?"),
        "president:candidate": (r"candidate?s? (?:à la |au poste de |à l['’]élection )?présiden\w+",),
        "governor": (r"(?<!vice-)gouverneure?s?",),
        "governor:vice": (r"vice-gouverneure?s?", r"gouverneure?s? adjointe?s?"),
        "governor:candidate": (r"candidate?s? (?:(?:au poste|à l['’]élection|au siège|à la fonction) )?(?:de |du |au )?"
                               r"(?:poste de )?gouverneure?",),
        "mayor": (r"(?<!adjoint au )(?<!adjointe au )maires?(?! adjointe?)",),
        "mayor:vice": (r"maires? adjointe?s?", r"adjointe?s? au maire", r"premiere?s? adjointe?s?"),
        "mayor:candidate": (r"candidate?s? (?:(?:au poste|à l['’]élection|à la fonction) )?(?:de |du |à la |au )?"
                            r"(?:poste de )?(?:maire|mairie)",),
        "minister": (r"(?<!premier )(?<!première )(?<!vice-)ministres?(?! adjointe?| délégué)", r"secrétaires? d['’]état"),
        "minister:prime": (r"premi(?:er|ère)s? ministres?",),
        "minister:deputy": (r"vice-ministres?", r"ministres? adjointe?s?", r"ministres? délégué\w*",
                            ),
        "king": (r"rois?",), "king:queen": (r"reines?",), "king:prince": (r"princes?(?:ses?)?",),
        "general": (r"généra(?:l|ux)",),
        "judge": (r"juges?",), "prosecutor": (r"procureure?s?",),
        "spokesperson": (r"porte-paroles?",),
        "ambassador": (r"ambassadeurs?", r"ambassadrices?"),
    }
    """The titles of roles (see :attr:`Language.titles`): « président » is a president and a chairman (« ketua »:
    French says « président » of a company or a party as well)."""
    hunspell = ("fr", "fr_FR")
    nominal_parts = ("nom", "adj")  # Grammalecte's morphology, which Debian's hunspell-fr carries
    verbal_parts = ("v",)
    compound_prefixes = ("anti", "contre", "co", "cyber", "éco", "euro", "extra", "hyper", "inter", "méga", "micro",
                         "mini", "multi", "néo", "non", "post", "pré", "pro", "ré", "semi", "sous", "super", "sur",
                         "télé", "trans", "ultra", "vidéo", "auto", "bio", "géo", "macro", "para", "poly", "pseudo")
    plural_suffixes = ("s", "x")
    doubled_words = frozenset({"nous", "vous", "ha", "ah", "oh", "hé", "eh", "bla", "tic", "toc", "chut", "hum"})
    disclaimers = (r"traduit(?:e|es|s)? automatiquement",)
    spacy_pipelines = ("fr_core_news_sm", "fr_core_news_md", "fr_core_news_lg")
    numerals = NUMERALS


LANGUAGE = French
