"""LexicalIndex: ranking sanity, hostile queries, empty cases, time awareness, scale."""

from __future__ import annotations

import pytest

from luminora.memory.retrieval import (
    Document,
    Hit,
    LexicalIndex,
    SearchSettings,
    simple_tokens,
    with_neighbour_context,
)


def ids(hits: list[Hit]) -> list[str]:
    return [h.doc_id for h in hits]


@pytest.mark.parametrize(
    ("language", "docs", "query", "expected"),
    [
        (
            "en",
            ["I adopted two cats last spring", "My brother lives in Boston", "Work was busy"],
            "Which cat did I adopt?",
            "d0",
        ),
        (
            "es",
            ["Mi hermana vive en Málaga", "Me encantan las canciones de jazz", "Hoy llueve"],
            "¿qué canción de jazz me gusta?",
            "d1",
        ),
        (
            "fr",
            ["Je travaille comme infirmière", "Mon chien s'appelle Rex", "Il fait beau"],
            "comment s'appelle mon chien ?",
            "d1",
        ),
        (
            "pt",
            ["Eu moro em Lisboa com a minha avó", "Gosto de futebol", "Estou cansado"],
            "onde mora a avo?",
            "d0",
        ),
        (
            "de",
            ["Ich lese gern Bücher über Geschichte", "Mein Auto ist rot", "Guten Morgen"],
            "welches Buch liest du?",
            "d0",
        ),
        (
            "it",
            ["Vivo a Roma da tre anni", "Il mio ragazzo suona la chitarra", "Ciao!"],
            "chi suona le chitarre?",
            "d1",
        ),
    ],
)
def test_the_matching_document_ranks_first(
    index: LexicalIndex, language: str, docs: list[str], query: str, expected: str
) -> None:
    index.add(Document(f"d{i}", text, language=language) for i, text in enumerate(docs))

    assert ids(index.search(query, language, k=3))[0] == expected


@pytest.mark.parametrize(
    "query",
    [
        '"NEAR(" OR *',
        'cats" OR "dogs',
        "NOT cats AND dogs",
        "col:cats ^cats cats*",
        "cats) OR (",
        "'; DROP TABLE docs; --",
        '""""',
        "{body context}: cats",
        "\x00cats\ufffd",
    ],
)
def test_hostile_query_text_is_searched_as_words(index: LexicalIndex, query: str) -> None:
    index.add([Document("cats", "my cats sleep all day"), Document("dogs", "dogs bark")])

    hits = index.search(query, "en", k=5)

    assert set(ids(hits)) <= {"cats", "dogs"}
    assert len(index) == 2  # nothing was dropped


def test_empty_index_returns_nothing(index: LexicalIndex) -> None:
    assert index.search("anything at all", "en", k=10) == []


@pytest.mark.parametrize("query", ["", "   ", "the and of what is", "¿?!", "🎉"])
def test_query_without_searchable_words_returns_nothing(index: LexicalIndex, query: str) -> None:
    index.add([Document("a", "the cat is on the mat")])

    assert index.search(query, "en", k=10) == []


def test_k_caps_the_hits_and_zero_gives_none(index: LexicalIndex) -> None:
    index.add(Document(str(i), f"pizza night number {i}") for i in range(20))

    assert len(index.search("pizza", "en", k=7)) == 7
    assert index.search("pizza", "en", k=0) == []


def test_re_adding_an_id_replaces_the_document(index: LexicalIndex) -> None:
    index.add([Document("fact:city", "I live in Madrid")])
    index.add([Document("fact:city", "I live in Lisbon")])

    assert ids(index.search("lisbon", "en")) == ["fact:city"]
    assert index.search("madrid", "en") == []
    assert len(index) == 1


def test_duplicate_ids_in_one_batch_keep_the_last(index: LexicalIndex) -> None:
    index.add([Document("x", "red apples"), Document("x", "green pears")])

    assert index.search("apples", "en") == []
    assert ids(index.search("pears", "en")) == ["x"]


def test_removed_documents_are_not_found(index: LexicalIndex) -> None:
    index.add([Document("a", "sushi dinner"), Document("b", "sushi lunch")])
    index.remove(["a", "unknown"])

    assert ids(index.search("sushi", "en")) == ["b"]


def test_context_counts_less_than_the_text(index: LexicalIndex) -> None:
    # Given the query word in one document's text and in another's context only
    index.add(
        [
            Document("context", "sounds fun!", context="we went kayaking on the lake"),
            Document("text", "we went kayaking on the lake", context="sounds fun!"),
        ]
    )

    assert ids(index.search("kayaking", "en")) == ["text", "context"]


def test_image_caption_in_context_makes_a_turn_findable(index: LexicalIndex) -> None:
    index.add(
        [
            Document("img", "look what I made!", context="a photo of a clay bowl"),
            Document("other", "I made dinner"),
        ]
    )

    assert ids(index.search("bowl", "en")) == ["img"]


