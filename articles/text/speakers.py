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
               only when nobody else is named in between.
Also: agent `qualifié de « … » par X`; copula `X est « effaré »` and `le pape François « … »`;
a legal charge (`mis en examen pour « injure publique »`, roles.txt [charge]) with no cue right
after it has no speaker; `le parquet` / `le journal` refer back to the organisation named before
(`l'association` to the one named in this or the last sentence, else no speaker).  A fragment
quoted inside a narrative sentence with no cue is never carried over; a person opening the
clause and followed by a comma is the subject, not the nouns of the apposition after it
(`Yannick Jadot, candidat EELV, a affirmé`); `ce dernier` is the person named last; a
participle right after a noun qualifies it (`des manifestants réclamant …`: no speaker).

The speaker found at a cue may be a name (a surname alone is linked to the full name used
elsewhere in the article), a pronoun (il/elle/lui: the most recent person that was a subject or a
speaker, of compatible gender; subjects are clause subjects, never complements such as
`les parents de X`, and an unnamed one such as `L'avocate de X précise` blocks the chain),
`qui` (the mention just before it), a role noun (`le chef de
l'OTAN`: the person an apposition taught that role; a nationality noun `le Norvégien` with no
such apposition falls back on the most mentioned person), or an organisation (`l'armée de l'air`,
`Moscou`, `le Kremlin`).  Canonical organisation names are the noun phrase as written without a
leading lower-case determiner ("armée de l’air", "Kremlin", "Le Monde").  Anonymous sources
(`une source proche de l'enquête`, `un haut responsable`) and unresolved roles give speaker None.

The reporting-verb lexicon is data (lexicon/reporting_verbs.txt, infinitives); forms are
generated once at import into a dict, so every lookup is O(1).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import sub
from pathlib import Path

from articles.text.normalize import strip_accents
from articles.text.quotes import QuoteSpan

__all__ = ["Attribution", "NameMention", "attribute_speakers", "detect_people", "verb_form"]

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
        key = self[word] = _key(word)
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


def verb_form(word: str) -> tuple[str, str] | None:
    """Return (infinitive, kinds) when `word` is a form of a reporting verb; kinds is "pp",
    "finite", "ppr" or several of them joined by "|"."""
    return _verb_forms().get(_key(word))


