"""The user's search query, parsed once into a small tree and compiled for FTS5 or tsquery.

Grammar (what `websearch_to_tsquery` and search engines taught users): words are ANDed,
`"exact phrase"` (also «...» and “...”), `OR` in capitals between two positive items,
`-word` and `-"phrase"` exclude, `prefix*` on a word of 2+ characters. Anything else is a plain
word or is ignored: stray quotes, a lone `-`, `AND`, `NOT`, `NEAR`, `:`, parentheses, symbols.
Every term in a compiled query is one of our own `[a-z0-9]+` stems, so user text never reaches
`MATCH` or `to_tsquery` as syntax (STYLE.md point 4; compare `escape_fts` in datasette).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from articles.text.stemming import UNSTEMMED, iter_tokens, query_languages, token_terms

MAX_QUERY_CHARS = 200
MAX_TERMS = 16
MIN_PREFIX_CHARS = 2

_QUOTES = str.maketrans({ch: '"' for ch in "«»“”„‟＂"})
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_LEXER = re.compile(r'(?P<neg>-*)"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+)')
_IGNORED_WORDS = {"AND", "NOT", "NEAR"}
_STEM = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Term:
    """One term: its stem under each query language (aligned with ParsedQuery.languages)."""

    stems: tuple[str, ...]
    prefix: bool = False
    original: str = ""

    @property
    def alternatives(self) -> tuple[str, ...]:
        """Return the distinct stems, in language order."""
        return tuple(dict.fromkeys(self.stems))


@dataclass(frozen=True, slots=True)
class Phrase:
    """Terms that must follow each other; only the last one may be a prefix."""

    terms: tuple[Term, ...]
    original: str = ""

    def variants(self) -> tuple[tuple[str, ...], ...]:
        """Return the distinct stem sequences, one per query language."""
        per_language = zip(*(term.stems for term in self.terms), strict=True)
        return tuple(dict.fromkeys(per_language))

    @property
    def prefix(self) -> bool:
        return self.terms[-1].prefix


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple["Term | Phrase", ...]


@dataclass(frozen=True, slots=True)
class Not:
    node: "Term | Phrase"


@dataclass(frozen=True, slots=True)
class And:
    """Positive children first, then the Not children."""

    children: tuple["Term | Phrase | Or | Not", ...]


Node = Term | Phrase | Or | Not | And


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    root: Node | None
    languages: tuple[str, ...] = ("fr",)
    truncated: bool = False
    only_negative: bool = False
    words: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to search for (no word, or only exclusions)."""
        return self.root is None or self.only_negative


def _cut(text: str) -> tuple[str, bool]:
    """Return the query cut to MAX_QUERY_CHARS (not mid-word when possible), and whether cut."""
    if len(text) <= MAX_QUERY_CHARS:
        return text, False
    head = text[:MAX_QUERY_CHARS]
    if not text[MAX_QUERY_CHARS].isspace():
        space = max(head.rfind(" "), head.rfind("\t"))
        if space > 0:
            head = head[:space]
    return head, True


def _prefix_stem(plain: str, stem: str) -> str:
    """Return what a prefix must start with: the part `plain` and its stem have in common."""
    common = 0
    for a, b in zip(plain, stem, strict=False):
        if a != b:
            break
        common += 1
    return stem[:common] if common >= MIN_PREFIX_CHARS else plain


def _build(text: str, languages: tuple[str, ...], *, prefix: bool, budget: int):
    """Return the Term or Phrase of a word or phrase (None when it has no term), and whether
    it had more than `budget` terms and was cut."""
    terms: list[Term] = []
    plains: list[str] = []
    for match in iter_tokens(text):
        token = match.group(1)
        stems = [token_terms(token, code) for code in languages]
        for index, plain in enumerate(token_terms(token, UNSTEMMED)):
            terms.append(Term(tuple(stem[index] for stem in stems), False, token))
            plains.append(plain)
    if not terms:
        return None, False
    cut = len(terms) > budget
    del terms[budget:]
    if prefix and not cut and len(plains[-1]) >= MIN_PREFIX_CHARS:
        last = terms[-1]
        stems = tuple(_prefix_stem(plains[-1], stem) for stem in last.stems)
        terms[-1] = Term(stems, True, last.original)
    if len(terms) == 1:
        return Term(terms[0].stems, terms[0].prefix, text), cut
    return Phrase(tuple(terms), text), cut


def _leaves(node: Term | Phrase) -> int:
    return 1 if isinstance(node, Term) else len(node.terms)


