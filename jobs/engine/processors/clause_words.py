"""The French words, word shapes and dependency labels that tell where a clause opens, closes or hangs.

The cut planner (jobs.engine.processors.cut_costs) and the stand-alone
judgement (jobs.engine.processors.clauses) read them; the rewriter reads the
negation words.
"""

from __future__ import annotations

import re

# The small model seldom tags imperatives Mood=Imp; their shape is plain:
# "Regardez", "Allons-nous-en", "Dites-moi", "Asseyez-vous".
IMPERATIVE_RE = re.compile(
    r"^[«“—–-]?(?:(?!Chez|Assez|Nez)[A-ZÀ-Ý]\w*ez|\w+(?:ez|ons)-(?:vous|nous)|\w+-(?:moi|toi|le|la|les|lui|leur|en|y))"
    r"(?:-(?:vous|nous|moi|toi|le|la|les|lui|leur|en|y))*[,.!…]*$"
)
# Subject inversion is a subject with its verb in one block: "déclara-t-il",
# "interrompit-il", "n'est-ce", "Viens-tu".
INVERSION_RE = re.compile(r"\w-(?:t-)?(?:il|elle|on|ils|elles|je|tu|ce)\b(?!-)", re.IGNORECASE)
# Endings only a participle has ("fermée", "partis"); any other participle
# with a subject and no auxiliary is a finite verb the model mis-tagged.
PARTICIPLE_ONLY_RE = re.compile(r"(?:é|ée|és|ées|ie|ies|ue|ues|us|is|ise|ises|te|tes|ts|ant)$")
SUBORDINATORS = frozenset(
    {"que", "qu'", "qu’", "quand", "lorsque", "lorsqu'", "lorsqu’", "si", "s'", "s’", "comme", "puisque", "puisqu'"}
    | {"puisqu’", "parce", "quoique", "quoiqu'", "quoiqu’", "afin", "tandis", "pendant", "dès", "bien", "sans"}
)
# A verb needs these to say what it says: "il voulut | partir", "il dit | qu'il viendrait".
REQUIRED_DEPS = frozenset({"obj", "iobj", "ccomp", "xcomp"})
LINK_REACH = 4
# A clause opened by "parce que", "quand", "si" is adverbial even when the parser calls it a complement.
COMPLEMENT_MARKS = frozenset({"que", "qu'", "qu’"})
MODIFIER_BEFORE_DEPS = frozenset({"amod", "det", "case", "nummod"})
# A word hanging on one before it, which a piece cannot hold without that word.
ATTACHED_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "amod", "acl", "appos"})
QUE_RE = re.compile(r"^qu(?:e|['’]\w*)$", re.IGNORECASE)
# Negation. Words that are only ever the second half of "ne ... pas": a piece never starts with one ("ne sais | pas").
NEGATION_ONLY = ("pas", "point", "guère")
NEGATION_END_RE = re.compile(rf"^(?:{'|'.join(NEGATION_ONLY)})\b", re.IGNORECASE)
# The word after a verb that completes its negation: "ne l'avait pas vu", "n'en voulait plus".
NEGATION_AFTER = frozenset(NEGATION_ONLY) | {"plus", "jamais", "rien"}
# Words that close an open "ne" ("ne ... personne", "ni ... ni"); after "ne ... guère" the "ne" counts as open still.
NEGATION_CLOSERS = (NEGATION_AFTER - {"guère"}) | {"personne", "aucun", "aucune", "nul", "ni"}
# Words that never end a piece: articles, possessives, demonstratives, prepositions, conjunctions, "est-ce".
DANGLING_WORDS = frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ton", "son"}
    | {"ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leurs", "de", "à", "dans", "sur"}
    | {"sous", "par", "pour", "avec", "sans", "chez", "vers", "entre", "contre", "et", "ou", "ni", "que", "qui", "dont"}
    | {"mais", "car", "puis", "donc", "or", "mais,", "puis,", "donc,", "et,", "ou,", "est-ce"}  # "et, au milieu,"
)
# A sentence never ends on these: "Déjà elle se dirigeait vers la porte, quand."
OPEN_ENDS = (DANGLING_WORDS - {"donc", "donc,", "or", "leurs"}) | {
    "quand",
    "lorsque",
    "lorsqu'",
    "lorsqu’",
    "qu'",
    "qu’",
    "si",
    "comme",
    "puisque",
    "dont",
    "parce",
    "quoique",
    "tandis",
    "afin",
    "en",  # "lui dit-elle en | rapprochant": a gerund's or a phrase's opening word
    "quel",
    "quelle",
    "quels",
    "quelles",
    "très",
    "d'",
    "d’",
    "l'",
    "l’",
}
END_PUNCT = ",;:.…»”"
# "sans dire un mot", "pour sortir": an infinitive the verb does without.
ADVERBIAL_MARKS = frozenset({"sans", "pour", "afin", "avant", "après", "en"})
SUBORDINATE_START_RE = re.compile(
    r"^[«“—–-]*(?:que|qu['’]\w*|quand|lorsque|lorsqu['’]\w*|si|s['’]ils?|comme|puisque|puisqu['’]\w*|parce"
    r"|quoique|quoiqu['’]\w*|tandis|qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|duquel)"
    r"[,;:]?$",
    re.IGNORECASE,
)
CONNECTOR_RE = re.compile(
    r"^[«“—–-]*(?:et|mais|or|puis|donc|car|cependant|pourtant|alors|ensuite|enfin|d['’]ailleurs|aussi)[,]?$",
    re.IGNORECASE,
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj"})
CLAUSE_DEPS = frozenset({"conj", "parataxis", "advcl", "acl:relcl", "ccomp"})
# Phrases a last-resort cut may fall before ("près du feu", "avec la main").
# Not before a direct object: "posèrent | leurs fusils" parts a verb from
# what it governs.
PHRASE_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "obl:agent", "nmod", "xcomp", "acl", "advmod"})
# A word that modifies one after it belongs with it: no cut in between.
MODIFIER_DEPS = frozenset({"amod", "nummod", "advmod", "fixed", "flat", "flat:name", "compound", "expl:comp"})
# Multiword expressions the small parser does not know; never cut inside.
# How long ago: "il y a six ans", "il y a longtemps" (a time, not a clause).
AGO = r"il y a (?:\w+ )?(?:ans|jours|mois|heures|semaines|minutes|années|siècles|instants)|il y a (?:longtemps|peu)"
AGO_RE = re.compile(rf"^(?:{AGO})\b", re.IGNORECASE)
LOCUTION_RE = re.compile(
    r"\b(?:tout à (?:coup|fait|l['’]heure)|tout de (?:suite|même)|à peu près|peu à peu|au lieu de|à cause de|grâce à"
    r"|quant à|parce que|tandis que|bien que|afin (?:de|que)|de nouveau|à la fois|au moins|du moins|en effet"
    r"|pendant que|dès que|sans doute|à travers|auprès de|au milieu de|le long de|près de|loin de"
    r"|au moment où|à l['’]instant où|du moment où|chemin faisant|est-ce qu(?:e|i)?|n['’]est-ce pas"
    r"|(?:va|allait|alla|ira|irait) de soi"
    rf"|{AGO})\b",
    re.IGNORECASE,
)
FIXED_DEPS = frozenset({"fixed", "flat", "flat:name"})
FINITE_HELPERS = frozenset({"aux", "aux:pass", "aux:tense", "cop"})
NON_FINITE = frozenset({"Inf", "Part", "Ger"})
WEAK_END_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "AUX"})
GOOD_START_POS = frozenset({"CCONJ", "SCONJ", "ADP"})
TRAILING_PUNCT = frozenset(",;:.!?…»”›)]")
OPENING_PUNCT = frozenset("«“‹([—–-")
# "de" and the forms it takes: a complement's preposition or the partitive article.
DE_FORMS = frozenset({"de", "d'", "d’", "du", "des"})
DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces"}
    | {"mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos", "leurs"}
)
# Nouns of time: no place for "où", no object for a verb said again ("le soir").
TIME_NOUNS = frozenset(
    {"jour", "moment", "instant", "heure", "soir", "matin", "nuit", "temps", "année", "époque", "minute", "semaine"}
    | {"mois", "fois", "saison", "lendemain", "veille", "soirée", "journée", "siècle", "âge", "an", "période"}
)

