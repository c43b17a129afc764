"""Text analysis for lexical retrieval: casefold, accent folding, stop words, Snowball stems.

`analyze` runs on every stored turn and every query, so it is one regex pass plus a stop-word
set lookup and the Snowball stemmer per language. Snowball comes from `snowballstemmer`,
which uses the C extension of `PyStemmer` when that is installed and its own pure-Python
stemmers otherwise; both produce the same stems, and a per-word memo makes either fast.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

import snowballstemmer  # type: ignore[import-untyped]

from luminora.memory.retrieval.lemmas import LEMMAS
from luminora.memory.retrieval.stopwords import STOP_WORDS, fold

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["ANALYZER_VERSION", "LANGUAGES", "analyze", "index_terms", "simple_tokens"]

ANALYZER_VERSION: Final[int] = 2
"""Changes whenever `analyze` gives some text other terms, so that stores re-analyze the
terms they keep (SQLite does on open). 2: irregular English verbs ("went" -> "go")."""

LANGUAGES: Final[tuple[str, ...]] = ("en", "es", "fr", "pt", "de", "it")
_SNOWBALL_NAMES: Final[dict[str, str]] = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "pt": "portuguese",
    "de": "german",
    "it": "italian",
}
_STEM_MEMO: Final[int] = 20_000  # words per language; a few MB at most
# Letters and digits; "_" and apostrophes split words ("don't" -> "don" "t", "l'école" ->
# "l" "école"); the leftover clitics are stop words or single letters, both dropped.
_WORD: Final[re.Pattern[str]] = re.compile(r"[^\W_]+")
_ASCII_WORD: Final[re.Pattern[str]] = re.compile(r"[a-z0-9]+")  # the same on casefolded ASCII
_HYPHENATED: Final[re.Pattern[str]] = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


@cache
def _stemmer(language: str) -> Callable[[str], str]:
    """The stem function of a language, memoized per word.

    Irregular forms are first mapped to the form their family stems from ("went" -> "go",
    see `lemmas`). Chat vocabulary is small and repetitive, so the memo answers most
    words; it is what keeps the pure-Python fallback (about 25 us a word) usable when
    PyStemmer is missing.
    """
    algorithm = snowballstemmer.stemmer(_SNOWBALL_NAMES.get(language, "english"))
    lemmas = LEMMAS.get(language if language in _SNOWBALL_NAMES else "en", {})

    def stem(word: str) -> str:
        return str(algorithm.stemWord(lemmas.get(word, word)))

    return lru_cache(maxsize=_STEM_MEMO)(stem)


def analyze(text: str, language: str = "en") -> list[str]:
    """Index terms of `text`: folded, stop words and one-letter words dropped, stemmed.

    Accents are folded *before* stemming so "canción" and "cancion" (users often skip
    accents in chat) get the same stem. Numbers are kept as written ("2023", "3pm" -> "3pm").
    Unknown languages fall back to English stop words and stems.

    Args:
        text: any unicode text.
        language: ISO 639-1 code (en, es, fr, pt, de, it).

    Returns:
        The terms in text order, repeats kept (term frequency matters to BM25).
    """
    lowered = text.casefold()
    found = (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)
    if "-" in lowered:
        found += [m.replace("-", "") for m in _HYPHENATED.findall(lowered)]
    language = language if language in _SNOWBALL_NAMES else "en"
    memo = _term_memo(language)
    try:
        terms = [memo[w] for w in found]
    except KeyError:  # a word seen for the first time (or since the memo was cleared)
        terms = [t if (t := memo.get(w)) is not None else _remember(memo, w, language)
                 for w in found]  # fmt: skip
    return [t for t in terms if t]


@cache
def _term_memo(language: str) -> dict[str, str]:
    """word -> its term ("" for a stop word or a single letter), per language (bounded)."""
    return {}


def _remember(memo: dict[str, str], word: str, language: str) -> str:
    """The term of a word the memo does not know yet: folded, filtered, stemmed."""
    folded = fold(word)
    stops = STOP_WORDS[language]
    term = _stemmer(language)(folded) if len(folded) > 1 and folded not in stops else ""
    if len(memo) >= _STEM_MEMO:
        memo.clear()  # chat vocabulary refills it quickly; the stemmer has its own memo
    memo[word] = term
    return term


def index_terms(text: str, language: str | None) -> str:
    """What a store's text index keeps of a message: its terms, space-separated."""
    return " ".join(analyze(text, language or "en"))


def simple_tokens(text: str, language: str = "en") -> list[str]:
    """Plain lowercase word tokens: no folding, stop words or stemming (the BM25 baseline)."""
    del language  # the same for every language, by design
    return _WORD.findall(text.lower())