def test_neighbour_context_lets_a_short_reply_be_found() -> None:
    turns = [
        Document("q", "Where did you go on holiday?", speaker="Ana"),
        Document("a", "Lisbon, it was lovely", speaker="Ben"),
        Document("x", "My cat is sick", speaker="Ana"),
    ]
    enriched = with_neighbour_context(turns, before=1, after=0)

    assert enriched[1].context == "Where did you go on holiday?"
    assert enriched[0].context == ""
    index = LexicalIndex()
    index.add(enriched)
    assert "a" in ids(index.search("holiday", "en"))


def test_neighbour_context_stays_inside_the_thread() -> None:
    # Given the last turn of one session and the first of the next
    turns = [
        Document("end", "Good night, talk tomorrow", thread="monday"),
        Document("start", "Guess what, I adopted a kitten!", thread="tuesday"),
        Document("reply", "Congratulations!", thread="tuesday"),
    ]

    enriched = with_neighbour_context(turns, before=1, after=1)

    assert [d.context for d in enriched] == [
        "",
        "Congratulations!",
        "Guess what, I adopted a kitten!",
    ]


def test_a_thread_that_matches_elsewhere_lifts_its_documents(index: LexicalIndex) -> None:
    # Given two equally good matches, one in a thread that also talks about the rest
    docs = [
        Document("lone", "we watered the garden", thread="b"),
        Document("in-topic", "we watered the garden", thread="a"),
        Document("sibling", "the tomatoes are finally ripe", thread="a"),
    ]
    index.add(docs)
    flat = LexicalIndex(settings=SearchSettings(thread_weight=0))
    flat.add(docs)

    shared = ids(index.search("garden tomatoes", "en"))
    unshared = ids(flat.search("garden tomatoes", "en"))

    assert shared.index("in-topic") < shared.index("lone")
    assert unshared.index("lone") < unshared.index("in-topic")  # a tie, in insertion order


def test_a_document_without_a_thread_is_a_thread_of_its_own(index: LexicalIndex) -> None:
    index.add([Document("x", "garden party"), Document("y", "garden party", thread="t")])

    hits = index.search("garden", "en")

    assert ids(hits) == ["x", "y"]
    assert hits[0].score == hits[1].score


def test_a_when_question_leans_towards_texts_that_say_when() -> None:
    # Given a text that repeats the topic and one that says when it happened
    docs = [
        Document("chatty", "the dentist was nice, I like my dentist"),
        Document("dated", "dentist appointment last Tuesday"),
    ]
    index, plain = LexicalIndex(), LexicalIndex(settings=SearchSettings(answer_weight=0))
    index.add(docs)
    plain.add(docs)

    assert ids(plain.search("When did I see the dentist?", "en")) == ["chatty", "dated"]
    assert ids(index.search("When did I see the dentist?", "en")) == ["dated", "chatty"]
    assert ids(index.search("What did the dentist say?", "en")) == ["chatty", "dated"]


def test_a_how_many_question_leans_towards_texts_with_an_amount() -> None:
    docs = [
        Document("chatty", "cats are great, my cats are the best"),
        Document("counted", "we have three cats at home"),
    ]
    index, plain = LexicalIndex(), LexicalIndex(settings=SearchSettings(answer_weight=0))
    index.add(docs)
    plain.add(docs)

    assert ids(plain.search("How many cats do you have?", "en")) == ["chatty", "counted"]
    assert ids(index.search("How many cats do you have?", "en")) == ["counted", "chatty"]
    index.add(
        [
            Document("es-chatty", "los gatos son geniales, mis gatos", language="es"),
            Document("es-counted", "tenemos tres gatos", language="es"),
        ]
    )
    assert ids(index.search("¿Cuántos gatos tienes?", "es"))[0] == "es-counted"


def test_a_past_tense_query_finds_the_present_and_back(index: LexicalIndex) -> None:
    index.add([Document("lost", "I lost my passport in Rome"), Document("x", "Rome was hot")])

    assert ids(index.search("Did I lose my passport?", "en"))[0] == "lost"


def test_a_named_speaker_leans_towards_what_they_said(index: LexicalIndex) -> None:
    index.add(
        [
            Document("ana", "I love hiking in the mountains", speaker="Ana"),
            Document("ben", "I love hiking in the mountains", speaker="Ben"),
        ]
    )

    assert ids(index.search("Does Ben love hiking?", "en")) == ["ben", "ana"]
    assert ids(index.search("Does Ana love hiking?", "en")) == ["ana", "ben"]


def test_recency_prior_breaks_ties_towards_newer_documents(index: LexicalIndex) -> None:
    index.add(
        [
            Document("old", "we talked about the garden", at="2024-01-01T10:00:00"),
            Document("new", "we talked about the garden", at="2024-06-01T10:00:00"),
        ]
    )
    now = "2024-06-02T10:00:00+00:00"

    assert ids(index.search("garden", "en", now=now)) == ["new", "old"]
    assert ids(index.search("garden", "en", now=now, recency_weight=0)) == ["old", "new"]


