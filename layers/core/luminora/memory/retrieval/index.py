"""`LexicalIndex`: BM25 over analyzed text in an in-memory SQLite FTS5 table.

Text is analyzed in Python (folding, stop words, Snowball stems: see `analyzer`) and stored
as space-joined terms, so FTS5's `unicode61` tokenizer only splits on spaces and its
built-in `bm25()` ranks, with one weight per column (the text, and its context at a lower
weight). Queries are an OR of quoted analyzed terms: user text never reaches FTS5 query
syntax. A pool of BM25 candidates is then reranked: the person a query names, optional
pseudo-relevance feedback, a share of how well each document's thread (session) matches,
documents dated inside a time the query names, documents holding the kind of answer it
wants (a time for "when", an amount for "how many"), and a recency prior.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from luminora.memory.retrieval.analyzer import analyze
from luminora.memory.retrieval.answers import AnswerKind, could_answer, expected_answer
from luminora.memory.retrieval.documents import Document, Hit
from luminora.memory.retrieval.settings import SearchSettings
from luminora.memory.retrieval.timeexpr import parse_instant, parse_time_spans

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import date

    Analyzer = Callable[[str, str], list[str]]

__all__ = ["DEFAULT_RECENCY_WEIGHT", "LexicalIndex"]

_LINE_MEMO = 2048
"""Lines whose terms are remembered: about a user's recent recall candidates (~1 MB)."""

DEFAULT_RECENCY_WEIGHT = 0.1
"""Default gain of a brand-new document over a very old one, as a score factor (1.1x)."""


@dataclass(frozen=True, slots=True)
class _Row:
    """What the index keeps in Python about a stored document."""

    doc: Document
    day: date | None
    terms: list[str]
    speaker: frozenset[str]


