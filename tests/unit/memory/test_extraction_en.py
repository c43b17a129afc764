"""English extraction rules, one behaviour per test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Hi there, my name's Olivia.", ("name", "Olivia")),
        ("hey nova im jen", ("name", "Jen")),
        ("yo its marcus, 26", ("name", "Marcus")),
        ("you can call me Bex", ("name", "Bex")),
    ],
)
def test_reads_the_users_name(asserted: Facts, text: str, fact: tuple[str, str]) -> None:
    assert fact in asserted(text, "en")


def test_a_full_name_wins_over_a_nickname_in_the_same_message(asserted: Facts) -> None:
    found = asserted("My name is Margaret but everyone calls me Maggie.", "en")
    assert ("name", "Margaret") in found
    assert ("name", "Maggie") not in found


@pytest.mark.parametrize("text", ["I'm tired", "I'm going home", "I'm Canadian", "I'm so done"])
def test_states_and_adjectives_after_im_are_not_names(asserted: Facts, text: str) -> None:
    assert not any(key == "name" for key, _ in asserted(text, "en"))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Just so you know, I'm 29 years old.", "29"),
        ("I just turned thirty-two last week.", "32"),
        ("I'm Priya, 31, from Pune", "31"),
        ("I'm Aisha, a 24 year old med student", "24"),
    ],
)
def test_reads_ages_in_digits_or_words(asserted: Facts, text: str, age: str) -> None:
    assert ("age", age) in asserted(text, "en")


def test_a_number_with_a_unit_is_not_an_age(asserted: Facts) -> None:
    assert not any(key == "age" for key, _ in asserted("I'm 5 minutes away", "en"))


def test_location_and_hometown_are_told_apart(asserted: Facts) -> None:
    found = asserted("I'm from Glasgow originally but I live in Manchester now.", "en")
    assert {("hometown", "Glasgow"), ("location", "Manchester")} <= found


def test_a_place_typed_lowercase_is_capitalized(asserted: Facts) -> None:
    assert ("location", "Austin") in asserted("lol ok so im jake btw, 22, live in austin", "en")


def test_a_place_after_a_common_noun_is_found(asserted: Facts) -> None:
    assert ("location", "Bristol") in asserted("I live in a small town near Bristol.", "en")


def test_job_and_employer_come_from_one_sentence(asserted: Facts) -> None:
    found = asserted("I work as a software engineer at Shopify.", "en")
    assert {("occupation", "software engineer"), ("employer", "Shopify")} <= found


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("As a nurse I see a lot of people.", "nurse"),
        ("Since I teach fourth grade, summers are free.", "teacher"),
        ("I'm a high school teacher.", "high school teacher"),
    ],
)
def test_reads_occupations_said_in_passing(asserted: Facts, text: str, job: str) -> None:
    assert ("occupation", job) in asserted(text, "en")


def test_an_unknown_noun_after_im_a_is_not_a_job(asserted: Facts) -> None:
    assert not any(key == "occupation" for key, _ in asserted("I'm a huge fan of jazz", "en"))


def test_lists_split_into_items_and_stop_at_the_next_clause(asserted: Facts) -> None:
    found = asserted("I love sushi, hate mushrooms and I'm allergic to cats.", "en")
    assert {("likes", "sushi"), ("dislikes", "mushrooms"), ("allergies", "cats")} <= found
    assert not any(value.startswith("hate") for _, value in found)


def test_an_enjoyed_activity_is_a_hobby(asserted: Facts) -> None:
    assert ("hobbies", "hiking") in asserted("I love hiking", "en")


def test_activity_verbs_become_hobbies(asserted: Facts) -> None:
    found = asserted("I swim on Mondays and go jogging every morning.", "en")
    assert {("hobbies", "swimming"), ("hobbies", "jogging")} <= found


def test_named_partner_and_pets(asserted: Facts) -> None:
    assert ("partner", "Hannah") in asserted("My wife Hannah and I celebrated.", "en")
    assert ("pets", "dog Biscuit") in asserted("ugh my dog biscuit ate my charger", "en")
    found = asserted("No, I don't have any kids, just two cats, Miso and Tofu.", "en")
    assert {("pets", "cat Miso"), ("pets", "cat Tofu")} <= found


def test_diets_languages_and_allergies(asserted: Facts) -> None:
    found = asserted("I'm vegan, and I speak English and French fluently.", "en")
    assert {("diet", "vegan"), ("languages", "English"), ("languages", "French")} <= found
    assert ("allergies", "peanut") in asserted("I have a peanut allergy.", "en")


def test_goals_and_travel(asserted: Facts) -> None:
    assert ("goals", "Chicago marathon") in asserted(
        "I'm training for the Chicago marathon this fall", "en"
    )
    assert ("travel_destination", "Edinburgh") in asserted(
        "Asking because I'm heading to Edinburgh that month.", "en"
    )
    assert ("travel_destination", "Japan") in asserted(
        "cant wait for my trip to japan next month", "en"
    )


def test_birthday_keeps_the_date_as_written(asserted: Facts) -> None:
    assert ("birthday", "March 14th") in asserted("My birthday is on March 14th.", "en")


def test_a_subject_that_includes_the_user_counts(asserted: Facts) -> None:
    assert ("location", "Dublin") in asserted("Me and my husband live in Dublin.", "en")
    assert ("location", "Barcelona") in asserted("I live with my girlfriend in Barcelona.", "en")


def test_a_lowercase_verb_after_a_relation_is_not_a_name(asserted: Facts) -> None:
    assert not any(key == "partner" for key, _ in asserted("me and my husband live here", "en"))


def test_new_job_and_origin_said_in_passing(asserted: Facts) -> None:
    assert ("employer", "Spotify") in asserted("I just started a new job at Spotify!", "en")
    assert ("hometown", "Brazil") in asserted("I moved here from Brazil three years ago.", "en")


def test_past_continuous_retracts_the_old_place(retracted: Facts, asserted: Facts) -> None:
    text = "I was living in Berlin but I moved back to London."
    assert ("location", "Berlin") in retracted(text, "en")
    assert asserted(text, "en") == {("location", "London")}


@pytest.mark.parametrize(
    ("text", "name"),
    [("i'm Ahmed", "Ahmed"), ("I'm Alfred by the way", "Alfred"), ("hey im ted", "Ted")],
)
def test_names_ending_in_ed_are_names(asserted: Facts, text: str, name: str) -> None:
    assert ("name", name) in asserted(text, "en")


@pytest.mark.parametrize("text", ["i'm bored", "I'm Sorry, I forgot", "I'm Happy today"])
def test_states_after_i_am_are_not_names_even_capitalized(asserted: Facts, text: str) -> None:
    assert not any(key == "name" for key, _ in asserted(text, "en"))


def test_a_word_that_starts_a_nationality_is_not_one(asserted: Facts) -> None:
    assert not any(
        key == "nationality" for key, _ in asserted("I'm new here, just moved in.", "en")
    )


def test_multi_word_nationalities_are_read_whole(asserted: Facts) -> None:
    assert ("nationality", "Puerto Rican") in asserted("I'm Puerto Rican and proud", "en")


def test_an_occupation_in_apposition_to_the_name_is_read(asserted: Facts) -> None:
    found = asserted("I'm Aisha, 27, a vet nurse from Cardiff.", "en")
    assert {("name", "Aisha"), ("age", "27"), ("occupation", "vet nurse")} <= found


def test_a_bare_age_after_the_occupation_is_read(asserted: Facts) -> None:
    assert ("age", "19") in asserted("I'm a barista there, 19 and saving for college", "en")


def test_a_bare_age_in_the_sentence_after_the_name_is_read(asserted: Facts) -> None:
    assert ("age", "19") in asserted("hiii im sara!! 19 and studying psychology at uni", "en")


@pytest.mark.parametrize("text", ["I'm a radiographer", "I'm a cardiologist", "I'm a technician"])
def test_jobs_with_productive_endings_are_occupations(asserted: Facts, text: str) -> None:
    assert ("occupation", text.split()[-1]) in asserted(text, "en")


def test_a_personality_word_ending_like_a_job_is_not_one(asserted: Facts) -> None:
    assert asserted("I'm a perfectionist", "en") == set()


def test_working_shifts_as_a_job_is_the_occupation(asserted: Facts) -> None:
    text = "Working nights as a security guard is killing my sleep schedule."
    assert ("occupation", "security guard") in asserted(text, "en")


def test_studying_a_field_makes_the_user_a_student(asserted: Facts) -> None:
    assert ("occupation", "student") in asserted("I'm 22 and I study nursing in Dublin.", "en")


def test_a_relative_studying_does_not_make_the_user_a_student(asserted: Facts) -> None:
    assert ("occupation", "student") not in asserted("My sister studies law in Boston", "en")


def test_having_lived_somewhere_since_a_date_is_the_location(asserted: Facts) -> None:
    text = "I'm originally from Manila but I've lived in Vancouver since 2015."
    assert {("hometown", "Manila"), ("location", "Vancouver")} <= asserted(text, "en")


def test_no_opening_a_correction_is_not_a_negation(asserted: Facts) -> None:
    assert ("age", "41") in asserted("lol no I'm 41, I always forget", "en")


def test_no_before_a_negated_statement_still_negates(retracted: Facts) -> None:
    assert ("diet", "vegan") in retracted("no I'm not vegan", "en")


def test_a_hobby_verb_given_up_anymore_is_retracted(retracted: Facts) -> None:
    assert ("hobbies", "painting") in retracted("I don't really paint anymore though.", "en")


def test_a_big_fan_of_nothing_named_is_no_taste(asserted: Facts) -> None:
    assert asserted("I'm a big fan, honestly", "en") == set()
    assert ("likes", "Arsenal") in asserted("I'm a big Arsenal fan", "en")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("heyy im sam lol 19 from ohio", ("age", "19")),
        ("i'm 25f from toronto", ("age", "25")),
        ("i'm 25f from toronto", ("hometown", "Toronto")),
        ("names jess btw", ("name", "Jess")),
        ("Quick intro: Henry, 52, from Halifax", ("name", "Henry")),
    ],
)
def test_chat_shorthand_for_who_the_user_is(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "en")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Being a firefighter means I sleep at the station.", ("occupation", "firefighter")),
        ("Being Canadian, I'm legally required to apologize.", ("nationality", "Canadian")),
        ("As a vegan, finding restaurants is a nightmare.", ("diet", "vegan")),
    ],
)
def test_being_or_as_a_role_said_in_passing(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "en")


def test_a_job_the_user_used_to_do_is_retracted(retracted: Facts) -> None:
    assert ("occupation", "nurse") in retracted("I used to be a nurse.", "en")


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("I'm a nursing instructor now.", "nursing instructor"),
        ("I'm a software dev at a startup", "software dev"),
    ],
)
def test_more_job_heads_are_occupations(asserted: Facts, text: str, job: str) -> None:
    assert ("occupation", job) in asserted(text, "en")


@pytest.mark.parametrize(
    "text", ["im in college studying biology", "I'm a freshman in high school"]
)
def test_being_at_school_makes_the_user_a_student(asserted: Facts, text: str) -> None:
    assert ("occupation", "student") in asserted(text, "en")


def test_years_spent_somewhere_make_it_the_location(asserted: Facts) -> None:
    found = asserted("I'm not from here, but I've been in Denver for like ten years.", "en")
    assert ("location", "Denver") in found
    assert asserted("I've been in Paris for two days and it's great", "en") == set()


def test_having_worked_somewhere_for_years_names_the_employer(asserted: Facts) -> None:
    assert ("employer", "BBC") in asserted("I've worked at the BBC for nine years now.", "en")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("i speak spanish n portuguese", ("languages", "Portuguese")),
        ("im allergic 2 peanuts", ("allergies", "peanuts")),
        ("i'm lowkey obsessed w/ matcha lately lol", ("likes", "matcha")),
        ("bday is june 3", ("birthday", "june 3")),
    ],
)
def test_chat_spellings_of_function_words(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "en")


@pytest.mark.parametrize(
    ("text", "hobby"),
    [
        ("I paint watercolors on Sundays.", "painting"),
        ("I read books every night", "reading"),
        ("I collect vinyl records", "collecting vinyl records"),
        ("I've been playing piano since I was 5", "piano"),
    ],
)
def test_activities_with_what_they_make_or_use_are_hobbies(
    asserted: Facts, text: str, hobby: str
) -> None:
    assert ("hobbies", hobby) in asserted(text, "en")


def test_collecting_people_is_no_hobby(asserted: Facts) -> None:
    found = asserted("I collect my daughter from school at 3", "en")
    assert not any(key == "hobbies" for key, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Not so much into anime these days tbh.", "anime"),
        ("Actually I've gone off coffee, it makes me jittery.", "coffee"),
        ("I'm off pasta these days", "pasta"),
    ],
)
def test_tastes_the_user_has_lost_are_retracted(retracted: Facts, text: str, value: str) -> None:
    assert ("likes", value) in retracted(text, "en")


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("next goal: a full marathon in the spring", "full marathon"),
        ("I want to learn to surf this summer", "learn to surf"),
        ("My goal is to save for a house", "save for a house"),
        ("I want to run a marathon to raise money for charity", "run a marathon"),
        ("I'm studying to be a nurse", "be a nurse"),
    ],
)
def test_goals_keep_their_linking_words_within_reason(
    asserted: Facts, text: str, goal: str
) -> None:
    assert ("goals", goal) in asserted(text, "en")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("omw to japan next week!!! so hyped", "Japan"),
        ("gonna be in vegas next weekend", "Vegas"),
        ("flying out to denver tmrw", "Denver"),
    ],
)
def test_trips_said_in_chat_shorthand(asserted: Facts, text: str, place: str) -> None:
    assert ("travel_destination", place) in asserted(text, "en")


def test_on_my_way_to_an_everyday_place_is_no_trip(asserted: Facts) -> None:
    assert asserted("on my way to work lol", "en") == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("I live just outside Manchester, in a little village.", ("location", "Manchester")),
        ("Since moving to Oslo I've had to buy so many sweaters.", ("location", "Oslo")),
        ("Being from Chicago, I have strong opinions about pizza.", ("hometown", "Chicago")),
        (
            "I'm a 41-year-old accountant from Perth, married with three kids.",
            ("occupation", "accountant"),
        ),
        ("I'm a 41-year-old accountant from Perth, married with three kids.", ("family", "kids")),
    ],
)
def test_places_jobs_and_family_said_in_passing(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "en")


def test_moving_somewhere_soon_is_not_the_location(asserted: Facts) -> None:
    assert asserted("I'm moving to Oslo next month", "en") == set()


# -- appositive introductions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "I'm Wanjiru, civil engineer at Atkins, mum of two, based in Nairobi.",
            {("occupation", "civil engineer"), ("employer", "Atkins"), ("location", "Nairobi")},
        ),
        (
            "Hey, Bram here, 31, graphic designer, based in Utrecht.",
            {("occupation", "graphic designer"), ("location", "Utrecht")},
        ),
        ("name's Jenna, 22, still stuck in Tulsa tbh", {("location", "Tulsa")}),
    ],
)
def test_a_job_and_a_place_in_an_introductions_list(
    asserted: Facts, text: str, facts: set[tuple[str, str]]
) -> None:
    assert facts <= asserted(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "I'm Lena, my mom is a teacher, and I love her.",
        "I'm Ravi, teachers are underpaid though",
        "I'm Tom, 30, stuck in traffic lol",
    ],
)
def test_an_introductions_list_names_no_one_elses_job_or_a_jam(asserted: Facts, text: str) -> None:
    found = asserted(text, "en")
    assert not any(key in ("occupation", "location") for key, _ in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("grew up in Bath, been in Porto for a couple of years", "Porto"),
        ("Been in Denver since 2019.", "Denver"),
    ],
)
def test_been_somewhere_for_years_without_i_have_is_the_location(
    asserted: Facts, text: str, place: str
) -> None:
    assert ("location", place) in asserted(text, "en")


def test_someone_elses_years_somewhere_are_not_the_users(asserted: Facts) -> None:
    found = asserted("my brother moved a lot, been in Oslo for 3 years now", "en")
    assert not any(key == "location" for key, _ in found)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("I work at a bakery in Leeds, where I live with my partner.", ("location", "Leeds")),
        ("I teach in Truro, where I grew up.", ("hometown", "Truro")),
    ],
)
def test_a_where_i_live_clause_names_the_place_before_it(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "My sister works in Leeds, where she lives.",
        "I used to work in York, where I used to live.",
        "Do you know Bristol, where I live?",
    ],
)
def test_where_someone_else_lives_or_lived_is_not_the_location(asserted: Facts, text: str) -> None:
    assert not any(key == "location" for key, _ in asserted(text, "en"))


# -- tastes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("totally obsessed w bubble tea rn", ("likes", "bubble tea")),
        ("I'm more of a wine person these days", ("likes", "wine")),
        ("honestly I'm a dog person", ("likes", "dog")),
        ("I love Korean dramas, especially Goblin", ("likes", "Goblin")),
        ("I hate horror movies, esp slasher films", ("dislikes", "slasher films")),
        ("I don't eat mushrooms, can't stand the texture", ("dislikes", "mushrooms")),
    ],
)
def test_more_ways_of_saying_what_the_user_likes(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "I'm a morning person",
        "I'm a very private person",
        "I'm not a dog person",
        "my sister is a cat person",
        "I hate the smell",
        "I love the idea of moving",
        "I prefer not to talk about it",
    ],
)
def test_kinds_of_person_and_words_that_point_back_are_no_tastes(
    asserted: Facts, text: str
) -> None:
    assert not any(key in ("likes", "dislikes") for key, _ in asserted(text, "en"))


def test_especially_before_a_time_adds_no_taste(asserted: Facts) -> None:
    found = asserted("I love cycling, especially in summer", "en")
    assert not any("summer" in value for _, value in found)


# -- work, pets, birth, trips -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I changed companies in June, now I'm at Accenture.",
        "New job! I'm at Accenture now.",
        "changed jobs, now working for Accenture",
    ],
)
def test_being_at_a_company_after_a_change_of_job_names_the_employer(
    asserted: Facts, text: str
) -> None:
    assert ("employer", "Accenture") in asserted(text, "en")


@pytest.mark.parametrize(
    "text", ["I'm at Accenture now for a meeting.", "I switched jobs, I'm at home today though"]
)
def test_being_somewhere_without_a_change_of_job_names_no_employer(
    asserted: Facts, text: str
) -> None:
    assert not any(key == "employer" for key, _ in asserted(text, "en"))


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("My cat died last week.", "cat"),
        ("my dog Biscuit passed away yesterday", "dog Biscuit"),
        ("the hamster escaped, I don't have him anymore", "hamster"),
        ("we lost our rabbit last month", "rabbit"),
    ],
)
def test_a_pet_that_died_or_ran_away_is_retracted(
    asserted: Facts, retracted: Facts, text: str, pet: str
) -> None:
    assert ("pets", pet) in retracted(text, "en")
    assert not any(key == "pets" for key, _ in asserted(text, "en"))


@pytest.mark.parametrize(
    "text", ["my sister's dog died", "my dog didn't die lol", "if my dog died I'd be a wreck"]
)
def test_other_pets_and_pets_still_alive_are_not_retracted(retracted: Facts, text: str) -> None:
    assert not any(key == "pets" for key, _ in retracted(text, "en"))


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("I just adopted a kitten named Poppy", "kitten Poppy"),
        ("we rescued a puppy, her name is Juniper", "puppy Juniper"),
    ],
)
def test_an_adopted_pet_is_the_users(asserted: Facts, text: str, pet: str) -> None:
    assert ("pets", pet) in asserted(text, "en")


def test_someone_elses_adopted_pet_is_not_the_users(asserted: Facts) -> None:
    assert not any(key == "pets" for key, _ in asserted("my sister adopted a cat", "en"))


@pytest.mark.parametrize(
    "text", ["I was born in Derby on 3 May.", "I was born on the 3rd of May in Derby"]
)
def test_a_birthplace_and_a_birth_date_said_together(asserted: Facts, text: str) -> None:
    found = asserted(text, "en")
    assert ("hometown", "Derby") in found
    assert any(key == "birthday" and "May" in value for key, value in found)


def test_someone_elses_birthplace_and_date_are_not_the_users(asserted: Facts) -> None:
    found = asserted("my sister was born in Derby on 3 May", "en")
    assert not any(key in ("hometown", "birthday") for key, _ in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Would you help me organise our trip to Tallinn? Flying out in March.", "Tallinn"),
        ("help me plan our honeymoon in Bali", "Bali"),
        ("any tips for a trip to Gdansk? we're going next month", "Gdansk"),
    ],
)
def test_a_trip_said_inside_a_request_is_the_destination(
    asserted: Facts, text: str, place: str
) -> None:
    assert ("travel_destination", place) in asserted(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Could you help me plan a trip to Japan for my parents?",
        "can you help me plan a trip to Japan someday?",
        "What's Tallinn like? we're going next week",
        "we're going in February",
    ],
)
def test_trips_for_others_wishes_and_bare_questions_are_no_destination(
    asserted: Facts, text: str
) -> None:
    assert not any(key == "travel_destination" for key, _ in asserted(text, "en"))