def test_recency_is_gentle_relevance_still_wins(index: LexicalIndex) -> None:
    index.add(
        [
            Document("old", "my garden roses and garden tulips", at="2023-01-01T10:00:00"),
            Document("new", "the weather today, also garden", at="2024-06-01T10:00:00"),
        ]
    )

    assert ids(index.search("garden roses", "en", now="2024-06-02T00:00:00"))[0] == "old"


def test_a_named_time_favours_what_was_said_then(index: LexicalIndex) -> None:
    index.add(
        [
            Document("may", "we had a picnic", at="2023-05-14T12:00:00"),
            Document("june", "we had a picnic", at="2023-06-20T12:00:00"),
            Document("yday", "we had a picnic", at="2023-07-09T12:00:00"),
        ]
    )
    now = "2023-07-10T09:00:00"

    assert ids(index.search("the picnic in May", "en", now=now))[0] == "may"
    assert ids(index.search("the picnic on 20 June 2023", "en"))[0] == "june"
    assert ids(index.search("our picnic yesterday", "en", now=now))[0] == "yday"
    assert ids(index.search("el picnic de ayer", "es", now=now))[0] == "yday"


def test_documents_without_time_or_with_bad_time_are_still_found(index: LexicalIndex) -> None:
    index.add([Document("a", "tea time", at=None), Document("b", "tea party", at="not a date")])

    assert set(ids(index.search("tea yesterday", "en", now="2024-01-01T00:00:00Z"))) == {"a", "b"}


def test_mixed_languages_live_in_one_index(index: LexicalIndex) -> None:
    index.add(
        [
            Document("es", "Mis canciones favoritas son de Shakira", language="es"),
            Document("en", "My favourite songs are by Adele", language="en"),
        ]
    )

    assert ids(index.search("canción favorita", "es"))[0] == "es"
    assert ids(index.search("favourite song", "en"))[0] == "en"


def test_pseudo_relevance_feedback_finds_a_related_document() -> None:
    # Given a document that shares no word with the query but many with the best hit
    index = LexicalIndex(settings=SearchSettings(feedback_docs=1, feedback_terms=3))
    index.add(
        [
            Document("hit", "violin lessons with my teacher, violin practice"),
            Document("related", "practice practice teacher says more lessons"),
            Document("noise", "the weather is nice"),
        ]
    )

    assert ids(index.search("violin", "en")) == ["hit", "related"]


def test_plain_settings_and_simple_tokens_make_a_plain_bm25() -> None:
    index = LexicalIndex(analyzer=simple_tokens, settings=SearchSettings.plain())
    index.add([Document("a", "Running dogs", context="cats"), Document("b", "dog runs")])

    assert ids(index.search("dogs", "en")) == ["a"]  # no stemming
    assert index.search("cats", "en") == []  # no context


def test_any_unicode_can_be_indexed_and_searched(index: LexicalIndex) -> None:
    texts = ["東京で寿司", "Москва зимой", "emoji 🎉🔥 party", "\u202eRTL\u202c text", "a\x00b"]
    index.add(Document(str(i), t) for i, t in enumerate(texts))

    assert ids(index.search("Москва", "en")) == ["1"]
    assert ids(index.search("party 🎉", "en")) == ["2"]
    assert len(index.search("東京で寿司", "en")) == 1


def test_a_thousand_documents_rank_the_needle_first(index: LexicalIndex) -> None:
    filler = ["went to work", "had lunch", "watched a movie", "called mom", "went running"]
    index.add(Document(f"t{i}", f"{filler[i % 5]} on day {i}") for i in range(1000))
    index.add([Document("needle", "my first saxophone recital went great")])

    assert len(index) == 1001
    assert ids(index.search("how was the saxophone recital?", "en", k=5))[0] == "needle"


def test_ten_thousand_documents_are_handled(index: LexicalIndex) -> None:
    index.add(Document(f"t{i}", f"message number {i} about topic{i % 97}") for i in range(10_000))

    hits = index.search("topic42", "en", k=10)

    assert len(index) == 10_000
    assert len(hits) == 10
    assert all(h.score > 0 for h in hits)


def test_background_documents_keep_a_term_the_whole_pool_holds_worth_something() -> None:
    # Given a pool picked for the query's words: every document but one holds "tiles"
    pool = [
        Document("many", "blue tiles, green tiles, more tiles"),
        Document("one", "tiles"),
        Document("paint", "tiles and paint"),
        Document("rare", "a trip to Lisbon, great views"),
    ]
    alone, within = LexicalIndex(), LexicalIndex()
    alone.add(pool)
    within.add(pool)

    # When the pool is counted as part of a larger corpus that does not match
    within.add_background(40)

    # Then "tiles" weighs as a rare word would, not nothing (BM25's IDF over 4 documents)
    flat = {hit.doc_id: hit.score for hit in alone.search("lisbon tiles", "en", 4)}
    fair = {hit.doc_id: hit.score for hit in within.search("lisbon tiles", "en", 4)}
    assert flat["many"] < 1e-3 < flat["rare"]
    assert fair["many"] > fair["rare"] > 1.0
    assert len(within) == 4 and set(fair) == set(flat)  # nothing else is ever returned