def parse_query(text: str, *, languages: Iterable[str] = ("fr",)) -> ParsedQuery:
    """Return the parsed query: a tree of Term, Phrase, Or, Not and And nodes (or None)."""
    codes = query_languages(languages)
    text, truncated = _cut(str(text))
    text = _CONTROLS.sub(" ", text).translate(_QUOTES)

    # Items are (node, negative) pairs; "OR" between two positive items joins them.
    items: list[tuple[Term | Phrase | Or, bool]] = []
    pending_or = False
    budget = MAX_TERMS
    for match in _LEXER.finditer(text):
        word = match.group("word")
        if word is not None:
            if word == "OR":
                pending_or = bool(items) and not items[-1][1]
                continue
            if word in _IGNORED_WORDS:
                continue
            negative = word.startswith("-")
            word = word.lstrip("-")
            prefix = word.endswith("*")
            word = word.rstrip("*")
            original = word
        else:
            negative = bool(match.group("neg"))
            prefix = False
            original = match.group("phrase")
        node, cut = _build(original, codes, prefix=prefix, budget=max(budget, 1))
        if node is None:
            continue
        if budget == 0:
            truncated = True
            break
        truncated = truncated or cut
        budget -= _leaves(node)
        if pending_or and not negative:
            previous, _ = items.pop()
            previous_children = previous.children if isinstance(previous, Or) else (previous,)
            items.append((Or((*previous_children, node)), False))
        else:
            items.append((node, negative))
        pending_or = False

    positives = [node for node, negative in items if not negative]
    negatives = [Not(node) for node, negative in items if negative]
    words = tuple(
        child.original
        for node in positives
        for child in (node.children if isinstance(node, Or) else (node,))
    )
    if not items:
        root = None
    elif len(positives) == 1 and not negatives:
        root = positives[0]
    else:
        root = And((*positives, *negatives))
    return ParsedQuery(root, codes, truncated, bool(negatives) and not positives, words)


def _check(stem: str) -> str:
    # Terms come from analyze(), never from raw user text; this keeps it that way.
    if not _STEM.fullmatch(stem):
        raise ValueError(f"not an index term: {stem!r}")
    return stem


def _split(parsed: ParsedQuery) -> tuple[list[Node], list[Node]]:
    """Return the positive and negated children of the root (empty when nothing to search)."""
    root = parsed.root
    if root is None or parsed.only_negative:
        return [], []
    children = root.children if isinstance(root, And) else (root,)
    positives = [child for child in children if not isinstance(child, Not)]
    negatives = [child.node for child in children if isinstance(child, Not)]
    return positives, negatives


def _fts5(node: Node) -> str:
    if isinstance(node, Term):
        star = " *" if node.prefix else ""
        parts = [f'"{_check(stem)}"{star}' for stem in node.alternatives]
    elif isinstance(node, Phrase):
        star = " *" if node.prefix else ""
        parts = [
            '"' + " ".join(_check(stem) for stem in variant) + '"' + star
            for variant in node.variants()
        ]
    elif isinstance(node, Or):
        parts = [_fts5(child) for child in node.children]
    else:  # And and Not only appear at the root; see to_fts5()
        raise TypeError(f"unexpected node {node!r}")
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def to_fts5(parsed: ParsedQuery) -> str:
    """Return the SQLite FTS5 MATCH expression of the query ('' when there is nothing to find)."""
    positives, negatives = _split(parsed)
    if not positives:
        return ""
    # FTS5's NOT is binary ("a NOT b"), so the positive part goes first.
    expression = " AND ".join(_fts5(node) for node in positives)
    if negatives and len(positives) > 1:
        expression = f"({expression})"
    for node in negatives:
        expression += " NOT " + _fts5(node)
    return expression


def _tsquery(node: Node) -> str:
    if isinstance(node, Term):
        star = ":*" if node.prefix else ""
        parts = [f"'{_check(stem)}'{star}" for stem in node.alternatives]
    elif isinstance(node, Phrase):
        last = len(node.terms) - 1
        parts = [
            "("
            + " <-> ".join(
                f"'{_check(stem)}'" + (":*" if node.prefix and index == last else "")
                for index, stem in enumerate(variant)
            )
            + ")"
            for variant in node.variants()
        ]
    elif isinstance(node, Or):
        parts = [_tsquery(child) for child in node.children]
    else:
        raise TypeError(f"unexpected node {node!r}")
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def to_tsquery(parsed: ParsedQuery) -> str:
    """Return the text for PostgreSQL's to_tsquery('simple', ...) ('' when nothing to find)."""
    positives, negatives = _split(parsed)
    if not positives:
        return ""
    parts = [_tsquery(node) for node in positives]
    parts += ["!" + _tsquery(node) for node in negatives]
    return " & ".join(parts)


def highlight_terms(parsed: ParsedQuery) -> set[str]:
    """Return the stems to mark in a snippet; a prefix term ends with `*`."""
    positives, _ = _split(parsed)
    marked: set[str] = set()
    stack = list(positives)
    while stack:
        node = stack.pop()
        if isinstance(node, Or):
            stack.extend(node.children)
        elif isinstance(node, Phrase):
            stack.extend(node.terms)
        elif isinstance(node, Term):
            marked.update(stem + "*" if node.prefix else stem for stem in node.alternatives)
    return marked
