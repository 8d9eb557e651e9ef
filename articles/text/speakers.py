"""Say who spoke each quotation of a French news text: rules over a reporting-verb lexicon.

No model.  The text is tokenised once; each quotation is then looked at through a small window:

1. cue-after   `« … », a ajouté X` / `« … » a-t-il déclaré` / `« … », explique X` /
               `« … », il a dit` / `« … », selon X`; a quotation directly followed by another
               one shares its cue.
2. caption     `« … » Markus Preiß, ARD Bruxelles` (a person name right after the quote, then a
               comma).
3. cue-before  the nearest reporting cue earlier in the same sentence: `X a déclaré : « … »`,
               `X estime que « … »`, `Selon X, « … »`, `D'après X`, `Pour X, « … »`; with a
               participle (`affirmant que`, `soulignant`) the speaker is the sentence's subject.
   cue-later   no cue yet: the first cue later in the sentence, after a comma or a closing mark
               and before any `;`, speaks for it (`« … », bien que « … », estime X`,
               `Il faisait partie du groupe « … » et …, d'après le maire`).
4. repeat      the same words quoted elsewhere with a speaker (a headline repeating a quote).
5. carry-over  a quotation standing alone after a sentence with a cue, or right after another
               quotation: the previous speaker, only from the same or the previous sentence and
               only when nobody else is named in between; a chain (`« A. » « B », a dit X`)
               starts with a quotation that opens its sentence.
6. colon       `X a posté sur Instagram : « … »`, `celle de Bill Kristol, un analyste : « … »`,
               `Ordre a publié un communiqué « … »`: the subject of the clause holding the colon
               (or speech noun), or the person named right before it.
7. speech noun `l'appel d'Éric Drouet à « rentrer »`, `son appel à « … »`: the call's author.
8. verb group  `le Conseil d'État a « enjoint … »`, `Benoît Hamon veut « lever … »`, `elle
               voudrait interdire « … »`: an auxiliary or a modal runs on inside the quotation.
9. subject     a full quotation in a clause with no cue (`Il imagine Saccorhytus comme « … »`):
               the clause's subject, or nobody named when it is unnamed (`Les enquêteurs ont
               décelé des traces « … »`), rather than the last sentence's speaker.
Also: agent `qualifié de « … » par X` / `qualifié par X d'« … »`; copula `X est (néanmoins) «
effaré »`, `le pape François « … »`, `son avocat X s'« indigne »`, `X, qui « … »`; a legal charge
(`mis en examen pour « injure publique »`, roles.txt [charge]) right after `pour`/`de`/`et` and
with no cue right after it has no speaker; `le parquet` / `le journal` / `l'Ordre` refer back to
the organisation named before (`l'association` to the one named in this or the last sentence, else
no speaker). A fragment quoted inside a narrative sentence with no cue is never carried over, nor
is a quotation after a sentence whose cue introduces no words (`L'enquête avance.`); a person
opening the clause and followed by a comma is the subject, not the nouns of the apposition or
incise after it (`Yannick Jadot, candidat EELV, a affirmé`, `Ce dernier, accusant Soros …, a
affirmé`); `ce dernier` is the person named last; a participle right after a noun qualifies it
(`des manifestants réclamant …`: no speaker), one opening the sentence has the subject after the
next comma, one after a cue-after has that cue's speaker (`« … », ajoute-t-il, précisant que`).

Not speech: a title after a noun, determiner or preposition (`lors de « L'Émission politique »`),
a fragment quoted three times or more in the article (« gilets jaunes »), a passive reporting
participle (`il est décrit comme « discret »`), a reporting verb used as a noun (`un
communiqué`).  Not speakers: places, unless they are the verb's subject (`Moscou a dénoncé`;
`au commissariat d'Angoulême`, `(Ardèche)` never speak), lower-case descriptions (`le site
internet`, `le cabinet de M. Le Roux`; institutions such as `le parquet`, `la mairie` are names),
unnamed people (`une poignée de manifestants`, `la mère de X`, `selon lequel`).

The speaker found at a cue may be a name (a surname alone is linked to the full name used elsewhere
in the article, `de la Morlais` to `Thomas de la Morlais`), a pronoun (il/elle/lui: the most recent
person that was a subject or a speaker, of compatible gender; subjects are clause subjects, never
complements such as `les parents de X` (but `Pour X, …` opening a sentence gives the view of X),
and an unnamed one such as `L'avocate de X précise` blocks the chain; an organisation is `elle` or
`il` once `quant à elle/lui` said which; ils/eux: a couple named jointly, `Thierry et Véronique
Roy`; on: the place it is said from, `indique-t-on à Matignon`, `chez Force ouvrière`), `qui` (the
noun phrase just before it, even a complement), a role noun (`le chef de l'OTAN`: the person an
apposition taught that role and all of its complement, the one named last when two share it; an
office no apposition taught, `le chef de l'État`, is the person the last two sentences or the
paragraph are about, and one opening its paragraph the person a later sentence of it opens with; a
nationality noun `le Norvégien` with no such apposition falls back on the most mentioned person; a
plural role, `les chercheurs`, is nobody in particular), an unnamed phrase named by its apposition
(`L'une des rares voix discordantes, Iouri Sineltchikov, a dénoncé`), or an organisation (`l'armée
de l'air`, `Moscou`, `le Kremlin`, `les fédérations CGT et FO`, `le journal parodique Le Gorafi`).
People are the entity detector's (entities.py); a name it missed is read from the capitalised words
at the cue, and a couple (`Thierry et Véronique Roy`) is joined here into one speaker. Canonical
organisation names are the noun phrase as written without a leading lower-case determiner ("armée
de l’air", "Kremlin", "Le Monde"). Anonymous sources (`une source proche de l'enquête`, `un haut
responsable`) and unresolved roles give speaker None.

The reporting-verb lexicon is data (lexicon/reporting_verbs.txt, infinitives); forms are
generated once at import into a dict, so every lookup is O(1).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from articles.text.dates import MONTHS
from articles.text.given_names import package_given_names
from articles.text.normalize import strip_accents
from articles.text.quotes import QuoteSpan
from articles.text.tokens import Tokens

__all__ = ["Attribution", "NameMention", "attribute_speakers", "verb_form"]

_LEXICON = Path(__file__).with_name("lexicon")


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person or organisation named in the text: `text[start:end]` stands for `name`."""

    start: int
    end: int
    name: str
    kind: str  # "person" or "organisation"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quotation, and how we know."""

    speaker: str | None
    speaker_kind: str | None  # "person", "organisation" or None
    cue: str | None  # the reporting cue as written: "a déclaré", "selon", "a-t-il ajouté"
    mention: str | None  # how the speaker is named at the cue: "il", "le Norvégien", "Stoltenberg"
    method: str | None  # the rule that fired
    confidence: float


_NONE = Attribution(None, None, None, None, None, 0.0)


# --- lexicon ---------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    return strip_accents(word).casefold().replace("’", "'")


class _KeyCache(dict):
    """`_key` of each token, looked up by `map(cache.__getitem__, ...)`: a plain dict hit is
    cheaper than an lru_cache call."""

    def __missing__(self, word: str) -> str:
        if len(self) > 1 << 16:
            self.clear()
        # `à` keeps its accent: unaccented it would read as the auxiliary `a` (`Philippe à
        # Matignon` is no verb)
        key = self[word] = "à" if word in ("à", "À") else _key(word)
        return key


_TOKEN_KEYS = _KeyCache()