class LexicalIndex:
    """BM25 search over one user's documents, held in an in-memory SQLite FTS5 table.

    Not thread-safe (one SQLite connection): use one index per user and worker.
    """

    def __init__(
        self, *, analyzer: Analyzer = analyze, settings: SearchSettings | None = None
    ) -> None:
        """Create an empty index.

        Args:
            analyzer: (text, language) -> terms; `analyze` by default, `simple_tokens`
                for the plain-BM25 baseline. Terms must never span a line break: texts
                are analyzed line by line.
            settings: column weights and reranking; `SearchSettings()` by default.
        """
        self._analyze = analyzer
        self._analyze_lines = _by_line(analyzer)
        self.settings = settings or SearchSettings()
        self._db = sqlite3.connect(":memory:")
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "body, context, tokenize = 'unicode61 remove_diacritics 0')"
        )
        rank = f"bm25({self.settings.body_weight:g}, {self.settings.context_weight:g})"
        self._db.execute("INSERT INTO docs(docs, rank) VALUES ('rank', ?)", (rank,))
        self._rows: dict[int, _Row] = {}
        self._rowids: dict[str, int] = {}
        self._df: Counter[str] = Counter()  # document frequency of body terms (feedback)
        self._speaker_terms: Counter[str] = Counter()
        # (rowid, answer kind) -> whether its text could answer such a question; filled
        # lazily, for the candidates of questions that want a time or an amount
        self._answer_memo: dict[tuple[int, str], bool] = {}
        self._next_rowid = 1
        self._background = 0  # documents counted in BM25's IDF only (add_background)

    def __len__(self) -> int:
        return len(self._rows)

    def close(self) -> None:
        """Release the SQLite connection."""
        self._db.close()

    def add(self, documents: Iterable[Document]) -> None:
        """Index documents; a document whose `doc_id` is already indexed replaces it."""
        batch = {doc.doc_id: doc for doc in documents}  # the last copy of an id wins
        self.remove([doc_id for doc_id in batch if doc_id in self._rowids])
        inserts: list[tuple[int, str, str]] = []
        for doc in batch.values():
            rowid = self._next_rowid
            self._next_rowid += 1
            terms_of = self._analyze_lines
            terms = terms_of(doc.text, doc.language)
            # Context at weight 0 is left out, so it neither matches nor lengthens the row.
            with_context = doc.context and self.settings.context_weight > 0
            context = terms_of(doc.context, doc.language) if with_context else []
            speaker = frozenset(terms_of(doc.speaker, doc.language) if doc.speaker else ())
            inserts.append((rowid, " ".join(terms), " ".join(context)))
            self._rows[rowid] = _Row(doc, parse_instant(doc.at), terms, speaker)
            self._rowids[doc.doc_id] = rowid
            self._df.update(set(terms))
            self._speaker_terms.update(speaker)
        self._db.executemany("INSERT INTO docs(rowid, body, context) VALUES (?, ?, ?)", inserts)

    def add_background(self, count: int) -> None:
        """Count `count` more documents in BM25's statistics: documents that match nothing.

        A pool of candidates picked because they match the query is a poor corpus for
        BM25: a query term that most of them hold looks worthless (its IDF falls to
        nothing) however rare it is in the user's whole history. Background documents
        make the pool one part of a larger corpus whose rest does not match: each query
        term's IDF is that of a corpus `count` documents larger (of the same mean length,
        so nothing else changes). Nothing is stored for them.
        """
        self._background += max(count, 0)

    def remove(self, doc_ids: Iterable[str]) -> None:
        """Drop documents by id; unknown ids are ignored."""
        for doc_id in doc_ids:
            rowid = self._rowids.pop(doc_id, None)
            if rowid is None:
                continue
            self._db.execute("DELETE FROM docs WHERE rowid = ?", (rowid,))
            row = self._rows.pop(rowid)
            self._answer_memo.pop((rowid, "time"), None)
            self._answer_memo.pop((rowid, "quantity"), None)
            self._df.subtract(set(row.terms))
            self._speaker_terms.subtract(row.speaker)

    def search(
        self,
        query: str,
        language: str = "en",
        k: int = 10,
        *,
        now: str | None = None,
        recency_weight: float = DEFAULT_RECENCY_WEIGHT,
    ) -> list[Hit]:
        """The `k` best documents for `query`, best first.

        Args:
            query: the user's words, any unicode; FTS5 syntax in it is matched as words.
            language: the query's language (analysis and time expressions).
            k: how many hits at most.
            now: current ISO 8601 time: enables the recency prior and relative dates
                ("yesterday", "last week"). Without it neither applies.
            recency_weight: how much the newest document gains over a very old one, as a
                score factor (0 = none); gentle by default so relevance still decides.

        Returns:
            Hits with scores (higher is better); [] for an empty index or a query with no
            searchable words.
        """
        terms = list(dict.fromkeys(self._analyze(query, language)))
        if not terms or not self._rows or k <= 0:
            return []
        s = self.settings
        names = {t for t in terms if self._speaker_terms[t] > 0} if s.person_weight else set()
        # A speaker's name matches about half the documents, so BM25 gives it next to
        # nothing while it slows the query down; the person boost carries it instead.
        topical = [t for t in terms if t not in names] or terms
        scores = self._bm25(topical, s.candidates)
        if names:
            self._boost(scores, lambda row: bool(row.speaker & names), s.person_weight)
        if s.feedback_docs and scores:
            expansion = self._expansion_terms(scores, set(terms))
            for rowid, score in self._bm25(expansion, s.candidates).items():
                scores[rowid] = scores.get(rowid, 0.0) + s.feedback_weight * score
        if s.thread_weight and scores:
            self._share_thread_scores(scores)
        today = parse_instant(now)
        if s.time_weight and (spans := parse_time_spans(query, language, today)):

            def in_span(row: _Row) -> bool:
                return row.day is not None and any(row.day in span for span in spans)

            self._boost(scores, in_span, s.time_weight)
        if s.answer_weight and (kind := expected_answer(query, language)):
            for rowid in scores:
                if self._answers(rowid, kind):
                    scores[rowid] *= 1.0 + s.answer_weight
        if today is not None and recency_weight:
            self._apply_recency(scores, today, recency_weight)
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [Hit(self._rows[rowid].doc.doc_id, score) for rowid, score in best]

    def _bm25(self, terms: Sequence[str], limit: int) -> dict[int, float]:
        """rowid -> BM25 score (positive) of an OR query over `terms`."""
        if not terms:
            return {}
        if self._background:
            return self._bm25_with_background(terms, limit)
        match = " OR ".join(_quote(term) for term in terms)
        rows = self._db.execute(
            "SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return {rowid: -rank for rowid, rank in rows if rank < 0}  # FTS5's rank is -BM25

    def _bm25_with_background(self, terms: Sequence[str], limit: int) -> dict[int, float]:
        """`_bm25` with each term's IDF taken over the corpus and its background.

        An OR query's BM25 is the sum of its terms' own, so each term is asked alone and
        its scores rescaled from FTS5's IDF (over the indexed documents) to the IDF over
        the documents plus the background.
        """
        indexed = len(self._rows)
        scores: dict[int, float] = {}
        for term in dict.fromkeys(terms):
            rows = self._db.execute(
                "SELECT rowid, rank FROM docs WHERE docs MATCH ?", (_quote(term),)
            ).fetchall()
            if not rows:
                continue
            scale = _idf(indexed + self._background, len(rows)) / _idf(indexed, len(rows))
            for rowid, rank in rows:
                if rank < 0:
                    scores[rowid] = scores.get(rowid, 0.0) - rank * scale
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return dict(best)

    def _boost(
        self, scores: dict[int, float], applies: Callable[[_Row], bool], weight: float
    ) -> None:
        factor = 1.0 + weight
        for rowid in scores:
            if applies(self._rows[rowid]):
                scores[rowid] *= factor

    def _share_thread_scores(self, scores: dict[int, float]) -> None:
        """Add to each score a share of how well its whole thread matches.

        A thread's match is the mean of its best `thread_docs` scores (missing ones
        count 0), so one lucky hit lifts its thread less than a conversation about the
        subject does. A document without a thread is a thread of its own.
        """
        n, weight = self.settings.thread_docs, self.settings.thread_weight
        threads: dict[int, str | int] = {}
        members: dict[str | int, list[float]] = {}
        for rowid, score in scores.items():
            thread = self._rows[rowid].doc.thread
            key = threads[rowid] = rowid if thread is None else thread
            members.setdefault(key, []).append(score)
        strength = {key: sum(sorted(v, reverse=True)[:n]) / n for key, v in members.items()}
        for rowid, key in threads.items():
            scores[rowid] += weight * strength[key]

    def _answers(self, rowid: int, kind: AnswerKind) -> bool:
        """Whether a document could answer a question of that kind (memoized)."""
        found = self._answer_memo.get((rowid, kind))
        if found is None:
            doc = self._rows[rowid].doc
            found = self._answer_memo[rowid, kind] = could_answer(doc.text, doc.language, kind)
        return found

    def _expansion_terms(self, scores: dict[int, float], query_terms: set[str]) -> list[str]:
        """RM3-style expansion: terms frequent in the top documents and rare overall."""
        top = sorted(scores.items(), key=lambda item: -item[1])[: self.settings.feedback_docs]
        total = sum(score for _, score in top) or 1.0
        n_docs = len(self._rows)
        weights: dict[str, float] = {}
        for rowid, score in top:
            terms = self._rows[rowid].terms
            for term, tf in Counter(terms).items():
                if term not in query_terms:
                    idf = math.log(1 + n_docs / self._df[term])
                    gain = (score / total) * (tf / len(terms)) * idf
                    weights[term] = weights.get(term, 0.0) + gain
        ranked = sorted(weights, key=lambda term: (-weights[term], term))
        return ranked[: self.settings.feedback_terms]

    def _apply_recency(self, scores: dict[int, float], today: date, weight: float) -> None:
        half_life = self.settings.recency_half_life_days
        for rowid in scores:
            day = self._rows[rowid].day
            if day is not None:
                age = max(0, (today - day).days)
                scores[rowid] *= 1.0 + weight * 0.5 ** (age / half_life)


def _idf(documents: int, holding: int) -> float:
    """FTS5's BM25 IDF of a term held by `holding` of `documents` documents."""
    return max(math.log((documents - holding + 0.5) / (holding + 0.5)), 1e-6)


def _by_line(analyzer: Analyzer) -> Analyzer:
    """The analyzer, line by line, each line's terms remembered (across indexes, bounded).

    A turn's text comes back as its neighbours' context (`with_neighbour_context` puts
    each neighbour on a line of its own), and recall indexes the same older turns again
    on later turns, so a text is analyzed about once rather than once per document and
    per search. Exact for analyzers whose terms never span a line break, as `analyze`
    and `simple_tokens` (words never do).
    """

    def analyze(text: str, language: str) -> list[str]:
        return [t for line in text.split("\n") for t in _line_terms(analyzer, line, language)]

    return analyze


@lru_cache(maxsize=_LINE_MEMO)
def _line_terms(analyzer: Analyzer, line: str, language: str) -> tuple[str, ...]:
    return tuple(analyzer(line, language))


def _quote(term: str) -> str:
    """An FTS5 string literal: the term is matched as text, never parsed as syntax."""
    return '"' + term.replace('"', '""') + '"'
