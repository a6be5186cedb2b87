"""Choices of ``about``: a descriptor before an opening name, clauses of their own, owned shares,
demonyms and "the nation's" before a measure, and a body named again by its head word.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import extract


# A capitalised trade or descriptive word before the name that opens the sentence describes it:
# the name still opens the sentence and is its subject, and the trade is no part of the name.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Carmaker Toyota sold 2.1 million cars in the quarter, up 4%.", "2.1 million", "Toyota"),
        ("Insurer Aviva lost 3% after a profit warning.", "3%", "Aviva"),
        ("Miner Rio Tinto shipped 80 million tonnes of iron ore.", "80 million tonnes", "Rio Tinto"),
        ("Retailer Hanbit Mart said its sales rose 4% in May.", "4%", "Hanbit Mart"),
        ("Heavyweight Naspers Group ended 12 rand higher at 410 rand.", "410 rand", "Naspers Group"),
    ],
)
def test_descriptor_before_the_opening_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalikes: a trade word that heads names itself, a trade before a bare suffix, a function word
# or a month before the name keep their reading.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Bank Negara sold 300 million ringgit of bills on Tuesday.", "300 million ringgit", "Bank Negara"),
        ("Carrier Corp said its orders rose 6% in the quarter.", "6%", "Carrier Corp"),
    ],
)
def test_name_words_that_are_not_descriptors(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_subordinate_opening_does_not_make_a_subject() -> None:
    text = "After Ford reported a loss, Toyota said its sales rose 4% in March."
    assert one(text, "4%").about == "Toyota"


# A clause joined by "but" without a comma, opening on a name, is that name's own clause.
def test_but_without_comma_opens_a_clause_of_its_own() -> None:
    text = (
        "Heavyweight Naspers Group ended 12 rand higher at 410 rand but Harmony eased 30 cents to 14.20 rand."
    )
    assert one(text, "410 rand").about == "Naspers Group"
    assert one(text, "14.20 rand").about == "Harmony"


# A relative clause ", which ..." has "which" for its subject, whatever verb follows: its figures
# are about the name the clause stands for, not the name the sentence opens on.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Support for the Greens rose to 14% in the latest poll, two points ahead of the "
            "Liberal Party, which fell three points to 12%.",
            "12%",
            "Liberal Party",
        ),
        (
            "Support for the Greens rose to 14% in the latest poll, two points ahead of the "
            "Liberal Party, which fell three points to 12%.",
            "14%",
            "Greens",
        ),
        ("Tesco sold its bank to Barclays, which paid 600 million pounds.", "600 million pounds", "Barclays"),
        (
            "Nvidia shares rose 4% after results from Micron, which reported revenue of $9.3 billion.",
            "$9.3 billion",
            "Micron",
        ),
        (
            "Nvidia shares rose 4% after results from Micron, which reported revenue of $9.3 billion.",
            "4%",
            "Nvidia",
        ),
    ],
)
def test_relative_clause_is_about_its_antecedent(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalikes: a "which" after a figure or a time, with no name before its comma, changes nothing.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Heathrow handled 7 million passengers in July, which was a record for the airport.",
            "7 million",
            "Heathrow",
        ),
        ("Shares in Acme fell 3% on Monday, which analysts blamed on weak orders.", "3%", "Acme"),
    ],
)
def test_which_without_a_name_before_it(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# A percentage that says how much of a company is owned is about the owned company, not the owner
# the sentence opens on: named after the noun ("its 51%-owned unit Hanbit Mart"), or the name an
# apposition opening on the figure describes ("Hanbit Mart, a 51%-owned unit of Kessel Group").
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Kessel Group said its 51%-owned unit Hanbit Mart sold 3,000 stores.", "51%", "Hanbit Mart"),
        ("Kessel Group said its 51 pct owned affiliate, Hanbit Mart, will close.", "51 pct", "Hanbit Mart"),
        ("Hanbit Mart, a 51%-owned unit of Kessel Group, said sales rose 4%.", "51%", "Hanbit Mart"),
        (
            "Hanbit Mart <HBM.KS>, a 51 pct owned subsidiary of Kessel Group, cut prices.",
            "51 pct",
            "Hanbit Mart",
        ),
    ],
)
def test_owned_share_is_about_the_owned_company(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalikes: a share held by someone, or "held" with no company after it, keeps its reading.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Kessel Group said 30% of its shares are held by Hanbit Mart.", "30%", "Kessel Group"),
        ("Kessel Group owns 51% of Hanbit Mart.", "51%", "Hanbit Mart"),
    ],
)
def test_owned_share_lookalikes(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# A demonym opening a measured phrase names the country whose measure it is, when the sentence
# names no entity of its own (or only a common noun such as "the newsletter").
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Saudi output rose 5% to 9.5 mln bpd in March.", "9.5 mln bpd", "Saudi Arabia"),
        ("Japanese car exports fell 3.2% in May.", "3.2%", "Japan"),
        ("Thai rice exports reached 7.5 mln tonnes last year, traders said.", "7.5 mln tonnes", "Thailand"),
        ("The newsletter said Saudi output averaged 4.1 mln bpd in April.", "4.1 mln bpd", "Saudi Arabia"),
        ("Analysts expect Brazilian coffee output to fall 10% this year.", "10%", "Brazil"),
    ],
)
def test_demonym_before_a_measure_names_its_country(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalikes: a named source or company comes first, a demonym inside a name is no country, and a
# demonym before a person is no measure.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Brazilian coffee output will fall 10% this year, Cooxupe said.", "10%", "Cooxupe"),
        ("Toyota Motor Corp said Japanese car exports fell 3.2% in May.", "3.2%", "Toyota Motor Corp"),
        ("American Airlines sales rose 4% in May.", "4%", "American Airlines"),
        ("Chelsea agreed a fee of 55m for the Brazilian forward.", "55m", "Chelsea"),
    ],
)
def test_demonym_lookalikes(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# "the nation's" / "the country's" owning the figure's phrase stands for the country the story
# is about (its headline), not for the survey or body that reports the figure.
@pytest.mark.parametrize(
    ("text", "surface", "headline", "about"),
    [
        (
            "A farm ministry survey has estimated the nation's rice crop at 20 mln tonnes.",
            "20 mln tonnes",
            "VIETNAM RICE CROP SEEN LOWER",
            "Vietnam",
        ),
        (
            "The country's exports rose 4% in May, the statistics office said.",
            "4%",
            "Thailand exports rise",
            "Thailand",
        ),
    ],
)
def test_the_nations_phrase_is_about_the_story_country(
    text: str, surface: str, headline: str, about: str
) -> None:
    assert one(text, surface, headline=headline).about == about


# Lookalikes: with no country in the headline the definite noun stays; a city headline is no nation.
def test_the_nations_phrase_without_a_story_country() -> None:
    assert one("The country's exports rose 4% in May.", "4%").about == "country"
    text = "The nation's rice crop is estimated at 20 mln tonnes."
    assert one(text, "20 mln tonnes", headline="Hanoi rice crop seen lower").about != "Vietnam"


# A body an earlier sentence named, named again by its head word after "the" ("The Association
# said"), is what the later figures are about, before the headline's country.
def test_body_named_again_by_its_head_word() -> None:
    text = (
        "The Norwegian Savings Banks Association agreed a new guarantee for its 120 members on Monday. "
        "The Association said its members would cover deposits up to 50,000 Norwegian crowns."
    )
    found = extract(text, headline="NORWAY BANKS AGREE DEPOSIT COVER", dateline="OSLO")
    cover = next(fact for fact in found if fact.surface == "up to 50,000 Norwegian crowns")
    assert cover.about == "Norwegian Savings Banks Association"


# Lookalikes: a word the name only holds ("the Norwegian") is no head, and a sentence that does
# not name the body again keeps the headline's country.
@pytest.mark.parametrize(
    "second",
    [
        "The Norwegian said deposits up to 50,000 crowns would be covered.",
        "Deposits up to 50,000 crowns would be covered, officials said.",
    ],
)
def test_body_not_named_again(second: str) -> None:
    text = (
        "The Norwegian Savings Banks Association agreed a new guarantee for its 120 members on Monday. "
        + second
    )
    found = extract(text, headline="NORWAY BANKS AGREE DEPOSIT COVER", dateline="OSLO")
    cover = next(fact for fact in found if fact.surface == "up to 50,000 crowns")
    assert cover.about != "Norwegian Savings Banks Association"


# A name may end in "+" after a small letter ("Opec+", "Disney+"): no common word does, so it is a
# name even when it opens the sentence alone; a credit rating ("BBB+") keeps no "+".
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Opec+ agreed to raise output by 411,000 barrels per day in July.",
            "411,000 barrels per day",
            "Opec+",
        ),
        ("Disney+ lost 1.3 million subscribers in the quarter.", "1.3 million", "Disney+"),
    ],
)
def test_name_ending_in_plus(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


def test_rating_keeps_no_plus() -> None:
    assert all(
        not (fact.about or "").endswith("+") for fact in extract("Acme was cut to BBB+ and sold 3% less.")
    )


# "start-up", the British spelling, is a trade like "startup": the name after it is a company,
# which a figure is about before the city that modifies it.
def test_start_up_before_a_name_makes_a_company() -> None:
    text = "The 12-metre drone, built by Perth start-up Aerowind Labs, climbed to 3km in a 40-second flight."
    assert one(text, "3km").about == "Aerowind Labs"


# A percentage given "for" a name right after it (or after its change noun) is that name's own:
# "against 47.7 per cent for Piotr Wrona", "a 3% gain for Nvidia".
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "With 90 per cent of votes counted, Anna Kowal led with 52.3 per cent against 47.7 per cent "
            "for Piotr Wrona.",
            "47.7 per cent",
            "Piotr Wrona",
        ),
        (
            "With 90 per cent of votes counted, Anna Kowal led with 52.3 per cent against 47.7 per cent "
            "for Piotr Wrona.",
            "52.3 per cent",
            "Anna Kowal",
        ),
        ("The Nasdaq rose 1.2%, with a 3% gain for Nvidia.", "3%", "Nvidia"),
        ("The Nasdaq rose 1.2%, with a 3% gain for Nvidia.", "1.2%", "Nasdaq"),
    ],
)
def test_percent_for_a_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalikes: "for" a span or a month, or after a word that is no change noun, names no entity.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Acme shares rose 3% for the year.", "3%"),
        ("Acme said sales rose 3% for March.", "3%"),
        ("Acme shares rose 3% today for Bolt investors.", "3%"),
    ],
)
def test_percent_for_no_name(text: str, surface: str) -> None:
    assert one(text, surface).about == "Acme"


# A measure whose own phrase names what it is on ("Tolls on the Harbour Bridge", "Prices at
# Ocado") is about that name, before a body cited after the figure.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Tolls on the Harbour Bridge will rise by $1.50 to $9.50 from January, "
            "the Regional Transport Authority said.",
            "$9.50",
            "Harbour Bridge",
        ),
        ("Prices at Ocado rose 3% in May, the Kantar Group said.", "3%", "Ocado"),
    ],
)
def test_measure_on_a_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalike: a company named before the figure keeps it ("Acme Corp said sales of Widget Pro").
def test_measure_on_a_name_after_a_company() -> None:
    assert one("Acme Corp said sales of Widget Pro rose 3% in May.", "3%").about == "Acme Corp"


# The one a verb of ordering makes act is what the ordered act's figures are about: "The court
# ordered Lotus Greens to refund Rs 2.4 crore" is Lotus Greens' refund, not the court's.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "The High Court ordered Lotus Greens to refund Rs 2.4 crore with 8% interest to 20 buyers.",
            "Rs 2.4 crore",
            "Lotus Greens",
        ),
        (
            "The High Court ordered Lotus Greens to refund Rs 2.4 crore with 8% interest to 20 buyers.",
            "8%",
            "Lotus Greens",
        ),
        (
            "Regulators told Acme Bank to hold 2 billion dollars more in capital.",
            "2 billion dollars",
            "Acme Bank",
        ),
    ],
)
def test_told_to_act(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalike: a figure of another clause after the order keeps its own entity.
def test_told_to_act_not_across_clauses() -> None:
    assert one("The court ordered Acme to stop, and Bolt Corp said sales fell 4%.", "4%").about == "Bolt Corp"


# A bare "and" before a name that moves ("and Bolt Inc fell"), after a clause with a figure of its
# own, opens a clause of its own: each move is about its own name.
@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        ("Acme Corp rose 2% and Bolt Inc fell 1%.", "1%", "Bolt Inc"),
        ("Acme Corp rose 2% and Bolt Inc fell 1%.", "2%", "Acme Corp"),
        (
            "The Hang Seng Index slumped 400 points at one stage and HSBC Holdings dropped about 3 dollars.",
            "about 3 dollars",
            "HSBC Holdings",
        ),
    ],
)
def test_bare_and_before_a_moving_name(text: str, surface: str, about: str) -> None:
    assert one(text, surface).about == about


# Lookalike: two names joined by "and" before one verb are one subject, no clause of their own.
def test_and_joining_two_names_of_one_subject() -> None:
    assert one("Acme Corp and Bolt Inc said sales fell 1% in May.", "1%").about == "Acme Corp"
