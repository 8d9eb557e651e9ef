"""One tokenisation of a cleaned text, shared by the entity detector and the speaker rules.

A token is a word (letters and digits, hyphenated compounds kept whole: `Saint-Denis`,
`a-t-il`) or any other single visible character (punctuation, quotation marks, apostrophes).
Spaces, line breaks and invisible characters (zero-width spaces, joiners, byte-order marks,
which scraped text carries) separate tokens and belong to no token.  The analysis of an article
splits it once: the two passes that need tokens read the same lists.
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["BLANKS", "Tokens"]

BLANKS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + (
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
)
# A capturing split: gaps and tokens alternate, offsets follow from their lengths and no Match
# object is made per token.  Possessive quantifiers: no backtracking.  (`\w++(?:[-‐‑]\w++)*+`
# written so that the regex engine enters no repeat after a word without a hyphen, and both
# alternatives open with a character class, which it rejects cheaply.)
_SPLIT = re.compile(rf"(\w\w*+(?:[-‐‑]\w++(?:[-‐‑]\w++)*+|)|[^\w{BLANKS}])")


class Tokens:
    """The tokens of one text as parallel lists: words, start and end offsets, and the gap
    (spaces, line breaks) before each token."""

    __slots__ = ("text", "words", "starts", "ends", "gaps")

    def __init__(self, text: str) -> None:
        self.text = text
        # Built sequence by sequence with C-level split/accumulate, no Python loop per token:
        # this runs on every imported article.
        parts = _SPLIT.split(text)  # gap, word, gap, word, ..., trailing gap
        self.gaps: list[str] = parts[0:-1:2]
        self.words: list[str] = parts[1::2]
        offsets = list(accumulate(map(len, parts), initial=0))
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