# Dialogue incises put the subject after a verb of saying: "répondit Marc",
# "dit le chef de police", "s'écria Mme Roderich".
SPEECH_VERBS = (
    "dit|dirent|disait|répondit|répondirent|répondait|demanda|demandait|reprit|reprenait|ajouta|ajoutait|fit|faisait"
    "|s'écria|s’écria|murmura|murmurait|répliqua|continua|continuait|observa|interrompit|déclara|répéta|répétait"
    "|cria|criait|poursuivit|expliqua|insista|objecta|riposta|conclut|balbutia|bégaya|hurla|soupira|gronda"
    "|grommela|pensa|pensait|songea|remarqua|affirma|avoua|lança|souffla|s'exclama|s’exclama|protesta|acheva"
)
# Rarer verbs of an incise, which the cut planner does not bond to the line ("— Que parles-tu donc de fleurs ? |
# interrogea la parente pauvre": the question alone is the better piece); the judge and the rewrites know them.
TOLD_VERBS = (
    SPEECH_VERBS
    + "|disaient|reprirent|demandèrent|ajoutèrent|s'écrièrent|s’écrièrent|prononça|interrogea|questionna|commença"
    "|chuchota|bredouilla|gémit|sanglota|ricana|railla|acquiesça|approuva|opina|rugit|tonna|glissa|corrigea|précisa"
)