def _conjugate_er(inf: str) -> tuple[list[str], list[str], list[str]]:
    """Past participles, finite 3rd-person forms and present participle of a regular -er verb."""
    stem = inf[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")
    soft = soft[:-1] + "ç" if soft.endswith("c") else soft
    pres = [stem + "e", stem + "ent"]
    m = re.search(r"([éeè])([^aeiouyéèê]+)$", stem)
    if m:  # répéter -> répète, lever -> lève, rappeler -> rappelle
        head, vowel, cons = stem[: m.start()], m.group(1), m.group(2)
        if vowel == "é" or (vowel == "e" and cons not in ("l", "t")):
            pres += [head + "è" + cons + "e", head + "è" + cons + "ent"]
        if vowel == "e" and cons in ("l", "t"):
            pres += [head + "e" + cons * 2 + "e", head + "e" + cons * 2 + "ent"]
    pp = [stem + "é", stem + "ée", stem + "és", stem + "ées"]
    finite = pres + [soft + "ait", soft + "aient", soft + "a", stem + "èrent"]
    finite += [inf + "a", inf + "ait", inf + "ont", inf + "aient"]
    return pp, finite, [soft + "ant"]


@cache
def _verb_forms() -> dict[str, tuple[str, str]]:
    """Map each inflected form (unaccented key) to (infinitive, kinds): kinds joins "pp",
    "finite" and "ppr" with "|", since unaccented keys merge `affirme` and `affirmé`."""
    forms: dict[str, tuple[str, str]] = {}
    for raw in (_LEXICON / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(":")
        inf = re.sub(r"^(?:s'|s’|se )", "", head.strip())
        if rest.strip():
            pp, finite, ppr = [], [], []
            for word in rest.split():
                if word.startswith("pp="):
                    pp.append(word[3:])
                elif word.startswith("ppr="):
                    ppr.append(word[4:])
                else:
                    finite.append(word)
        else:
            pp, finite, ppr = _conjugate_er(inf)
        for kind, words in (("finite", finite), ("pp", pp), ("ppr", ppr)):
            for word in words:
                old = forms.get(_key(word))
                if old is None:
                    forms[_key(word)] = (inf, kind)
                elif kind not in old[1].split("|"):
                    forms[_key(word)] = (old[0], old[1] + "|" + kind)
    return forms


@cache
def _infinitives() -> frozenset[str]:
    """Unaccented keys of the lexicon's infinitives (`ajouter`, `conclure`)."""
    return frozenset(_key(inf) for inf, _ in _verb_forms().values())


def verb_form(word: str) -> tuple[str, str] | None:
    """Return (infinitive, kinds) when `word` is a form of a reporting verb; kinds is "pp",
    "finite", "ppr" or several of them joined by "|"."""
    return _VERB_FORM_OF[word]


class _VerbFormCache(dict):
    """`verb_form` of each word looked up: one dict hit instead of the `_key` and
    `_verb_forms` cache calls (the rules ask for every word of a sentence before a quote)."""

    def __missing__(self, word: str) -> tuple[str, str] | None:
        if len(self) > 1 << 16:
            self.clear()
        form = self[word] = _verb_forms().get(_key(word))
        return form


_VERB_FORM_OF = _VerbFormCache()


@cache
def _first_names() -> dict[str, str]:
    """Given name (key) -> "m", "f", or "" for names worn by both (`x:` lines)."""
    names: dict[str, str] = {}
    for raw in (_LEXICON / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith(("m:", "f:", "x:")):
            for name in raw[2:].split():
                names.setdefault(_key(name.rstrip("-")), raw[0].replace("x", ""))
    for name, gender in package_given_names().items():  # Faker's, after the hand list
        names.setdefault(_key(name), gender)
    return names


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    """The lines of each `[section]` of roles.txt, comments and blank lines left out."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in (_LEXICON / "roles.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        elif line and not line.startswith("#") and current is not None:
            current.append(line)
    return {name: tuple(lines) for name, lines in sections.items()}


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    """The words of each section (unaccented keys); a relative is an unnamed speaker too."""
    lists = {name: frozenset(_key(word) for line in lines for word in line.split())
             for name, lines in _sections().items()}
    lists["anonymous"] |= lists["family"]
    return lists


@cache
def _charges() -> tuple[str, ...]:
    """Legal-charge phrases (unaccented keys), one a line in the [charge] section."""
    return tuple(_key(line) for line in _sections().get("charge", ()))


_CHARGE_ITEMS = re.compile(r",|;| et | ou | ainsi que ")
_CHARGE_HEAD = re.compile(r"^(?:chefs? (?:de |d'|d’)|soupcons? (?:de |d'|d’))")


def _is_charge(quote: QuoteSpan) -> bool:
    """« injure publique », « association de malfaiteurs en relation avec … », « chefs de
    détournement de fonds publics, abus de biens sociaux et recel »: a charge, or a list of
    charges (most items one)."""
    text = _CHARGE_HEAD.sub("", _key(quote.text.strip(" .…[]")))
    charges = _charges()

    def charge(item: str) -> bool:
        return any(item == c or item.startswith(c + " ") for c in charges)

    if len(text.split()) <= 8:
        return charge(text)
    items = [item.strip() for item in _CHARGE_ITEMS.split(text) if item.strip()]
    return charge(items[0]) and 2 * sum(map(charge, items)) > len(items)


def _charge_context(art, mark_pos: int) -> bool:
    """`mis en examen pour « … »`, `soupçonné d'« … »`, `« A » et « B »`: the words before a
    charge; `a dénoncé des « crimes de guerre »` is speech about one."""
    k = art.token_index(mark_pos) - 1
    if k >= 1 and art.tokens[k][2] in "'’":
        k -= 1
    if k >= 1 and art.tokens[k][3] in ("des", "du", "un", "une") and art.tokens[k - 1][3] in (
        "pour", "de", "d"
    ):
        k -= 1  # `une enquête pour des « chefs de … »`
    return k >= 0 and art.tokens[k][3] in ("pour", "de", "d", "et", "ou", "chef", "chefs")


_TOWNSFOLK_ENDS = ("ois", "oise", "oises", "ais", "aise", "aises", "ien", "iens", "ienne",
                   "iennes")


def _townsfolk(art: _Article, words: list[int], keys: list[str], det: str) -> bool:
    """`Selon la Laekenoise`, `le Carougeois`: one capitalised word no list knows, with the
    ending of a town's people, after the definite article, is an inhabitant standing for a
    person of the article like a nationality."""
    if len(keys) != 1 or det not in ("le", "la", "l") or not keys[0].endswith(_TOWNSFOLK_ENDS):
        return False
    tok = art.tokens[words[-1]]
    k = words[-1] - 1
    k -= art.tokens[k][2] in "'’"
    return (len(keys[0]) >= 7 and _is_cap(tok[2]) and tok[0] not in art.org_at
            and tok[0] not in art.person_at
            and art.tokens[k][2].islower())  # (`selon Le Parisien`: a newspaper's title)


def _nationality(word_key: str) -> bool:
    """Say whether an unaccented key is a nationality in any gender and number (`malienne`,
    `marocaines`, `turque`)."""
    nat = _word_lists()["nationality"]
    if word_key in nat:
        return True
    if word_key.startswith(("saint-", "sainte-")) and word_key.endswith(_TOWNSFOLK_ENDS):
        return True  # `la Saint-Galloise`, `les Saint-Quentinois`: a saint's town's people
    stem = word_key[:-1] if word_key.endswith("s") else word_key
    return (stem in nat or stem.endswith("e") and stem[:-1] in nat
            or stem.endswith("ne") and stem[:-2] in nat
            or stem.endswith("que") and (stem[:-3] + "c" in nat or stem[:-3] in nat))


_AUX = frozenset(
    [
        "a",
        "avait",
        "aurait",
        "ont",
        "avaient",
        "auraient",
        "est",
        "etait",
        "sera",
        "serait",
        "sont",
        "etaient",
        "aura",
        "va",
        "vient",
        "doit",
        "devait",
        "peut",
        "pouvait",
        "tient",
    ]
)
_ADVERBS = frozenset(
    [
        "egalement",
        "aussi",
        "encore",
        "ainsi",
        "alors",
        "ensuite",
        "enfin",
        "notamment",
        "deja",
        "d",
        "ailleurs",
        "meme",
        "plus",
        "tard",
        "pour",
        "sa",
        "part",
        "quant",
        "à",
        "lui",
        "elle",
        "lui-meme",
        "elle-meme",
        "cependant",
        "pourtant",
        "toutefois",
        "donc",
        "bien",
        "aujourd",
        "hui",
        "hier",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "soir",
        "matin",
        "apres-midi",  # `a déclaré samedi après-midi le ministre`
        "recemment",
        "longtemps",
        "souvent",
        "volontiers",
        "simplement",
        "seulement",  # `a seulement indiqué la mairie`
        "uniquement",
        "brievement",
        "sobrement",
        "laconiquement",
        "sechement",
        "prudemment",
        "franchement",
        "ouvertement",
        "fierement",
        "amerement",
        "calmement",
        "longuement",
        "directement",
        "personnellement",
        "abord",  # `a d'abord déclaré`
        "clairement",
        "aussitot",
        "immediatement",
        "rapidement",
        "vivement",
        "fermement",
        "publiquement",
        "officiellement",
        "finalement",
        "desormais",
        "toujours",
        "jamais",
        "ne",
        "n",
        "pas",
        "y",
        "en",
        "le",
        "la",
        "l",
        "les",
        "lui",
        "leur",
        "se",
        "s",
        "m",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "à",
        "au",
        "aux",
        "avec",
        "par",
        "pour",
        "sur",
        "dans",
        "en",
        "chez",
        "contre",
        "vers",
        "lors",
        "apres",
        "avant",
        "depuis",
        "pendant",
        "entre",
        "sans",
        "sous",
        "envers",
        "devant",
        "derriere",
        "selon",
        "malgre",
        "parmi",
        "comme",
        "aupres",
        "de",
        "du",
        "des",
        "d",
    ]
)
_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "l",
        "les",
        "un",
        "une",
        "des",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
    ]
)
# Words opening a subject that names nobody: `nombre de manifestants`, `plusieurs élus`.
_QUANTIFIERS = frozenset(["nombre", "plusieurs", "certains", "certaines", "nombreux",
                          "nombreuses", "quelques", "beaucoup", "aucun", "aucune", "chacun",
                          "chacune", "divers", "diverses"])
# p: plural (a couple named jointly, else nobody); o: `on`, nobody
_PRONOUNS = {"il": "m", "elle": "f", "lui": "m", "ils": "p", "elles": "p", "eux": "p", "on": "o"}
_SELON = frozenset({"selon", "apres"})  # "d'après" is tokenised as d ' après
_VIEW_OPENERS = _SELON | {"pour"}  # `Pour X, …`, `Selon X, …`: whose view the sentence gives
_TITLES = frozenset(["m", "mme", "mlle", "dr", "pr", "me", "mgr", "maitre"])
_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "von",
        "van",
        "der",
        "den",
        "da",
        "di",
        "del",
        "della",
        "ben",
        "bin",
        "al",
        "el",
        "la",
        "le",
    ]
)

# Words (hyphenated ones whole, so `a-t-il`, `déclare-t-elle`, `fustige-il` are one token) and
# single punctuation marks.  Possessive quantifiers: no backtracking inside long words.
_TOKEN = re.compile(r"\w++(?:[-‑]\w++)*+|[^\w\s]")
# invisible format characters (`Joubert\u200f,`) count as spaces
_INVERTED = re.compile(r"^(\w+?)(?:-t)?-(il|elle|on|ils|elles)$")
_OPENING = frozenset('«“„‹"')
_CLOSING = frozenset('»”›"“’')  # (’ of a doubled ’’)
# Words a full stop abbreviates without ending the sentence: `M. Peskov`, `J. Dupont`.
_ABBREVIATION = re.compile(
    r"(?:^|[\s(«\"“'’-])(?:[A-ZÀ-Ý]|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Gal|Cdt)$"
)
_ABBREVIATION_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÝerlt")
# (scraped copy drops the space: `depuis 5h 24 mn".Pour rappel`, `au Palais de Justice.Selon`)
# (a glued end needs a lower-case letter or a closing mark before it, which `_sentences` checks:
# not `U.S.Army`)
# (one leading class, for the regex engine's first-character scan in C: the same matches as
# `[.!?…]+(?:(?=…)|(?=…))|\n+`, the look-behinds telling which alternative the first character
# opens)
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[.!?…]*"
                           r"(?:(?=[\s\"»”)]*\s+[\"«“A-ZÀ-Ý0-9])|(?=[A-ZÀ-Ý][a-zà-ÿ]{2})))")


def _is_cap(word: str) -> bool:
    first = word[:1]
    if not ("A" <= first <= "Z" or "À" <= first <= "Þ" and first != "×"):
        return False
    return any(c.islower() for c in word[1:]) or (
        len(word) > 1 and word.isupper() and word.isalnum()
    )


# What sets off the subject of a clause that opens with a name ("Nathalie, elle, tient …",
# "Sylvain, de son côté, a perdu …"): such a line is a sentence, not a caption.
# Asides that also turn a sentence to another person than the one the text was about.
_TURN_ASIDES = (("de", "son", "cote"), ("pour", "sa", "part"), ("quant", "a"))
_SUBJECT_ASIDES = (("elle", ","), ("lui", ","), *_TURN_ASIDES, ("de", "sa", "part"),
                   ("elle", "aussi"), ("lui", "aussi"), ("lui", "non", "plus"),
                   ("elle", "non", "plus"))
# What turns a sentence to another person (`De son côté, le maire a invité …`).
_TURNS = (*_TURN_ASIDES, ("de", "leur", "cote"), ("pour", "leur", "part"), ("quant", "au"))


def _opens_phrase(keys, phrases) -> bool:
    """Say whether the word keys `keys` open with one of `phrases` (tuples of keys)."""
    keys = tuple(keys[:3])
    return any(keys[: len(phrase)] == phrase for phrase in phrases)


def opens_subject_aside(keys) -> bool:
    """Say whether the word keys `keys` (those after a name's comma) open a subject aside."""
    return _opens_phrase(keys, _SUBJECT_ASIDES)

_NOT_NAMES = frozenset(
    ["nous", "vous", "il", "elle", "ils", "elles", "on", "je", "tu", "le", "la", "les", "un", "une",
     # holidays are capitalised and speak for nobody (`fêter Noël`)
     "noel", "paques", "toussaint", "ramadan", "hanoukka", "halloween", "thanksgiving", "pentecote",
     "ascension", "careme"]
)


_ROLE_FILLERS = frozenset(
    [
        "general",
        "generale",
        "adjoint",
        "adjointe",
        "ancien",
        "ancienne",
        "actuel",
        "actuelle",
        "nouveau",
        "nouvelle",
        "premier",
        "premiere",
        "haut",
        "haute",
        "delegue",
        "deleguee",
        "charge",
        "chargee",
        "affaires",
        "etrangeres",
        "interieur",
        # offices named by the level they serve at (`la conseillère fédérale Elisabeth
        # Baume-Schneider`, `le conseiller municipal X`)
        "federal",
        "federale",
        "municipal",
        "municipale",
        "communal",
        "communale",
        "regional",
        "regionale",
        "departemental",
        "departementale",
        "provincial",
        "provinciale",
        "cantonal",
        "cantonale",
        "national",
        "nationale",
        "executif",
        "executive",
        "principal",
        "principale",
        "special",
        "speciale",
        "permanent",
        "permanente",
        "interimaire",
        "sortant",
        "sortante",
    ]
)


# `le maire de la commune`, `le président du pays`: the place the article is about, so any
# role taught for it fits (`Le maire Michel Auger`)
_THIS_PLACE = frozenset(["commune", "ville", "village", "localite", "municipalite", "cite",
                         "pays", "region", "departement", "canton", "province", "ile",
                         "agglomeration", "metropole", "collectivite", "bourgade"])


def _fits_role_phrase(raw: str, word: str) -> bool:
    """Words that may sit inside a role phrase: `secrétaire général de l'OTAN`."""
    return (
        word in _PREPOSITIONS
        or word in _DETERMINERS
        or word in _ROLE_FILLERS
        or _nationality(word)
        or raw[:1].isupper()
    )


# --- the article model ---------------------------------------------------------------------


_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")
# the finite verb of the clause an apposition sits in, when its closing comma is left out
_PREDICATE = re.compile(r"\s(?:est|a|était|sont|avait|reste|sera)\s")


def _acronym_kept(aside: re.Match) -> str:
    """An aside dropped from an apposition, but for an acronym: ` (ARS)` -> ` ARS`."""
    inner = aside.group(0).strip()[1:-1]
    return f" {inner}" if inner.isupper() and inner.isalpha() and len(inner) <= 8 else ""


# `Nom, chef de X`: the phrase after a name's comma
_APPOSITION_AFTER = re.compile(r"\s*,\s*([^,.;:()]{2,120})")
_WORDS = re.compile(r"[\w-]+")


class _Article:
    """Tokens, sentences, people and what appositions teach about them."""

    def __init__(self, text: str, quotes: list[QuoteSpan], people, organisations,
                 places=None, tokens: Tokens | None = None, quoted_people=(),
                 quoted_orgs=()) -> None:
        self.text = text
        self.headline_end = text.find("\n")  # (-1: a text of one line has no headline)
        split = tokens if tokens is not None else Tokens(text)
        # zip/map in C: a Python loop over ~1,000 tokens was a third of the time
        starts = split.starts
        self.tokens: list[tuple[int, int, str, str]] = list(
            zip(starts, split.ends, split.words, map(_TOKEN_KEYS.__getitem__, split.words),
                strict=True)
        )
        self.starts = starts
        places = places or []
        self.people, self.joint = _join_couples(text, sorted(people, key=lambda m: m.start))
        self.orgs = sorted(organisations or [], key=lambda m: m.start)
        self.person_at = {m.start: m for m in self.people}
        self.quoted_at = {m.start: m for m in quoted_people}  # people named inside quotations
        self.quoted_orgs = quoted_orgs  # and bodies
        self.person_starts = [m.start for m in self.people]
        self.org_at = {m.start: m for m in self.orgs}
        # places speak only as a clause's subject (`Moscou a dénoncé`), never from a complement
        self.place_spans = sorted((m.start, m.end) for m in places)
        self.place_starts = [start for start, _ in self.place_spans]
        self.quote_ranges = sorted((q.start - 1, q.end) for q in quotes)
        # in_quote[k]: token k lies inside a quotation (marks excluded), looked up in O(1)
        self.in_quote = [False] * len(self.tokens)
        for q_start, q_end in self.quote_ranges:
            i, j = bisect.bisect_left(starts, q_start + 1), bisect.bisect_left(starts, q_end)
            self.in_quote[i:j] = [True] * (j - i)
        self.sentence_starts = self._sentences()
        self.prominence = Counter(m.name for m in self.people)
        self.seen: dict[str, list[int]] | None = None  # person -> mention starts, built lazily
        self.unknown_people: set[str] = set()  # names the detector missed, read as people
        self.gender = {m.name: "p" if m.name in self.joint else
                       _first_names().get(_key(m.name.split(" ")[0])) for m in self.people}
        self.roles: dict[str, set[str]] = {}
        self.role_heads: dict[str, set[str]] = {}  # the words before a complement's preposition
        self.org_phrases: dict[str, str] = {}  # head noun -> last organisation named with it
        self.subjects: list[tuple[int, str | None, str | None]] = []  # (pos, name, gender)
        self.last_speaker: tuple[int, str, str | None] | None = None  # (quote end, name, kind)
        self.on_source: _Subject | None = None  # who `on` stood for last (`auprès de X`)
        self.spoke_for: list[tuple[int, str]] = []  # (pos, body) of unnamed spokespeople
        self._learn_roles()
        self._learn_subjects()
        self._learn_quoted_names(quotes)

    def _learn_quoted_names(self, quotes: list[QuoteSpan]) -> None:
        """`le collectif « Le Cri des déposants »`: a capitalised name in marks after an
        organisation's noun names it, so that `le collectif` speaks for it later."""
        heads = _word_lists()["organisation"]
        for quote in quotes:
            if quote.kind != "fragment" or not quote.text[:1].isupper():
                continue
            k = bisect.bisect_left(self.starts, quote.start) - 2  # the word before the mark
            if k >= 1 and self.tokens[k][3] in heads and self.tokens[k - 1][3] in (
                    _DETERMINERS | {"du", "des", "de", "au", "aux"}) and (
                    "\n" not in self.text[self.tokens[k][1]:quote.start]):  # (not a headline's
                # last word over a paragraph opening with a quotation)
                self.org_phrases[self.tokens[k][3]] = quote.text.strip()

    # sentences: boundaries outside quotations only
    def _sentences(self) -> list[int]:
        starts = [0]
        q_starts = [r[0] for r in self.quote_ranges]
        for match in _SENTENCE_END.finditer(self.text):
            at = match.start()
            if match.group()[0] == "." and at and self.text[at - 1] in _ABBREVIATION_ENDS and (
                _ABBREVIATION.search(self.text[max(at - 5, 0) : at])
            ):
                continue  # `M. Peskov`, `J. Dupont`: an abbreviation, not a sentence end
            pos = match.end()
            if at and self.text[at] != "\n" and pos < len(self.text) and (
                    self.text[pos].isalpha()) and not (
                    self.text[at - 1].islower() or self.text[at - 1] in '"»”'):
                continue  # glued to the next word after a capital: `U.S.Army`
            i = bisect.bisect_right(q_starts, pos) - 1
            inside = i >= 0 and self.quote_ranges[i][0] < pos < self.quote_ranges[i][1]
            if inside and "\n" not in match.group():
                continue
            starts.append(pos)
        return starts

    def previous_sentence_start(self, s_start: int) -> int:
        """Start of the sentence before the one starting at `s_start`, past the blank between
        two paragraphs (which `_sentences` counts as a sentence of its own)."""
        k = s_start - 1
        while k > 0 and self.text[k].isspace():
            k -= 1
        return self.sentence_span(max(k, 0))[0]

    def first_token(self, pos: int) -> int:
        """Index of the first token of the sentence holding `pos`."""
        return self.token_index(self.sentence_span(pos)[0])

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[max(i, 0)], end

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def place_end(self, tok: int) -> int | None:
        """End of the place mention covering token `tok`, if any."""
        pos = self.tokens[tok][0]
        i = bisect.bisect_right(self.place_starts, pos) - 1
        if i >= 0 and pos < self.place_spans[i][1]:
            return self.place_spans[i][1]
        return None

    def person_starting(self, tok: int) -> NameMention | None:
        return self.person_at.get(self.tokens[tok][0]) if tok < len(self.tokens) else None

    def person_ending(self, tok: int) -> NameMention | None:
        """The person mention whose last token is `tok`."""
        end = self.tokens[tok][1]
        i = bisect.bisect_right(self.person_starts, self.tokens[tok][0]) - 1
        if i >= 0 and self.people[i].end == end:
            return self.people[i]
        return None

    def _learn_roles(self) -> None:
        """Appositions teach roles: `le chef de X, Nom`, `Nom, chef de X`, `le président Nom`."""
        text = self.text
        for person in self.people:
            phrase = _phrase_before(text[max(0, person.start - 120) : person.start])
            if phrase:
                self._teach(person.name, phrase, before_name=True)
            after = text[person.end : person.end + 150]
            if "(" in after:  # `Xavier Dubois, bourgmestre (Les Engagés) de Walhain`; an
                # acronym stays (`responsable à l'Agence régionale de santé (ARS)`: `la
                # responsable de l'ARS`)
                after = _ASIDE.sub(_acronym_kept, after)
            m = _APPOSITION_AFTER.match(after)
            if m:
                # a closing comma left out: the predicate's verb ends the phrase (`Christine
                # Ortmans, responsable … de santé (ARS) est très claire`)
                phrase = _PREDICATE.split(m.group(1), 1)[0]
                self._teach(person.name, phrase, before_name=False)

    def _teach(self, name: str, phrase: str, *, before_name: bool) -> None:
        raw = _WORDS.findall(phrase)
        words = list(map(_TOKEN_KEYS.__getitem__, raw))
        roles = _word_lists()["role"]
        if before_name and words and words[-1] in ("de", "du", "des", "d"):
            return  # `L'avocat de Neymar a soumis …`: the name completes the role, holds none
        if before_name:  # keep the noun phrase ending at the name: "... le président ukrainien"
            for i in range(len(words) - 1, -1, -1):
                if words[i] not in roles and not _fits_role_phrase(raw[i], words[i]) and not (
                    i > 0 and words[i - 1] in _PREPOSITIONS | _DETERMINERS
                ) and not (
                    i > 1 and raw[i - 1][:1].isupper()
                    and words[i - 2] in _PREPOSITIONS | _DETERMINERS
                ) and not (i > 0 and words[i - 1] in roles) and not (
                    words[i] == "et" and i + 1 < len(words) and words[i + 1] in ("de", "du", "des")
                ):
                    # (`le préfet de police`: a complement's noun fits too, and so does a
                    # ministry's adjective, `le ministre de la Sécurité publique`, or the
                    # role's own, `le délégué syndical`; and a second complement, `la ministre
                    # de l'Industrie et du Commerce`)
                    return
                if words[i] in roles:
                    j = i
                    while (
                        j > 0
                        and words[j - 1] not in _DETERMINERS
                        and words[j - 1]
                        not in (
                            "et",
                            "que",
                            "qu",
                        )
                    ):
                        j -= 1
                    words = words[j:]
                    break
            else:
                return
        else:
            if len(words) > 16 or words and words[0] in ("et", "ou", "mais"):
                return  # `Anne Hidalgo, et le préfet de police, …`: a coordination
            if not any(w in roles for w in words[:3]):
                return
        content = {w for w in words if w not in _PREPOSITIONS and w not in _DETERMINERS}
        self.roles.setdefault(name, set()).update(content)
        # `l'avocat du prévenu` makes them an avocat, not the prévenu
        heads = self.role_heads.setdefault(name, set())
        for w in words:
            if w in _PREPOSITIONS:
                break
            if w not in _DETERMINERS:
                heads.add(w)

    def _learn_subjects(self) -> None:
        """Clause subjects are the pronoun targets: a person or organisation followed by its verb
        (past an apposition), never a complement (`les parents de X`, `d'après X`); an unnamed
        subject (`L'avocate de Benoît Hamon précise`) counts too, so that `elle` does not skip
        it to reach a name further back."""
        tokens = self.tokens
        lists = _word_lists()
        for m in sorted(self.people + self.orgs, key=lambda m: m.start):
            tok = self.token_index(m.start)
            end = self.token_index(m.end)
            k = _before_articles(tokens, tok - 1)
            det = tokens[tok - 1 - (tokens[tok - 1][2] in "'’")][3] if tok > 1 else ""
            v = k
            if m.kind == "person" and v >= 1 and tokens[v][3] in lists["role"] and (
                    tokens[v - 1][3] in ("l", "la", "le", "les")):
                v = _before_articles(tokens, v - 1)  # `Pour le journaliste Ben Makhtar Diop, …`
            if v >= 0 and tokens[v][3] in _VIEW_OPENERS and self._opens(v) and (
                m.kind == "person" and self._aside_then_comma(end)
            ):  # `Pour Philippe Poutou, candidat du NPA, l'absence …`: whose view it is
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
                continue
            if m.kind == "person" and self._apposed_to_source(tok, end):
                # `Selon l'avocate de l'association, maître Mathilde Le Guen, la justice …`
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
                continue
            if (m.kind == "person" and tok >= 2 and tokens[tok - 1][2].islower()
                    and (form := verb_form(tokens[tok - 1][3])) and form[0] in _INCISE_VERBS
                    and not tokens[tok - 1][2].endswith(("é", "ée", "és", "ées"))
                    and tokens[tok - 2][3] not in _AUX
                    and end < len(tokens) and tokens[end][2] in ",.;"):
                # `impossible de baisser les marges assure Sylvain Rochas, garagiste.`
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
                continue
            if m.kind == "person" and self._turn_of(tok):
                # `Vient ensuite le tour de Trump.`, `C'est au tour de X de …`: the person the
                # text turns to, whom the next `il` stands for
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
                continue
            if k >= 0 and (tokens[k][3] in _PREPOSITIONS or tokens[k][3] == "que"):
                continue  # a complement: `les parents de Quentin Roy`, `au ministère`
            if m.kind == "person" and self._presented(tok):
                # `Parmi les personnes présentes figure le représentant syndical Jan Baets`
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
                continue
            if k >= 1 and tokens[k][3] == "et" and self.person_ending(k - 1) is not None:
                continue  # `Frank Lampard, Petr Čech et Joe Cole ont …`: several subjects
            initial = self._opens(tok) or k >= 0 and tokens[k][3] in _LEADING_CONJUNCTIONS and (
                self._opens(k))
            if not self._verb_follows(end, sentence_initial=initial) and not (
                initial and m.kind == "person" and end < len(tokens)
                and tokens[end][2].isalpha() and tokens[end][2].islower()
                and tokens[end][3] not in _NOT_A_VERB
            ):  # (`Mais Ranieri préfère la jouer modeste.`: a name opening its sentence, then
                # a lowercase word, is the subject of any verb)
                continue
            if m.kind == "person":
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
            elif det in ("le", "la", "l") and _key(m.name.split()[0]) in lists["organisation"]:
                # `le ministère des Finances a proposé … il a indiqué`
                gender = _np_gender(det, _key(m.name.split()[0]))
                if gender:
                    self.subjects.append((m.start, m.name, gender))
            elif det in ("le", "la") and m.name.isupper():
                # `la SOPFEU doit désormais prioriser … Elle se concentrera`
                self.subjects.append((m.start, m.name, "f" if det == "la" else "m"))
            else:  # `Business France a quant à elle reconnu … Elle précise`
                after = [t[3] for t in tokens[end : end + 4]]
                for gender, pronoun in (("f", "elle"), ("m", "lui")):
                    if ["quant", "à", pronoun] in (after[0:3], after[1:4]):
                        self.subjects.append((m.start, m.name, gender))
        animate = lists["role"] | lists["anonymous"] | lists["organisation"]
        openers = _OPENER_WORDS
        for start in self.sentence_starts:
            tok = self.token_index(start)
            if tok < len(tokens) and tokens[tok][3] in openers:
                tok = self._clause_start(tok)
            if tok + 2 >= len(tokens) or tokens[tok][3] not in _DETERMINERS:
                continue
            head = tok + 1 + (tokens[tok + 1][2] in "'’")
            if head >= len(tokens) or tokens[head][0] in self.org_at:
                continue
            word = tokens[head][3]
            if tokens[tok][3] in _DERNIER and word == _DERNIER[tokens[tok][3]]:
                # `Ce dernier n'était pas au courant : « … », déclare-t-il`
                gender = "f" if tokens[tok][3] == "cette" else "m"
                name = self.person_before(tokens[tok][0], gender)
                if name and self._verb_follows(head + 1, sentence_initial=True):
                    bisect.insort(self.subjects, (tokens[tok][0], name, gender))
                continue
            if word not in animate or self.person_starting(head):
                continue
            end = head + 1
            links = ("de", "du", "des", "d", "l", "la", "le", "'", "’")
            while end < len(tokens) and end - head < 8 and (
                tokens[end][3] in links or _is_cap(tokens[end][2])
                or tokens[end - 1][3] in links and tokens[end][2].isalpha()  # `des finances`
            ):
                end += 1
            if not self._verb_follows(end, sentence_initial=True):
                continue
            det = tokens[tok][3]
            gender = "p" if det in ("les", "des", "ces", "ses", "leurs") else _np_gender(det, word)
            sub = _noun_phrase(self, tok, end)
            name = sub.name if sub is not None and sub.kind == "person" else None
            if sub is not None and sub.kind == "organisation":
                name = sub.name
            bisect.insort(self.subjects, (tokens[tok][0], name or "", gender or ""))
        self.subjects.sort()

    def _apposed_to_source(self, tok: int, end: int) -> bool:
        """True when the person from token `tok` to `end` is set between commas after the
        noun phrase that opens its sentence with `Selon`/`Pour`/`D'après`, past a title."""
        tokens = self.tokens
        b = tok - 1
        while b > 0 and (tokens[b][3] in _TITLES or tokens[b][2] == "."):
            b -= 1
        if tokens[b][2] != "," or end >= len(tokens) or tokens[end][2] != ",":
            return False
        first = self.first_token(tokens[tok][0])
        head = first + (tokens[first + 1][2] in "'’" and tokens[first][3] == "d")
        return tokens[head][3] in _VIEW_OPENERS and tokens[head + 1][3] in (
            _DETERMINERS) and not any(tokens[j][2] in ",;:«»" for j in range(head + 1, b))

    def _turn_of(self, tok: int) -> bool:
        """True when token `tok` follows `tour de` (`Vient le tour de Trump`, `au tour de X`)."""
        j = tok - 1 - (self.tokens[tok - 1][2] in "'’")
        return j >= 1 and self.tokens[j][3] in ("de", "d") and self.tokens[j - 1][3] == "tour" \
            and not self.in_quote[tok]

    def _presented(self, tok: int) -> bool:
        """True when token `tok` stands in a sentence opening with `Parmi`, whose subject comes
        after the verb (`Parmi les personnes présentes figure X`, `Parmi eux, X`)."""
        first = self.first_token(self.tokens[tok][0])
        return first + 2 < tok and self.tokens[first][3] == "parmi" and not self.in_quote[tok]

    def _aside_then_comma(self, tok: int) -> bool:
        """A comma at token `tok`, or after up to three lower-case words that are no verb
        (`Ben Makhtar Diop par ailleurs panéliste, …`)."""
        tokens = self.tokens
        for k in range(tok, min(tok + 4, len(tokens))):
            if tokens[k][2] == ",":
                return True
            word = tokens[k][2]
            if not (word.isalpha() and word.islower()) or tokens[k][3] in _NOT_AN_ASIDE or (
                    verb_form(tokens[k][3])):
                return False
        return False

    def _clause_start(self, tok: int) -> int:
        """First token of a sentence's main clause: past an opener (`Mardi,`, `Vers 10h50,`)."""
        tokens = self.tokens
        if tok + 1 >= len(tokens) or not (
            tokens[tok][3] in _PREPOSITIONS or tokens[tok][3] in _ADVERBS
            or (tokens[tok + 1][2].isdigit() or tokens[tok + 1][3] in _TIME_NOUNS)
        ):
            return tok
        for k in range(tok, min(tok + 6, len(tokens))):
            if tokens[k][2] == ",":
                opener = range(tok, k)
                if all(tokens[j][3] not in _AUX and tokens[j][3] not in _verb_forms()
                       and self.person_starting(j) is None for j in opener):
                    return k + 1
                break
            if tokens[k][2] in ".;:«»\"" or self.in_quote[k]:
                break
        return tok

    def _opens(self, tok: int) -> bool:
        """True when token `tok` opens its sentence (or follows an opening `Vers 10h50,`)."""
        first = self.first_token(self.tokens[tok][0])
        return tok == first or (
            self.tokens[tok - 1][2] == ","
            and not any(self.tokens[k][3] in _verb_forms() or self.tokens[k][3] in _AUX
                        for k in range(first, tok - 1))
            and tok - first <= 9
        )

    def _verb_follows(self, tok: int, *, sentence_initial: bool = False) -> bool:
        """A verb follows token `tok`, past an apposition `, secrétaire général de l'OTAN,`; a
        sentence-initial subject may be followed by any incise (`Trump, qui …, argue`)."""
        forms = _verb_forms()
        tokens = self.tokens
        steps = 0
        while tok < len(tokens) and steps < 14:
            word = tokens[tok][3]
            if word == ",":
                nxt = tokens[tok + 1][3] if tok + 1 < len(tokens) else ""
                if sentence_initial or nxt in _AUX or nxt in forms or nxt in ("ne", "n"):
                    return True  # `le secrétaire général de l'Otan, Jens Stoltenberg, a assuré`
                k = tok + 1
                while k < len(tokens) and k - tok < 25 and tokens[k][3] != ",":
                    if tokens[k][3] in '.;:«»"':
                        break
                    k += 1
                if k < len(tokens) and tokens[k][3] == ",":
                    tok = k  # the closing comma may open a second apposition
                    steps += 1
                    continue
                return False
            if (
                word in _AUX
                or word in forms
                or ("-" in word and _INVERTED.match(word))
                or word in ("s", "se", "ne", "n")  # (`ne` only comes before a verb)
            ):
                return True
            if word in ("quant", "à", "lui", "elle", "'", "’", "aussi", "egalement", "y"):
                tok += 1
                steps += 1
                continue
            return False
        return False

    def add_subject(self, pos: int, name: str | None, gender: str | None) -> None:
        bisect.insort(self.subjects, (pos, name or "", gender or ""))

    def resolve_pronoun(
        self, pos: int, gender: str, *, voice: bool = False
    ) -> tuple[str | None, float]:
        """Most recent subject/speaker before `pos` whose gender agrees; `ils` is a couple named
        jointly (`Thierry et Véronique Roy … indiquent-ils`) when the last plural subject is one.
        A nameless subject of unknown gender (`selon l'hebdomadaire satirique`) is no antecedent
        of `il`, but with `voice` (who spoke last, for a quotation standing alone) it is."""
        if gender == "o":
            return None, 0.3
        i = bisect.bisect_left(self.subjects, (pos,)) - 1
        if gender == "p":
            while i >= 0 and self.subjects[i][2] != "p":
                i -= 1
            name = self.subjects[i][1] if i >= 0 else ""
            return (name, 0.6) if name in self.joint else (None, 0.3)
        while i >= 0:
            _, name, g = self.subjects[i]
            if g == gender or not g and (name or voice):
                return (name or None), 0.8
            i -= 1  # (a subject with neither name nor gender, `Ces éléments`, is no antecedent)
        # no subject seen: the nearest person mentioned before, not as a relative of the one
        # spoken of (`Le fils de Manuel Tadros débarquera …`)
        j = bisect.bisect_left(self.person_starts, pos) - 1
        while j >= 0:
            person = self.people[j]
            g = self.gender.get(person.name)
            if (not g or g == gender) and not self._relative(person.start):
                return person.name, 0.5
            j -= 1
        return None, 0.2

    def _relative(self, pos: int) -> bool:
        """True when the name at `pos` completes a family noun (`le fils de X`, `la veuve de
        X`): the person spoken of is the relative, not X."""
        k = self.token_index(pos) - 1
        return (k >= 1 and self.tokens[k][3] in ("de", "d")
                and self.tokens[k - 1][3] in _word_lists()["family"])

    def kind_of(self, name: str | None) -> str | None:
        """"person" or "organisation" for a name a pronoun resolved to (None for no name)."""
        if not name:
            return None
        return "person" if name in self.gender or name in self.unknown_people else "organisation"

    def _last_seen(self, name: str, pos: int) -> int:
        """Start of the last mention of person `name` before `pos` (-1 if none)."""
        if self.seen is None:
            self.seen = {}
            for m in self.people:
                self.seen.setdefault(m.name, []).append(m.start)
        starts = self.seen.get(name, ())
        i = bisect.bisect_left(starts, pos) - 1
        return starts[i] if i >= 0 else -1

    def person_next(self, pos: int, gender: str) -> str | None:
        """The person an article's opening pronoun announces: with nobody named before `pos`,
        the first person named after it in its paragraph whose gender agrees (`« … »,
        a-t-elle déclaré. Anne Roy est adjointe au maire depuis 2020.`)."""
        j = bisect.bisect_left(self.person_starts, pos)
        if j > 0 or bisect.bisect_left(self.subjects, (pos,)) > 0:
            return None  # (`Une voisine … a-t-elle dit`: an unnamed subject comes first)
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        while j < len(self.people) and self.people[j].start < end:
            g = self.gender.get(self.people[j].name)
            if not g or g == gender:
                return self.people[j].name
            j += 1
        return None

    def person_before(self, pos: int, gender: str) -> str | None:
        """The person named last before `pos` whose gender agrees (`ce dernier`)."""
        j = bisect.bisect_left(self.person_starts, pos) - 1
        while j >= 0:
            g = self.gender.get(self.people[j].name)
            if not g or g == gender:
                return self.people[j].name
            j -= 1
        return None

    def refer_back(self, head: str, pos: int) -> str | None:
        """The organisation a bare `le parquet` / `le journal` at `pos` refers back to."""
        if head in self.org_phrases:
            return self.org_phrases[head]
        i = bisect.bisect_left(self.orgs, pos, key=lambda m: m.start) - 1
        for m in reversed(self.orgs[: i + 1]):
            # `explique le quotidien` after `indique le quotidien Al Ahdath Al Maghribia`: the
            # body the article introduced with that very noun
            k = self.token_index(m.start) - 1
            if k >= 1 and self.tokens[k][3] == head and self.tokens[k - 1][3] in (
                    "le", "la", "l", "'", "’", "du", "au"):  # (one body: not `les syndicats
                # CFDT et FO`)
                return m.name
        if head in _MEDIA:  # the newspaper named last, in this sentence or the one before
            s_start, _ = self.sentence_span(pos)
            p_start = self.previous_sentence_start(s_start)
            if i >= 0 and self.orgs[i].start >= p_start:
                return self.orgs[i].name
            return None
        j = i
        while j >= 0:
            if _key(self.orgs[j].name).split(" ")[0] == head:
                return self.orgs[j].name
            j -= 1
        if head in _word_lists()["organisation"] and head not in _NAMED_HEADS:
            # `l'association`, `l'émission`: the organisation named in this sentence or the
            # last one of the paragraph
            s_start, _ = self.sentence_span(pos)
            p_start, _ = self.sentence_span(max(s_start - 1, 0))
            if i >= 0 and self.orgs[i].start >= p_start:
                return self.orgs[i].name
            # `Transcontinental a annoncé la fermeture … ¶ La compagnie a confirmé`, `L'association
            # Greenpeace a publié … ¶ « … », souligne l'ONG`: the body the paragraph before made
            # a subject, when none is named since (not the outlet that asked: `interrogée par
            # L'essentiel`)
            par = self.text.rfind("\n", 0, s_start)
            par = self.text.rfind("\n\n", 0, max(par - 1, 0)) if par > 0 else 0
            if i >= 0 and self.orgs[i].start >= max(par, 0) and (
                    self._verb_follows(self.token_index(self.orgs[i].end))):
                return self.orgs[i].name
            if head in _COMPANY_HEADS:
                # `« Luxair est contrainte d'annuler trois vols », indique la compagnie`: the
                # one body named since the paragraph before, if only in the words quoted
                named = {m.name for m in self.quoted_orgs if max(par, 0) <= m.start < pos}
                if len(named) == 1:
                    return named.pop()
            # `le syndicat` after `le syndicat national des travailleurs de la santé
            # (SYNTSHA)`, the paragraph before: the acronym of a spelt-out body of that head
            p_start = self.previous_sentence_start(s_start)
            while i >= 0 and self.orgs[i].start >= p_start:
                m = self.orgs[i]
                if self.text[m.start - 1 : m.start] == "(" and f" {head} " in _key(
                        self.text[max(m.start - 120, 0) : m.start]):
                    return m.name
                i -= 1
            # `Sophie Binet, secrétaire générale de la CGT. ¶ … le syndicat écrit`: the one
            # body the article has named so far (not an outlet: `le quotidien X`, `interrogé
            # par X`, `a déclaré à X`, `sur X`, `dans X`)
            named = {m.name for m in self.orgs if m.start < pos and _key(m.name).split(" ")[0]
                     not in _MEDIA and not self._outlet_place(m.start)}
            if len(named) == 1 and head not in _KIND_HEADS and head not in _SIDES:
                return named.pop()
        return None

    def _outlet_place(self, pos: int) -> bool:
        """True when the name at `pos` stands where an outlet does: after a media noun, a
        participle of contact and `par`, or a reporting verb or an interview and `à`, `sur`,
        `dans` (`le quotidien X`, `interrogé par Le Parisien`, `a confié au Soir`, `dans un
        entretien au Figaro`; not `a signé au Stade rennais`, `investi par Les Républicains`)."""
        tokens = self.tokens
        k = self.token_index(pos) - 1
        k -= k > 0 and tokens[k][2] in "'’"
        k -= k > 0 and tokens[k][3] in ("le", "la", "l")
        if k < 1:
            return False
        word, before = tokens[k][3], tokens[k - 1][3]
        if word == "par":
            return before in _CONTACTED
        if word in ("à", "a", "au", "aux", "sur", "dans"):
            return bool(verb_form(before)) or before in _INTERVIEWS
        return word in _MEDIA

    def resolve_role(
        self, words: list[str], gender: str | None, pos: int = 1 << 60, *, epithet: bool = False,
        possessive: bool = False, townsfolk: bool = False,
    ) -> tuple[str | None, float]:
        """Person an apposition taught this role; a nationality (or, `townsfolk`, the people
        of a town: `la Laekenoise`) falls back on prominence; an epithet (`l'ancien gardien
        des Diables rouges`, `le pilote monégasque`) on the one person the sentence before
        names."""
        lists = _word_lists()
        generic = lists["generic_head"]
        content = [w for w in words if w not in _PREPOSITIONS and w not in _DETERMINERS]
        if not content:
            return None, 0.0
        best, best_score = None, 0.0
        for name, taught in self.roles.items():
            g = self.gender.get(name)
            if gender and g and g != gender:
                continue
            heads = self.role_heads[name]
            if content[0] in _MEDICAL and taught & _MEDICAL:
                # `la médecin` is the pédiatre named before
                taught, heads = taught | {content[0]}, heads | {content[0]}
            if content[0] not in generic and content[0] not in heads:
                continue  # a secrétaire général is not the patron an apposition described
            if any(w not in taught and w not in _ROLE_FILLERS and w not in _THIS_PLACE
                   and not _nationality(w) and w[:1].isalnum() for w in content[1:]):
                continue  # `le candidat de Debout la France` is not the one of La France insoumise
            score = sum(1.0 for w in content if w in taught)
            if content[0] in generic and score:
                score += 0.5
            if score > best_score or (
                score == best_score
                and score
                and best
                and self._last_seen(name, pos) > self._last_seen(best, pos)
            ):  # two ministers: `le ministre` is the one named last
                best, best_score = name, score
        if best is not None and best_score >= 1:
            return best, 0.75
        if len(content) >= 2:
            # the one person of that gender who holds the role, for a role with words the
            # apposition did not use
            holders = [name for name in self.roles if content[0] in self.role_heads[name]
                       and not (gender and self.gender.get(name) not in (None, gender))]
            if len(holders) == 1 and len(content) == 2 and len(words) == 2 and (
                    content[1].isalpha()):
                # `la responsable syndicale` after `Solenn Ochsner, responsable du secteur
                # industrie d'Unia`: an adjective
                return holders[0], 0.6
            if len(holders) == 1 and self.roles[holders[0]] <= self.role_heads[holders[0]]:
                # `indique le directeur du TNT` after `Selon Moez M'rabet, son directeur,`: a
                # role the apposition gave with no complement leaves the body open
                return holders[0], 0.5
        if possessive and content[0] in _BOSSES:
            return None, 0.2  # `son patron` is the boss of someone the article names
        if content[0] in _OFFICE_HEADS or content[0] in _PROFESSIONS and len(content) == 1:
            # `Emmanuel Macron s'est exprimé. « … », a lancé le chef de l'État`: an office no
            # apposition taught is the person the last two sentences are about (`…, confirme
            # Sauveur Méglio, urgentiste. « … », souligne le médecin`: a bare trade too, not
            # `l'avocate de Benoît Hamon`)
            s_start, _ = self.sentence_span(pos)
            p_start = self.previous_sentence_start(s_start)
            p_start = min(p_start, self.text.rfind("\n", 0, pos) + 1)  # or the paragraph
            i = bisect.bisect_left(self.subjects, (pos,)) - 1

            def fits_office(subject: tuple[int, str, str]) -> bool:
                _, name, g = subject
                return bool(name) and (name in self.gender or name in self.unknown_people) \
                    and not (gender and g and g != gender) \
                    and (not self._other_trade(name, content[0])
                         or content[0] in _GENERIC_OFFICES)  # (a procureur is no maire)

            if self.turns_to_another(pos):
                i = -1  # (`De son côté, le maire …` is not the person just spoken of)
            while i >= 0 and self.subjects[i][0] >= p_start:
                if fits_office(self.subjects[i]):
                    return self.subjects[i][1], 0.5
                i -= 1
        if content[0] in _OFFICE_HEADS:
            if self.token_index(s_start) == self.token_index(self.text.rfind("\n", 0, pos) + 1):
                # `La candidate du Front national voudrait … Marine Le Pen aimerait …`: an
                # office opening its paragraph names the person who opens a later sentence
                p_end = self.text.find("\n", pos)
                p_end = len(self.text) if p_end < 0 else p_end
                i = bisect.bisect_left(self.person_starts, pos)
                while i < len(self.people) and self.people[i].start < p_end:
                    m = self.people[i]
                    opens = self.first_token(m.start)
                    if opens == self.token_index(m.start) and fits_office(
                            (m.start, m.name, self.gender.get(m.name) or "")):
                        return m.name, 0.4
                    i += 1
            if content[0] in _GENERIC_OFFICES:
                # `le monarque`, `le dirigeant`: the most named person an apposition gave an
                # office (`le roi du Swaziland, Mswati III`)
                for name, _ in self.prominence.most_common():
                    if self.roles.get(name, set()) & _OFFICE_HEADS and fits_office(
                            (0, name, self.gender.get(name) or "")):
                        return name, 0.4
        nationalities = {w for w in content if townsfolk or _nationality(w)}
        if (content[0] in _MAIN_PERSON_OFFICES
                or (content[0] in _OFFICE_HEADS or content[0] in _CALLINGS and epithet)
                and len(self.prominence) == 1) and not nationalities:
            # (`le ministre de l'Économie`, `l'astronome`: the one person named)
            # `a déclaré le leader de la France insoumise`, `a poursuivi le candidat`: with no
            # apposition to say who, the one person the article is about
            ranked = self.prominence.most_common(2)
            if ranked and (ranked[0][1] >= 2 or len(ranked) == 1) and (
                    len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                name = ranked[0][0]
                g = self.gender.get(name)
                if not (gender and g and g != gender) and name not in self.joint and (
                    not self._other_trade(name, content[0]) or content[0] in _GENERIC_OFFICES
                    or len(ranked) == 1 and self.roles.get(name, set()) & _TRADES <= _RANKS
                ):  # (not `le président` for a person an apposition called `ministre`; but
                    # `le capitaine Ibrahim Traoré`, the one person named, is `le président`)
                    return name, 0.4
        if content[0] in _OFFICE_HEADS and gender and not nationalities:
            # `a indiqué la ministre` after `la réponse donnée par Carole Dieschbourg (Déi
            # Gréng) … au député Yves Cruchten`: the one woman the article names, named twice,
            # whom no apposition gave another trade
            same = {name for name in self.prominence if self.gender.get(name) == gender}
            if len(same) == 1:
                name = same.pop()
                if self.prominence[name] >= 2 and not self._other_trade(name, content[0]) and (
                        name not in self.joint):
                    return name, 0.4
        if nationalities or content[0] in ("homme", "femme"):
            # `le Norvégien` is not the person an apposition called `président ukrainien`
            def fits(name: str) -> bool:
                g = self.gender.get(name)
                taught = {w for w in self.roles.get(name, ()) if _nationality(w)}
                return not (gender and g and g != gender) and not (
                    nationalities and taught and not taught & nationalities
                )

            i = bisect.bisect_left(self.subjects, (pos,)) - 1
            while i >= 0:  # the latest subject first: the article is still talking about them
                name = self.subjects[i][1]  # (the press names by an epithet whom it named twice)
                if name and name in self.prominence and fits(name) and (
                        self.prominence[name] >= 2 or len(self.prominence) == 1):
                    return name, 0.5
                i -= 1
            for name, _ in self.prominence.most_common():
                if fits(name):
                    return name, 0.5
        named_later = self._introduced_after(content[0], gender, pos)
        if named_later is not None:
            return named_later, 0.5
        if epithet:
            # `Un constat qui faisait plaisir au coach Michel Preud'homme. « … », a estimé
            # l'ancien gardien des Diables rouges`: the press's epithet for whom it just named
            s_start, _ = self.sentence_span(pos)
            p_start = self.previous_sentence_start(s_start)
            i, j = (bisect.bisect_left(self.person_starts, p) for p in (p_start, pos))
            named = {m.name for m in self.people[i:j]}
            if len(named) == 1:
                name = named.pop()
                g = self.gender.get(name)
                if not (gender and g and g != gender) and name not in self.joint:
                    return name, 0.4
            if not named:
                # `Lionel Astier, propriétaire d'un troupeau, a fait la découverte. Vingt-cinq
                # bêtes ont été retrouvées. « … », explique l'agriculteur de 23 ans`: the last
                # person the text named, as a subject, within this paragraph and the two before
                p_start = pos
                for _ in range(3):
                    p_start = self.text.rfind("\n", 0, max(p_start - 1, 0)) if p_start > 0 else 0
                    while p_start > 0 and self.text[p_start - 1] == "\n":
                        p_start -= 1
                k = bisect.bisect_left(self.subjects, (pos,)) - 1
                while k >= 0 and self.subjects[k][0] >= p_start:
                    at, name, g = self.subjects[k]
                    if name in self.gender or name in self.unknown_people:
                        others = {m.name for m in self.people[
                            bisect.bisect_left(self.person_starts, at):j]}
                        if others <= {name} and not (gender and g and g != gender) and (
                                name not in self.joint):
                            return name, 0.4
                        break
                    k -= 1
        if self.last_speaker is not None and content[0] in lists["role"] and not any(
                content[0] in heads for heads in self.role_heads.values()):
            # `Pour Axel Marion, … : « … » … le conseiller note que « … »`, `a rapporté le
            # sélectionneur` after Fabien Galthié's words: a role no apposition gave anyone is
            # the person who just spoke, when nobody else was named since (not `De son côté,
            # le maire …`, nor a person an apposition gave another trade)
            at, name, kind = self.last_speaker
            par = self.text.rfind("\n", 0, pos) + 1  # this paragraph, or past a subheading
            before = self.text.rfind("\n", 0, max(par - 2, 0)) + 1
            if 0 < par - before < 120 and not self.text[before:par].rstrip().endswith(
                    (".", "!", "?", "…")):
                par = self.text.rfind("\n", 0, max(before - 2, 0)) + 1
            g = self.gender.get(name)
            if kind == "person" and at >= par and name not in self.joint and not (
                    gender and g and g != gender) and not self._other_trade(name, content[0]) \
                    and set(self.named_between(at, pos)) <= {name} \
                    and not self.turns_to_another(pos):
                return name, 0.4
        return None, 0.2

    def turns_to_another(self, pos: int) -> bool:
        """Say whether the sentence around `pos` turns to someone other than the one the text
        was about (`De son côté, le maire a invité …`, `Le maire, pour sa part, …`)."""
        s_start, s_end = self.sentence_span(pos)
        i, j = self.token_index(s_start), self.token_index(s_end)
        keys = [token[3] for token in self.tokens[i:j]]
        return any(_opens_phrase(keys[k:k + 3], _TURNS) for k in range(len(keys)))

    def named_between(self, start: int, end: int) -> dict[str, NameMention]:
        """The people named from `start` to `end`, outside quotations: one mention a name."""
        i = bisect.bisect_left(self.person_starts, start)
        j = bisect.bisect_left(self.person_starts, end)
        return {m.name: m for m in self.people[i:j]
                if not self.in_quote[self.token_index(m.start)]}

    def in_headline(self, pos: int) -> bool:
        return 0 <= pos <= self.headline_end

    def headline_role(self, words: list[str], pos: int) -> str | None:
        """`« … », alerte une pédiatre réanimatrice` in the headline: the one person the body
        introduces with every word of that role (`Julie Starck, pédiatre réanimatrice à …`)."""
        if not self.in_headline(pos):
            return None
        content = {w for w in words if w not in _PREPOSITIONS and w not in _DETERMINERS}
        found = [name for name, taught in self.roles.items() if content <= taught]
        return found[0] if len(found) == 1 else None

    def _introduced_after(self, head: str, gender: str | None, pos: int) -> str | None:
        """`« … », a déclaré l'avocat de la défense. « … », a-t-il poursuivi. Me Ludovic
        Tirelli a dénoncé …`: a role no apposition taught, said before the person it stands for
        is first named, is the person who opens a clause within the next two sentences, if
        that person was not named before and no apposition gave them another office."""
        if head not in _word_lists()["role"]:
            return None
        _, s_end = self.sentence_span(pos)
        limit = self.sentence_span(s_end)[1]
        limit = self.sentence_span(limit)[1] if limit < len(self.text) else limit
        paragraph_end = self.text.find("\n", pos)
        if paragraph_end >= 0:  # (`Côté artistique, le programmateur X` opens another topic)
            limit = min(limit, paragraph_end)
        i = bisect.bisect_left(self.subjects, (pos,))
        while i < len(self.subjects) and self.subjects[i][0] < limit:
            _, name, g = self.subjects[i]
            i += 1
            if not name or name not in self.gender or gender and g and g != gender:
                continue
            if self._last_seen(name, pos) < 0 and not self._other_trade(name, head):
                return name
        return None

    def _other_trade(self, name: str, head: str) -> bool:
        """Say whether an apposition gave `name` an office or a trade other than `head`
        (`Le procureur …, Loïc Abrial` is not `le maire`)."""
        taught = self.roles.get(name, set()) & _TRADES
        return bool(taught) and head not in taught


# Callings of sport and the arts the press names a person by once it has named them
# (`a estimé le pilote monégasque`, `sourit l'attaquant du PSG`).
_CALLINGS = frozenset(["joueur", "joueuse", "attaquant", "attaquante", "defenseur", "defenseure",
                       "gardien", "gardienne", "milieu", "pilote", "cycliste", "coureur",
                       "coureuse", "nageur", "nageuse", "athlete", "skieur", "skieuse", "boxeur",
                       "boxeuse", "tennisman", "tenniswoman", "sprinteur", "sprinteuse",
                       "chanteur", "chanteuse", "acteur", "actrice", "comedien", "comedienne",
                       "realisateur", "realisatrice", "ecrivain", "ecrivaine", "romancier",
                       "romanciere", "musicien", "musicienne", "artiste", "humoriste",
                       # trades a report names its witness by once it has named them (`témoigne
                       # l'éleveur`, `explique l'agriculteur de 23 ans`)
                       "agriculteur", "agricultrice", "eleveur", "eleveuse", "viticulteur",
                       "viticultrice", "pecheur", "commercant", "commercante", "boulanger",
                       "boulangere", "restaurateur", "restauratrice", "artisan", "artisane",
                       "gerant", "gerante", "pompier", "pompiere", "enseignant", "enseignante",
                       "instituteur", "institutrice",
                       # and scientists (`a un goût particulier pour l'astronome`)
                       "astronome", "astrophysicien", "astrophysicienne", "physicien",
                       "physicienne", "biologiste", "chimiste", "scientifique", "archeologue",
                       "paleontologue", "epidemiologiste", "virologue", "geneticien",
                       "geneticienne", "mathematicien", "mathematicienne", "chercheur",
                       "chercheuse",
                       # (`Selon le syndicaliste, …` after the union delegate's words)
                       "syndicaliste",
                       # and a witness's age, condition or cause (`insiste la militante`, `la
                       # quinquagénaire le dit`, `la représentante des salariés`; roles v16)
                       "militant", "militante", "representant", "representante", "delegue",
                       "deleguee", "quadragenaire", "quinquagenaire", "trentenaire",
                       "sexagenaire", "septuagenaire", "octogenaire", "nonagenaire",
                       "centenaire", "retraite", "retraitee", "greviste", "etudiant",
                       "etudiante", "lyceen", "lyceenne", "ouvrier", "ouvriere", "cheminot",
                       "cheminote", "chauffeur", "conducteur", "conductrice", "infirmier",
                       "infirmiere", "pharmacien", "pharmacienne", "veterinaire", "psychologue",
                       "architecte", "notaire",
                       # (roles v17)
                       "soignant", "soignante", "aide-soignant", "aide-soignante",
                       "milliardaire", "magnat", "entrepreneur", "entrepreneuse"])
# Offices any office-holder may be called: `le dirigeant` is the king, the president…
_GENERIC_OFFICES = frozenset(["dirigeant", "dirigeante", "leader", "monarque", "souverain",
                              "souveraine", "chef", "cheffe", "elu", "elue", "edile",
                              "locataire", "entraineur", "entraineuse", "selectionneur",
                              "selectionneuse", "coach", "technicien", "magistrat",
                              "magistrate"])  # (`le magistrat`: the judge or the prosecutor)
_OFFICE_HEADS = _GENERIC_OFFICES | frozenset([
    "president", "presidente", "premier", "premiere", "secretaire", "ministre", "maire",
    "chancelier", "chanceliere", "patron", "patronne", "roi", "reine", "gouverneur", "candidat",
    "candidate", "emir", "prince", "princesse", "mairesse", "bourgmestre", "syndic"])
# Trades an apposition may teach that no office is (`Le procureur …, Loïc Abrial` is not
# `le maire` a later cue names).
_PROFESSIONS = frozenset(["procureur", "procureure", "juge", "avocat", "avocate", "prefet",
                          "prefete", "commissaire", "directeur", "directrice", "porte-parole",
                          "colonel", "capitaine", "commandant", "medecin", "docteur", "substitut",
                          "enqueteur", "enqueteuse"])
_TRADES = _OFFICE_HEADS | _PROFESSIONS
# Military ranks: a title, not a trade that rules out an office.
_RANKS = frozenset(["colonel", "capitaine", "commandant", "general", "lieutenant"])
# Doctors by their speciality: `la médecin`, `le docteur` stand for the pédiatre named before.
_MEDICAL = frozenset(["medecin", "docteur", "docteure", "pediatre", "urgentiste", "chirurgien",
                      "chirurgienne", "psychiatre"])
# `le patron`, but `son patron` is the boss of someone else.
_BOSSES = frozenset(["patron", "patronne", "boss"])
_POSSESSIVES = frozenset(["son", "sa", "ses", "leur", "leurs", "mon", "ma", "notre"])
# Offices that stand for the person the article is about when no apposition says who.
_MAIN_PERSON_OFFICES = _GENERIC_OFFICES | _BOSSES | {"candidat", "candidate", "president",
                                                     "presidente", "prevenu", "prevenue",
                                                     "accuse", "accusee"}
_COUPLE = re.compile(r"([A-ZÀ-Þ][\w-]+) et $")


def _join_couples(text: str, people: list[NameMention]) -> tuple[list[NameMention], set[str]]:
    """`Thierry et Véronique Roy`: a given name, `et`, then a full name make one joint speaker
    (the given name's own mention, if any, is dropped).  Return the people and the joint names."""
    joint: set[str] = set()
    out: list[NameMention] = []
    for m in people:
        match = _COUPLE.search(text, max(0, m.start - 30), m.start) if (
            " " in m.name and text.endswith(" et ", 0, m.start)) else None
        if match is not None and out and out[-1].start < match.start(1) < out[-1].end:
            match = None  # `Anne Roy et Paul Martin`: `Roy` ends a name, it is no given name
        if match is not None and _key(match.group(1)) in _first_names() and _key(
            m.name.split(" ")[0]
        ) in _first_names():
            if out and out[-1].start >= match.start():
                out.pop()
            name = f"{match.group(1)} et {m.name}"
            joint.add(name)
            out.append(NameMention(match.start(), m.end, name, "person"))
            continue
        out.append(m)
    return out, joint


# Verbs of an incise that take no person as object: `…, assure Sylvain Rochas, garagiste.`
_INCISE_VERBS = frozenset(["assurer", "affirmer", "expliquer", "indiquer", "préciser",
                           "souligner", "confier", "estimer", "ajouter", "déclarer", "raconter",
                           "poursuivre", "noter", "observer", "insister", "témoigner",
                           "résumer", "commenter", "conclure", "détailler", "relever"])


def _before_articles(tokens, k: int) -> int:
    """Token `k`, or the first before it, that is no `l'`, `la`, `le` or `les`."""
    while k > 0 and (tokens[k][2] in "'’" or tokens[k][3] in ("l", "la", "le", "les")):
        k -= 1
    return k


_NOT_AN_ASIDE = frozenset(["qui", "que", "qu", "dont", "et", "ou", "mais"])


def _is_comma(tokens, tok: int) -> bool:
    """True when token `tok` is a comma."""
    return tok < len(tokens) and tokens[tok][2] == ","


def _phrase_before(before: str) -> str | None:
    """The words between the last `,.;:(` and a name (one comma allowed right before it)."""
    rest = before.rstrip()
    if rest.endswith(","):
        rest = rest[:-1].rstrip()
    cut = max(rest.rfind(c) for c in ",.;:(")
    phrase = rest[cut + 1 :].strip()
    if not 2 <= len(phrase) <= 110 or ")" in phrase:
        return None
    return phrase


# --- noun phrases at cues -------------------------------------------------------------------


@dataclass(slots=True)
class _Subject:
    name: str | None
    kind: str | None
    mention: str
    confidence: float
    pos: int


def _np_after(art: _Article, tok: int, limit: int) -> _Subject | None:
    """The noun phrase starting at token `tok` (subject of an inverted cue, object of selon)."""
    tokens = art.tokens
    if tok < limit and tokens[tok][2] == "," and tokens[tok - 1][3] in _SELON:
        tok += 1  # `D'après, Jean Petaux, politologue`
    person = art.person_starting(_skip_civility(art, tok, limit)) if tok < limit else None
    if person is not None:  # (`a déclaré M. Peskov`)
        return _person_subject(art, person, 0.9)
    if tok + 1 < limit and tokens[tok][3] in ("celui", "celle") and tokens[tok + 1][3] == "qui":
        # `confie celui qui avoue avoir toujours rêvé de Cannes`: the person spoken of
        name, conf = art.resolve_pronoun(tokens[tok][0], "m" if tokens[tok][3] == "celui" else "f")
        kind = art.kind_of(name)
        return _Subject(name, kind, tokens[tok][2], conf if kind == "person" else 0.3,
                        tokens[tok][0]) if kind == "person" else None
    while tok < limit and (
        tokens[tok][3] in _ADVERBS - {"le", "la", "l", "les", "lui", "elle"}
        and not _possessive_opens(tokens, tok, limit)
        or tokens[tok][2] in "'’"
        and tok and tokens[tok - 1][3] == "aujourd"
    ):
        tok += 1
    if tok + 2 < limit and tokens[tok][3] in _DETERMINERS and tokens[tok + 1][3] in _word_lists()[
        "speech"
    ]:
        # `selon les propos du directeur`, `selon un communiqué officiel du ministre`: the
        # speaker is the complement of the speech noun
        k = tok + 2 + (tokens[tok + 2][2][:1].islower() and tokens[tok + 2][3] not in _PREPOSITIONS)
        if k < limit and tokens[k][3] in ("de", "du", "des", "d"):
            tok = k + 1
            tok += tok < limit and tokens[tok][2] in "'’"
    if tok + 3 < limit and tokens[tok][3] == "ce" and tokens[tok + 1][3] in ("qu", "que"):
        # `selon ce qu'a confié Rodrigue`: the subject written after the verb
        k = tok + 2 + (tokens[tok + 2][2] in "'’")
        cue = _verb_group(art, k, limit)
        if cue is not None:
            return _inverted_subject(art, cue[1], limit)
        # `selon ce que certains de ses anciens camarades ont confié`: the subject comes first
        for v in range(k + 1, min(limit, k + 12)):
            if tokens[v][2] in ",.;:«»" or art.in_quote[v]:
                break
            if _verb_group(art, v, limit) is not None:
                sub = _subject_before(art, v, k, nearest=False)
                return sub or _Subject(None, None, art.text[tokens[k][0] : tokens[v - 1][1]],
                                       0.3, tokens[k][0])
        return None
    if tok >= limit:
        return None
    person = art.person_starting(tok)
    if person is not None:
        return _person_subject(art, person, 0.9)
    word = tokens[tok][3]
    if word in ("de", "du", "von", "van"):  # `ajoute encore de la Morlais`: a surname alone
        end = next((j for j in range(tok + 1, min(tok + 4, limit)) if _is_cap(tokens[j][2])), None)
        if end is not None:
            surname = _key(art.text[tokens[tok][0] : tokens[end][1]])
            name = next((m.name for m in art.people if _key(m.name).endswith(" " + surname)), None)
            if name is not None:
                return _Subject(name, "person", art.text[tokens[tok][0] : tokens[end][1]], 0.85,
                                tokens[tok][0])
    if word in _PRONOUNS:
        return _pronoun(art, tok)
    if word == "qui":
        return _antecedent(art, tok)
    return _noun_phrase(art, tok, limit)


def _skip_civility(art: _Article, tok: int, limit: int) -> int:
    """The token after `M.`, `Mme`, `Me` or `Dr` at `tok` (`tok` itself when there is none)."""
    tokens = art.tokens
    if tok + 1 < limit and tokens[tok][3] in _TITLES and tokens[tok][2][:1].isupper():
        return tok + 1 + (tokens[tok + 1][2] == "." and tok + 2 < limit)
    return tok


def _person_subject(art: _Article, person: NameMention, confidence: float) -> _Subject:
    """A person mention as a subject."""
    written = art.text[person.start : person.end]
    return _Subject(person.name, "person", written, confidence, person.start)


def _on_source(art: _Article, tok: int, after: int | None = None) -> _Subject | None:
    """Who `on` stands for: `Du côté de la CGT, on estime`, `chez Force ouvrière`, `a-t-on
    appris auprès de la préfecture`, `indique-t-on à Matignon` (`after`: the token after an
    inverted cue, where `à Matignon` may follow)."""
    tokens = art.tokens
    s_start, s_end = art.sentence_span(tokens[tok][0])
    first, last = art.token_index(s_start), art.token_index(s_end)
    if after is not None and after < last and tokens[after][3] in ("à", "au", "dans"):
        sub = _np_after(art, after + 1 + (tokens[after][3] == "dans"), last)
        if sub is not None:
            return sub
    for k in range(first, last - 1):
        if art.in_quote[k]:
            continue
        word, nxt = tokens[k][3], tokens[k + 1][3]
        if word == "chez":
            start = k + 1
        elif word in ("cote", "aupres") and nxt in ("de", "du", "des", "d"):
            start = k + 2 + (tokens[k + 2][2] in "'’")
            if nxt in ("du", "des"):  # `du côté du gouvernement`: the contracted article
                start = k + 2
        else:
            continue
        sub = _np_after(art, start, last)
        if sub is not None:
            if sub.name:
                art.on_source = sub
            return sub
    # `a-t-on appris auprès de la préfecture … «Il n'y a pas eu de départ de feu», a-t-on
    # insisté`: the source the article named for `on` goes on speaking
    source = art.on_source or _earlier_source(art, first)
    if source is not None and tokens[tok][0] - source.pos < 2000:
        return _Subject(source.name, source.kind, tokens[tok][2], 0.5, tokens[tok][0])
    return None


def _earlier_source(art: _Article, before: int) -> _Subject | None:
    """The body named by the last `auprès de X` (`a-t-on appris auprès de la préfecture`)
    before token `before`."""
    tokens = art.tokens
    for k in range(before - 1, max(before - 400, 0), -1):
        if tokens[k][3] == "aupres" and tokens[k + 1][3] in ("de", "du", "des", "d") and (
                not art.in_quote[k]):
            start = k + 2 + (tokens[k + 2][2] in "'’") if tokens[k + 1][3] == "d" else k + 2
            _, s_end = art.sentence_span(tokens[k][0])
            sub = _np_after(art, start, art.token_index(s_end))
            if sub is not None and sub.name:
                art.on_source = sub
                return sub
            return None
    return None


def _pronoun(art: _Article, tok: int) -> _Subject:
    start, end, raw, word = art.tokens[tok]
    if word == "on":
        sub = _on_source(art, tok)
        if sub is not None:
            return sub
    name, conf = art.resolve_pronoun(start, _PRONOUNS[word])
    return _Subject(name, art.kind_of(name), raw, conf, start)


def _apposed_person(art: _Article, k: int, *, titled: bool = False):
    """The person named right after the comma that ends the role phrase running from token
    `k` (`le directeur de la centrale, Stéphane Brasseur`); with `titled`, maybe past a title
    (`un membre du CNSP, le colonel Ibro Amadou`)."""
    tokens = art.tokens
    c = k
    while c < min(k + 12, len(tokens) - 1) and tokens[c][2] != "," and (
        tokens[c][2] not in '.;:«»"' and not art.in_quote[c]
    ):
        c += 1
    if tokens[c][2] != ",":
        return None
    person = art.person_starting(_skip_civility(art, c + 1, len(tokens)))  # (`, Me Reevin Pearl`)
    if person is None and titled and c + 3 < len(tokens) and tokens[c + 1][3] in ("le", "la") \
            and tokens[c + 2][3] in _word_lists()["role"]:
        person = art.person_starting(c + 3)
    return person


def _noun_phrase(art: _Article, tok: int, limit: int) -> _Subject | None:
    """A determiner + noun phrase, a capitalised proper name, or a quoted title."""
    tokens = art.tokens
    lists = _word_lists()
    first = tok
    det = None
    if tokens[tok][3] in _DETERMINERS:
        det = tokens[tok][3]
        tok += 1
        if tok < limit and tokens[tok][2] in "'’":
            tok += 1
    if tok < limit and tokens[tok][2] in '«"“':  # Selon « Quotidien »
        k = tok + 1
        while k < limit and tokens[k][2] not in '»"”':
            k += 1
        if k < limit and k > tok + 1 and _is_cap(tokens[tok + 1][2]):  # not sa « confiance »
            name = art.text[tokens[tok + 1][0] : tokens[k - 1][1]]
            return _Subject(name, "organisation", name, 0.6, tokens[first][0])
        return None
    words: list[int] = []
    k = tok
    while k < limit:
        raw, word = tokens[k][2], tokens[k][3]
        if k > tok and "\n" in art.text[tokens[k - 1][1] : tokens[k][0]]:
            break  # a title line's last words (`indique le bourgmestre de Walhain`)
        if word == "et" and words and k + 1 < limit and (
            tokens[k + 1][3] in ("de", "d", "du", "des")
            or _is_cap(tokens[words[-1]][2]) and _is_cap(tokens[k + 1][2])
            and art.person_starting(k + 1) is None
        ):  # `la chambre de Commerce et d'industrie`, `les fédérations CGT et FO`: one name
            words.append(k)
            k += 1
            continue
        if raw == "." and words and tokens[words[-1]][3] in _TITLES:
            words.append(k)  # `le cabinet de M. Le Roux`
            k += 1
            continue
        if raw == "(" and words and tokens[words[0]][3] in lists["role"]:
            # `le directeur de Lémanis (société qui exploite le train) Mario Werren`
            close = next((c for c in range(k + 1, min(k + 15, limit)) if tokens[c][2] in "()"),
                         None)
            if close is not None and tokens[close][2] == ")" and close + 1 < limit and (
                    art.person_starting(close + 1) is not None):
                k = close + 1
                continue
        if raw in ',.;:!?()«»"“”[]–—' or raw == "-" and tokens[k - 1][1] < tokens[k][0] or word in (
            "qui",
            "que",
            "qu",
            "dont",
            "et",
            "ou",
            "s",
            "se",
            "n",
            "ne",
            "y",
            "c",
        ):
            break
        if word in _PREPOSITIONS and word not in ("de", "du", "des", "d"):
            break
        if word in _AUX or (verb_form(raw) and words and "finite" in verb_form(raw)[1]):
            break
        if word in _ADDRESSEES and raw.islower() and words and (
                _is_cap(tokens[words[-1]][2]) or k + 1 < limit and tokens[k + 1][3] in _AUX):
            break  # `la Stib nous confirme`, `ce dernier lui a répondu`: whom it speaks to
        words.append(k)
        k += 1
    while words and tokens[words[-1]][3] in ("de", "du", "des", "d", "'", "’", "l", "la", "le"):
        words.pop()
    if not words:
        return None
    if art.joint and tokens[words[0]][3] in _KIN:
        # `les parents de Quentin Roy` are `Thierry et Véronique Roy`; `le couple`: the last pair
        named = [art.person_starting(i) for i in words if art.person_starting(i) is not None]
        if named:
            last = named[0].name.split(" ")[-1]
            name = next((j for j in art.joint if j.split(" ")[-1] == last), None)
        else:
            name, _ = art.resolve_pronoun(tokens[first][0], "p")
        if name is not None:
            mention = art.text[tokens[first][0] : tokens[words[-1]][1]]
            return _Subject(name, "person", mention, 0.6, tokens[first][0])
    # a person named inside the phrase: "le président ukrainien Volodymyr Zelensky"
    # but not a complement: "les parents de Quentin Roy", "l'avocate de Benoît Hamon"
    for i in words:
        person = art.person_starting(i)
        if person is not None:
            b = i - 1  # past `M.` and a capitalised particle: `de M. Le Roux`
            while b > first and (tokens[b][2] in (".", "Le", "La", "De", "Du")
                                 or tokens[b][3] in _TITLES):
                b -= 1
            if tokens[words[0]][3] in _STAFF:
                b = _past_role(tokens, b, first)  # `l'entourage de la ministre X`
            if tokens[b][3] in ("de", "du", "des", "d", "'"):
                if tokens[words[0]][3] in _STAFF:  # `le cabinet de M. Le Roux`: unnamed aides
                    mention = art.text[tokens[first][0] : tokens[words[-1]][1]]
                    return _Subject(None, None, mention, 0.3, tokens[first][0])
                break
            return _person_subject(art, person, 0.85)
    mention = art.text[tokens[first][0] : tokens[words[-1]][1]]
    keys = written = [tokens[i][3] for i in words]  # (`written`: before `jeune` is dropped)
    head = keys[0]
    epithet = False
    if head in _BEFORE_ROLE and len(keys) > 1 and keys[1] in lists["role"]:
        keys, head = keys[1:], keys[1]  # `la future cheffe de la diplomatie`, `l'ancien ministre`
        epithet = det in ("le", "la", "l")
    if det in ("les", "ses", "leurs") and "membres" in keys[:3]:
        # `les 15 pays membres du Conseil de sécurité`: the body speaks through its members
        m = words[keys.index("membres")] + 1
        if m + 1 < len(tokens) and tokens[m][3] in ("du", "de", "des", "d"):
            m += 1 + (tokens[m + 1][2] in "'’" or tokens[m + 1][3] in ("la", "l")
                      and tokens[m + 2][2] in "'’") + (tokens[m + 1][3] == "la")
            org = art.org_at.get(tokens[m][0])
            name = org.name if org is not None else (
                art.refer_back(tokens[m][3], tokens[first][0]) if _is_cap(tokens[m][2]) else None)
            if name is not None:
                return _Subject(name, "organisation", mention, 0.6, tokens[first][0])
    org_head = head in lists["organisation"] or (  # `les fédérations`, `les services`
        head[-1:] in ("s", "x") and head[:-1] in lists["organisation"])
    if det == "la" and keys == ["meme", "source"]:  # `a indiqué la même source`
        source = art.on_source or _earlier_source(art, first)
        if source is not None:
            return _Subject(source.name, source.kind, mention, 0.6, tokens[first][0])
        if art.last_speaker is not None:
            _, name, kind = art.last_speaker
            return _Subject(name, kind, mention, 0.6, tokens[first][0])
    if det in ("le", "la", "l", "ce", "cette") and head in _DOCUMENTS and len(keys) <= 2 and (
        art.last_speaker is not None and tokens[first][0] - art.last_speaker[0] < 400
    ):
        # `« … » qui, ajoute le communiqué, « … »`: the text of the speaker just quoted
        _, name, kind = art.last_speaker
        return _Subject(name, kind, mention, 0.6, tokens[first][0])
    if det in ("ce", "cette") and keys == [_DERNIER[det]]:
        # `Ce dernier, accusant Soros …, a affirmé`: the person named last before the phrase
        name = art.person_before(tokens[first][0], "f" if det == "cette" else "m")
        return _Subject(name, "person" if name else None, mention, 0.7, tokens[first][0])
    if det in ("un", "une") and k + 1 < len(tokens):
        # `a déclaré un membre du CNSP, le colonel Ibro Amadou`, `un habitant, Jean Roy`: the
        # apposition names them
        person = _apposed_person(art, k, titled=True)
        if person is not None:
            return _person_subject(art, person, 0.8)
    if head in _SPOKESPEOPLE or keys[:2] in (["un", "des"], ["une", "des"]) and len(keys) > 2 \
            and keys[2] in _SPOKESPEOPLE:
        # `un porte-parole de la police de Lausanne`, `l'un des porte-parole de Transdev`: an
        # unnamed spokesperson speaks for the body; a named one speaks (`le porte-parole de
        # l'exécutif, Mustapha Baitas`)
        person = _apposed_person(art, k) if det in ("le", "la", "l") else None
        if person is not None:
            return _person_subject(art, person, 0.85)
        body = _spoken_for(art, words[keys.index(head if head in _SPOKESPEOPLE else keys[2]):], det)
        if body is not None:
            return _Subject(body, "organisation", mention, 0.6, tokens[first][0])
    if head in _BODY_VOICES and len(words) > 2 and det in ("la", "sa", "leur"):
        # `estime la direction de Sciences Po`: the body the text names speaks through its
        # management (`un membre du CNSP` is an unnamed person, as the annotators' guide says)
        # (`la direction de l'entreprise`: the company named before)
        body = _spoken_for(art, words, det, named=True) or _spoken_for(art, words, det)
        if body is not None:
            return _Subject(body, "organisation", mention, 0.6, tokens[first][0])
    if det in ("un", "une") and head in lists["role"]:
        name = art.headline_role(keys, tokens[first][0])
        if name is not None:
            return _Subject(name, "person", mention, 0.6, tokens[first][0])
    if head in lists["anonymous"] and det in ("le", "la", "l", "son", "sa", "leur") and (
            k + 1 < len(tokens)):
        # `déplore son fils, Benoît Carpentier`: the apposition names them (not `Selon la
        # mère, Jean Roy a …`, where the name opens a clause)
        person = _apposed_person(art, k)
        after = art.token_index(person.end) if person is not None else 0
        if person is not None and (after >= len(tokens) or tokens[after][2] in ",.;:!?»”\")"):
            return _person_subject(art, person, 0.8)
    witness = _witness_gender(written, det) if det in ("le", "la", "l", "ce", "cette") else None
    if witness is not None:
        # `« … », soupire la jeune femme`, `peste le père de famille`: the press's epithet for
        # the one person of that sex the two sentences before name (else `l'homme` goes on to
        # the person the article is about, below)
        s_start, _ = art.sentence_span(tokens[first][0])
        p_start = art.previous_sentence_start(art.previous_sentence_start(s_start))
        person = _one_person_named(art, p_start, tokens[first][0], witness, same_sex=True)
        if person is not None:
            return _Subject(person.name, "person", mention, 0.4, tokens[first][0])
    if det in ("le", "la", "l") and len(keys) == 1 and head in _WITNESS_HEADS:
        # `Reginald s'est retrouvé bloqué chez lui. « … », témoigne l'habitant`: the witness
        # the sentence before made its subject (`un habitant` stays nobody named, below)
        name = _subject_of_sentence_before(art, tokens[first][0], _np_gender(det, head))
        if name is not None:
            return _Subject(name, "person", mention, 0.4, tokens[first][0])
    if head in lists["anonymous"] or (
        det in ("un", "une", "des")
        and (head in lists["role"] or not _is_cap(tokens[words[0]][2]) or _nationality(head))
    ) or det in ("les", "ces") and head[-1:] in ("s", "x") and head[:-1] in lists["role"]:
        # (`les chercheurs`, `ces experts`: a group, nobody in particular)
        # `une source proche du dossier`, `une poignée de manifestants`, `des Français`: unnamed
        return _Subject(None, None, mention, 0.3, tokens[first][0])
    if head in lists["role"] and k + 1 < len(tokens):
        # `le directeur de la centrale, Stéphane Brasseur`; past an aside and a complement:
        # `la présidente du groupe Rassemblement national (RN) à l'Assemblée, Marine Le Pen`
        person = _apposed_person(art, k)
        if person is not None:
            return _person_subject(art, person, 0.85)
    townsfolk = _townsfolk(art, words, keys, det)
    if head in lists["role"] or _nationality(head) or townsfolk:
        h = words[len(words) - len(keys)]  # the head's token
        named_after = h + 1 < len(tokens) and _is_cap(tokens[h + 1][2])  # `le défenseur David
        # Savard` in a quotation's incise, where the detector keeps no name: no epithet
        name, conf = art.resolve_role(keys, _np_gender(det, head), tokens[first][0],
                                      epithet=(epithet or det in ("le", "la", "l")
                                               and head in _CALLINGS) and not named_after,
                                      possessive=det in _POSSESSIVES, townsfolk=townsfolk)
        # `L'avocat de Neymar` is not Neymar, nor the epithet of someone named before
        whose = {m.name for m in art.people if tokens[first][0] < m.start < tokens[limit - 1][1]
                 and tokens[art.token_index(m.start) - 1][3] in ("de", "du", "d")}
        if name is None and det in ("le", "la", "l") and not named_after and not whose:
            name = _epithet_opening(art, first, head, _np_gender(det, head)) or None
            conf = 0.4 if name else conf
        if name in whose:
            name = None
        return _Subject(name, "person" if name else None, mention, conf, tokens[first][0])
    org = art.org_at.get(tokens[words[0]][0]) or art.org_at.get(tokens[first][0])
    if org is not None:
        return _Subject(org.name, "organisation", mention, 0.8, tokens[first][0])
    if len(words) == 1 and (det in ("le", "la", "l", "les") or det is None and _is_cap(
        tokens[words[0]][2]) and head not in _NAMED_HEADS) and (
        org_head or _is_cap(tokens[words[0]][2])
    ):
        # `le parquet` after `le parquet fédéral de Belgique`, `le journal` after `Le Figaro`,
        # `l'Ordre` after `l'Ordre de Malte`, `l'association` after `Greenpeace`
        name = art.refer_back(head, tokens[first][0])
        if name is None and org_head:
            name = _named_earlier(art, tokens[words[0]][2], tokens[first][0])
        if name is not None:
            return _Subject(name, "organisation", mention, 0.6, tokens[first][0])
        if det and head not in _NAMED_HEADS and head not in _KIND_HEADS and not _is_cap(
                tokens[words[0]][2]):
            return _Subject(None, None, mention, 0.3, tokens[first][0])  # not a name
    if head in _COMPANY_HEADS and det in ("le", "la", "l") and 1 < len(words) <= 3 and (
            _adjectives(tokens, words[1:])):
        # `la compagnie ferroviaire`, `la société nationale`: the company named before
        name = art.refer_back(head, tokens[first][0])
        if name is not None:
            return _Subject(name, "organisation", mention, 0.6, tokens[first][0])
    caps = [i for i in words if _is_cap(tokens[i][2])]
    if org_head and len(words) > 1 and caps and det not in ("les", "des") and _adjectives(
            tokens, words[1:words.index(caps[0])]):
        # (`les fédérations CGT et FO`: the plural noun stays, it says there are several)
        # "le journal Le Monde" -> "Le Monde", "le journal parodique Le Gorafi" -> "Le Gorafi"
        name = art.text[tokens[caps[0]][0] : tokens[words[-1]][1]]
        return _Subject(name, "organisation", mention, 0.7, tokens[first][0])
    if org_head and caps and caps[0] != words[0] and tokens[caps[0] - 1][3] not in _PREPOSITIONS:
        # `l'association de défense des consommateurs UFC-Que Choisir`: the body the detector
        # named at the end of the description is its name (not `la préfecture de Police de
        # Paris`, whose capitals complete the head)
        org = art.org_at.get(tokens[caps[0]][0])
        if org is not None and org.end == tokens[words[-1]][1]:
            if len(words) > 1:
                art.org_phrases[head] = org.name
            return _Subject(org.name, "organisation", mention, 0.7, tokens[first][0])
    if org_head or _is_cap(tokens[words[0]][2]):
        start = tokens[words[0]][0]
        sentence_initial = (
            art.sentence_span(tokens[first][0])[0] >= tokens[first - 1][1] if first else True
        )
        if (
            det
            and tokens[first][2][0].isupper()
            and _is_cap(tokens[words[0]][2])
            and not (sentence_initial)
        ):
            start = tokens[first][0]  # "Le Figaro", "L'Opinion": the article is part of the name
        name = art.text[start : tokens[words[-1]][1]]
        if name.islower() and head not in _NAMED_HEADS and not (
                head in _KIND_HEADS and len(words) == 1):
            # `le site internet`, `le cabinet du ministre`, `la direction de l'établissement`: a
            # description, not a name (`la direction` alone is a body speaking)
            return _Subject(None, None, mention, 0.3, tokens[first][0])
        if len(words) > 1 and org_head:
            art.org_phrases[head] = name
        kind = "person" if det is None and _looks_like_person(tokens, words) else "organisation"
        if det is None and len(words) == 1 and not org_head:
            fuller = _fuller_name(art, name, start)
            if fuller is not None:  # `insiste Farmata` after `raconte Farmata Dabo`
                name, kind = fuller, "person"
        return _Subject(name, kind, mention, 0.7, tokens[first][0])
    return None


def _epithet_opening(art: _Article, first: int, head: str, gender: str | None) -> str | None:
    """`« … », s'est réjoui Mathieu Jaton. ¶ Le directeur du Montreux Jazz, en se remémorant …,
    n'a pu retenir son émotion`: an office nobody was given, opening its sentence, is the
    press's epithet for the one person the sentence before names, unless an apposition gave
    that person another trade (`le procureur Stéphane Grodecki` is not `le prévenu`)."""
    tokens = art.tokens
    s_start, _ = art.sentence_span(tokens[first][0])
    if first != art.token_index(s_start) or any(head in h for h in art.role_heads.values()):
        return None
    person = _one_person_named(art, art.previous_sentence_start(s_start), s_start, gender)
    if person is None or art._other_trade(person.name, head):
        return None
    return person.name


_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]* $")  # a capitalised word, then a space


def _fuller_name(art: _Article, word: str, before: int) -> str | None:
    """The one two-word name that `word` opens earlier in the article (`Farmata Dabo` for
    `Farmata`), a name the entity detector did not keep."""
    pattern = re.compile(rf"\b{re.escape(word)} [A-ZÀ-Ý][a-zà-ÿ’'-]+\b(?! [A-ZÀ-Ý])")
    found = {m.group() for m in pattern.finditer(art.text, 0, before)}
    if not found:
        # `a raconté Evenepoel` after `Remco Evenepoel ne pensait pas …`: the surname of a
        # name whose given name no list knows
        pattern = re.compile(rf"(?<![\w’'-])[A-ZÀ-Ý][a-zà-ÿ’'-]+ {re.escape(word)}\b")
        found = {m.group() for m in pattern.finditer(art.text, 0, before)
                 if _key(m.group().split()[0]) not in _OPENER_WORDS
                 and not _CAPITALISED_BEFORE.search(art.text, max(m.start() - 30, 0), m.start())}
    if len(found) != 1:
        return None
    name = found.pop()
    orgs = _word_lists()["organisation"]
    return None if any(_key(part) in orgs or _key(part) in _NOT_NAMES
                       for part in name.split()) else name


_SPOKESPEOPLE = frozenset(["porte-parole", "porte-paroles", "representant", "representante"])
# Who speaks for a named body without a name of their own: its management.
_BODY_VOICES = frozenset(["direction"])


def _spoken_for(art: _Article, words: list[int], det: str | None, *,
                named: bool = False) -> str | None:
    """The body `words` (a spokesperson noun, then `de` + the body) name, or for a bare
    `le porte-parole` the body the last unnamed spokesperson spoke for: `la police de Lausanne`,
    `Transdev`; None for a person's spokesperson or no body at all."""
    tokens = art.tokens
    pos = tokens[words[0]][0]
    if len(words) == 1:
        if det in ("le", "la", "l"):
            return next((body for at, body in reversed(art.spoke_for) if at < pos), None)
        return None
    if tokens[words[1]][3] not in ("de", "du", "des", "d"):
        return None
    b = 2 + (tokens[words[2]][2] in "'’") if len(words) > 2 else 2
    article = None
    if b < len(words) and tokens[words[1]][3] in ("de", "d") and tokens[words[b]][3] in ("la", "l"):
        article, b = b, b + 1 + (b + 1 < len(words) and tokens[words[b + 1]][2] in "'’")
    if b >= len(words) or art.person_starting(words[b]) is not None:
        return None
    head = tokens[words[b]][3]
    org = art.org_at.get(tokens[words[b]][0])
    if org is not None:
        body = org.name
    elif named:  # (only a body the detector named)
        body = None
    elif head in _word_lists()["organisation"] or head in _NAMED_HEADS:
        if b == len(words) - 1:  # `de la police`: the body named earlier, else as `selon la
            # police` reads
            body = art.refer_back(head, pos) or _named_earlier(art, tokens[words[b]][2], pos) or (
                tokens[words[b]][2] if head in _NAMED_HEADS else None)
        else:  # `de la police liégeoise`
            start = tokens[words[article if article is not None else b]][0]
            body = art.text[start : tokens[words[-1]][1]]
    else:
        body = None
    if body is not None:
        art.spoke_for.append((pos, body))
    return body


# endings of the adjectives between a noun and a name (`le journal parodique Le Gorafi`,
# `l'hebdomadaire satirique`, `le quotidien régional`, `la société américaine`)
_ADJECTIVE_END = re.compile(r"(?:ique|al|ale|aire|ien|ienne|ais|aise|ain|aine|if|ive|e|el|elle)$")


def _adjectives(tokens, indices) -> bool:
    """Say whether the tokens at `indices` read as adjectives after a noun: lower-case words of
    four letters or more with an adjective's ending, no preposition (`ferroviaire`, `parodique`)."""
    return all(len(tokens[i][3]) > 3 and tokens[i][2].islower() and tokens[i][3] not in
               _PREPOSITIONS and _ADJECTIVE_END.search(tokens[i][3]) for i in indices)


def _named_earlier(art: _Article, head: str, before: int) -> str | None:
    """`la préfecture` after `la préfecture des Vosges`: the body named in full earlier, when
    the head word came with a place or a name (`de/des/du` + a capital)."""
    pattern = re.compile(
        rf"\b(?i:{re.escape(head)})\s+(?:de la |de l['’]|du |des |de |d['’])\s*"
        r"[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+)?")
    last = None
    for match in pattern.finditer(art.text, 0, before):
        last = match
    return last.group().strip() if last is not None and last.group()[:1].islower() else None


def _looks_like_person(tokens, words: list[int]) -> bool:
    """`Jacline Gouraud`, `Rodrigue`: a name the detector missed reads as a person when it is a
    known given name, or two or three capitalised words (no acronym, no organisation noun)."""
    keys = [tokens[i][3] for i in words]
    if keys[0] in _first_names():
        return True
    orgs = _word_lists()["organisation"]
    caps = [i for i in words if tokens[i][3] not in _PARTICLES]
    return 2 <= len(caps) <= 3 and all(
        _is_cap(tokens[i][2]) and not tokens[i][2].isupper() and tokens[i][3] not in orgs
        for i in caps
    )


# words that may open a sentence's opener: `Mardi,`, `Vers 10h50,`, `Le 10 mai,`
_OPENER_WORDS = _PREPOSITIONS | _ADVERBS | {"le", "la", "l", "ce", "cette"}
# Conjunctions a sentence may open with before its subject (`Mais Ranieri préfère …`).
_LEADING_CONJUNCTIONS = frozenset(["mais", "et", "puis", "alors", "pourtant", "ensuite", "enfin",
                                   "or", "donc", "car", "aussi"])
# Lowercase words after a name that are no verb: `Ranieri et Mourinho`, `Ranieri lui-même`.
_NOT_A_VERB = _PREPOSITIONS | _DETERMINERS | frozenset([
    "et", "ou", "ni", "mais", "qui", "que", "qu", "dont", "lui-meme", "elle-meme", "lui", "elle",
    "aussi", "non", "comme", "jr", "junior", "senior", "fils", "pere"])
_TIME_NOUNS = frozenset(["lendemain", "veille", "soir", "matin", "jour", "mois", "semaine",
                         "week-end", "midi", "nuit", "annee", "an"])
_DERNIER = {"ce": "dernier", "cette": "derniere"}
# `Celui-ci a répondu`: like `ce dernier`, the person named last (of that gender)
_DEMONSTRATIVES = {"celui-ci": "m", "celle-ci": "f"}
_KIN = frozenset(["parents", "couple", "epoux"])  # nouns that may stand for a couple
_STAFF = frozenset(["cabinet", "entourage", "equipe", "proches", "camp", "services"])
# heads that name an institution by themselves (`le parquet`, `le gouvernement`): never taken
# for another organisation named just before
_NAMED_HEADS = frozenset(["parquet", "gouvernement", "police", "gendarmerie", "justice", "kremlin",
                          "pentagone", "elysee", "matignon", "onu", "otan", "ue", "senat",
                          "secours", "prefecture", "mairie", "presidence", "armee", "marine",
                          "etat-major", "diplomatie", "executif", "douane", "douanes",
                          "ministere", "tribunal", "cour", "rectorat", "pompiers"])
# heads that speak as themselves when no body named before is theirs (`La SNCF … « … », indique
# la direction` is the SNCF; `En réponse la direction demande « … »`, no body named: `direction`)
_KIND_HEADS = frozenset(["direction", "administration", "municipalite", "commune", "ville"])
# participles and nouns an outlet follows (`contacté par Le Parisien`, `un entretien au Soir`)
_CONTACTED = frozenset(["interroge", "interrogee", "interroges", "interrogees", "contacte",
                        "contactee", "contactes", "contactees", "joint", "jointe", "joints",
                        "sollicite", "sollicitee", "cite", "citee", "cites", "citees"])
_INTERVIEWS = frozenset(["entretien", "interview", "entrevue", "antenne", "micro", "plateau"])
# heads that name a side of politics, not a body named before (`l'opposition, qui considère`)
_SIDES = frozenset(["opposition", "majorite"])
# heads that name a company, which a later paragraph may call by its kind (`la compagnie`)
_COMPANY_HEADS = frozenset(["compagnie", "entreprise", "societe", "firme", "groupe",
                            "constructeur"])
_MEDIA = frozenset(["journal", "quotidien", "hebdomadaire", "magazine", "site", "radio", "chaine"])
_FEMININE_ENDINGS = ("rice", "euse", "ienne", "iere", "ate", "ante", "ente", "onne", "esse", "ine")


def _np_gender(det: str | None, head: str) -> str | None:
    """Grammatical gender of a role noun phrase: from the determiner, else the noun's ending."""
    if det in ("la", "une", "cette", "sa"):
        return "f"
    if det in ("le", "un", "ce", "son"):
        return "m"
    if head == "femme" or head.endswith(_FEMININE_ENDINGS):
        return "f"
    if head == "homme":  # (`l'homme a grillé un stop` is no woman)
        return "m"
    return None


def _antecedent(art: _Article, tok: int) -> _Subject | None:
    """`qui`: the nearest mention before it in the sentence."""
    k = tok - 1
    if k >= 0 and art.tokens[k][2] == ",":
        k -= 1
    person = art.person_ending(k) if k >= 0 else None
    if person is not None:  # `bloqué par Obama, qui estimait`: even after a preposition
        sub = _person_subject(art, person, 0.85)
        sub.mention = "qui"
        return sub
    first = art.first_token(art.tokens[tok][0])
    # the noun phrase just before, even after a preposition: `selon la source proche de
    # l'enquête, qui …` (anonymous), `au président de la Commission, qui …`
    tokens = art.tokens
    j, det = k, None
    while j >= first and tokens[j][2] not in ",;:()«»\"" and not art.in_quote[j] and (
        tokens[j][3] not in _PREPOSITIONS or tokens[j][3] in ("de", "du", "des", "d")
    ):
        if tokens[j][3] in _DETERMINERS and tokens[j][3] not in ("des",):
            det = j
        j -= 1
    subject = _noun_phrase(art, det, k + 1) if det is not None and det < k else None
    if (subject is None or not subject.name) and j > first and tokens[j][2] == "," and (
            det == j + 1):
        # `Selon Me Khoureyssi Ba, un de ses avocats qui a réagi`: the phrase is an
        # apposition to the person before its comma
        person = art.person_ending(j - 1)
        if person is not None:
            subject = _person_subject(art, person, 0.8)
    if k + 1 < tok and tokens[k + 1][2] == ",":
        # `Laura Véron, une enseignante, qui évoque`, `Denis Quinqueton, co-directeur de
        # l'Observatoire, qui répond`: `qui` follows an apposition, its person speaks
        c = k
        while c > first and tokens[c][2] not in ",;:()" and not art.in_quote[c]:
            c -= 1
        person = art.person_ending(c - 1) if c > first and tokens[c][2] == "," else None
        if person is not None:
            subject = _person_subject(art, person, 0.85)
    if subject is None:
        subject = _subject_before(art, tok, first, nearest=True)
    if subject is not None:
        subject.mention = "qui"
    return subject


def _subject_before(art: _Article, verb_tok: int, first_tok: int, *, nearest: bool = True):
    """The subject of a verb: the nearest (or first) mention in [first_tok, verb_tok)."""
    tokens = art.tokens
    found: list[tuple[int, int]] = []  # (token index, kind) candidates in order
    name_end = -1  # token just past the last name candidate, to spot an apposition after it
    k = first_tok
    while k < verb_tok:
        raw, word = tokens[k][2], tokens[k][3]
        p = k - 1  # (`pour la nomination de M. Sifi Ghrieb`: the civility is transparent)
        if p > first_tok and tokens[p][2] == "." and tokens[p - 1][3] in _TITLES:
            p -= 2
        elif p >= first_tok and tokens[p][3] in _TITLES and tokens[p][2][:1].isupper():
            p -= 1
        prev = tokens[p][3] if p >= first_tok else ""
        prev2 = tokens[p - 1][3] if p - 1 >= first_tok else ""
        after_prep = (
            # (`comme il l'explique`: `comme` opens a clause, its pronoun is a subject)
            prev in _PREPOSITIONS and not (prev == "comme" and word in _PRONOUNS)
            or (prev in _DETERMINERS and prev2 in _PREPOSITIONS)
            or (  # `accompagné par son vice-président Mike Pence`: a name in the complement
                prev2 in _DETERMINERS and k - 2 > first_tok and tokens[k - 3][3] in _PREPOSITIONS
                and tokens[k - 1][2].islower() and art.person_starting(k) is not None
            )
            or (  # `au commissariat d'Angoulême`, `au siège de l'OTAN`: complements
                prev in ("'", "’")
                and (prev2 == "d" or prev2 == "l" and k - 2 > first_tok
                     and tokens[k - 3][3] in _PREPOSITIONS)
            )
        )
        if art.in_quote[k]:  # « … la décision des États-Unis … »: words of the quotation
            k += 1
            continue
        if raw == "(":  # `La Fnsea (Fédération nationale …) a communiqué`: an aside
            close = k + 1
            while close < verb_tok and tokens[close][2] != ")" and close - k < 15:
                close += 1
            if close < verb_tok and tokens[close][2] == ")":
                k = close + 1
                continue
        if raw in "-–—" and k > first_tok and tokens[k - 1][1] < tokens[k][0]:
            # `La police de Liège - celle dont le responsable est Willy Demeyer - a constaté`:
            # an aside between dashes
            close = k + 1
            while close < verb_tok and not (tokens[close][2] == raw
                                            and tokens[close - 1][1] < tokens[close][0]):
                close += 1
            if close < verb_tok and close - k < 25:
                k = close + 1
                continue
        person = art.person_starting(k)
        if person is not None:
            if not after_prep:
                found.append((k, 0))
            while k < verb_tok and tokens[k][1] <= person.end:
                k += 1
            name_end = k
            continue
        if word in _QUANTIFIERS and not after_prep and (
            k == first_tok or prev in (",", "et", "mais", "que", "qu", "dont", "puis")
        ) and (word != "nombre" or k + 1 < verb_tok and tokens[k + 1][3] in ("de", "d")):
            found.append((k, 4))  # `nombre de manifestants … ont clamé`: nobody named
        elif word in _DEMONSTRATIVES and not after_prep:
            found.append((k, 5))  # `Celui-ci lui a répondu`: the person named last
        elif word in ("il", "elle", "ils", "elles", "on", "qui") and not after_prep:
            if not (word == "il" and k + 2 < len(tokens) and tokens[k + 1][3] == "y"):
                found.append((k, 1))  # `il y a quelques jours` is no subject
        elif (
            word in _DETERMINERS
            and not after_prep
            and k + 1 < verb_tok
            # `la campagne des régionales`: `des` after a noun is `de les`, a complement
            and not (word == "des" and k > first_tok and prev not in (",", "et", "ou", "mais"))
        ):
            found.append((k, 2))
        elif _is_cap(raw) and k > first_tok and not art.in_quote[k] and (
            after_prep or prev[:1].isdigit()
            or prev2 in _DETERMINERS and prev in _word_lists()["role"]
        ):
            # `du Cirque Phénix`, `10 000 Gjs`: a complement or a count, never the subject;
            # its capitalised words are one name, none of them a subject either (nor the
            # body after a role: `Le délégué CGT prévient`)
            k += 1
            while k < verb_tok and _is_cap(tokens[k][2]) and not art.in_quote[k]:
                k += 1
            continue
        elif (
            _is_cap(raw)
            and not after_prep
            and (k > first_tok or tokens[k][0] in art.org_at or art.place_end(k) is not None)
            and prev not in _DETERMINERS
            and not (prev in ("'", "’") and prev2 == "l")  # `l'Ordre`: the determiner's phrase
            and word not in _NOT_NAMES
            and not art.in_quote[k]
            # `Répondant à une question, le président a dit`: a participle opening the clause
            and not (word.endswith("ant") and len(word) > 5 and tokens[k + 1][3] in (
                "à", "au", "aux", "sur", "de", "du", "des", "d", "l", "la", "le", "les", "en",
                "que", "qu"))
        ):
            if prev == "," and name_end == k - 1:
                k += 1  # `Laetitia Dewalle, Gilet jaune du Val-d'Oise,`: an apposition
                continue
            org = art.org_at.get(tokens[k][0])
            if org is not None:  # `la société Vinci Autoroutes`: the whole name, once
                found.append((k, 3))
                k = name_end = max(art.token_index(org.end), k + 1)
                continue
            place_end = art.place_end(k) if tokens[k][0] not in art.org_at else None
            if place_end is not None:
                # `Jean-Claude de Privas (Ardèche) dit`: a place is no speaker unless it is the
                # verb's subject itself (`Moscou a dénoncé`)
                end = art.token_index(place_end)
                if all(tokens[j][3] in _ADVERBS or tokens[j][3] in _AUX
                       for j in range(end, verb_tok)):
                    found.append((k, 3))
                k = max(end, k + 1)
                continue
            found.append((k, 3))
            k += 1  # `Jacline Gouraud`, unknown to the detector: one name, not two candidates
            while k < verb_tok and not art.in_quote[k] and (
                _is_cap(tokens[k][2]) and art.place_end(k) is None
                or tokens[k][3] in _PARTICLES and k + 1 < verb_tok and _is_cap(tokens[k + 1][2])
                and art.place_end(k + 1) is None
            ):
                k += 1
            name_end = k
            continue
        k += 1
    if nearest and len(found) > 1 and (found[-1][1] >= 2 or tokens[verb_tok - 1][2] == ","):
        # the last candidate is a bare noun phrase, or an incise closes right before the verb
        # (`Ce dernier, accusant Soros …, a affirmé`): the clause's head may be the subject
        # (`Le manager de Manchester United, José Mourinho, qui …, a déclaré`: the first
        # candidate that heads a clause wins)
        for candidate in found[:-1]:
            head = _clause_head(art, candidate, first_tok, verb_tok)
            if head is not None:
                return head
    order = list(reversed(found) if nearest else found)
    for n, (k, kind) in enumerate(order):
        if kind == 2 and not nearest and n + 1 < len(order) and order[n + 1][1] == 0 and (
            tokens[order[n + 1][0] - 1][2] == ","
        ):  # `L'une des rares voix discordantes, Iouri Sineltchikov, a dénoncé`: its name
            sub = _noun_phrase(art, k, verb_tok)
            if sub is not None and not sub.name:
                return _person_subject(art, art.person_starting(order[n + 1][0]), 0.8)
            if sub is not None:
                return sub
            continue
        if kind == 4:
            return _Subject(None, None, tokens[k][2], 0.3, tokens[k][0])
        if kind == 5:
            name = art.person_before(tokens[k][0], _DEMONSTRATIVES[tokens[k][3]])
            return _Subject(name, "person" if name else None, tokens[k][2], 0.7, tokens[k][0])
        if kind == 0:
            person = art.person_starting(k)
            return _person_subject(art, person, 0.9)
        if kind == 1:
            if tokens[k][3] == "qui":
                sub = _antecedent(art, k) if k > first_tok else None
                if sub is not None:
                    return sub
                continue
            return _pronoun(art, k)
        sub = _noun_phrase(art, k, verb_tok)
        if sub is not None and (kind == 2 or sub.name):
            return sub
    return None


def _clause_head(art: _Article, candidate: tuple[int, int], first_tok: int, verb_tok: int):
    """`Eric Drouet, Gilet jaune de Melun dit`, `Yannick Jadot, candidat EELV, a affirmé`,
    `Ce dernier, accusant Soros …, a affirmé`: a person opening the clause and followed by a
    comma is the subject (so is a body opening it: `Sayona Québec, filiale de …, a dit`); the
    nouns of the apposition or incise after it are not."""
    tokens = art.tokens
    k, kind = candidate
    org = art.org_at.get(tokens[k][0]) if kind == 3 and k == first_tok else None
    if (kind not in (0, 2) and org is None) or not (k == first_tok or tokens[k - 1][2] == ","):
        return None
    if kind == 0:
        person = art.person_starting(k)
        end = art.token_index(person.end)
    elif org is not None:  # `Sayona Québec, filiale de … Sayona Mining, a dit`
        end = art.token_index(org.end)
    else:
        end = k + 1
        while end < verb_tok and end - k < 6 and tokens[end][2] not in ",.;:()«»":
            end += 1
    if end >= verb_tok or tokens[end][2] != ",":
        return None
    if any(tokens[j][2] in ";:" for j in range(end, verb_tok)):
        return None
    if kind == 0:
        return _person_subject(art, person, 0.85)
    if org is not None:
        return _Subject(org.name, "organisation", art.text[org.start : org.end], 0.85, org.start)
    sub = _noun_phrase(art, k, end)
    return sub if sub is not None and sub.kind == "person" and sub.name else None


# --- cues ----------------------------------------------------------------------------------


# Adverbial phrases between an auxiliary and its participle: `a par la suite indiqué X`.
_ADVERB_PHRASES = (("par", "la", "suite"), ("de", "son", "cote"), ("de", "leur", "cote"),
                   ("pour", "sa", "part"), ("a", "son", "tour"), ("plus", "tard"),
                   ("de", "nouveau"), ("une", "nouvelle", "fois"), ("une", "fois", "encore"))


# Verbs by which a body or a person makes a text public (`Greenpeace a publié un rapport`).
# (not the forms that are nouns too: `adresse`, `signe`, `poste`, `partage`, `rendu`)
_PUBLISHING = frozenset(["publie", "publiee", "publient", "diffuse", "diffusee", "diffusent",
                         "adressee", "envoye", "envoyee", "signee", "redige", "redigee",
                         "postee", "partagee", "devoile", "devoilee", "transmis", "transmise"])
_MODAL_READING = frozenset(["peut", "pouvait", "pourra", "pourrait", "pouvaient", "peuvent"])
_WRITTEN = frozenset(["ecrit", "ecrite", "ecrits", "ecrites", "inscrit", "inscrite", "inscrits",
                      "inscrites"])


def _reading_cue(tokens, k: int, first: int) -> bool:
    """Say whether token k ends a cue that reads a text rather than hears a voice: `on pouvait
    lire :`, `peut-on lire`, `était écrit :` (a banner's words, a statement's)."""
    word = tokens[k][3]
    if word == "lire" and k > first:
        return tokens[k - 1][3] in _MODAL_READING or bool(_READ.match(tokens[k - 1][3]))
    return word in _WRITTEN and k > first and tokens[k - 1][3] in (
        "est", "etait", "sont", "etaient", "fut", "ete")  # (`était écrit`; `a écrit` speaks)


def _publisher(art: _Article, pos: int) -> _Subject | None:
    """Who made public the text read at `pos`: the named subject of a publishing verb in this
    sentence or the two before (`La CGT a publié un communiqué. « … », peut-on lire`)."""
    tokens = art.tokens
    s_start, _ = art.sentence_span(pos)
    start = art.previous_sentence_start(art.previous_sentence_start(s_start))
    for k in range(art.token_index(pos) - 1, art.token_index(start) - 1, -1):
        if tokens[k][3] in _PUBLISHING and not art.in_quote[k]:
            sub = _subject_before(art, k, art.first_token(tokens[k][0]), nearest=True)
            if sub is not None and sub.name:
                return sub
    return None


def _possessive_opens(tokens, tok: int, limit: int) -> bool:
    """Say whether `sa`/`leur` at `tok` opens a noun phrase (`raconte sa voisine, Julie Roy`)
    rather than the adverb `pour sa part`, whose words `_ADVERBS` holds."""
    return tokens[tok][3] in ("sa", "leur") and tok + 1 < limit and tokens[tok + 1][3] != "part"


def _skip_adverbs(art: _Article, tok: int, limit: int) -> int:
    tokens = art.tokens
    while tok < limit:
        if (tokens[tok][3] in _ADVERBS - {"le", "la", "l", "les", "lui"}
                and tokens[tok][2] != "M" and not _possessive_opens(tokens, tok, limit)
                or tokens[tok][2] in "'’"):
            tok += 1
            continue
        phrase = next((p for p in _ADVERB_PHRASES if tuple(
            t[3] for t in tokens[tok:tok + len(p)]) == p and tok + len(p) < limit), None)
        if phrase is None:
            break
        tok += len(phrase)
    return tok


def _after_marks(art: _Article, quote: QuoteSpan, limit: int, also: str = "") -> int:
    """The first token after the quotation's closing marks (and any characters of `also`)."""
    tokens = art.tokens
    tok = art.token_index(quote.end)
    while tok < limit and (tokens[tok][2] in _CLOSING or tokens[tok][2] in also):
        tok += 1
    return tok


def _cue_after(art: _Article, quote: QuoteSpan, limit: int):
    """`« … », a ajouté X`, `« … » a-t-il déclaré`, `« … », explique X`, `« … », selon X`."""
    tokens = art.tokens
    tok = _after_marks(art, quote, limit)
    start_tok = tok
    if tok + 2 < limit and tokens[tok][2] == "(":  # `« … » (Jean Dupont)`
        person = art.person_starting(tok + 1)
        end = art.token_index(person.end) if person is not None else 0
        if person is not None and end < len(tokens) and tokens[end][2] in "),":
            return _person_subject(art, person, 0.8), None, "caption"
    if (tok + 2 < limit and tokens[tok][2] == ":"
            and (_is_cap(tokens[tok + 1][2]) or tokens[tok + 1][3] in ("le", "la", "l"))
            and art.sentence_span(quote.start)[0] >= quote.start - 3):
        # `« Nous tiendrons » : Volodymyr Zelensky promet de résister`: a headline's form, the
        # quotation opening its sentence and its speaker named after the colon
        sub = _np_after(art, tok + 1, limit)
        if sub is not None and sub.name and (sub.kind == "person" or any(
                sub.pos <= m.start < sub.pos + len(sub.mention) for m in art.orgs)):
            # (`« … » : Manifestation de déposants devant la BDL` names no speaker)
            return sub, None, "colon"
    while tok < limit and tokens[tok][2] in ",)…-–—":
        tok += 1
    comma = tok > start_tok and tokens[tok - 1][2] == ","
    read = _read_in(art, tok, limit)
    if read is not None:
        return read
    found = _cue_at(art, tok, limit)
    if found is not None and found[2] == "selon" and "\n" in art.text[quote.end:tokens[tok][0]]:
        return None  # `« … » ⏎ Selon M. Fortin, …`: a new paragraph's source, not the quote's
    if found is None:
        found = _caption(art, start_tok, limit, quote)
        if found is not None:
            # `« … conduite par le ministre » Abdoulaye Maïga, l'un des hommes forts de la
            # junte, a indiqué l'armée malienne`: a cue later in the sentence speaks
            later = _cue_later(art, quote, art.sentence_span(quote.end)[1])
            if later is not None and later[0].name:
                return later
    return (found or (_subject_first(art, tok, limit) if comma else None)
            or _c_est_ce_que(art, tok))


_READ = re.compile(rf"^(?:{'|'.join(sorted(_MODAL_READING))})-on$|^lit-on$|^lisait-on$")


def _read_in(art: _Article, tok: int, limit: int):
    """`« … », peut-on lire dans un communiqué du ministère`, `lit-on dans la lettre de X`: the
    document's author speaks (nobody when the document has none)."""
    tokens = art.tokens
    if tok >= limit or not _READ.match(tokens[tok][3]):
        return None
    k = tok + 1 + (tokens[tok + 1][3] == "lire" if tok + 1 < limit else 0)
    if k >= limit or tokens[k][3] not in ("dans", "sur"):
        return None
    cue = art.text[tokens[tok][0] : tokens[k][1]]
    for j in range(k + 1, min(k + 8, limit)):
        if tokens[j][2] in ".,;:»«":
            break
        if tokens[j][3] in ("de", "du", "des", "d"):
            start = j + 1 + (j + 1 < limit and tokens[j + 1][2] in "'’")
            sub = _np_after(art, start, limit)
            if sub is not None and sub.name:
                return sub, cue, "cue-after"
            break
    # (`La CGT a publié un communiqué. « … », peut-on lire dans le texte`: its publisher)
    return (_publisher(art, tokens[tok][0]) or _Subject(None, None, "", 0.3, tokens[tok][0]),
            cue, "cue-after")


def _incise(art: _Article, quote: QuoteSpan):
    """`« Nous ne lâcherons rien, a martelé le ministre. Rien. »`, `« J'entretiens avec lui une
    relation de confiance, confiait d'ailleurs Hamon en 2010. J'écoute ses conseils. »`: a cue
    set inside the quotation between commas, or between a comma and a full stop."""
    tokens = art.tokens
    first, last = art.token_index(quote.start), art.token_index(quote.end)
    for k in range(first + 2, min(last - 1, first + 60)):
        if tokens[k - 1][2] != ",":
            continue
        reflexive = tokens[k][3] == "s" and k + 2 < last and tokens[k + 1][2] in "'’"
        cue = _verb_group(art, k + 2 * reflexive, last)  # (`s'est-elle exclamée`)
        if cue is None:
            continue
        cue_text, nxt, pronoun = cue
        if pronoun is not None:
            if pronoun not in ("il", "elle"):
                return None
            name, conf = art.resolve_pronoun(tokens[k][0], _PRONOUNS[pronoun])
            sub = _Subject(name, art.kind_of(name), pronoun, conf, tokens[k][0])
        else:
            nxt = _skip_adverbs(art, nxt, last)
            nxt = _skip_addressee(art, nxt, last)
            # `a observé M. Goodale.`: the surname after the civility (whose full stop would
            # otherwise end the incise at `M.`)
            nxt = _skip_civility(art, nxt, last)
            quoted = art.quoted_at.get(tokens[nxt][0]) if nxt < last else None
            if quoted is not None:  # `décrit Alain.`: whom the detector linked the name to
                sub = _person_subject(art, quoted, 0.7)
            else:
                sub = _known_surname(art, nxt) or _np_after(art, nxt, last)
            if sub is not None and sub.name and " " not in sub.name:
                # `racontait Sandrine au Parisien`: the one person of the article so named
                full = {m.name for m in art.people if m.name.split(" ")[0] == sub.name}
                if len(full) == 1:
                    sub.name, sub.kind = full.pop(), "person"
            if sub is None or not sub.name:
                # `a ajouté le défenseur David Savard.`: names inside a quotation are not passed
                # as people; a role then two capitalised words name the speaker
                j = nxt
                while j < min(nxt + 4, last) and tokens[j][2].islower():
                    j += 1
                e = j
                while e < last and _is_cap(tokens[e][2]) and tokens[e][3] not in _NOT_NAMES:
                    e += 1
                if e - j >= 2 and j > nxt and e < last and tokens[e][2] in ",.":
                    name = art.text[tokens[j][0] : tokens[e - 1][1]]
                    sub = _Subject(name, "person", name, 0.7, tokens[j][0])
                elif tokens[nxt][3] in ("le", "la", "l"):
                    # `a lancé la ministre de l'Économie et de l'Énergie, Christine Fréchette.`:
                    # the role's complement, then the name in apposition
                    c = next((c for c in range(nxt + 2, min(nxt + 14, last - 3))
                              if tokens[c][2] in ",.;"), None)
                    if (c is not None and tokens[c][2] == ","
                            and all(_is_cap(tokens[x][2]) and tokens[x][3] not in _NOT_NAMES
                                    for x in (c + 1, c + 2))
                            and tokens[c + 3][2] in ",."):
                        name = art.text[tokens[c + 1][0] : tokens[c + 2][1]]
                        sub = _Subject(name, "person", name, 0.7, tokens[c + 1][0])
                        nxt = c + 2
        end = nxt + (pronoun is None)  # (`a-t-elle dit.`: the pronoun was the last word)
        while end < last and tokens[end][2] not in ",.;" and end - nxt < 8:
            end += 1
        if sub is not None and sub.name and end < last and tokens[end][2] in ",.":
            return sub, cue_text, "incise"
    return None


def _skip_addressee(art: _Article, tok: int, limit: int) -> int:
    """Past a one-word addressee inside a quotation's incise when a capitalised name follows:
    `souligne au Soir François Desquesnes`, `confie à l'AFP Jean Dupont` (the detector's names
    are not kept inside quotations, so `_skip_complement` cannot see where the name starts)."""
    tokens = art.tokens
    k = tok + (tokens[tok][3] in ("à", "au", "aux"))  # (`confier à` may have read the `à`)
    if k + 3 >= limit or tokens[k - 1][3] not in ("à", "au", "aux"):
        return tok
    k += tokens[k - 1][3] == "à" and tokens[k][3] in ("l", "la", "le")
    k += tokens[k][2] in "'’"
    if k + 2 < limit and _is_cap(tokens[k][2]) and all(
            _is_cap(tokens[j][2]) and tokens[j][3] not in _NOT_NAMES for j in (k + 1, k + 2)):
        return k + 1
    return tok


def _known_surname(art: _Article, tok: int) -> _Subject | None:
    """`Hamon` inside a quotation (where the detector's names are not kept): the person of the
    article whose name ends with it."""
    raw = art.tokens[tok][2]
    if not _is_cap(raw):
        return None
    key = _key(raw)
    name = next((m.name for m in art.people if _key(m.name.split(" ")[-1]) == key), None)
    return _Subject(name, "person", raw, 0.7, art.tokens[tok][0]) if name else None


def _c_est_ce_que(art: _Article, tok: int):
    """`« … » C'est ce qu'a déclaré X`, `C'est ce que le ministre a affirmé`: the next sentence
    names the speaker."""
    tokens = art.tokens
    tok += tok < len(tokens) and tokens[tok][2] in ".!?…"
    if tok + 5 >= len(tokens) or [t[3] for t in tokens[tok : tok + 3]] != ["c", "'", "est"]:
        return None
    k = tok + 3
    for words in (("ce",), ("en", "ces", "termes"), ("ainsi",), ("par", "ces", "mots")):
        if tuple(t[3] for t in tokens[k : k + len(words)]) == words:
            k += len(words)  # `C'est en ces termes que X a réagi`
            break
    else:
        return None
    if k >= len(tokens) or tokens[k][3] not in ("qu", "que"):
        return None
    _, s_end = art.sentence_span(tokens[tok][0])
    limit = art.token_index(s_end)
    k = k + 1 + (k + 1 < len(tokens) and tokens[k + 1][2] in "'’")
    cue = _verb_group(art, k, limit)
    if cue is not None:  # `C'est ce qu'a déclaré X`
        sub = _inverted_subject(art, cue[1], limit)
        return (sub, cue[0], "cue-after") if sub is not None else None
    return _subject_first(art, k, limit)  # `C'est ce que le ministre a affirmé`


# Object pronouns between a quotation and its reporting verb ("», nous dit Léna"); the entity
# detector reads the same ones before a given name.
_ADDRESSEES = frozenset(("nous", "vous", "me", "m", "te", "t", "lui", "leur"))


def _cue_at(art: _Article, tok: int, limit: int):
    """A cue whose speaker follows it or is a pronoun: `selon X`, `a ajouté X`, `il a dit`,
    `a-t-il déclaré`, `explique X`, parsed from token `tok`."""
    tokens = art.tokens
    if tok >= limit:
        return None
    word = tokens[tok][3]
    if word in _SELON or (word == "d" and tok + 2 < limit and tokens[tok + 2][3] == "apres"):
        np_tok = tok + 1 if word == "selon" else tok + 3
        sub = _np_after(art, np_tok, limit)
        return (sub, art.text[tokens[tok][0] : tokens[np_tok - 1][1]], "selon") if sub else None
    # pronoun subject before the verb: "« … », il a dit"
    if word in ("il", "elle") and tok + 1 < limit:
        verb_tok = _skip_adverbs(art, tok + 1, limit)
        cue = _verb_group(art, verb_tok, limit)
        if cue is not None and not (
            cue[1] < len(tokens) and tokens[cue[1]][3] in ("que", "qu", ":")
        ):  # « … » Il ajoute que « … »: the cue introduces the next quotation
            return _pronoun(art, tok), cue[0], "pronoun"
        return None
    if word in ("s", "se"):
        tok = _skip_adverbs(art, tok + 1, limit)
        if tok >= limit:
            return None
        word = tokens[tok][3]
    elif word in _ADDRESSEES and tok + 2 < limit and tokens[tok + 1][3] not in _PRONOUNS:
        # "« … », nous dit Léna", "m'explique Paul", "lui répond le maire": the one spoken to
        tok += 1 + (tokens[tok + 1][2] in "'’")
    cue = _verb_group(art, tok, limit)
    if cue is None:
        return None
    cue_text, next_tok, pronoun = cue
    if pronoun is not None:
        sub = _on_source(art, tok, next_tok) if pronoun == "on" else None
        if sub is None:
            name, conf = art.resolve_pronoun(tokens[tok][0], _PRONOUNS[pronoun])
            if name is None and pronoun in ("il", "elle"):
                name = art.person_next(tokens[tok][0], _PRONOUNS[pronoun])
            sub = _Subject(name, art.kind_of(name), pronoun, conf, tokens[tok][0])
        return sub, cue_text, "pronoun"
    start = _skip_complement(art, next_tok, limit)
    sub = _np_after(art, start, limit)
    if sub is None:
        return None
    verb = _key(cue_text.split()[0])
    if sub.kind == "person" and sub.name and (verb in ("ont", "sont") or verb.endswith("ent")):
        sub = _joint(art, sub, start, limit)
    return sub, cue_text, "cue-after"


def _joint(art: _Article, first: _Subject, tok: int, limit: int) -> _Subject:
    """`ont affirmé le président Sauli Niinistö et la Première ministre Sanna Marin`: after a
    plural verb, two people joined by `et` speak together (one joint speaker, then `ils`)."""
    tokens = art.tokens
    k = tok
    while k < min(tok + 10, limit) and tokens[k][3] != "et":
        if tokens[k][2] in ",.;:«»\"()" or art.in_quote[k]:
            return first
        k += 1
    if k >= limit or tokens[k][3] != "et":
        return first
    second = _np_after(art, k + 1, limit)
    if second is None or second.kind != "person" or not second.name or second.name == first.name:
        return first
    name = f"{first.name} et {second.name}"
    art.joint.add(name)
    art.gender[name] = "p"
    return _Subject(name, "person", art.text[first.pos : tokens[k][1]], 0.7, first.pos)


def _as_said(art: _Article, quote: QuoteSpan, limit: int):
    """`« … », comme l'a dit X`, `comme le rappelle le ministre`, `comme prétendu par X`: the
    words are the ones X said. Only a person: in `X a rappelé que « … », comme le rapporte
    Reuters`, the agency relays X's words."""
    tokens = art.tokens
    tok = _after_marks(art, quote, limit, ",")
    if tok >= limit or tokens[tok][3] != "comme":
        return None
    k = tok + 1
    while k < limit and (tokens[k][3] in ("l", "le") or tokens[k][2] in "'’"):
        k += 1
    if k + 1 < limit and tokens[k + 1][3] == "par" and "pp" in (verb_form(tokens[k][3]) or
                                                                 ("", ""))[1]:
        sub = _np_after(art, k + 2, limit)
        cue_end = tokens[k + 1][1]
    else:
        cue = _verb_group(art, k, limit)
        if cue is None or cue[2] is not None:
            return None
        sub = _np_after(art, _skip_complement(art, cue[1], limit), limit)
        cue_end = tokens[cue[1] - 1][1]
    if sub is None or sub.kind != "person" or not sub.name:
        return None
    return sub, art.text[tokens[tok][0] : cue_end], "as-said"


_COMPLEMENT_PREPS = frozenset(["à", "au", "aux", "sur", "dans", "devant", "aupres", "lors", "pour",
                               "en", "sous", "depuis", "par", "avec", "sans"])


def _skip_complement(art: _Article, tok: int, limit: int) -> int:
    """Past a complement between an inverted verb and its subject: `a confié, à Reuters, le
    directeur`, `a déclaré à l'AFP le ministre`, `précise dans un communiqué la préfecture`."""
    tokens = art.tokens
    if tok + 3 < limit and tokens[tok][3] == "quant" and tokens[tok + 1][3] in ("à", "a") and (
            tokens[tok + 2][3] in ("lui", "elle", "eux", "elles")):
        tok += 3  # `explique quant à elle Zvierievo Kapitolina`
    while tok < limit:
        word = tokens[tok][3]
        if (word in _ADVERBS - {"le", "la", "l", "les", "lui", "elle", "en", "y", "à", "pour",
                                "d"}
                and tokens[tok][2] != "M"  # (`M.` is a civility, not `m'`)
                and not _possessive_opens(tokens, tok, limit)
                or word in ("ce", "cette") and tok + 1 < limit
                and tokens[tok + 1][3] in _TIME_NOUNS):
            tok += 1 + (word in ("ce", "cette"))  # `a estimé dimanche dans Le Parisien`,
            # `a défendu ce week-end le ministre`
        elif word[:1].isdigit() and tok + 1 < limit and tokens[tok + 1][3] in MONTHS:
            tok += 2  # `a commenté samedi 25 août sur franceinfo Jean-François Trestard`
            if tok < limit and tokens[tok][3].isdigit() and len(tokens[tok][3]) == 4:
                tok += 1
        else:
            break
    start = tok
    comma = tok < limit and tokens[tok][2] == ","
    if comma and tok + 2 < limit and tokens[tok + 2][2] == "," and tokens[tok + 1][2].islower():
        return tok + 3  # `lance, amer, Jean Dupont`: one word set off by commas
    if comma and tok + 1 < limit and art.person_starting(tok + 1) is not None:
        return tok + 1  # `a renchéri, Albert Rösti, conseiller fédéral`: a stray comma
    if comma:
        # `a renchéri, également via Twitter, le Premier ministre X`: a short aside with no
        # verb between two commas
        for c in range(tok + 1, min(tok + 8, limit - 1)):
            raw = tokens[c][2]
            if raw in ".;:«»\"" or art.in_quote[c] or verb_form(tokens[c][3]) or (
                    tokens[c][3] in _AUX):
                break
            if raw == ",":
                nxt = tokens[c + 1]
                if art.person_starting(c + 1) is not None or nxt[3] in (
                        "le", "la", "l", "les", "son", "sa", "leur") or nxt[3] in _TITLES and (
                        nxt[2][:1].isupper()):
                    return c + 1
                break
    tok += comma
    if tok >= limit or tokens[tok][3] not in _COMPLEMENT_PREPS:
        return start
    k = tok + 1
    elided = 0  # (an apostrophe is a token: `sur les lieux de l'accident` is six words)
    while k < limit and k - tok - elided <= 6:
        raw, word = tokens[k][2], tokens[k][3]
        elided += raw in "'’"
        if raw == ",":
            return k + 1 if comma else start
        if raw in ".;:«»\"" or art.in_quote[k]:
            return start
        if not comma and k > tok + 1 and (
            art.person_starting(k) is not None
            or word in ("le", "la", "l", "les", "un", "une", "son", "sa", "leur")
            and tokens[k - 1][3] not in _PREPOSITIONS  # (`en conférence de presse son recteur`)
            or word in _TITLES and raw[:1].isupper()  # `déclare par communiqué M. Bouchard`
            or _missed_name(art, k, limit)
        ):
            return k
        k += 1
    return start


def _missed_name(art: _Article, k: int, limit: int) -> bool:
    """`a déclaré à cette occasion Abdoukhadre Dieylani Bâ, adjoint au préfet`: capitalised
    words after a lower-case noun, no entity the detector knows, ending the clause, are the
    name of the speaker it missed."""
    tokens = art.tokens
    before = tokens[k - 1][2]
    if not (before.isalpha() and before.islower()) or tokens[k - 1][3] in _PREPOSITIONS or (
            tokens[k - 1][3] in _DETERMINERS):
        return False
    end = k
    while end < limit and _is_cap(tokens[end][2]) and tokens[end][0] not in art.org_at and (
            art.place_end(end) is None):
        end += 1
    return end > k and (end == limit or tokens[end][2] in ",.;")


def _subject_first(art: _Article, tok: int, limit: int):
    """`« … », la mairie a expliqué`, `Vu la « situation », le ministre a estimé que …`: a
    clause right after the quotation whose subject comes before its reporting verb."""
    tokens = art.tokens
    if tok >= limit or not (tokens[tok][3] in _DETERMINERS or _is_cap(tokens[tok][2])):
        return None
    for v in range(tok + 1, min(tok + 7, limit)):
        if tokens[v][2] in ",.;:!?()«»\"" or art.in_quote[v] or tokens[v][3] in (
            "qui", "que", "qu", "dont", "et", "ou"
        ):
            return None
        cue = _verb_group(art, v, limit)
        if cue is None:
            continue
        if cue[2] is not None or cue[1] < len(tokens) and tokens[cue[1]][3] in ("que", "qu", ":"):
            return None  # `« … » Il ajoute que « … »`: the cue introduces the next quotation
        sub = _subject_before(art, v, tok, nearest=True)
        return (sub, cue[0], "cue-after") if sub is not None else None
    return None


def _cue_later(art: _Article, quote: QuoteSpan, s_end: int):
    """`« … », bien que « … », estime X`, `« … » de sa voiture, « … », selon le parquet`,
    `Il faisait partie du groupe « … » et …, d'après le maire`: the first cue later in the
    sentence, right after a comma or a closing mark, speaks for the quotations before it."""
    tokens = art.tokens
    limit = art.token_index(s_end)
    for k in range(art.token_index(quote.end), limit):
        if art.in_quote[k]:
            continue
        if tokens[k][2] == ";":  # a new clause: `« … » ; c'est « … », précise la préfecture`
            return None
        if not (tokens[k][2] == "," or tokens[k][2] in _CLOSING):
            continue
        j = k + 1
        while j < limit and tokens[j][2] in ",)…-–—»”›\"“":
            j += 1
        if j >= limit or art.in_quote[j] or tokens[j][3] in ("il", "elle"):
            continue
        if (verb_form(tokens[j][3]) or ("", ""))[1] == "pp":  # `, rapportés par X`: a modifier
            continue
        found = _cue_at(art, j, limit) or (
            _subject_first(art, j, limit) if tokens[j - 1][2] == "," else None)
        if found is not None:
            return found[0], found[1], "cue-later"
    return None


def _verb_group(art: _Article, tok: int, limit: int):
    """Parse `a déclaré`, `a-t-il déclaré`, `déclare-t-il`, `explique`; return (cue, next, pron)."""
    tokens = art.tokens
    if tok >= limit:
        return None
    word = tokens[tok][3]
    start = tokens[tok][0]
    pronoun = None
    inv = ("-" in word and _INVERTED.match(word))
    if inv:
        word, pronoun = inv.group(1), inv.group(2)
    form = verb_form(word)
    if word in _AUX:
        k = _skip_adverbs(art, tok + 1, limit)
        if k < limit and tokens[k][3] in ("il", "elle") and pronoun is None:
            return None
        if k < limit:
            sub = verb_form(tokens[k][3])
            if (sub is None or "pp" not in sub[1]) and tokens[k][3][-1:] == "t":
                sub = verb_form(tokens[k][3][:-1])  # `a réagit`: a participle misspelt
            if sub is not None and "pp" in sub[1] or pronoun == "on" and tokens[k][3] == "appris":
                # (`a-t-on appris auprès de la préfecture`: the press's own cue)
                return art.text[start : tokens[k][1]], k + 1, pronoun
            end = _phrase_verb(tokens, k, limit)
            if end:  # `a fait savoir`, `a mis en garde`
                return art.text[start : tokens[end - 1][1]], end, pronoun
            # the infinitive after a modal: its participle (`« … », a tenu à dire Philippe
            # Couillard`, `a souhaité préciser le maire`) or the auxiliary itself (`« … »,
            # devait expliquer le nouvel occupant`, `tient à préciser le maire`)
            after_modal = [k + 1] if tokens[k][3] in _MODAL_PARTICIPLES and not (
                tokens[k][3].startswith("voul")) else []
            if word in _MODAL_PARTICIPLES:
                after_modal.append(k)
            for m in after_modal:
                m += m < limit and tokens[m][3] in ("à", "de", "d")
                m += m < limit and tokens[m][2] in "'’"
                if m < limit and tokens[m][3] in _infinitives():
                    return art.text[start : tokens[m][1]], m + 1, pronoun
        return None
    end = _phrase_verb(tokens, tok, limit, word)
    if end:  # `fait valoir X`, `met en garde X`
        return art.text[start : tokens[end - 1][1]], end, pronoun
    if form is not None and form[1] != "ppr":
        return art.text[start : tokens[tok][1]], tok + 1, pronoun
    return None


# `fait savoir`, `fait valoir`, `fait part de`, `fait état de`, `fait remarquer`: faire and its
# object report speech
_FAIRE_WHAT = frozenset(("savoir", "valoir", "part", "etat", "remarquer", "observer",
                         "comprendre"))


def _phrase_verb(tokens, k: int, limit: int, word: str | None = None) -> int:
    """End of a reporting verb made of several words at token `k` (`fait savoir`, `fait valoir`,
    `mis en garde`), or 0."""
    word = word or tokens[k][3]
    if k + 1 < limit and (word in _FAIRE and tokens[k + 1][3] in _FAIRE_WHAT
                          or word in _LAISSER and tokens[k + 1][3] == "entendre"):
        return k + 2
    if word in _METTRE | {"mis", "mise"} and k + 2 < limit and (
        tokens[k + 1][3] == "en" and tokens[k + 2][3] == "garde"
    ):
        return k + 3
    return 0


def _caption(art: _Article, tok: int, limit: int, quote: QuoteSpan):
    """`« … » Markus Preiß, ARD Bruxelles`: a person named right after the quote, then a comma."""
    tokens = art.tokens
    start = tok
    if tok + 2 < limit and tokens[tok][2] == "(":
        # a headline `« … » (Capitaine Traoré)`: the name in brackets ending its line signs it
        j = tok + 1 + (tokens[tok + 1][3] in _word_lists()["role"])
        person = art.person_starting(j)
        if person is None:
            return None
        after = art.token_index(person.end)
        if after < len(tokens) and tokens[after][2] == ")" and (
                "\n" in art.text[tokens[after][1]:tokens[after][1] + 2]
                or after + 1 == len(tokens)):
            return _person_subject(art, person, 0.7), None, "caption"
        return None
    while tok < limit and tokens[tok][2] in ",–—-":
        tok += 1
    person = art.person_starting(tok) if tok < limit else None
    if person is None:
        return None
    if "\n" in art.text[quote.end : person.start] and art.text[
            art.text.rfind("\n", 0, quote.start) + 1 : quote.start].strip(" «“\"–—-:"):
        # a line signing the words above it signs a quotation standing alone on its line, not
        # one that `X, ministre, sur la chaîne Y : « … »` already introduced
        return None
    if "\n" in art.text[quote.end : person.start] and _label_above(art, quote.start):
        # `Egan Bernal (COL/Ineos) - Vainqueur du Tour ⏎ « … » ⏎ Caleb Ewan (AUS/Lotto-Soudal)
        # - Vainqueur de l'étape`: the labels head the words below them, so the line after a
        # quotation is the next quotation's label
        return None
    nxt = art.token_index(person.end)
    if nxt < len(tokens) and tokens[nxt][2] in ",(":
        if opens_subject_aside([t[3] for t in tokens[nxt + 1 : nxt + 4]]):
            return None  # `Nathalie, elle, tient …`: a clause's subject, not a signature
        if "\n" in art.text[tokens[tok - 1][1] : person.start] and _caption_line(
                art, person.start) is not None:
            return None  # `Tadej Pogacar (UAE), vainqueur du Tour :`: the next words' caption
        sub = _person_subject(art, person, 0.8)
        return sub, None, "caption"
    dash = tokens[tok - 1]
    if dash[2] in "–—-" and (start == tok - 1 or "\n" in art.text[dash[0] - 3 : dash[0]]) and (
            nxt >= len(tokens) or "\n" in art.text[person.end : tokens[nxt][0]]):
        # `« … »` then a line `– Nick Suzuki`: the signature of the quotation above; a
        # headline `« … » - Martin St-Louis` signs it the same way
        return _person_subject(art, person, 0.8), None, "caption"
    return None


def _label_above(art: _Article, pos: int) -> str | None:
    """The name of the label heading the quotation whose line holds `pos`: the line above is a
    label (`_label_name`), and the run of labels and quotation lines it belongs to opens with a
    label (`Egan Bernal (COL/Ineos) - Vainqueur du Tour ⏎ « … » ⏎ Caleb Ewan (AUS/Lotto-Soudal)
    ⏎ « … »`), not with a quotation its label signs below (`« … » ⏎ Paul Durand (PS) ⏎ « … » ⏎
    Anne Roy (PLR)`)."""
    end = art.text.rfind("\n", 0, pos) + 1
    name, expect_label, top_is_label = None, True, False
    while end > 0:
        while end > 0 and art.text[end - 1] == "\n":
            end -= 1
        start = art.text.rfind("\n", 0, end) + 1
        if expect_label:
            label = _label_name(art, start, end)
            if label is None:
                break
            name = name or label
            top_is_label = True
        elif art.text[start:end].lstrip()[:1] in ("«", "“", '"'):
            top_is_label = False
        else:
            break
        expect_label = not expect_label
        end = start
    return name if top_is_label else None


def _label_name(art: _Article, start: int, end: int) -> str | None:
    """The name opening the line from `start` to `end` when it is a label: two capitalised
    words or more (a name the detector may not know), then a bracket, a comma or a dash, and
    no sentence's end (`Egan Bernal (COL/Ineos) - Vainqueur du Tour de France`)."""
    k, last = art.token_index(start), art.token_index(end)
    first = k
    while k < last and _is_cap(art.tokens[k][2]):
        k += 1
    if k >= last or art.tokens[k][2] not in ",(–—-" or (
            art.text[start:end].rstrip().endswith((".", "!", "?", "»", "\"", "”"))):
        return None
    if k - first < 2 and not (
            k - first == 1 and art.tokens[k][2] == "(" and not art.tokens[first][2].isupper()
            and art.place_end(first) is None and art.tokens[first][0] not in art.org_at):
        return None  # (a surname alone only before its team in brackets: `Kruijswijk (NED)`;
        # not a dateline, `PARIS (AFP)`, `Paris (AFP) -`)
    person = art.person_starting(first)
    return person.name if person is not None else art.text[start:art.tokens[k - 1][1]]


def _caption_line(art: _Article, pos: int) -> NameMention | None:
    """The person opening the line that holds `pos` when the line ends with a colon (`Tadej
    Pogacar (UAE), vainqueur du Tour :`): a caption, its person speaks the words below it."""
    person = art.person_starting(art.token_index(art.text.rfind("\n", 0, pos) + 1))
    if person is None:
        return None
    line_end = art.text.find("\n", person.end)
    line = art.text[person.end : line_end if line_end >= 0 else len(art.text)]
    return person if line.rstrip().endswith(":") else None


# Phrases that give whose view a sentence states, like `selon` (their last words, keys).
_VIEW_PHRASES = (("aux", "yeux", "de"), ("aux", "yeux", "d"), ("de", "l", "'", "avis", "de"),
                 ("de", "l", "'", "avis", "d"), ("à", "en", "croire"))
_VIEW_ENDS = frozenset(phrase[-1] for phrase in _VIEW_PHRASES)


def _view_phrase(tokens, k: int, first: int) -> int | None:
    """The first token of a view phrase (`_VIEW_PHRASES`) ending at token `k`, or None."""
    for phrase in _VIEW_PHRASES:
        start = k - len(phrase) + 1
        if start >= first and all(
                tokens[start + i][3] == w or w == "'" and tokens[start + i][2] in "'’"
                for i, w in enumerate(phrase)):
            return start
    return None


_NP_ARTICLES = frozenset(["des", "un", "une", "les", "le", "la", "l", "du"])


def _sentence_source(art: _Article, first: int, verb: int, *,
                     view: bool = False) -> _Subject | None:
    """The named source of a sentence opening with `Selon X,` or `D'après X,` (with `view`,
    `Pour X,` too) before the verb at token `verb`, else None."""
    tokens = art.tokens
    k = first + (tokens[first][3] in ("mais", "et"))
    if tokens[k][3] == "d" and k + 2 < verb and tokens[k + 2][3] == "apres":
        k += 2
    elif tokens[k][3] != "selon" and not (view and tokens[k][3] == "pour"):
        return None
    comma = next((c for c in range(k + 1, verb) if tokens[c][2] == ","), None)
    sub = _np_after(art, k + 1, comma) if comma is not None else None
    return sub if sub is not None and sub.name else None


def _cue_before(art: _Article, quote: QuoteSpan, mark_pos: int):
    """The nearest reporting cue earlier in the sentence, and its subject."""
    tokens = art.tokens
    first = art.first_token(mark_pos)
    last = art.token_index(mark_pos)
    infinitives = _infinitives()
    new_clause = False  # `…, il a rétabli la vérité en affichant : « … »`: no verb cue before
    for k in range(last - 1, first - 1, -1):
        word = tokens[k][3]
        if art.in_quote[k]:
            continue
        if word in ("tandis", "alors", "mais") and k + 2 < last:
            # `X décrit une comparaison « délicate » tandis que Y y voit une référence « … »`:
            # the quotation belongs to the clause of Y
            j = k + 1 + (tokens[k + 1][3] in ("que", "qu")) + (tokens[k + 2][2] in "'’")
            person = art.person_starting(j) if word != "alors" or j > k + 1 else None
            if person is not None and (word != "alors" or tokens[k + 1][3] in ("que", "qu")):
                # (not when a later clause has its own subject: `tandis que X cumulait deux
                # emplois, le couple a « … »`)
                c = max((c for c in range(art.token_index(person.end), last)
                         if tokens[c][2] == "," and not art.in_quote[c]), default=None)
                nxt = tokens[c + 1] if c is not None and c + 1 < last else None
                if nxt is None or not (nxt[3] in _DETERMINERS or _is_cap(nxt[2])):
                    return _person_subject(art, person, 0.7), None, "cue-before"
        if word in ("il", "elle", "ils", "elles") and k + 2 < last and (
            k == first or tokens[k - 1][2] in ",;"
        ) and tokens[k + 1][3] in _AUX and verb_form(tokens[k + 2][3]) is None and (
            tokens[k + 2][3] not in _ADVERBS
        ):
            new_clause = True
            continue
        # `Aux yeux de X, « … »`, `De l'avis de X`, `À en croire X`: a `selon` of several words
        view = _view_phrase(tokens, k, first) if word in _VIEW_ENDS else None
        if new_clause and word not in _SELON and word != "pour" and view is None:
            continue
        if word in _SELON or view is not None or word == "pour" and (
                k == first or tokens[k - 1][2] in ",:"):
            if word == "apres" and not (k >= 2 and tokens[k - 2][3] == "d"):
                continue
            if word == "selon" and k + 1 < last and tokens[k + 1][3] in _LEQUEL:
                # `un message selon lequel …`: the message's author, unnamed here
                return _Subject(None, None, tokens[k + 1][2], 0.3, tokens[k][0]), "selon", "selon"
            sub = _np_after(art, k + 1, last)
            if sub is None:
                continue
            end = art.token_index(
                art.text.find(",", tokens[k][1], mark_pos)
                if "," in art.text[tokens[k][1] : mark_pos]
                else mark_pos
            )
            if (word == "pour" or view is not None) and end >= last:
                continue  # (their words need the comma that closes the name)
            cue_start = tokens[view if view is not None else k - 2 if word == "apres" else k][0]
            return sub, art.text[cue_start : tokens[k][1]], "selon"
        if _reading_cue(tokens, k, first):
            # `Sur les pancartes, on pouvait lire : « … »`: a text's words, its author's if the
            # article says who made it public, else nobody's (not the last speaker's)
            on = next((j for j in range(k - 1, max(first, k - 4) - 1, -1)
                       if tokens[j][3] == "on" or tokens[j][3].endswith("-on")), None)
            sub = (_on_source(art, on) if on is not None and tokens[on][3] == "on" else None) \
                or _publisher(art, tokens[k][0])
            if sub is None or not sub.name:
                sub = _Subject(None, None, tokens[k][2], 0.3, tokens[k][0])
            return sub, art.text[tokens[max(k - 2, first)][0] : tokens[k][1]], "document"
        inv = ("-" in word and _INVERTED.match(word))
        base = inv.group(1) if inv else word
        form = verb_form(base)
        verb_k = k
        if form is None and k + 1 == last and word in _WANTS:
            form = ("vouloir", "finite")  # `Sud-Rail veut « l'arrêt des réorganisations »`
        de = k - 2 if k - 2 >= first and tokens[k - 1][2] in "'’" and tokens[k - 2][3] == "d" \
            else k - 1 if k - 1 >= first and tokens[k - 1][3] == "de" else -1
        if form is None and word in infinitives and de >= first and (
            de == first or tokens[de - 1][3] in ("et", "eux", "lui", "elle", "elles")
        ):  # `Et d'ajouter : « … »`, `Et de conclure : « … »`, `Eux d'ajouter que « … »`: the
            # narrative infinitive
            who = tokens[de - 1][3] if de - 1 >= first else "et"
            gender = _PRONOUNS.get(who, "")
            if gender:
                name, conf = art.resolve_pronoun(tokens[k][0], gender)
            else:
                i = bisect.bisect_left(art.subjects, (tokens[k][0],)) - 1
                name, conf = (art.subjects[i][1] or None, 0.6) if i >= 0 else (None, 0.3)
            cue = art.text[tokens[de][0] : tokens[k][1]]
            return _Subject(name, art.kind_of(name), tokens[de - 1][2] if de - 1 >= first else "",
                            conf, tokens[k][0]), cue, "infinitive"
        if form is None and word in infinitives and k - 2 > first and (
            tokens[k - 1][3] == "de" and tokens[first][3] == "et"
        ):  # `Et l'ancien président de continuer : « … »`: the narrative infinitive
            sub = _subject_before(art, k - 1, first + 1, nearest=False)
            if sub is not None and sub.name:
                return sub, art.text[tokens[k - 1][0] : tokens[k][1]], "infinitive"
        if form is None and word in infinitives and k - 2 > first:
            # `ont entendu le président déchu assurer « … »`: who is heard says it
            v = next((v for v in range(k - 1, max(first, k - 7), -1)
                      if tokens[v][3] in _PERCEPTION), None)
            if v is not None:
                sub = _np_after(art, v + 1, k)
                if sub is not None and sub.name:
                    return sub, art.text[tokens[v][0] : tokens[k][1]], "infinitive"
        if form is None and word in infinitives and k - 1 > first and (
            tokens[k - 1][3] in _MODAL_PARTICIPLES
            or tokens[k - 1][3] in ("à", "de", "d", "'", "’")
            and tokens[k - 2 - (tokens[k - 1][2] in "'’")][3] in _MODAL_PARTICIPLES
        ) and not (word == "dire" and tokens[k - 1][3].startswith(("veu", "voul"))):
            form = (word, "finite|pp")  # `a tenu à rappeler que` (`voulait dire`: meant)
        if form is None and word in _FAIRE_WHAT and k > first and (
            tokens[k - 1][3] in _FAIRE
        ):  # `l'Élysée a fait savoir que`, `a fait part de sa « colère »`
            form, verb_k = ("faire " + word, "finite|pp"), k - 1
        elif form is None and word == "entendre" and k > first and tokens[k - 1][3] in _LAISSER:
            form, verb_k = ("laisser entendre", "finite|pp"), k - 1  # `a laissé entendre que`
        elif form is None and word == "garde" and k - 1 > first and tokens[k - 1][3] == "en" and (
            tokens[k - 2][3] in _METTRE and tokens[k + 1][3] != "à"  # (`mis en garde à vue`)
        ):
            form, verb_k = ("mettre en garde", "finite|pp"), k - 2  # `a mis en garde contre`
        if form is None:
            continue
        if not inv and k > first and not _comme_clitic(tokens, k, first) and (
            tokens[k - 1][3] in _NOUN_DETERMINERS
            or tokens[k - 1][3] in _PRENOMINAL and k - 1 > first
            and tokens[k - 2][3] in _DETERMINERS
            and _DERNIER.get(tokens[k - 2][3]) != tokens[k - 1][3]  # (`ce dernier juge`)
            or _after_article(tokens, k, first)
        ):
            continue  # `un (nouveau) communiqué`, `l'histoire de la cité`: a noun, not a verb
        if not inv and "pp" in form[1] and _passive(tokens, k, first):
            continue  # `il est décrit comme « discret »`: the subject is described, not speaking
        if not inv and k + 1 < last and tokens[last - 1][3] in _NP_ARTICLES:
            # `Selon un communiqué de la rébellion, l'armée a lancé des « offensives … »`: the
            # quotation names the verb's object; the source the sentence opens with said it
            source = _sentence_source(art, first, k)
            if source is not None:
                return source, art.text[tokens[first][0] : source.pos].strip(" ,"), "selon"
        if (
            word in _AGENT_VERBS
            and k + 1 < last
            and tokens[k + 1][3] == "par"
            and tokens[last - 1 - (tokens[last - 1][2] in "'’")][3] in ("de", "d", "comme")
            and last - k <= 10
        ):  # `qualifié par les enquêteurs d'« homme violent »`: the agent speaks
            sub = _np_after(art, k + 2, last)
            if sub is not None:
                return sub, tokens[k][2], "agent"
        cue_start = verb_k
        j = verb_k - 1
        while j >= first and (
            tokens[j][3] in _ADVERBS or tokens[j][3] in _AUX or tokens[j][2] in "'’"
        ):
            if tokens[j][3] in _AUX or tokens[j][3] in ("s", "se"):
                cue_start = j
            j -= 1
        cue = art.text[tokens[cue_start][0] : tokens[k][1]]
        if inv:
            sub = _on_source(art, k, k + 1) if inv.group(2) == "on" else None
            if sub is None:
                name, conf = art.resolve_pronoun(tokens[k][0], _PRONOUNS[inv.group(2)])
                sub = _Subject(name, art.kind_of(name), inv.group(2), conf, tokens[k][0])
            return sub, cue, "pronoun"
        b = k - 1
        while b > first and tokens[b][3] in _CLITICS:  # les qualifiant, en leur disant
            b -= 1
        if form[1] == "ppr" and b >= first and tokens[b][3] in _SEEMING:
            continue  # `se veut rassurant`, `s'est montré menaçant`: an adjective, no cue
        gerund = any(tokens[c][3] == "en" for c in range(b + 1, k))
        if form[1] == "ppr" and not gerund and b > first and tokens[b][2] not in ",;" and (
            tokens[b][3] not in ("et", "ou", "mais", "puis", "tout")  # `et parlant de BFM : «`
            and tokens[b][2] not in _CLOSING  # (`« … » estimant que`: a comma left out)
            # (`a fait une déclaration disant`: the subject's words, not the noun's)
            and tokens[b][3] not in _OWNED_SPEECH and tokens[b][3] not in _SPEECH_NOUNS
        ):
            # `des manifestants réclamant …`, `certains se demandant …`: the participle qualifies
            # the noun just before it (`en disant` is a gerund: the sentence's subject speaks)
            if b > first and _DERNIER.get(tokens[b - 1][3]) == tokens[b][3]:
                # `Christian Estrosi le critique, ce dernier expliquant que « … »`
                name = art.person_before(tokens[b - 1][0], "f" if tokens[b][3] == "derniere"
                                         else "m")
                return (_Subject(name, art.kind_of(name), art.text[tokens[b - 1][0]:tokens[b][1]],
                                 0.7, tokens[b - 1][0]), cue, "participle")
            person = art.person_ending(b)
            if person is None:
                return _Subject(None, None, tokens[b][2], 0.3, tokens[k][0]), cue, "participle"
            return _person_subject(art, person, 0.8), cue, "participle"
        if form[1] == "ppr":  # affirmant, soulignant: the subject of the sentence
            # `« … », ajoute-t-elle, précisant que`, `« … », a déclaré ce responsable,
            # précisant que`: the cue after the last quotation speaks, even unnamed
            sub = None
            q = max((j for j in range(first, k) if art.in_quote[j]), default=None)
            j = q + 1 if q is not None else k
            while j < k and tokens[j][2] in "»”\"":
                j += 1
            if j + 1 < k and tokens[j][2] == ",":
                found = _cue_at(art, j + 1, k)
                if found is not None:
                    sub = found[0]
            if sub is None:
                # `…, a précisé la gouverneure Howaida Turk, évoquant « un massacre »`: an
                # inverted cue before the participle is its subject, not the main clause's
                # (one after a clause with its own verb: `Bruno Retailleau, coordinateur, a
                # défendu le candidat, affirmant` has no inverted subject)
                sub = _cue_between(art, first, k, after_verb=True)
            if sub is None:
                sub = _main_verb_subject(art, k, first)
            if sub is None:
                sub = _cue_between(art, first, k)
            if sub is None:
                sub = _subject_before(art, k, first, nearest=False)
            if sub is None and (k == first or tokens[k - 1][2] == ","):
                # `Vers 21h00, qualifiant de « miettes » les mesures, les fédérations … ont`:
                # a participle opening the sentence; its subject follows the next comma
                _, s_end = art.sentence_span(tokens[k][0])
                end = art.token_index(s_end)
                c = next((c for c in range(k + 1, end) if tokens[c][2] == ","
                          and not art.in_quote[c]), None)
                if c is not None:
                    sub = _np_after(art, c + 1, end)
                    if sub is not None and not sub.name:
                        sub = None
            if sub is None:
                sub = _previous_speaker(art, tokens[k][0])
            return (sub, cue, "participle") if sub else None
        j = cue_start - 1
        while j > first and tokens[j][2] in "'’":
            j -= 1
        sub = None
        if j > first and tokens[j][2] == "," and tokens[j - 1][2] in _CLOSING:
            # `« … », a précisé le Conseil d'État, qui « … »`: the earlier quotation's cue,
            # its subject after it
            sub = _inverted_subject(art, k + 1, last)
        if (sub is None or not sub.name) and j > first and tokens[j][3] in ("puis", "et") and (
            verb_form(tokens[cue_start][3]) or tokens[cue_start][3] in _AUX
        ):
            # `Trump a déposé une gerbe, accompagné par Mike Pence, puis a déclaré`: a second
            # verb shares the clause's first subject
            sub = _subject_before(art, j, first, nearest=False)
        if sub is None or not sub.name:
            sub = _subject_before(art, cue_start, first, nearest=True)
        o = _before_clitics(tokens, j, first)  # `Comme nous le confirme le porte-parole`
        if sub is None and (j < first or tokens[j][3] in _INVERSION_OPENERS
                            or tokens[o][3] in _INVERSION_OPENERS):
            # `Selon ce qu'a confié à France Info Jacques Witkowski`, `Comme l'a dit X`
            sub = _inverted_subject(art, k + 1, last)
        if sub is None:
            continue
        if sub.mention == "qui" and _main_verb_after(art, k + 1, last):
            continue  # `La politique du gouvernement X qui prévoit … est basée « … »`
        method = "pronoun" if sub.mention.lower() in ("il", "elle") else "cue-before"
        return sub, cue, method
    return None


def _main_verb_after(art: _Article, k: int, last: int) -> bool:
    """Say whether a finite être or avoir between tokens k and `last`, with no conjunction
    before it, ends the relative clause whose verb is just before k: the quotation belongs to
    the main clause's verb, not to the relative's."""
    tokens = art.tokens
    for c in range(k, last):
        word = tokens[c][3]
        if art.in_quote[c] or word in ("que", "qu", "qui", "dont", "et", "ou", "si", "comme"):
            return False
        if word in _FINITE_MAIN and tokens[c][2] != "A":
            return True
    return False


# Nouns the press names a witness by once it has named them, by sex (`la jeune femme`, `le
# père de famille`, `la maman`); `femme`, `mère` alone may be someone's wife or mother.
_WITNESS_NOUNS = {"homme": "m", "femme": "f", "maman": "f", "papa": "m", "fille": "f",
                  "garcon": "m"}
_PARENTS = {"mere": "f", "pere": "m", "maman": "f", "papa": "m"}


# Nouns a witness is named by (`l'habitant`, `la voisine`), nobody in particular with `un`.
_WITNESS_HEADS = frozenset(["habitant", "habitante", "riverain", "riveraine", "voisin", "voisine",
                            "passant", "passante", "temoin", "manifestant", "manifestante",
                            "salarie", "salariee", "employe", "employee"])


def _subject_of_sentence_before(art: _Article, pos: int, gender: str | None) -> str | None:
    """The one named person the sentence before `pos` (or the words of its own sentence before
    `pos`) makes a subject, whose gender agrees."""
    s_start, _ = art.sentence_span(pos)
    p_start = art.previous_sentence_start(s_start)
    i = bisect.bisect_left(art.subjects, (p_start,))
    named = {name for at, name, g in art.subjects[i:] if at < pos and name
             and art.kind_of(name) == "person" and not (gender and g and g != gender)}
    return named.pop() if len(named) == 1 else None


def _witness_gender(keys: list[str], det: str | None) -> str | None:
    """The sex of a witness epithet (`jeune femme`, `homme`, `cette femme`, `mère de famille`,
    `père de trois enfants`, `jeune fille`), else None."""
    young = keys[:1] in (["jeune"], ["vieil"], ["vieille"], ["vieux"])
    rest = keys[1:] if young else keys
    if len(rest) == 1 and rest[0] in _WITNESS_NOUNS and (
            young or det == "cette" or rest[0] not in ("femme", "fille")):
        return _WITNESS_NOUNS[rest[0]]
    if rest[:1] and rest[0] in _PARENTS and len(rest) >= 3 and rest[1] == "de" and (
            rest[2:] == ["famille"] or len(rest) == 4 and rest[3] == "enfants"):
        return _PARENTS[rest[0]]
    return None


# Movements whose name stands for an unnamed crowd, never one voice.
_CROWDS = frozenset(["gilets jaunes", "gilet jaune", "gjs", "gj", "bonnets rouges",
                     "stylos rouges", "black blocs", "black bloc"])
# Adjectives before a role noun: `la future cheffe`, `l'ancien ministre`, `le nouveau maire`.
_BEFORE_ROLE = frozenset(["futur", "future", "ancien", "ancienne", "nouveau", "nouvelle", "ex",
                          "actuel", "actuelle", "jeune"])
# Verbs of perception whose object speaks: `ont entendu le président assurer « … »`.
_PERCEPTION = frozenset(["entendu", "entend", "entendait", "entendent", "vu", "voit", "voyait",
                         "ecoute", "ecoutait", "ecouter", "entendre", "voir"])
# Verbs that take a reporting verb in the infinitive: `a tenu à rappeler`, `veut préciser`.
_MODAL_PARTICIPLES = frozenset(["tenu", "voulu", "souhaite", "pu", "su", "manque", "pris", "decide",
                                "choisi", "prefere", "juge", "veut", "voulait", "voudrait",
                                "souhaitait", "tient", "tenait", "entend", "entendait", "doit",
                                "devait", "peut", "pouvait", "ose", "osait", "refuse", "soin",
                                "empresse", "bon", "utile", "insiste", "commence", "continue",
                                "cherche", "essaye", "essaie", "tente", "vient", "venait"])
# Verbs an adjective in -ant follows (`se veut rassurant`, `reste confiant`).
_SEEMING = frozenset(["veut", "voulait", "voulu", "montre", "montrait", "montre", "est", "etait",
                      "reste", "restait", "demeure", "semble", "semblait", "parait", "paraissait",
                      "sont", "etaient", "etre", "ete", "devient", "devenu", "se", "s", "tres",
                      "plus", "moins", "assez", "bien", "trop", "peu", "si", "aussi"])
# determiners that are never object pronouns (`le`, `la`, `les`, `leur` may be: `leur répondit`)
# Texts that speak for their author: `ajoute le communiqué`, `précise la lettre`.
_DOCUMENTS = frozenset(["communique", "texte", "lettre", "rapport", "message", "note", "document",
                        "courrier", "tweet", "declaration", "publication", "post", "avis",
                        "arrete", "decret"])


def _after_article(tokens, k: int, first: int) -> bool:
    """True when token `k` follows `le`, `la`, `les` or `l'` after a preposition: an article
    (`de la cité`), not an object pronoun (`il la cite`)."""
    j = k - 1 - (tokens[k - 1][2] in "'’")
    return j - 1 >= first and tokens[j][3] in ("le", "la", "les", "l") and (
        tokens[j - 1][3] in _PREPOSITIONS)


_NOUN_DETERMINERS = frozenset(["un", "une", "ce", "cette", "ces", "son", "sa", "ses", "du", "des",
                               "au", "aux"])
_PRENOMINAL = frozenset(["nouveau", "nouvel", "nouvelle", "dernier", "derniere", "premier",
                         "premiere", "long", "longue", "bref", "breve", "court", "autre", "second",
                         "seconde", "seul", "seule", "simple", "meme"])
_SPEECH_NOUNS = frozenset(["communique", "message", "tweet", "lettre", "declaration", "courrier"])
_METTRE = frozenset(["mis", "met", "mettent", "mettait", "mettaient", "mettra", "mettrait"])
_FAIRE = frozenset(["fait", "faisait", "font", "fera", "ferait", "faire", "faisant"])
_LAISSER = frozenset(["laisse", "laissent", "laissait", "laissaient", "laissera", "laisserait",
                      "laisser", "laissant"])  # `a laissé entendre`: hinted, said
_LEQUEL = frozenset(["lequel", "laquelle", "lesquels", "lesquelles"])
_ETRE = frozenset(["est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient",
                   "ete", "etre", "fut", "furent", "etant"])
# Finite être and avoir: a main clause's verb (`_main_verb_after`).
_FINITE_MAIN = (_ETRE - {"ete", "etre", "etant"}) | {"a", "ont", "avait", "avaient"}


def _cue_between(art: _Article, first: int, k: int, *, after_verb: bool = False):
    """The subject of the last cue after a comma or a closing mark between tokens `first` and
    `k` (`…, a précisé la gouverneure X, évoquant`); with `after_verb`, only one that follows
    an auxiliary of its sentence, so a main clause's verb is not read as an inverted cue."""
    tokens = art.tokens
    low = first
    if after_verb:
        low = next((c for c in range(first, k) if tokens[c][3] in _AUX and not art.in_quote[c]),
                   k)
    for j in range(k - 2, low, -1):
        if tokens[j - 1][2] in ",»”\"" and not art.in_quote[j]:
            found = _cue_at(art, j, k)
            if found is not None:
                return found[0]
    return None


def _main_verb_subject(art: _Article, k: int, first: int) -> _Subject | None:
    """`Abdoulaye Maiga, dans un discours, a vivement attaqué X, affirmant que …`: the subject
    of the finite verb the participle at `k` follows (its nearest subject, so that a name in an
    opening clause, `Alors que la Cédéao …`, is not taken for it)."""
    tokens = art.tokens
    for v in range(k - 1, first, -1):
        if art.in_quote[v]:
            continue  # (`a déclaré que « … ont été détruits », tout en indiquant`)
        if tokens[v][2] in ".;:":
            return None
        if tokens[v][3] in _HAVE and tokens[v][2].islower() and v + 1 < k and (
            tokens[v + 1][2].islower() and tokens[v + 1][3] not in _DETERMINERS
        ):
            # (`X a considéré Y comme …, et a déclaré que …`: the first verb's subject)
            coordinated = tokens[v - 1][3] in ("et", "puis") if v > first else False
            sub = _subject_before(art, v - coordinated, first, nearest=not coordinated)
            if sub is None or not sub.name:
                return None
            j = art.token_index(sub.pos)
            if any(tokens[i][3] in _SUBORDINATORS for i in range(max(first, j - 3), j)):
                return None  # (`des cibles, dont la Tour Eiffel, avaient été choisies`)
            return sub
    return None


_SUBORDINATORS = frozenset(["que", "qu", "qui", "dont", "lequel", "laquelle", "lesquels",
                            "lesquelles", "quand", "lorsque", "lorsqu"])


def _passive(tokens, k: int, first: int) -> bool:
    """True when the participle at `k` follows a form of `être` that is no pronominal auxiliary:
    `est décrit`, `a été qualifié`, `pour être signifié` (but `s'est défendu` is active)."""
    j = k - 1
    while j >= first and tokens[j][3] in _ADVERBS - {"s", "se", "le", "la", "l", "les"}:
        j -= 1
    if j < first or tokens[j][3] not in _ETRE:
        return False
    while j > first and tokens[j - 1][3] in _ETRE | {"a", "ont", "avait", "aurait", "va", "doit"}:
        j -= 1
    b = j - 1
    while b >= first and tokens[b][2] in "'’":
        b -= 1
    return not (b >= first and tokens[b][3] in ("s", "se", "m", "me", "t", "te", "nous", "vous"))


def _past_role(tokens, b: int, first: int) -> int:
    """The `de`/`du` before the role (and its article) that ends at token b (`de la ministre`,
    `du président`, `de l'avocat`), else b."""
    r = b
    while r > first and tokens[r][2].islower() and tokens[r][3] in _word_lists()["role"]:
        r -= 1
    if r < b and tokens[r][3] == "du":
        return r
    if r < b and (tokens[r][3] in ("la", "le", "l") or tokens[r][2] in "'’"):
        r -= tokens[r][2] in "'’"
        if r > first and tokens[r - 1][3] in ("de", "d"):
            return r - 1
    return b


def _before_clitics(tokens, j: int, first: int) -> int:
    """The token before the object pronouns ending at token j (`nous le`, `l'`), or j."""
    while j > first and (tokens[j][3] in _OBJECT_CLITICS or tokens[j][2] in "'’"):
        j -= 1
    return j


def _comme_clitic(tokens, k: int, first: int) -> bool:
    """Say whether token k is a verb after `comme` and its object pronoun (`Comme le dit X`,
    `comme l'explique X`, `comme nous le confirme X`), where `le` is no article."""
    o = _before_clitics(tokens, k - 1, first)
    return o < k - 1 and tokens[o][3] == "comme"


_INVERSION_OPENERS = frozenset(["qu", "que", "ce", ",", "l", "comme", "ainsi", "selon", "ou"])
_OBJECT_CLITICS = _ADDRESSEES | {"le", "la", "l"}  # (`comme nous le confirme`)


def _inverted_subject(art: _Article, tok: int, limit: int) -> _Subject | None:
    """The subject written after its verb: the noun phrase right after it, else the first
    person named in [tok, limit) outside a prepositional complement (`à France Info`)."""
    tokens = art.tokens
    sub = _np_after(art, tok, limit) if tokens[tok][3] not in _PREPOSITIONS else None
    if sub is not None and sub.name:
        return sub
    for k in range(tok, limit):
        if tokens[k][2] in ".;:«»" or art.in_quote[k]:
            return None
        person = art.person_starting(k)
        if person is not None and tokens[k - 1][3] not in _PREPOSITIONS:
            return _person_subject(art, person, 0.8)
    return None


# object pronouns and gerund markers before a present participle: `les qualifiant`, `en disant`
_CLITICS = frozenset(["les", "leur", "lui", "y", "en", "se", "s", "me", "nous", "vous", "l", "'",
                      "’", "tout", "le", "la"])

_AGENT_VERBS = frozenset(
    ["qualifie", "qualifiee", "qualifies", "qualifiees", "decrit", "decrite", "decrits",
     "decrites", "juge", "jugee", "juges", "jugees", "considere", "consideree", "consideres",
     "considerees", "presente", "presentee", "presentes", "presentees", "estime", "estimee",
     "estimes", "estimees", "classe", "classee", "classes", "classees", "denonce", "denoncee",
     "denonces", "denoncees", "evalue", "evaluee", "evalues", "evaluees", "annonce", "annoncee",
     "annonces", "annoncees"]
)


def _passive_agent(art: _Article, quote: QuoteSpan, limit: int):
    """`qualifié de « marqué » par Météo-France`, `décrits comme « … » par une voisine`."""
    tokens = art.tokens
    tok = _after_marks(art, quote, limit)
    if tok >= limit or tokens[tok][3] != "par":
        return None
    k = art.token_index(quote.start) - 2  # the word before the opening mark
    first = art.first_token(quote.start)
    steps = 0
    while k >= first and steps < 4:
        if tokens[k][3] in _AGENT_VERBS:
            sub = _np_after(art, tok + 1, limit)
            return (sub, tokens[k][2], "agent") if sub is not None else None
        k -= 1
        steps += 1
    return None


_COPULAS = frozenset(["est", "etait", "sont", "etaient", "semble", "semblait", "reste", "restait",
                      "demeure", "parait", "paraissait"])


def _copula(art: _Article, mark_pos: int):
    """`L'imam de la ville, Mohammed Karabila, est « effaré … »`: a person said to be « … »."""
    tokens = art.tokens
    k = art.token_index(mark_pos) - 1
    j = k - (k >= 1 and tokens[k][2] in "'’")
    if j >= 1 and tokens[j][3] in ("s", "se"):  # `son avocat Pierre Cornut-Gentille s'« indigne »`
        k = j - 1
    person = art.person_ending(k) if k >= 0 else None
    opening = art.token_index(mark_pos) + 1
    if person is not None and opening < len(tokens) and tokens[opening][3] in ("qui", "dont"):
        person = None  # `a vilipendé le maire Parent « qui n'a jamais mis les pieds »`: whom
        # the relative clause describes, not who speaks
    if person is not None:  # `le pape François « s'associe à la douleur »`
        k0 = art.token_index(person.start) - 1
        s_start, _ = art.sentence_span(mark_pos)
        if k0 < 0 or tokens[k0][0] < s_start or tokens[k0][3] in _DETERMINERS | _word_lists()[
            "role"
        ] | _word_lists()["regnal"]:
            return _person_subject(art, person, 0.7), None, "copula"
    first = art.first_token(mark_pos)
    while k > first and (tokens[k][3] in _INNER_ADVERBS or tokens[k][3].endswith("ment")
                         and tokens[k][2].islower()):
        if tokens[k][3] in ("dit", "montre", "declare", "dite", "montree", "declaree"):
            break
        k -= 1
    if k >= 0 and tokens[k][3] == "qui":  # `le Conseil d'État, qui « annule … »`
        sub = _antecedent(art, k)
        # (not a place: `ce gendarme de la brigade … dans les Deux-Sèvres, qui « … »`)
        if sub is None or not sub.name or sub.kind == "place" or any(
                art.place_end(t) for t in range(art.token_index(sub.pos),
                                                 art.token_index(sub.pos) + 2)):
            return None
        return sub, None, "copula"
    if any(tokens[j][3] in ("que", "qu") and not art.in_quote[j] for j in range(first, k)):
        return None  # `Il ajoute que X et Y sont « hors course »`: the cue before speaks
    if k >= 0 and (tokens[k][3] in _COPULAS or tokens[k][3] in ("dit", "montre", "declare")):
        source = _sentence_source(art, first, k, view=True)
        if source is not None:
            # `Pour Ibrahim Traoré, … le réalisateur X a fait montre « d'une reconnaissance
            # légitime »`: the words of whose view the sentence gives
            return source, None, "selon"
        sub = _subject_before(art, k, first, nearest=True)
        if sub is None or sub.kind != "person" or not sub.name or sub.mention.lower() in (
            "il", "elle"
        ):
            return None  # (`il est « urgent »`: impersonal)
        return sub, tokens[k][2], "copula"
    return None


def _verb_group_subject(art: _Article, mark_pos: int):
    """`le Conseil d'État a « enjoint … »`, `Benoît Hamon veut « lever … »`, `elle voudrait
    interdire « … »`: the verb group runs on inside the quotation, its subject speaks."""
    tokens = art.tokens
    k = art.token_index(mark_pos) - 1
    first = art.first_token(mark_pos)
    while k > first and (tokens[k][3] in _INNER_ADVERBS or tokens[k][3].endswith("ment")
                         and tokens[k][2].islower()):
        k -= 1
    if any(tokens[j][3] in ("que", "qu") and not art.in_quote[j] for j in range(first, k)):
        return None
    verb = k
    if k > first and tokens[k][2].islower() and _INFINITIVE.search(tokens[k][3]):
        verb = k - 1
        while verb > first and tokens[verb][3] in _INNER_ADVERBS | {"quant", "à", "lui", "elle"}:
            verb -= 1
        if tokens[verb][3] not in _MODALS:
            return None
    elif k < 0 or tokens[k][3] not in _MODALS and tokens[k][3] not in _HAVE:
        return None
    if verb > first and tokens[verb - 1][3] == "y" or not _opens_lower(art, mark_pos):
        return None
    sub = _subject_before(art, verb, first, nearest=True)
    if sub is None or not sub.name:
        return None
    return sub, None, "verb-group"


def _opens_lower(art: _Article, mark_pos: int) -> bool:
    """True when the quotation opened at `mark_pos` starts with a lower-case word."""
    k = art.token_index(mark_pos + 1)
    while k < len(art.tokens) and not art.tokens[k][2][:1].isalpha():
        k += 1
    return k < len(art.tokens) and art.tokens[k][2][:1].islower()


# `vouloir` reports only a demand quoted right after it (`veut « … »`), not `voulait dire`
_WANTS = frozenset(["veut", "veulent", "voulait", "voulaient", "voudrait", "voudraient"])
_INFINITIVE = re.compile(r"[a-z](?:er|ir|re)$")
_HAVE = frozenset(["a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront"])
_MODALS = frozenset(["veut", "veulent", "voulait", "voulaient", "voudrait", "voudraient", "doit",
                     "doivent", "devait", "devrait", "devraient", "peut", "pourrait", "va",
                     "vont", "allait", "entend", "entendent", "compte", "comptent", "souhaite",
                     "souhaitent", "souhaitait", "souhaiterait", "espere", "esperent", "refuse",
                     "refusent", "propose", "proposent", "promet", "promettent", "tient", "vient"])
_INNER_ADVERBS = frozenset(["se", "s", "'", "’", "dit", "dite", "montre", "montree", "declare",
                            "declaree", "ne", "n", "pas", "plus", "tres", "bien", "toujours",
                            "encore", "aussi", "egalement", "neanmoins", "pourtant", "cependant",
                            "toutefois", "donc", "alors", "meme", "deja", "ainsi", "surtout",
                            "plutot", "enfin", "notamment", "desormais", "certes", "lui", "elle"]
                           ) | (_ADVERBS - {"pour", "sa", "part", "le", "la", "l", "les", "leur",
                                            "en", "y", "d"})


def _colon(art: _Article, mark_pos: int):
    """`X a posté sur Instagram : « … »`, `celle de Bill Kristol, un analyste : « … »`: with no
    reporting verb, a quotation introduced by a colon is the words of the clause's subject, or
    of the person named right before the colon."""
    tokens = art.tokens
    colon = art.token_index(mark_pos) - 1
    if colon < 1 or not (tokens[colon][2] == ":" or tokens[colon][3] in _SPEECH_NOUNS):
        return None  # (`Ordre a publié un communiqué « … »` reads like a colon)
    if "\n" in art.text[tokens[colon][1] : mark_pos]:
        # `Tadej Pogacar (UAE), vainqueur du Tour :` on its own line, the words below it: a
        # caption naming the speaker first
        person = _caption_line(art, tokens[colon][0]) if tokens[colon][2] == ":" else None
        if person is not None:
            return _person_subject(art, person, 0.6), None, "caption"
        if tokens[colon][2] != ":":
            return None
        # `Emmanuel Macron a fait la promesse d'engager « … » :` closing a paragraph, the
        # words below it: the colon's own sentence names the speaker
        mark_pos = tokens[colon][0]
    first = art.first_token(mark_pos)
    k = colon - 1
    while k > first and tokens[k][2] != "," and not art.in_quote[k]:  # `, un analyste …`
        k -= 1
    person = art.person_ending(k - 1 if tokens[k][2] == "," else colon - 1)
    if person is not None and art.token_index(person.start) > first:
        p = art.token_index(person.start)
        if tokens[p - 1][2] in ("à", "À"):
            return None  # `un avertissement à Michel Barnier : « … »`: whom the words are for
        if tokens[k][2] != "," and _of_a_thing(tokens, p):
            # `Idriss Diallo est revenu sur le bilan d'Emerse Faé : « … »`: the person a
            # thing belongs to is spoken of; the clause's subject speaks
            sub = _subject_before(art, colon, first, nearest=False)
            if sub is not None and sub.name and sub.name != person.name:
                sub.confidence = min(sub.confidence, 0.6)
                return sub, None, "colon"
        return _person_subject(art, person, 0.6), None, "colon"
    p = colon - 1
    while p > max(first, colon - 5) and tokens[p][3] != "pour":
        p -= 1
    if p > first and tokens[p][3] == "pour":
        # `cette récompense a un goût particulier pour l'astronome : « … »`: the person the
        # clause's feeling is for, by an epithet or a pronoun
        if tokens[p + 1][3] not in ("lui", "elle"):
            sub = _np_after(art, p + 1, colon)
        else:
            sub = _pronoun(art, p + 1) if p + 2 == colon else None
        if sub is not None and sub.name and sub.kind == "person":
            sub.confidence = min(sub.confidence, 0.5)
            return sub, None, "colon"
    sub = _on_source(art, colon)  # `Même son de cloche chez Force ouvrière : « … »`
    if sub is None or not sub.name:  # the subject of the clause holding the colon, first
        clause = next((c + 1 for c in range(colon - 1, first, -1)
                       if tokens[c][2] == "," and not art.in_quote[c]), first)
        if clause > first and (tokens[clause][3] in _AUX or verb_form(tokens[clause][3])
                               or tokens[clause][3] in _VENUES):
            # `Castaner, le ministre, a compté … : « … »`, `X, ministre, sur la chaîne Y :`:
            # the subject is before the last comma
            clause = first
        sub = _subject_before(art, colon, clause, nearest=False)
    if (sub is None or not sub.name) and clause > first:
        sub = _subject_before(art, colon, first, nearest=False)
    if sub is None or not sub.name:
        return None
    sub.confidence = min(sub.confidence, 0.6)
    return sub, None, "colon"


# Prepositions opening where words were said (`sur la chaîne Y`, `dans les colonnes du Monde`,
# `au micro de RTL`, `devant la presse`), never who said them.
_VENUES = frozenset(["sur", "dans", "au", "aux", "devant", "lors", "à"])


# Verbs by which someone passes on another's words (`ont rapporté des participants`).
_RELAYED = re.compile(r"\b(?:rapport|relat|relay)\w*$", re.IGNORECASE)

_OWNED_SPEECH = frozenset(["appel", "appels", "propos", "declaration", "declarations", "message",
                           "tweet", "discours", "formule", "expression", "mot", "mots", "termes",
                           "promesse", "promesses", "accusation", "accusations"])

# Nouns whose `de X` is who speaks (`la réaction de X :`, `celle de Bill Kristol :`).
_VOICED = _OWNED_SPEECH | _SPEECH_NOUNS | frozenset([
    "celle", "celui", "ceux", "celles", "reaction", "reactions", "avis", "analyse", "constat",
    "explication", "explications", "reponse", "version", "temoignage", "reflexion", "verdict",
    "diagnostic", "commentaire", "commentaires", "conclusion", "mise", "cri", "plaidoyer",
    "requisitoire", "regard", "vue"])


def _of_a_thing(tokens, p: int) -> bool:
    """True when the name at token `p` follows `de` after a lower-case noun no speech is
    meant by (`le bilan d'Emerse Faé`, `l'avenir de X`; not `la réaction de X`)."""
    if p >= 2 and tokens[p - 1][3] in ("de", "du"):
        noun = p - 2
    elif p >= 3 and tokens[p - 1][2] in "'’" and tokens[p - 2][3] == "d":
        noun = p - 3
    else:
        return False
    return tokens[noun][2].isalpha() and tokens[noun][2].islower() and (
        tokens[noun][3] not in _VOICED)


def _speech_owner(art: _Article, mark_pos: int):
    """`l'appel mercredi d'Éric Drouet à « rentrer »`, `son appel à "rentrer"`: words quoted
    from someone's call, statement or promise are that person's."""
    tokens = art.tokens
    first = art.first_token(mark_pos)
    k = art.token_index(mark_pos) - 1
    while k > first and tokens[k][3] in ("à", "de", "d", "'", "’", "sur", "pour", "contre"):
        k -= 1
    person = art.person_ending(k)
    if person is not None:
        j = art.token_index(person.start) - 1
        while j > first and tokens[j][2] in "'’":
            j -= 1
        if tokens[j][3] not in ("de", "d", "du"):
            return None
        j -= 1
        while j > first and tokens[j][3] in _ADVERBS:  # `l'appel mercredi de`
            j -= 1
        if j >= first and tokens[j][3] in _OWNED_SPEECH:
            return _person_subject(art, person, 0.6), tokens[j][2], "speech-noun"
        return None
    if k - 1 >= first and tokens[k][3] in _OWNED_SPEECH and tokens[k - 1][3] in (
        "son", "sa", "ses"
    ):
        i = bisect.bisect_left(art.subjects, (tokens[k][0],)) - 1
        while i >= 0 and not art.subjects[i][1]:
            i -= 1
        if i >= 0:
            name = art.subjects[i][1]
            return _Subject(name, art.kind_of(name), tokens[k - 1][2], 0.5, tokens[k][0]), (
                tokens[k][2]), "speech-noun"
    return None


def _clause_subject(art: _Article, quote: QuoteSpan, mark_pos: int):
    """`Il imagine donc Saccorhytus comme « une forme un peu aberrante … »`, `Les enquêteurs
    ont décelé d'autres traces « en différents endroits de la maison »`: a full quotation inside
    a clause with no reporting cue is the words of the clause's subject, named or not (an
    unnamed subject says nobody named speaks, rather than the speaker of the last sentence)."""
    if quote.kind == "fragment":
        return None
    tokens = art.tokens
    s_start, _ = art.sentence_span(mark_pos)
    first = art._clause_start(art.token_index(s_start))
    mark = art.token_index(mark_pos)
    if mark - first < 2 or any(
        tokens[j][3] in ("que", "qu") or tokens[j][2] in ";:" for j in range(first, mark)
        if not art.in_quote[j]
    ):
        return None
    word = tokens[first][3]
    if not (word in _PRONOUNS and word not in ("on", "lui", "eux") or word in _DETERMINERS
            or art.person_starting(first) or tokens[first][0] in art.org_at):
        return None
    if word == "il" and first + 1 < mark and tokens[first + 1][3] in _IMPERSONAL:
        return None  # `il y a`, `Il était donc inutile de « … »`: impersonal
    sub = _subject_before(art, mark, first, nearest=False)
    if sub is None or sub.pos != tokens[first][0]:
        return None
    return sub, None, "subject"


_IMPERSONAL = _ETRE | {"y", "s", "faut", "fallait", "faudrait", "semble", "semblait", "reste",
                      "suffit", "suffisait", "convient", "arrive", "parait", "apparait"}


# Nouns that head the name of an affair, a plan or a text: « affaire Fillon », « pacte de
# Marrakech », « déclaration de Marseille », « opération Barkhane », « loi Travail ».
_LABEL_HEADS = frozenset(["affaire", "affaires", "operation", "plan", "pacte", "loi", "declaration",
                          "accord", "accords", "traite", "charte", "appel", "mouvement", "marche",
                          "journee", "sommet", "reforme", "dossier", "scandale", "proces",
                          "doctrine", "manifeste", "format", "initiative", "projet", "programme"])


def _is_title(quote: QuoteSpan) -> bool:
    """« 20 Heures », « Obamacare », « Mohamed R. », « affaire Fillon »: a name or title in
    marks, not speech."""
    if quote.kind != "fragment":
        return False
    words = quote.text.split()
    if len(words) > 1 and _key(words[0]) in _LABEL_HEADS and any(
        w[0].isupper() for w in words[1:]
    ):
        return True
    return any(c.isalpha() for c in quote.text) and all(
        w[0].isupper() or w[0].isdigit() for w in words
    )


def _names_thing(art: _Article, quote: QuoteSpan, mark_pos: int) -> bool:
    """`lors de « L'Émission politique »`, `la chanson « La quenelle »`, `une vidéo intitulée
    « Le chaos annoncé »`: a capitalised fragment after a noun, determiner or preposition is the
    title of a show, a song or a group, not speech (after a verb or a colon it may be speech)."""
    if quote.kind != "fragment" or not quote.text[:1].isupper():
        return False
    if art.place_end(art.token_index(quote.start)) is not None:
        return False  # `à la « France banale »`: words about a place may be speech
    k = art.token_index(mark_pos) - 1
    if k < 0 or art.tokens[k][0] < art.sentence_span(mark_pos)[0]:
        return False
    raw, word = art.tokens[k][2], art.tokens[k][3]
    if raw in "'’" and k > 0:
        raw, word = art.tokens[k - 1][2], art.tokens[k - 1][3]
    return raw.isalpha() and raw.islower() and word not in _AUX and (
        word in _DETERMINERS or word in _PREPOSITIONS or verb_form(word) is None
        or "pp" in verb_form(word)[1] and word.endswith(("e", "ee"))  # intitulé(e), nommé(e)
    )


_LABEL_NOUNS = frozenset(["slogan", "titre", "nom", "devise", "formule", "theme", "hashtag",
                          "leitmotiv", "mot"])


def _labelled_after(art: _Article, quote: QuoteSpan, limit: int) -> bool:
    """`“You were never really here” de Lynne Ramsay`: a work credited to its author;
    `« La France revient », c'est le nouveau slogan du RN`: a label the sentence names. Neither
    is speech."""
    tokens = art.tokens
    tok = _after_marks(art, quote, limit, ",")
    if tok + 1 < limit and tokens[tok][3] in ("de", "d") and quote.text[:1].isupper():
        k = tok + 1 + (tokens[tok + 1][2] in "'’")
        if art.person_starting(k) is not None:
            return True
    if tok + 4 < limit and tokens[tok][3] == "c" and tokens[tok + 1][2] in "'’" and (
            tokens[tok + 2][3] == "est"):
        k = tok + 3
        if tokens[k][3] in ("le", "la", "un", "une", "son", "sa", "leur"):
            k += 1
            k += tokens[k][3] in ("nouveau", "nouvelle", "fameux", "fameuse")
            return k < limit and tokens[k][3] in _LABEL_NOUNS
    return False


_NAMING = re.compile(r"^(?:re)?baptis|^surnomm|^renomm|^intitul|^denomm|^signifi"
                     r"|^appel(?:e|ee|es|ees|le|lent)$")


def _named_as(art: _Article, quote: QuoteSpan, mark_pos: int) -> bool:
    """`rebaptisé la « Maison du peuple »`, `renommer le pays en « eSwatini »`, `ce qui signifie
    « terre des Swazi »`: a short quotation given as a name or a meaning, not speech."""
    if len(quote.text.split()) > 8:
        return False
    tokens = art.tokens
    k = art.token_index(mark_pos) - 1
    s_start, _ = art.sentence_span(mark_pos)
    while k >= 0 and tokens[k][0] >= s_start and (
        tokens[k][3] in ("le", "la", "les", "l", "en", "un", "une") or tokens[k][2] in "'’"
    ):
        k -= 1
    if k < 0 or tokens[k][0] < s_start or not _NAMING.match(tokens[k][3]):
        return False
    if tokens[k][3].startswith("appel") and (tokens[k][3] in ("appelle", "appellent") or k > 0 and (
            tokens[k - 1][3] in _HAVE or tokens[k - 1][3] in _PRONOUNS)):
        return False  # `a appelé « les manifestants au calme »`: a call, not a name
    # (`a appelé « à la retenue »` is a call, words of the subject)
    return not (tokens[k][3].startswith("appel") and quote.text.lstrip()[:2].lower() in (
        "à ", "a ", "au"))


def _plural_label(art: _Article, quote: QuoteSpan, mark_pos: int) -> bool:
    """`les « gilets jaunes »`, `des « casseurs »`: a group named in marks after a plural article
    (with the same words again elsewhere in the article, a term, not someone's words)."""
    k = art.token_index(mark_pos) - 1
    return k >= 0 and art.tokens[k][3] in ("les", "des", "aux") and len(quote.text.split()) <= 3


def _previous_speaker(art: _Article, pos: int) -> _Subject | None:
    name, conf = art.resolve_pronoun(pos, "m", voice=True)
    return _Subject(name, "person", "", conf * 0.8, pos) if name else None


# --- main ----------------------------------------------------------------------------------


def attribute_speakers(
    text: str,
    quotes: list[QuoteSpan],
    *,
    people: list[NameMention] | None = None,
    organisations: list[NameMention] | None = None,
    places: list[NameMention] | None = None,
    tokens: Tokens | None = None,
    quoted_people: list[NameMention] | None = None,
    quoted_orgs: list[NameMention] | None = None,
) -> list[Attribution]:
    """Return one Attribution per quotation, in the order of `quotes`; the names are the entity
    detector's mentions outside quotations, `quoted_people` and `quoted_orgs` the people and
    bodies named inside them and `tokens` the text's split (`analysis.analyse` passes them)."""
    if not quotes:
        return []
    quoted_people = quoted_people or []
    art = _Article(text, quotes, people or [], organisations, places, tokens, quoted_people,
                   quoted_orgs or ())
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    keys = [_quote_key(q.text) for q in quotes]
    counts = Counter(keys)
    results: list[Attribution | None] = [None] * len(quotes)
    by_text: dict[str, Attribution] = {}
    unnamed: dict[str, Attribution] = {}  # quotations a cue gives to someone with no name
    previous: tuple[int, Attribution] | None = None  # (end of previous quote, its attribution)
    pending_chain: list[int] = []
    for n, i in enumerate(order):
        quote = quotes[i]
        mark_pos = _opening_mark(text, quote)
        s_start, s_end = art.sentence_span(mark_pos)
        limit = art.token_index(min(s_end + 1, len(text)))
        limit = min(max(limit, art.token_index(quote.end) + 12), len(art.tokens))
        attribution = None
        if (_is_title(quote) or _names_thing(art, quote, mark_pos)
                or _named_as(art, quote, mark_pos) or _labelled_after(art, quote, limit)):
            results[i] = Attribution(None, None, None, None, "title", 0.5)
            continue
        if quote.kind == "fragment" and (counts[keys[i]] >= 3 or counts[keys[i]] == 2 and (
                _plural_label(art, quote, mark_pos))):
            # « gilets jaunes » three times or more in one article: a term, nobody's words
            results[i] = Attribution(None, None, None, None, "term", 0.5)
            continue
        found = (_cue_after(art, quote, limit) or _passive_agent(art, quote, limit)
                 or _as_said(art, quote, limit))
        if found is not None and found[2] == "pronoun" and (
                found[0].mention in ("Il", "Elle")
                or found[0].mention == "on" and found[1] and found[1][:1].isupper()):
            # `Un autre manifestant prévient : « … ! » Il dénonce …`: the next sentence's
            # pronoun stands for the speaker the cue before the quotation names (and
            # `« … » Craint-on une guerre civile ?` asks a question, it names nobody)
            found = _copula(art, mark_pos) or _cue_before(art, quote, mark_pos) or found
        elif found is not None and found[2] == "pronoun" and found[0].mention in ("il", "elle"):
            # `Le délégué Frédéric Rosseeuw l'a vu : « … », nous rapporte-t-il`: the one person
            # the quotation's own sentence names, not a subject further back
            named = _one_person_named(art, s_start, mark_pos, _PRONOUNS[found[0].mention])
            if named is not None and named.name != found[0].name:
                found = (_Subject(named.name, "person", found[0].mention, 0.6, found[0].pos),
                         found[1], "pronoun")
        elif (found is not None and found[2] == "cue-after" and found[0].kind == "organisation"
              and art.token_index(s_start) < art.token_index(mark_pos)):
            # `Selon le responsable, « … », indique Francetvinfo.fr`, `l'usine a reconnu un
            # « … », rapporte BFMTV`: a body after the quotation relays the speaker before it
            before = _cue_before(art, quote, mark_pos)
            if before is not None and before[0].name and before[0].name != found[0].name:
                found = before
        elif (found is not None and found[0].name is None and found[1]
                and _RELAYED.search(found[1])):
            # `Emmanuel Macron a fait la promesse … : « … », ont rapporté des participants`:
            # unnamed witnesses relay the words of the person named before
            found = _colon(art, mark_pos) or found
        if found is None and _charge_context(art, mark_pos) and _is_charge(quote):
            results[i] = Attribution(None, None, None, None, "charge", 0.5)
            continue
        if found is None:
            found = _copula(art, mark_pos) or _cue_before(art, quote, mark_pos)
            if found is not None and found[2] == "cue-before" and any(
                art.tokens[j][3] in ("qui", "que", "qu", "dont") and not art.in_quote[j]
                for j in range(art.token_index(found[0].pos), art.token_index(mark_pos))
            ):
                # `La SNCF a conseillé … une grève qui « va beaucoup perturber » le trafic,
                # selon le patron du groupe`: the quotation is the later source's
                later = _cue_later(art, quote, s_end)
                if later is not None and later[0].name and (later[1] or "").lower().startswith(
                        ("selon", "d'après", "d’après")):
                    found = later
        if found is None:
            found = _cue_later(art, quote, s_end)
            if found is None:
                # `… : « …, décrit Alain. … »`: a name in the incise says more than the colon's
                # clause; a pronoun there says less
                incise = _incise(art, quote)
                named = incise is not None and incise[0].mention not in _PRONOUNS
                found = incise if named else _colon(art, mark_pos) or incise
            found = (found or _speech_owner(art, mark_pos)
                     or _verb_group_subject(art, mark_pos) or _clause_subject(art, quote, mark_pos))
        if found is not None and found[0].name is None and _continues(art, quote, found):
            # `« … », a poursuivi le ministre cantonal`: who spoke last goes on speaking
            _, name, _ = art.last_speaker
            found = (_Subject(name, "person", found[0].mention, 0.5, found[0].pos), found[1],
                     "continued")
        if (found is None or found[0].name is None) and quote.kind == "full":
            found = _self_introduced(quote, quoted_people, found)
        if found is not None and found[0].name and _key(found[0].name) in _CROWDS:
            # `des Gilets jaunes … ont crié « Macron démission »`: a movement's unnamed crowd
            found = (_Subject(None, None, found[0].mention, 0.3, found[0].pos), found[1],
                     found[2])
        if found is not None:
            sub, cue, method = found
            attribution = Attribution(
                sub.name,
                sub.kind if sub.name else None,
                cue,
                sub.mention or None,
                method,
                round(sub.confidence if sub.name else 0.3, 2),
            )
            if sub.kind == "person" and sub.name and sub.name not in art.gender:
                art.unknown_people.add(sub.name)
            if (sub.kind == "person" or sub.kind is None) and method != "as-said" and not (
                sub.name is None and _key(sub.mention or "") == "on"
            ):  # (`comme l'a dit X` cites X; an indefinite `on` is nobody `il` can stand for)
                art.add_subject(
                    quote.start,
                    sub.name,
                    art.gender.get(sub.name or "") or _mention_gender(sub.mention),
                )
        elif quote.kind != "fragment" and _opens_clause(art, s_start, mark_pos) and (
            _followed_by_quote(art, quote, order, quotes, n)
        ) and not _paragraph_speaks(art, quote, previous):
            # `« A. » « B », a répondu X`: a run of speech; a fragment, or a quotation inside
            # a narrative sentence (`qui s'étaient engagés à « … ». « … »`), is not part of it
            pending_chain.append(i)
            continue
        else:
            attribution = _labelled(art, quote, mark_pos) or _carry_over(
                art, quote, mark_pos, previous, by_text)
        for j in pending_chain:
            a = attribution
            about = _chain_breaks(art, quotes[j], a.speaker)
            if about:
                results[j] = Attribution(about, "person", None, None, "carry-over", 0.4)
                continue
            results[j] = replace(a, method=(a.method or "") and "chain",
                                 confidence=round(a.confidence * 0.9, 2))
        pending_chain = []
        results[i] = attribution
        if attribution.speaker:
            art.last_speaker = (quote.end, attribution.speaker, attribution.speaker_kind)
        if attribution.speaker and attribution.method not in ("carry-over", "chain"):
            by_text.setdefault(keys[i], attribution)
        elif not attribution.speaker and attribution.mention and attribution.cue:
            unnamed.setdefault(keys[i], attribution)  # `a-t-elle dit` of an unnamed widow
        previous = (quote.end, attribution)
    for j in pending_chain:
        results[j] = _carry_over(art, quotes[j], _opening_mark(text, quotes[j]), previous,
                                 by_text)
    for i in range(len(quotes) - 1):
        named = _added_by(art, quotes[i], results[i], quotes[i + 1], results[i + 1])
        if named is not None:
            results[i] = named
    # headlines and captions repeating a quotation attributed further down
    spoken: list[tuple[str, Attribution]] | None = None
    for i in range(len(quotes)):
        a = results[i]
        if a is not None and a.method in ("title", "term"):
            continue
        weak = a is None or a.speaker is None or a.method == "carry-over"
        b = by_text.get(keys[i]) if weak else None
        heading = weak and b is None and _heading(art, quotes[i])
        if weak and b is None and (heading or not (a is not None and a.method == "carry-over")):
            if spoken is None:  # the attributed quotations' words, spaced once per article
                spoken = [(_word_run(k), b) for k, b in by_text.items()]
            # a headline or lead quoting part of it; a headline or a subheading line, even
            # three words of it (`« J'en ai pleuré »` over the paragraph that quotes them),
            # rather than whoever spoke before the subheading
            b = _contained_in(keys[i], spoken, 3 if heading else 5)
            if b is None and len(keys[i].split()) >= 3 and (
                    heading or art.in_headline(quotes[i].end)):
                b = _echoed_in(keys[i], spoken)
            if b is None and heading and unnamed:
                # a subheading line quoting someone the body does not name (`« Je ne pourrai
                # jamais pardonner »` over the widow's words): nobody named either
                b = _contained_in(keys[i], [(_word_run(k), u) for k, u in unnamed.items()], 3)
        if b is not None and b is not a:
            results[i] = replace(b, method="repeat", confidence=0.7)
        elif weak and (a is None or a.method != "carry-over"):
            results[i] = _headline_owner(art, quotes[i]) or a
    # a quotation nothing attributes, or that only carries the last speaker over into a new
    # paragraph, is the words of the one person its paragraph names as a subject
    for n, i in enumerate(order):
        a = results[i]
        if quotes[i].kind == "full" and (a is None or a.method is None or (
                a.method == "carry-over" and n
                and "\n\n" in text[quotes[order[n - 1]].end : quotes[i].start])):
            results[i] = _paragraph_person(art, quotes[i]) or a
    return [a if a is not None else _NONE for a in results]


def _labelled(art: _Article, quote: QuoteSpan, mark_pos: int) -> Attribution | None:
    """A full quotation opening its line under a label line (`Egan Bernal (COL/Ineos) -
    Vainqueur du Tour de France`): the label's person speaks it."""
    if quote.kind != "full" or art.text[art.text.rfind("\n", 0, mark_pos) + 1:mark_pos].strip():
        return None
    name = _label_above(art, mark_pos)
    if name is None:
        return None
    return Attribution(name, "person", None, name, "label", 0.6)


def _paragraph_person(art: _Article, quote: QuoteSpan) -> Attribution | None:
    """`« Ce qu'ils ont fait … » Le procès a repris. Le procureur général Olivier Jornot a
    plaidé …`: a quotation opening its sentence is the words of the one person its paragraph
    names, outside quotations, as a subject (before a verb, a comma or `et`; not after a
    preposition: `à Michel Barnier`); never in the first paragraph, where a headline's quotation
    is mostly nobody's, nor inside a narrative sentence."""
    text = art.text
    start = text.rfind("\n\n", 0, quote.start)
    mark_pos = _opening_mark(text, quote)
    if start < 0 or not _opens_clause(art, art.sentence_span(mark_pos)[0], mark_pos):
        return None  # (`un « fournisseur de l'Élysée »`: words in a narrative sentence)
    end = text.find("\n\n", quote.end)
    end = len(text) if end < 0 else end
    i = bisect.bisect_left(art.person_starts, start)
    j = bisect.bisect_left(art.person_starts, end)
    names = set()
    for m in art.people[i:j]:
        k = art.token_index(m.start)
        if art.in_quote[k]:
            continue
        before = k - 1 - (k > 1 and art.tokens[k - 1][2] in "'’")
        if before >= 0 and art.tokens[before][3] in _PREPOSITIONS:
            continue  # (`à Michel Barnier`, `de Khalifa Sall`, `interrogé par X`: an object)
        after = art.token_index(m.end)
        if after < len(art.tokens) and not (
                art.tokens[after][2] == "," or art.tokens[after][3] in _AUX
                or art.tokens[after][3] in ("et", "ou")  # (`X et Y sourient`: two people)
                or verb_form(art.tokens[after][3]) is not None):
            continue  # (`a fait tiquer le procureur X.`: named as an object)
        names.add(m.name)
    if len(names) != 1:
        return None
    name = names.pop()
    return Attribution(name, "person", None, None, "paragraph", 0.3)


def _headline_owner(art: _Article, quote: QuoteSpan) -> Attribution | None:
    """`« Je suis heureux … » : revivez la conférence de presse de Carlos Ghosn`: a headline's
    quotation whose colon leads to the one person the rest of the headline names, as its
    subject or after `de`."""
    if not art.in_headline(quote.start):
        return None
    line_end = art.headline_end
    tok = _after_marks(art, quote, len(art.tokens))
    if tok >= len(art.tokens) or art.tokens[tok][2] != ":" or art.tokens[tok][0] > line_end:
        return None
    colon = art.tokens[tok][0]
    named = [m for m in art.people if colon < m.start < line_end]
    if not named or len({m.name for m in named}) > 1:
        return None
    before = _WORDS.findall(_key(art.text[colon + 1 : named[0].start]))
    lists = _word_lists()
    if before and (before[-1] not in ("de", "d") or len(before) > 1 and (
            before[-2] in lists["role"] or before[-2] in lists["anonymous"]
            or before[-2].rstrip("s") in lists["anonymous"])):
        return None  # (`l'avocat de X`, `les amis de X` say it for them)
    person = named[0]
    return Attribution(person.name, "person", None, art.text[person.start:person.end],
                       "headline", 0.5)


# Reporting verbs (lemmas of the lexicon) that say the speaker goes on: `a poursuivi le
# ministre`, `enchaîne l'élu`, `conclut la juge`.
_CONTINUING = frozenset(["poursuivre", "enchaîner", "conclure", "ajouter", "compléter",
                         "insister", "reprendre"])


def _continues(art: _Article, quote: QuoteSpan, found) -> bool:
    """True when a cue after the quotation says its speaker goes on (`a poursuivi`), names
    them by a role nobody was taught (`le ministre cantonal`), and the last quotation, within
    the last few hundred characters, was a person's whose gender agrees."""
    sub, cue, method = found
    if method != "cue-after" or not cue or art.last_speaker is None:
        return False
    end, name, kind = art.last_speaker
    words = _key(sub.mention or "").split()
    if kind != "person" or quote.start - end > 600 or len(words) < 2 or words[0] not in (
            "le", "la", "l"):
        return False
    verb = verb_form(cue.split()[-1])
    if verb is None or verb[0] not in _CONTINUING:
        return False
    gender = _mention_gender(sub.mention)
    known = art.gender.get(name)
    return not (gender and known and gender != known)


def _added_by(art: _Article, quote: QuoteSpan, a: Attribution | None, after: QuoteSpan,
              b: Attribution | None) -> Attribution | None:
    """`L'auteur … : « A ». « B », a ajouté Jacques-Pierre Amette`: the person who `adds` the
    quotation right after one that nobody, or a role no apposition taught, introduced said that
    one too (when the role's gender agrees)."""
    if a is not None and a.speaker or b is None or b.speaker_kind != "person" \
            or b.method != "cue-after" or not b.cue or quote.kind != "full":
        return None
    mention = a.mention if a is not None else None
    tok = _after_marks(art, quote, len(art.tokens), also=".,;")
    if _key(mention or "") in _PRONOUNS or tok >= len(art.tokens) or not (
            art.tokens[tok][2] in _OPENING and art.token_index(after.start) == tok + 1):
        return None  # (another sentence between: not one run of speech)
    verb = verb_form(b.cue.split()[-1])
    if verb is None or verb[0] not in _CONTINUING:
        return None
    gender, known = _mention_gender(mention), art.gender.get(b.speaker)
    if gender and known and gender != known:
        return None
    return Attribution(b.speaker, "person", a and a.cue, mention, "continued", 0.5)


# `je suis le colonel Assimi Goïta`, `je m'appelle Awa Diop`, `moi, c'est Jean Roy`
_SELF_INTRODUCTION = re.compile(
    r"\b(?:je\s+suis|je\s+m['’]appelle|je\s+me\s+nomme|moi,?\s+c['’]est|mon\s+nom\s+est)\s+",
    re.IGNORECASE)


# what may stand between `je suis` and the name: nothing, or a title (`le colonel`)
_INTRODUCED_TITLE = re.compile(
    r"(?:(?:l['’]|(?:le|la|un|une)\s+)[a-zéèêëàâîïôûç-]+\s+(?:[a-zéèêëàâîïôûç-]+\s+)?)?")


def _self_introduced(quote: QuoteSpan, quoted_people: list[NameMention], found):
    """The person a quotation introduces as its speaker (`« Je me présente : je suis le colonel
    Assimi Goïta », a-t-il lancé`) when no cue named one: the name must follow the introduction
    closely (a title between, no clause break), so `je suis allé voir Jean` is no introduction."""
    for match in _SELF_INTRODUCTION.finditer(quote.text):
        at = quote.start + match.end()
        for person in quoted_people:
            if at <= person.start <= at + 30 and person.end <= quote.end:
                between = quote.text[match.end():person.start - quote.start]
                if _INTRODUCED_TITLE.fullmatch(between):
                    cue, method = (found[1], found[2]) if found else (None, "introduction")
                    return (_Subject(person.name, "person", person.name, 0.7, person.start),
                            cue, method)
    return found


def _contained_in(key: str, spoken: list[tuple[str, Attribution]],
                  least: int = 5) -> Attribution | None:
    """The one attributed quotation (`spoken`: its `_word_run`) whose words hold all of these,
    `least` words or more (`« Il suffit d'un élève qui pète un câble. »` opening an article
    whose body quotes the whole)."""
    inner = _word_run(key)
    if len(inner.split()) < least:
        return None
    found = {b.speaker: b for run, b in spoken if inner in run}
    return next(iter(found.values())) if len(found) == 1 else None


# Words too common to say that a headline echoes a quotation.
_ECHO_STOP = frozenset(["avec", "dans", "pour", "sans", "sous", "mais", "donc", "elle", "elles",
                        "nous", "vous", "leur", "leurs", "notre", "votre", "cette", "tout",
                        "tous", "toute", "toutes", "plus", "moins", "tres", "bien", "aussi",
                        "comme", "etre", "avoir", "sont", "etait", "fait", "faut", "peut", "cela",
                        "ceux", "celle", "quand", "alors", "encore", "meme", "rien", "faire"])


def _echo_words(run: str) -> set[str]:
    """A quotation's telling words, by their first six letters (`estomaqués`, `inondations`)."""
    words = set()
    for word in run.split():
        word = strip_accents(word.rsplit("'", 1)[-1])
        if len(word) >= 4 and word not in _ECHO_STOP:
            words.add(word[:6])
    return words


def _echoed_in(key: str, spoken: list[tuple[str, Attribution]]) -> Attribution | None:
    """The speaker of the attributed quotation a headline's quotation rewords (`« C'est notre
    arrêt de mort »` over `« … on nous signe notre arrêt de mort »`, `« On est estomaqués »`
    over `« On est toujours estomaqués d'apprendre … »`): most of its telling words, two or
    more (or one long and rare), shared with one speaker's words only."""
    own = _word_run(key)
    words = _echo_words(own)
    if not words:
        return None
    best, found = 0, {}
    for run, b in spoken:
        shared = len(words & _echo_words(run))
        if shared > best:
            best, found = shared, {b.speaker: b}
        elif shared == best and shared:
            found[b.speaker] = b
    # one shared word is enough only for a short headline quotation of one long word
    enough = best >= 2 or best == 1 == len(words) and len(next(iter(words))) == 6 and len(
        own.split()) <= 4
    if not enough or 2 * best < len(words) or len(found) != 1:
        return None
    return next(iter(found.values()))


def _heading(art: _Article, quote: QuoteSpan) -> bool:
    """True when the quotation sits on a short line with no closing stop: the headline or a
    subheading (`« J'en ai pleuré »`, `"Un grand jour" pour le Jura`)."""
    start = art.text.rfind("\n", 0, quote.start) + 1
    end = art.text.find("\n", quote.end)
    line = art.text[start : end if end >= 0 else len(art.text)].strip()
    return len(line) <= 90 and not line.endswith((".", ":", ","))


def _word_run(key: str) -> str:
    """A quotation key's words, punctuation dropped, with a space either side."""
    # (str.replace behind an `in` test: C-speed scans, where `translate` looks each character
    # up in a dict)
    for ch in _PUNCT:
        if ch in key:
            key = key.replace(ch, " ")
    return " " + " ".join(key.split()) + " "


_PUNCT = ".!?…,;:"


def _quote_key(text: str) -> str:
    """Key of a quotation's words for the repeat rule: case, apostrophes and spaces ignored."""
    # (no-break spaces split like spaces: only the apostrophe needs replacing)
    return " ".join(text.replace("’", "'").casefold().split())


def _mention_gender(mention: str | None) -> str | None:
    """Gender of a mention: `elle`, `la mère`, `l'homme` (from its noun), `il`, `le juge`."""
    if not mention:
        return None
    words = _WORDS.findall(_key(mention))
    if not words:
        return None
    gender = {"elle": "f", "la": "f", "une": "f", "il": "m", "le": "m", "un": "m"}.get(words[0])
    if gender is None and words[0] == "l" and len(words) > 1:
        head = words[1]  # (`l'accusé`: a role noun the elision hides is masculine unless its
        # ending says otherwise)
        gender = _np_gender(None, head) or ("m" if head in _word_lists()["role"] else None)
    return gender


def _other_person_between(art: _Article, start: int, end: int, speaker: str,
                          spoken_of: frozenset[str] = frozenset()) -> bool:
    """True when someone other than `speaker` is named in text[start:end], quotations included
    (not one of `spoken_of`, whom the quotation itself talks about)."""
    i = bisect.bisect_left(art.person_starts, start)
    while i < len(art.people) and art.people[i].start < end:
        if art.people[i].name != speaker and art.people[i].name not in spoken_of:
            return True
        i += 1
    return False


def _unnamed_subject(art: _Article, start: int, end: int) -> bool:
    """True when a person with no name (`Une voisine`, `Un habitant`) is the subject of a
    clause in text[start:end]."""
    i = bisect.bisect_left(art.subjects, (start,))
    return any(not name and gender in ("m", "f") for pos, name, gender in art.subjects[i:]
               if pos < end)


def _spoken_of(art: _Article, quote: QuoteSpan) -> frozenset[str]:
    """The people a quotation names (`avec Kylian`): whom it talks about, not its speaker (not
    one after a verb: `se réjouissait Romy` is an incise the quotation's marks hold)."""
    tokens = art.tokens
    return frozenset(m.name for start, m in art.quoted_at.items()
                     if quote.start <= start < quote.end and not (
                         verb_form(tokens[max(art.token_index(start) - 1, 0)][3])))


_SPEECH_AFTER = re.compile(r"\b(?:que|qu['’])|:\s*$|[»”\"]")


# Verbs that announce a testimony told in the next sentence: `Une voisine, Annie, raconte
# aussi cette nuit. « … »`, `Il témoigne, très ému. « … »`.
_NARRATING = frozenset(["raconter", "témoigner", "confier", "se confier", "se souvenir",
                        "se rappeler", "se remémorer", "relater", "expliquer", "détailler"])


def _introduces_speech(art: _Article, cue: str | None, start: int, end: int) -> bool:
    """True when the cue of text[start:end] introduces words (`a déclaré que`, `… :`, a
    quotation, a narrating verb right before a quotation of the same paragraph), not an
    action (`L'enquête avance.`, `Il soutient les grévistes.`)."""
    sentence = art.text[start:end]
    at = sentence.rfind(cue) if cue else -1
    if at < 0:
        return False
    if _SPEECH_AFTER.search(sentence.rstrip(), at + len(cue)) is not None:
        return True
    verb = verb_form(cue.split()[-1])
    return (verb is not None and verb[0] in _NARRATING and "\n" not in art.text[start:end]
            and "\n" not in art.text[end:end + 3])


def _opens_clause(art: _Article, s_start: int, mark_pos: int) -> bool:
    """True when the mark at `mark_pos` opens its sentence, maybe past an opener (`En effet,`)."""
    mark = art.token_index(mark_pos)
    first = art.token_index(s_start)
    return mark == first or mark == art._clause_start(first)


def _followed_by_quote(art, quote, order, quotes, n) -> bool:
    if n + 1 >= len(order):
        return False
    nxt = quotes[order[n + 1]]
    between = art.text[quote.end : nxt.start]
    return len(between) <= 8 and not any(c.isalnum() for c in between)


def _one_person_named(art: _Article, start: int, end: int, gender: str | None, *,
                      same_sex: bool = False):
    """The one person named from `start` to `end`, outside quotations, whose gender agrees
    with `gender` ("m", "f"; None: any), and who is no couple named jointly; else None.
    `same_sex`: the one person of that gender among those named (`la jeune femme` after a
    sentence naming Marie Dubois and her colleague Paul Morel)."""
    named = art.named_between(start, end)
    if same_sex and gender:
        named = {k: m for k, m in named.items() if art.gender.get(m.name) == gender}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    g = art.gender.get(person.name)
    if gender and g and g != gender or person.name in art.joint:
        return None
    return person


def _opening_mark(text: str, quote: QuoteSpan) -> int:
    """Position of the quotation's opening mark (before the space French sets inside it)."""
    mark_pos = quote.start - 1
    if quote.mark == "‘’":  # a doubled single quote: its first character
        mark_pos = text.rfind("‘", 0, quote.start)
    while mark_pos > 0 and text[mark_pos] not in _OPENING and text[mark_pos] not in "”‘" and (
            text[mark_pos] != quote.mark):  # (`qu’»aucune donnée …»`: a reversed mark opens)
        mark_pos -= 1
    return mark_pos


def _chain_breaks(art: _Article, quote: QuoteSpan, speaker: str | None) -> str | None:
    """`Alexandre Macaire … a fait un plein rapide. « C'était vraiment à côté … » « Avant, … »,
    détaille … une employée, Shana Drut.`: a quotation standing alone after a sentence about one
    person is theirs, not that of someone the next quotation's cue names for the first time."""
    if not speaker or art.kind_of(speaker) != "person":
        return None
    mark_pos = _opening_mark(art.text, quote)
    s_start, _ = art.sentence_span(mark_pos)
    if art.text[s_start:mark_pos].strip() or any(
            m.name == speaker and m.start < quote.start for m in art.people):
        return None
    line_start = art.text.rfind("\n", 0, mark_pos) + 1
    prev_start, _ = art.sentence_span(max(s_start - 1, 0))
    about = _sentence_before_about(art, quote, line_start, prev_start, s_start)
    return about if about != speaker else None


def _paragraph_speaks(art: _Article, quote: QuoteSpan, previous) -> bool:
    """True when an earlier quotation of the paragraph ending with `quote` has a speaker and
    the next quotation opens another paragraph: `« … », a-t-il averti. « … »` then a new
    paragraph `« … », fustige Gérard Larcher` — the last words go on with the first speaker."""
    if previous is None or not previous[1].speaker:
        return False
    para = art.text.rfind("\n", 0, quote.start)
    end = art.text.find("\n", quote.end)
    return previous[0] > para and end >= 0 and not art.text[quote.end : end].strip(" »”\".")


def _stands_alone(art: _Article, s_start: int, mark_pos: int) -> bool:
    """True when the quotation opens its sentence, after a label (`Un rêve :`) or a few words
    at most (`Et pour lui, « … »`): a sentence of its own, `La foule demande aux autorités
    « … »`, has its own subject, and the cue of the sentence before does not reach it."""
    before = art.text[s_start:mark_pos].strip()
    return not before or before.endswith(":") or len(before.split()) <= 3


# A sentence's opening that only names its topic: `À propos de X, « … »`, `Sur la dette, « … »`.
_TOPIC_LEAD = re.compile(
    r"(?:[ÀA] propos|Au sujet|S['’]agissant|Concernant|Quant|Sur|Pour ce qui est|Côté|Interrogée?s?"
    r" sur)\b[^«»\"“”:;.!?]*$")


def _named_next(art: _Article, quote: QuoteSpan, line_start: int,
                mark_pos: int) -> Attribution | None:
    """`« Certains pourraient se lasser de notre succès. » Les années passent … pour Daniel
    Rossellat.`: a quotation that opens its paragraph as a sentence of its own, no cue
    anywhere, is the words of the one person the paragraph's next sentence names (a portrait's
    lead quotation); further down the paragraph, only when that sentence opens on the words'
    owner (`« … » L'analyse du docteur François Braun est sans équivoque.`)."""
    if quote.kind != "full":
        return None
    opening = not art.text[line_start:mark_pos].strip()
    _, s_end = art.sentence_span(mark_pos)
    if art.text[quote.end:s_end].strip(" »”\"\u00a0\u202f.!?…"):
        return None  # (the sentence goes on past the quotation: its own words say more)
    n_start, n_end = art.sentence_span(s_end)
    if "\n" in art.text[quote.end:n_start].strip(" ") or "\n" in art.text[n_start:n_end].rstrip():
        return None
    first, last = art.token_index(n_start), art.token_index(n_end)
    while first < last and art.tokens[first][2] in _CLOSING:
        first += 1  # (`…craquent.» L'analyse`: the sentence ended inside the marks)
    voiced = _voiced_opening(art.tokens, first, last)
    if not opening and not voiced:
        return None  # (mid-paragraph: only `L'analyse du docteur X …` names the speaker)
    if any(verb_form(art.tokens[k][3]) and not art.in_quote[k]
           for k in range(voiced or first, last)):  # (`analyse` the noun, not the verb)
        return None  # (`La défense … martèle …`: that sentence says who speaks, not a name)
    named = art.named_between(n_start, n_end)
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    return Attribution(person.name, "person", None, art.text[person.start:person.end],
                       "introduced", 0.4)


def _voiced_opening(tokens, first: int, last: int) -> int:
    """The token after the `de` when the sentence opens with an article and a noun of speech
    then `de` (`L'analyse du docteur X`, `Le constat de la ministre`), else 0."""
    k = first
    if k + 1 < last and tokens[k][3] == "l" and tokens[k + 1][2] in "'’":
        k += 2
    elif k < last and tokens[k][3] in ("le", "la", "les", "ce", "cette", "ces"):
        k += 1
    else:
        return 0
    if k + 1 < last and tokens[k][3] in _VOICED and tokens[k + 1][3] in ("de", "du", "d"):
        return k + 2
    return 0


def _carry_over(art: _Article, quote: QuoteSpan, mark_pos: int, previous, by_text) -> Attribution:
    """No cue: a cue in the previous sentence, else the previous quote's speaker if close."""
    s_start, _ = art.sentence_span(mark_pos)
    if quote.kind == "fragment" and art.text[s_start:mark_pos].strip():
        # « discret », « réservés », « homme violent »: words quoted inside a narrative
        # sentence with no cue of their own are descriptions, often from unnamed people.
        return _NONE
    line_start = art.text.rfind("\n", 0, mark_pos) + 1
    line_end = art.text.find("\n", quote.end)
    if quote.kind == "fragment" and not art.text[line_start:mark_pos].strip() and not art.text[
            quote.end + 1 : line_end if line_end >= 0 else len(art.text)].strip():
        # `« On fait de l'abattage »` alone on its line: a subheading, said by whoever says it
        # further down (the repeat rule), not by the last speaker
        return _NONE
    prev_start, _ = art.sentence_span(max(s_start - 1, 0))
    if prev_start < s_start and _stands_alone(art, s_start, mark_pos):
        fake = QuoteSpan(s_start, s_start, "", "fragment", False, "")
        found = _cue_before(art, fake, s_start - 1) if s_start > 0 else None
        if found is not None and found[0].name and (
            found[2] == "selon" or _introduces_speech(art, found[1], prev_start, s_start)
        ):  # (`Pour X, la situation est claire. « … »`: X's view goes on)
            sub = found[0]
            return Attribution(
                sub.name,
                sub.kind,
                found[1],
                sub.mention or None,
                "carry-over",
                round(min(sub.confidence, 0.7), 2),
            )
    label = art.text[line_start:mark_pos].rstrip()
    if label.endswith(":") and len(label) < 120 and quote.kind == "full":
        # an interview's paragraphs, `Un rêve : « … »`, `Et la suite ? : « … »`: the words
        # of whoever answered in the paragraph above
        prev_start = min(prev_start, art.text.rfind("\n", 0, max(line_start - 2, 0)) + 1)
    if label.endswith(":") and _unnamed_subject(art, s_start, mark_pos):
        # `Une habitante, rencontrée devant l'école, reste sceptique : « … »`: the words of the one
        # the sentence is about, unnamed, not of the last speaker
        return _NONE
    if (
        previous is not None
        and previous[1].speaker
        # the sentence before, or (a full quotation) anywhere earlier in its paragraph
        and previous[0] >= (min(prev_start, line_start) if quote.kind == "full" else prev_start)
        and not _other_person_between(art, previous[0], mark_pos, previous[1].speaker)
    ):
        return replace(previous[1], method="carry-over", confidence=0.5)
    if _quote_key(quote.text) in by_text:
        return _NONE
    introduced = _named_next(art, quote, line_start, mark_pos)
    if introduced is not None:
        return introduced
    lead = art.text[s_start:mark_pos].strip()
    if not lead or quote.kind == "full" and _TOPIC_LEAD.match(lead) and lead.endswith(",") \
            and len(lead) < 160:
        # alone, or after a topic (`À propos de la rencontre …, « … »`): who spoke last
        name, conf = art.resolve_pronoun(mark_pos, "m", voice=True)
        spoken_of = _spoken_of(art, quote)
        if not lead and line_start <= prev_start and _unnamed_subject(art, prev_start, s_start):
            # `Une voisine a assisté à la scène. « J'ai vu les flammes … »`: hers, unnamed
            return _NONE
        if name and art.kind_of(name) == "person" and name not in spoken_of and (
                not _other_person_between(art, prev_start, s_start if lead else mark_pos, name,
                                          spoken_of)
        ):  # (a body is no voice for a quotation standing alone: `Le parquet a fait appel.`;
            # the people a topic names, or the quotation, are what is spoken of: `Kylian
            # Mbappé n'y figure pas. ¶ « Il faut être raisonnable avec Kylian »`)
            return Attribution(name, "person", None, None, "carry-over", 0.4)
        if not lead and quote.kind == "full" and previous is not None and (
                previous[1].speaker_kind == "organisation" and previous[1].cue
                and previous[0] >= art.previous_sentence_start(s_start)):
            # `Sayona Québec … a dit vouloir faire « une analyse … ». ¶ « La société fera
            # connaître … »`: a body quoted in the last sentence goes on in a paragraph of its own
            return replace(previous[1], method="carry-over", confidence=0.4)
        if not lead:
            about = _sentence_before_about(art, quote, line_start, prev_start, s_start)
            if about and about not in spoken_of:
                return Attribution(about, "person", None, None, "carry-over", 0.4)
    return _NONE


def _sentence_before_about(art: _Article, quote: QuoteSpan, line_start: int, prev_start: int,
                           s_start: int) -> str | None:
    """`La maire attend des réponses de l'État. « Nous ne pouvons plus attendre … »`: the
    person the paragraph's sentence before a full quotation standing alone is about."""
    if quote.kind == "full" and line_start <= prev_start < s_start:
        sub = _np_after(art, art.token_index(prev_start), art.token_index(s_start))
        if sub is not None and sub.name and sub.kind == "person":
            return sub.name
        # or the one person subject of the sentence, after a fronted complement
        # (`Sur sa façade et dans son hall, Saida pointe de nouvelles fissures.`)
        i = bisect.bisect_left(art.subjects, (prev_start,))
        named = {name for pos, name, _ in art.subjects[i:] if pos < s_start and name
                 and art._opens(art.token_index(pos))}  # (not `au moment où Yoann lui pince`)
        if len(named) == 1:
            name = named.pop()
            return name if art.kind_of(name) == "person" else None
        # or the one person a transition names (`Même constat pour Anne Roy, infirmière.`,
        # `Autre son de cloche chez X.`, `Un avis que partage X.`): the next voice
        first, last = art.token_index(prev_start), art.token_index(s_start)
        keys = [art.tokens[k][3] for k in range(first, last)]
        if keys and (keys[0] in ("meme", "autre") or "partage" in keys or "partagee" in keys):
            people = art.named_between(prev_start, s_start)
            if len(people) == 1:
                return next(iter(people))
    return None