@cache
def _first_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for raw in (_LEXICON / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith(("m:", "f:")):
            for name in raw[2:].split():
                names.setdefault(_key(name.rstrip("-")), raw[0])
    return names


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {}
    current = None
    for raw in (_LEXICON / "roles.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), set())
        elif line and not line.startswith("#") and current is not None:
            current.update(_key(w) for w in line.split())
    return {name: frozenset(words) for name, words in sections.items()}


@cache
def _charges() -> tuple[str, ...]:
    """Legal-charge phrases (unaccented keys), from the [charge] section of roles.txt."""
    phrases: list[str] = []
    current = None
    for raw in (_LEXICON / "roles.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            current = line
        elif line and not line.startswith("#") and current == "[charge]":
            phrases.append(_key(line))
    return tuple(phrases)


def _is_charge(quote: QuoteSpan) -> bool:
    """« injure publique », « association de malfaiteurs en relation avec … »: a charge."""
    if quote.kind != "fragment" and len(quote.text.split()) > 8:
        return False
    text = _key(quote.text.strip(" .…[]"))
    return any(text == c or text.startswith(c + " ") for c in _charges())


def _nationality(word_key: str) -> bool:
    nat = _word_lists()["nationality"]
    return word_key in nat or word_key.rstrip("s").removesuffix("ne").removesuffix("e") in nat


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
        "a",
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
        "recemment",
        "longtemps",
        "souvent",
        "volontiers",
        "simplement",
        "clairement",
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
        "a",
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
_PRONOUNS = {"il": "m", "elle": "f", "lui": "m", "ils": "p", "elles": "p", "on": "p"}
_SELON = frozenset({"selon", "apres"})  # "d'après" is tokenised as d ' après
_TITLES = frozenset(["m", "mme", "mlle", "dr", "pr", "me", "mgr"])
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
_SPACED_TOKEN = re.compile(r"\s*+(?:\w++(?:[-‑]\w++)*+|[^\w\s])")
_INVERTED = re.compile(r"^(\w+?)(?:-t)?-(il|elle|on|ils|elles)$")
_OPENING = frozenset('«“„‹"')
_CLOSING = frozenset('»”›"“')
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"»”)]*\s+[\"«“A-ZÀ-Ý0-9])|\n+")


def _is_cap(word: str) -> bool:
    first = word[:1]
    if not ("A" <= first <= "Z" or "À" <= first <= "Þ" and first != "×"):
        return False
    return any(c.islower() for c in word[1:]) or (
        len(word) > 1 and word.isupper() and word.isalpha()
    )


# --- people --------------------------------------------------------------------------------

_NAME_SEQ = re.compile(
    r"(?<![\w’'-])(?:[A-ZÀ-ÖØ-Þ][\w’'-]*\.?(?:[ \u00a0](?:(?:de|du|des|von|van|der|den|da|di|del|"
    r"bin|ben|al|el|la|le)[ \u00a0])?[A-ZÀ-ÖØ-Þ][\w’'-]*)*)"
)


def detect_people(text: str) -> list[NameMention]:
    """Return person mentions found with a first-name list, titles and surname linking."""
    first = _first_names()
    roles = _word_lists()["role"]
    full: list[NameMention] = []
    singles: list[tuple[int, int, str]] = []
    for match in _NAME_SEQ.finditer(text):
        words = match.group().replace("\u00a0", " ").split(" ")
        start = match.start()
        # split off capitalised words that cannot open a name (sentence-initial "Le", "Selon" ...)
        while (
            words
            and _key(words[0]) not in first
            and len(words) > 1
            and (
                _key(words[0]).rstrip(".") in _TITLES
                or _key(words[0]) in _PREPOSITIONS | _DETERMINERS | _ADVERBS
                or _key(words[0]) in roles
                or _key(words[0]) in ("selon", "president", "pour", "mais", "et", "alors")
            )
        ):
            start += len(words[0]) + 1
            words = words[1:]
        for i in range(1, len(words)):  # "République François Hollande", "Rouen Dominique Lebrun"
            if _key(words[0]) not in first and _key(words[i]) in first and len(words) - i >= 2:
                start += len(" ".join(words[:i])) + 1
                words = words[i:]
                break
        name = " ".join(words).rstrip(".")
        end = start + len(name)
        if (
            len(words) >= 2
            and _key(words[0]) in first
            or len(words) >= 2
            and _preceded_by_role(text, start)
        ):
            full.append(NameMention(start, end, name, "person"))
        elif len(words) == 1:
            singles.append((start, end, name))
    by_surname: dict[str, str] = {}
    for mention in full:
        parts = mention.name.split(" ")
        by_surname.setdefault(_key(parts[-1]), mention.name)
        if len(parts) > 2:  # "Bruno Le Roux" is also "Le Roux"
            by_surname.setdefault(_key(" ".join(parts[1:])), mention.name)
    found = list(full)
    for start, end, word in singles:
        canonical = by_surname.get(_key(word))
        if (
            canonical is None
            and _role_just_before(text, start)
            and _key(word) not in first
            and not word.isupper()
            and _key(word) not in _NOT_NAMES
        ):
            canonical = word
        if canonical is not None:
            found.append(NameMention(start, end, canonical, "person"))
    # "Le Roux" after a first mention of "Bruno Le Roux"
    for match in re.finditer(r"\b(?:Le|La|De|Du) [A-ZÀ-Þ][\w-]+", text):
        canonical = by_surname.get(_key(match.group()))
        if canonical is not None:
            found.append(NameMention(match.start(), match.end(), canonical, "person"))
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[NameMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


_NOT_NAMES = frozenset(
    ["nous", "vous", "il", "elle", "ils", "elles", "on", "je", "tu", "le", "la", "les", "un", "une"]
)


def _role_just_before(text: str, start: int) -> bool:
    """`le président Macron`, `M. Hamon`: a title, role or nationality word right before."""
    words = re.findall(r"[\w.-]+", text[max(0, start - 40) : start])
    if not words:
        return False
    last = _key(words[-1]).rstrip(".")
    return last in _TITLES or last in _word_lists()["role"]


_ROLE_BEFORE = re.compile(
    r"(?:\b(?:M|Mme|Mlle|Dr|Pr|Me|Mgr)\.?|\b[\w-]+(?: [\w'’-]+){0,6}?)\s*,?\s*$"
)


def _preceded_by_role(text: str, start: int) -> bool:
    window = text[max(0, start - 80) : start]
    words = re.findall(r"[\w-]+", window)[-8:]
    if not words:
        return False
    if _key(words[-1]).rstrip(".") in _TITLES:
        return True
    roles = _word_lists()["role"]
    return any(_key(w) in roles for w in words[-6:]) and not window.rstrip().endswith(".")


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
    ]
)


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


class _Article:
    """Tokens, sentences, people and what appositions teach about them."""

    def __init__(self, text: str, quotes: list[QuoteSpan], people, organisations) -> None:
        self.text = text
        # Built with C-level findall/map/zip: a Python loop over ~1,000 tokens was a third of the
        # time.  Each part is a token with the spaces before it, so the parts tile the text and
        # their running length gives every token's end.
        parts = _SPACED_TOKEN.findall(text)
        ends = list(accumulate(map(len, parts)))
        raws = list(map(str.lstrip, parts))
        starts = list(map(sub, ends, map(len, raws)))
        self.tokens: list[tuple[int, int, str, str]] = list(
            zip(starts, ends, raws, map(_TOKEN_KEYS.__getitem__, raws), strict=True)
        )
        self.starts = starts
        self.people = sorted(people, key=lambda m: m.start)
        self.orgs = sorted(organisations or [], key=lambda m: m.start)
        self.person_at = {m.start: m for m in self.people}
        self.person_starts = [m.start for m in self.people]
        self.org_at = {m.start: m for m in self.orgs}
        self.quote_ranges = sorted((q.start - 1, q.end) for q in quotes)
        # in_quote[k]: token k lies inside a quotation (marks excluded), looked up in O(1)
        self.in_quote = [False] * len(self.tokens)
        for q_start, q_end in self.quote_ranges:
            i, j = bisect.bisect_left(starts, q_start + 1), bisect.bisect_left(starts, q_end)
            self.in_quote[i:j] = [True] * (j - i)
        self.sentence_starts = self._sentences()
        self.prominence = Counter(m.name for m in self.people)
        self.gender = {m.name: _first_names().get(_key(m.name.split(" ")[0])) for m in self.people}
        self.roles: dict[str, set[str]] = {}
        self.org_phrases: dict[str, str] = {}  # head noun -> last organisation named with it
        self.subjects: list[tuple[int, str | None, str | None]] = []  # (pos, name, gender)
        self._learn_roles()
        self._learn_subjects()

    # sentences: boundaries outside quotations only
    def _sentences(self) -> list[int]:
        starts = [0]
        q_starts = [r[0] for r in self.quote_ranges]
        for match in _SENTENCE_END.finditer(self.text):
            pos = match.end()
            i = bisect.bisect_right(q_starts, pos) - 1
            inside = i >= 0 and self.quote_ranges[i][0] < pos < self.quote_ranges[i][1]
            if inside and "\n" not in match.group():
                continue
            starts.append(pos)
        return starts

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[max(i, 0)], end

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

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
            m = re.match(r"\s*,\s*([^,.;:()]{2,120})", after)
            if m:
                self._teach(person.name, m.group(1), before_name=False)

    def _teach(self, name: str, phrase: str, *, before_name: bool) -> None:
        raw = re.findall(r"[\w-]+", phrase)
        words = [_key(w) for w in raw]
        roles = _word_lists()["role"]
        if before_name:  # keep the noun phrase ending at the name: "... le président ukrainien"
            for i in range(len(words) - 1, -1, -1):
                if words[i] not in roles and not _fits_role_phrase(raw[i], words[i]):
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
            if len(words) > 12:
                return
            if not any(w in roles for w in words[:3]):
                return
        content = {w for w in words if w not in _PREPOSITIONS and w not in _DETERMINERS}
        self.roles.setdefault(name, set()).update(content)

    def _learn_subjects(self) -> None:
        """Clause subjects are the pronoun targets: a person or organisation followed by its verb
        (past an apposition), never a complement (`les parents de X`, `d'après X`); an unnamed
        subject (`L'avocate de Benoît Hamon précise`) counts too, so that `elle` does not skip
        it to reach a name further back."""
        tokens = self.tokens
        for m in sorted(self.people + self.orgs, key=lambda m: m.start):
            tok = self.token_index(m.start)
            k = tok - 1
            while k > 0 and (tokens[k][2] in "'’" or tokens[k][3] in ("l", "la", "le", "les")):
                k -= 1
            det = tokens[tok - 1 - (tokens[tok - 1][2] in "'’")][3] if tok > 1 else ""
            if k >= 0 and (tokens[k][3] in _PREPOSITIONS or tokens[k][3] == "que"):
                continue  # a complement: `les parents de Quentin Roy`, `au ministère`
            if not self._verb_follows(self.token_index(m.end), sentence_initial=self._opens(tok)):
                continue
            if m.kind == "person":
                self.subjects.append((m.start, m.name, self.gender.get(m.name) or ""))
            elif det in ("le", "la", "l") and _key(m.name.split()[0]) in _word_lists()[
                "organisation"
            ]:  # `le ministère des Finances a proposé … il a indiqué`
                gender = _np_gender(det, _key(m.name.split()[0]))
                if gender:
                    self.subjects.append((m.start, m.name, gender))
        lists = _word_lists()
        animate = lists["role"] | lists["anonymous"] | lists["organisation"]
        for start in self.sentence_starts:
            tok = self.token_index(start)
            if tok + 2 >= len(tokens) or tokens[tok][3] not in _DETERMINERS:
                continue
            head = tok + 1 + (tokens[tok + 1][2] in "'’")
            if head >= len(tokens) or tokens[head][0] in self.org_at:
                continue
            word = tokens[head][3]
            if word not in animate or self.person_starting(head):
                continue
            end = head + 1
            while end < len(tokens) and end - head < 8 and tokens[end][3] in (
                "de", "du", "des", "d", "l", "la", "le", "'", "’") or _is_cap(tokens[end][2]):
                end += 1
            if not self._verb_follows(end, sentence_initial=True):
                continue
            det = tokens[tok][3]
            gender = "p" if det in ("les", "des", "ces", "ses", "leurs") else _np_gender(det, word)
            sub = _noun_phrase(self, tok, end)
            name = sub.name if sub is not None and sub.kind == "person" else None
            if sub is not None and sub.kind == "organisation":
                name = sub.name
            self.subjects.append((tokens[tok][0], name or "", gender or ""))
        self.subjects.sort()

    def _opens(self, tok: int) -> bool:
        """True when token `tok` opens its sentence (or follows an opening `Vers 10h50,`)."""
        s_start, _ = self.sentence_span(self.tokens[tok][0])
        first = self.token_index(s_start)
        return tok == first or (
            self.tokens[tok - 1][2] == ","
            and not any(self.tokens[k][3] in _verb_forms() or self.tokens[k][3] in _AUX
                        for k in range(first, tok - 1))
            and tok - first <= 6
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
                if sentence_initial or nxt in _AUX or nxt in forms:
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
                or word in ("s", "se")
            ):
                return True
            if word in ("quant", "a", "lui", "elle", "ne", "n", "aussi", "egalement", "y"):
                tok += 1
                steps += 1
                continue
            return False
        return False

    def add_subject(self, pos: int, name: str | None, gender: str | None) -> None:
        bisect.insort(self.subjects, (pos, name or "", gender or ""))

    def resolve_pronoun(self, pos: int, gender: str) -> tuple[str | None, float]:
        """Most recent subject/speaker before `pos` whose gender agrees."""
        if gender == "p":
            return None, 0.3
        i = bisect.bisect_left(self.subjects, (pos,)) - 1
        while i >= 0:
            _, name, g = self.subjects[i]
            if not g or g == gender:
                return (name or None), 0.8
            i -= 1
        # no subject seen: the nearest person mentioned before
        j = bisect.bisect_left(self.person_starts, pos) - 1
        while j >= 0:
            person = self.people[j]
            g = self.gender.get(person.name)
            if not g or g == gender:
                return person.name, 0.5
            j -= 1
        return None, 0.2

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
        if head in _MEDIA:  # the newspaper named last, in this sentence or the one before
            s_start, _ = self.sentence_span(pos)
            p_start, _ = self.sentence_span(max(s_start - 1, 0))
            if i >= 0 and self.orgs[i].start >= p_start:
                return self.orgs[i].name
            return None
        j = i
        while j >= 0:
            if _key(self.orgs[j].name).split(" ")[0] == head:
                return self.orgs[j].name
            j -= 1
        if head in _word_lists()["organisation"] and head not in _NAMED_HEADS:
            # `l'association`, `l'émission`: the organisation named in this or the last sentence
            s_start, _ = self.sentence_span(pos)
            p_start, _ = self.sentence_span(max(s_start - 1, 0))
            if i >= 0 and self.orgs[i].start >= p_start:
                return self.orgs[i].name
        return None

    def resolve_role(
        self, words: list[str], gender: str | None, pos: int = 1 << 60
    ) -> tuple[str | None, float]:
        """Person an apposition taught this role; a nationality falls back on prominence."""
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
            if content[0] not in generic and content[0] not in taught:
                continue  # a secrétaire général is not the patron an apposition described
            score = sum(1.0 for w in content if w in taught)
            if content[0] in generic and score:
                score += 0.5
            if score > best_score or (
                score == best_score
                and score
                and best
                and (self.prominence[name] > self.prominence[best])
            ):
                best, best_score = name, score
        if best is not None and best_score >= 1:
            return best, 0.75
        nationalities = {w for w in content if _nationality(w)}
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
                name = self.subjects[i][1]
                if name and name in self.prominence and fits(name):
                    return name, 0.5
                i -= 1
            for name, _ in self.prominence.most_common():
                if fits(name):
                    return name, 0.5
        return None, 0.2


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
    while tok < limit and (
        tokens[tok][3] in _ADVERBS - {"le", "la", "l", "les", "lui", "elle"}
        or tokens[tok][2] in "'’"
        and tok and tokens[tok - 1][3] == "aujourd"
    ):
        tok += 1
    if (  # `selon les propos du directeur`: the speaker is the complement of the speech noun
        tok + 2 < limit
        and tokens[tok][3] in _DETERMINERS
        and tokens[tok + 1][3] in _word_lists()["speech"]
        and tokens[tok + 2][3] in ("de", "du", "des", "d")
    ):
        tok += 3
        tok += tok < limit and tokens[tok][2] in "'’"
    if tok >= limit:
        return None
    person = art.person_starting(tok)
    if person is not None:
        return _person_subject(art, person, 0.9)
    word = tokens[tok][3]
    if word in _PRONOUNS:
        return _pronoun(art, tok)
    if word == "qui":
        return _antecedent(art, tok)
    return _noun_phrase(art, tok, limit)


def _person_subject(art: _Article, person: NameMention, confidence: float) -> _Subject:
    """A person mention as a subject; `le pape François` stays "François" even when the
    entity detector linked the first name to another François of the article."""
    written = art.text[person.start : person.end]
    name = person.name
    if " " not in written and name != written and _key(written) in _first_names():
        k = art.token_index(person.start) - 1
        if k >= 0 and art.tokens[k][3] in _word_lists()["regnal"]:
            name = written
    return _Subject(name, "person", written, confidence, person.start)


def _pronoun(art: _Article, tok: int) -> _Subject:
    start, end, raw, word = art.tokens[tok]
    name, conf = art.resolve_pronoun(start, _PRONOUNS[word])
    return _Subject(name, "person" if name else None, raw, conf, start)


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
        if raw in ',.;:!?()«»"“”[]' or word in (
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
        words.append(k)
        k += 1
    while words and tokens[words[-1]][3] in ("de", "du", "des", "d", "'", "’", "l", "la", "le"):
        words.pop()
    if not words:
        return None
    # a person named inside the phrase: "le président ukrainien Volodymyr Zelensky"
    # but not a complement: "les parents de Quentin Roy", "l'avocate de Benoît Hamon"
    for i in words:
        person = art.person_starting(i)
        if person is not None:
            if tokens[i - 1][3] in ("de", "du", "des", "d", "'"):
                break
            return _person_subject(art, person, 0.85)
    mention = art.text[tokens[first][0] : tokens[words[-1]][1]]
    keys = [tokens[i][3] for i in words]
    head = keys[0]
    if det in ("ce", "cette") and keys == [_DERNIER[det]]:
        # `Ce dernier, accusant Soros …, a affirmé`: the person named last before the phrase
        name = art.person_before(tokens[first][0], "f" if det == "cette" else "m")
        return _Subject(name, "person" if name else None, mention, 0.7, tokens[first][0])
    if head in lists["anonymous"] or (det in ("un", "une", "des") and head in lists["role"]):
        return _Subject(None, None, mention, 0.3, tokens[first][0])
    if head in lists["role"] and k + 1 < len(tokens) and tokens[k][2] == ",":
        person = art.person_starting(k + 1)  # `le directeur de la centrale, Stéphane Brasseur`
        if person is not None:
            return _person_subject(art, person, 0.85)
    if head in lists["role"] or _nationality(head):
        name, conf = art.resolve_role(keys, _np_gender(det, head), tokens[first][0])
        return _Subject(name, "person" if name else None, mention, conf, tokens[first][0])
    org = art.org_at.get(tokens[words[0]][0]) or art.org_at.get(tokens[first][0])
    if org is not None:
        return _Subject(org.name, "organisation", mention, 0.8, tokens[first][0])
    if len(words) == 1 and det in ("le", "la", "l", "les") and (
        head in lists["organisation"] or _is_cap(tokens[words[0]][2])
    ):
        # `le parquet` after `le parquet fédéral de Belgique`, `le journal` after `Le Figaro`,
        # `l'Ordre` after `l'Ordre de Malte`, `l'association` after `Greenpeace`
        name = art.refer_back(head, tokens[first][0])
        if name is not None:
            return _Subject(name, "organisation", mention, 0.6, tokens[first][0])
        if head not in _NAMED_HEADS and not _is_cap(tokens[words[0]][2]):
            return _Subject(None, None, mention, 0.3, tokens[first][0])  # not a name
    caps = [i for i in words if _is_cap(tokens[i][2])]
    if head in lists["organisation"] and len(words) > 1 and caps and caps[0] == words[1]:
        # "le journal Le Monde" -> "Le Monde"
        name = art.text[tokens[caps[0]][0] : tokens[words[-1]][1]]
        return _Subject(name, "organisation", mention, 0.7, tokens[first][0])
    if head in lists["organisation"] or _is_cap(tokens[words[0]][2]):
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
        if len(words) > 1 and head in lists["organisation"]:
            art.org_phrases[head] = name
        return _Subject(name, "organisation", mention, 0.7, tokens[first][0])
    return None


_DERNIER = {"ce": "dernier", "cette": "derniere"}
# heads that name an institution by themselves (`le parquet`, `le gouvernement`): never taken
# for another organisation named just before
_NAMED_HEADS = frozenset(["parquet", "gouvernement", "police", "gendarmerie", "justice", "kremlin",
                          "pentagone", "elysee", "matignon", "onu", "otan", "ue", "senat",
                          "secours", "prefecture", "mairie", "presidence"])
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
    s_start, _ = art.sentence_span(art.tokens[tok][0])
    subject = _subject_before(art, tok, art.token_index(s_start), nearest=True)
    if subject is not None:
        subject.mention = "qui"
    return subject


def _subject_before(art: _Article, verb_tok: int, first_tok: int, *, nearest: bool = True):
    """The subject of a verb: the nearest (or first) mention in [first_tok, verb_tok)."""
    tokens = art.tokens
    found: list[tuple[int, int]] = []  # (token index, kind) candidates in order
    k = first_tok
    while k < verb_tok:
        raw, word = tokens[k][2], tokens[k][3]
        prev = tokens[k - 1][3] if k > first_tok else ""
        prev2 = tokens[k - 2][3] if k - 1 > first_tok else ""
        after_prep = (
            prev in _PREPOSITIONS
            or (prev in _DETERMINERS and prev2 in _PREPOSITIONS)
            or (
                prev in ("'", "’") and prev2 in ("d", "l") and tokens[k - 3][3] in _PREPOSITIONS
                if k - 2 > first_tok
                else prev in ("'", "’") and prev2 == "d"
            )
        )
        if art.in_quote[k]:  # « … la décision des États-Unis … »: words of the quotation
            k += 1
            continue
        person = art.person_starting(k)
        if person is not None:
            if not after_prep:
                found.append((k, 0))
            while k < verb_tok and tokens[k][1] <= person.end:
                k += 1
            continue
        if word in ("il", "elle", "ils", "elles", "on", "qui") and not after_prep:
            found.append((k, 1))
        elif word in _DETERMINERS and not after_prep and k + 1 < verb_tok:
            found.append((k, 2))
        elif (
            _is_cap(raw)
            and not after_prep
            and (k > first_tok or tokens[k][0] in art.org_at)
            and prev not in _DETERMINERS
            and word not in _NOT_NAMES
            and not art.in_quote[k]
        ):
            found.append((k, 3))
        k += 1
    if nearest and len(found) > 1 and found[-1][1] >= 2:
        head = _clause_head(art, found[0], first_tok, verb_tok)
        if head is not None:
            return head
    order = reversed(found) if nearest else iter(found)
    for k, kind in order:
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
        if sub is not None and (kind == 2 or sub.kind == "organisation"):
            return sub
    return None


def _clause_head(art: _Article, candidate: tuple[int, int], first_tok: int, verb_tok: int):
    """`Eric Drouet, Gilet jaune de Melun dit`, `Yannick Jadot, candidat EELV, a affirmé`,
    `Ce dernier, accusant Soros …, a affirmé`: a person opening the clause and followed by a
    comma is the subject; the nouns of the apposition or incise after it are not."""
    tokens = art.tokens
    k, kind = candidate
    if kind not in (0, 2) or not (k == first_tok or tokens[k - 1][2] == ","):
        return None
    if kind == 0:
        person = art.person_starting(k)
        end = art.token_index(person.end)
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
    sub = _noun_phrase(art, k, end)
    return sub if sub is not None and sub.kind == "person" and sub.name else None


# --- cues ----------------------------------------------------------------------------------


def _skip_adverbs(art: _Article, tok: int, limit: int) -> int:
    while tok < limit and (
        art.tokens[tok][3] in _ADVERBS - {"le", "la", "l", "les", "lui"}
        or art.tokens[tok][2] in "'’"
    ):
        tok += 1
    return tok


def _cue_after(art: _Article, quote: QuoteSpan, limit: int):
    """`« … », a ajouté X`, `« … » a-t-il déclaré`, `« … », explique X`, `« … », selon X`."""
    tokens = art.tokens
    tok = art.token_index(quote.end)
    while tok < limit and tokens[tok][2] in '»”›"“':
        tok += 1
    start_tok = tok
    while tok < limit and tokens[tok][2] in ",)…-–—":
        tok += 1
    return _cue_at(art, tok, limit) or _caption(art, start_tok, limit)


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
    cue = _verb_group(art, tok, limit)
    if cue is None:
        return None
    cue_text, next_tok, pronoun = cue
    if pronoun is not None:
        name, conf = art.resolve_pronoun(tokens[tok][0], _PRONOUNS[pronoun])
        sub = _Subject(name, "person" if name else None, pronoun, conf, tokens[tok][0])
        return sub, cue_text, "pronoun"
    sub = _np_after(art, next_tok, limit)
    if sub is None:
        return None
    return sub, cue_text, "cue-after"


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
        found = _cue_at(art, j, limit)
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
            if sub is not None and "pp" in sub[1]:
                return art.text[start : tokens[k][1]], k + 1, pronoun
        return None
    if form is not None and form[1] != "ppr":
        return art.text[start : tokens[tok][1]], tok + 1, pronoun
    return None


def _caption(art: _Article, tok: int, limit: int):
    """`« … » Markus Preiß, ARD Bruxelles`: a person named right after the quote, then a comma."""
    tokens = art.tokens
    while tok < limit and tokens[tok][2] in ",–—-":
        tok += 1
    person = art.person_starting(tok) if tok < limit else None
    if person is None:
        return None
    nxt = art.token_index(person.end)
    if nxt < len(tokens) and tokens[nxt][2] in ",(":
        sub = _person_subject(art, person, 0.8)
        return sub, None, "caption"
    return None


def _cue_before(art: _Article, quote: QuoteSpan, mark_pos: int):
    """The nearest reporting cue earlier in the sentence, and its subject."""
    tokens = art.tokens
    s_start, _ = art.sentence_span(mark_pos)
    first = art.token_index(s_start)
    last = art.token_index(mark_pos)
    for k in range(last - 1, first - 1, -1):
        word = tokens[k][3]
        if art.in_quote[k]:
            continue
        if word in _SELON or word == "pour" and (k == first or tokens[k - 1][2] == ","):
            if word == "apres" and not (k >= 2 and tokens[k - 2][3] == "d"):
                continue
            sub = _np_after(art, k + 1, last)
            if sub is None:
                continue
            end = art.token_index(
                art.text.find(",", tokens[k][1], mark_pos)
                if "," in art.text[tokens[k][1] : mark_pos]
                else mark_pos
            )
            if word == "pour" and end >= last:
                continue
            cue_start = tokens[k - 2][0] if word == "apres" else tokens[k][0]
            return sub, art.text[cue_start : tokens[k][1]], "selon"
        inv = ("-" in word and _INVERTED.match(word))
        base = inv.group(1) if inv else word
        form = verb_form(base)
        if form is None:
            continue
        cue_start = k
        j = k - 1
        while j >= first and (
            tokens[j][3] in _ADVERBS or tokens[j][3] in _AUX or tokens[j][2] in "'’"
        ):
            if tokens[j][3] in _AUX or tokens[j][3] in ("s", "se"):
                cue_start = j
            j -= 1
        cue = art.text[tokens[cue_start][0] : tokens[k][1]]
        if inv:
            name, conf = art.resolve_pronoun(tokens[k][0], _PRONOUNS[inv.group(2)])
            return (
                _Subject(name, "person" if name else None, inv.group(2), conf, tokens[k][0]),
                cue,
                "pronoun",
            )
        b = k - 1
        while b > first and tokens[b][3] in _CLITICS:  # les qualifiant, en leur disant
            b -= 1
        if form[1] == "ppr" and b == k - 1 and b > first and tokens[b][2] not in ",;":
            # `des manifestants réclamant …`: the participle qualifies the noun just before it
            person = art.person_ending(b)
            if person is None:
                return _Subject(None, None, tokens[b][2], 0.3, tokens[k][0]), cue, "participle"
            return _person_subject(art, person, 0.8), cue, "participle"
        if form[1] == "ppr":  # affirmant, soulignant: the subject of the sentence
            sub = _subject_before(art, k, first, nearest=False)
            if sub is None:
                sub = _previous_speaker(art, tokens[k][0])
            return (sub, cue, "participle") if sub else None
        sub = _subject_before(art, cue_start, first, nearest=True)
        j = cue_start - 1
        while j > first and tokens[j][2] in "'’":
            j -= 1
        if sub is None and (j < first or tokens[j][3] in _INVERSION_OPENERS):
            # `Selon ce qu'a confié à France Info Jacques Witkowski`, `Comme l'a dit X`
            sub = _inverted_subject(art, k + 1, last)
        if sub is None:
            continue
        method = "pronoun" if sub.mention in ("il", "elle") else "cue-before"
        return sub, cue, method
    return None


_INVERSION_OPENERS = frozenset(["qu", "que", "ce", ",", "l", "comme", "ainsi", "selon", "ou"])


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
    tok = art.token_index(quote.end)
    while tok < limit and tokens[tok][2] in '»”›"“':
        tok += 1
    if tok >= limit or tokens[tok][3] != "par":
        return None
    k = art.token_index(quote.start) - 2  # the word before the opening mark
    s_start, _ = art.sentence_span(quote.start)
    first = art.token_index(s_start)
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
    person = art.person_ending(k) if k >= 0 else None
    if person is not None:  # `le pape François « s'associe à la douleur »`
        k0 = art.token_index(person.start) - 1
        s_start, _ = art.sentence_span(mark_pos)
        if k0 < 0 or tokens[k0][0] < s_start or tokens[k0][3] in _DETERMINERS | _word_lists()[
            "role"
        ] | _word_lists()["regnal"]:
            return _person_subject(art, person, 0.7), None, "copula"
    while k >= 0 and tokens[k][3] in ("se", "s", "'", "dit", "dite", "montre", "montree",
                                      "declare", "declaree", "ne", "n", "pas", "plus", "tres",
                                      "bien", "toujours", "encore", "aussi", "egalement"):
        if tokens[k][3] in ("dit", "montre", "declare", "dite", "montree", "declaree"):
            break
        k -= 1
    if k < 0 or not (tokens[k][3] in _COPULAS or tokens[k][3] in ("dit", "montre", "declare")):
        return None
    s_start, _ = art.sentence_span(mark_pos)
    sub = _subject_before(art, k, art.token_index(s_start), nearest=True)
    if sub is None or sub.kind != "person" or not sub.name or sub.mention in ("il", "elle"):
        return None
    return sub, tokens[k][2], "copula"


def _is_title(quote: QuoteSpan) -> bool:
    """« 20 Heures », « Obamacare », « Mohamed R. »: a name or title in marks, not speech."""
    if quote.kind != "fragment":
        return False
    words = quote.text.split()
    return any(c.isalpha() for c in quote.text) and all(
        w[0].isupper() or w[0].isdigit() for w in words
    )


def _previous_speaker(art: _Article, pos: int) -> _Subject | None:
    name, conf = art.resolve_pronoun(pos, "m")
    return _Subject(name, "person", "", conf * 0.8, pos) if name else None


# --- main ----------------------------------------------------------------------------------


def attribute_speakers(
    text: str,
    quotes: list[QuoteSpan],
    *,
    people: list[NameMention] | None = None,
    organisations: list[NameMention] | None = None,
) -> list[Attribution]:
    """Return one Attribution per quotation, in the order of `quotes`."""
    if not quotes:
        return []
    if people is None:
        people = detect_people(text)
    art = _Article(text, quotes, people, organisations)
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    keys = [_quote_key(q.text) for q in quotes]
    results: list[Attribution | None] = [None] * len(quotes)
    by_text: dict[str, Attribution] = {}
    previous: tuple[int, Attribution] | None = None  # (end of previous quote, its attribution)
    pending_chain: list[int] = []
    for n, i in enumerate(order):
        quote = quotes[i]
        mark_pos = quote.start - 1
        while mark_pos > 0 and text[mark_pos] not in _OPENING and text[mark_pos] != "”":
            mark_pos -= 1
        s_start, s_end = art.sentence_span(mark_pos)
        limit = art.token_index(min(s_end + 1, len(text)))
        limit = min(max(limit, art.token_index(quote.end) + 12), len(art.tokens))
        attribution = None
        if _is_title(quote):
            results[i] = Attribution(None, None, None, None, "title", 0.5)
            continue
        found = _cue_after(art, quote, limit) or _passive_agent(art, quote, limit)
        if found is None and _is_charge(quote):
            results[i] = Attribution(None, None, None, None, "charge", 0.5)
            continue
        if found is None:
            found = _copula(art, mark_pos) or _cue_before(art, quote, mark_pos)
        if found is None:
            found = _cue_later(art, quote, s_end)
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
            if sub.kind == "person" or sub.kind is None:
                art.add_subject(
                    quote.start,
                    sub.name,
                    art.gender.get(sub.name or "") or _mention_gender(sub.mention),
                )
        elif quote.kind != "fragment" and _followed_by_quote(art, quote, order, quotes, n):
            # `« A. » « B », a répondu X`: a run of speech; a fragment ends a narrative sentence
            pending_chain.append(i)
            continue
        else:
            attribution = _carry_over(art, quote, mark_pos, previous, by_text)
        for j in pending_chain:
            a = attribution
            results[j] = Attribution(
                a.speaker,
                a.speaker_kind,
                a.cue,
                a.mention,
                (a.method or "") and "chain",
                round(a.confidence * 0.9, 2),
            )
        pending_chain = []
        results[i] = attribution
        if attribution.speaker and attribution.method not in ("carry-over", "chain"):
            by_text.setdefault(keys[i], attribution)
        previous = (quote.end, attribution)
    for j in pending_chain:
        results[j] = _carry_over(art, quotes[j], quotes[j].start - 1, previous, by_text)
    # headlines and captions repeating a quotation attributed further down
    for i in range(len(quotes)):
        a = results[i]
        if a is not None and a.method == "title":
            continue
        weak = a is None or a.speaker is None or a.method == "carry-over"
        b = by_text.get(keys[i]) if weak else None
        if b is not None and b is not a:
            results[i] = Attribution(b.speaker, b.speaker_kind, b.cue, b.mention, "repeat", 0.7)
    return [a if a is not None else _NONE for a in results]


_QUOTE_KEY = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})


def _quote_key(text: str) -> str:
    """Key of a quotation's words for the repeat rule: case, apostrophes and spaces ignored."""
    return " ".join(text.translate(_QUOTE_KEY).casefold().split())


def _mention_gender(mention: str | None) -> str | None:
    if not mention:
        return None
    word = _key(mention.split(" ")[0])
    return {"elle": "f", "la": "f", "il": "m", "le": "m"}.get(word)


def _other_person_between(art: _Article, start: int, end: int, speaker: str) -> bool:
    """True when someone other than `speaker` is named in text[start:end] (outside quotes)."""
    i = bisect.bisect_left(art.person_starts, start)
    while i < len(art.people) and art.people[i].start < end:
        if art.people[i].name != speaker:
            return True
        i += 1
    return False


def _followed_by_quote(art, quote, order, quotes, n) -> bool:
    if n + 1 >= len(order):
        return False
    nxt = quotes[order[n + 1]]
    between = art.text[quote.end : nxt.start]
    return len(between) <= 8 and not any(c.isalnum() for c in between)


def _carry_over(art: _Article, quote: QuoteSpan, mark_pos: int, previous, by_text) -> Attribution:
    """No cue: a cue in the previous sentence, else the previous quote's speaker if close."""
    s_start, _ = art.sentence_span(mark_pos)
    if quote.kind == "fragment" and art.text[s_start:mark_pos].strip():
        # « discret », « réservés », « homme violent »: words quoted inside a narrative
        # sentence with no cue of their own are descriptions, often from unnamed people.
        return _NONE
    prev_start, _ = art.sentence_span(max(s_start - 1, 0))
    if prev_start < s_start:
        fake = QuoteSpan(s_start, s_start, "", "fragment", False, "")
        found = _cue_before(art, fake, s_start - 1) if s_start > 0 else None
        if found is not None and found[0].name:
            sub = found[0]
            return Attribution(
                sub.name,
                sub.kind,
                found[1],
                sub.mention or None,
                "carry-over",
                round(min(sub.confidence, 0.7), 2),
            )
    if (
        previous is not None
        and previous[1].speaker
        and previous[0] >= prev_start
        and not _other_person_between(art, previous[0], mark_pos, previous[1].speaker)
    ):
        a = previous[1]
        return Attribution(a.speaker, a.speaker_kind, a.cue, a.mention, "carry-over", 0.5)
    if _quote_key(quote.text) in by_text:
        return _NONE
    if s_start == mark_pos or art.text[s_start:mark_pos].strip() == "":
        name, conf = art.resolve_pronoun(mark_pos, "m")
        if name and not _other_person_between(art, prev_start, mark_pos, name):
            return Attribution(name, "person", None, None, "carry-over", 0.4)
    return _NONE
