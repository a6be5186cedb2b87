"""Measures and sums that had no subject (subject16): the measured noun after the figure, after a
passive or granting verb, in apposition, or before a dimension.

Every sentence is written for the test, none is a dev-set item; each rule has lookalikes it must
not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


# A passive spending verb after a sum ("$30m was raised for", "Rs 500 crore has been allocated for")
# puts what the sum pays for after the verb, as the active "spent $30m on" does.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Rs 1,200 crore was spent on new rural roads last year, the minister said.", "1,200 crore", "road"),
        ("$30m was raised for the new children's hospital in a single weekend.", "$30m", "hospital"),
        ("Rs 500 crore has been allocated for the metro extension.", "500 crore", "extension"),
        ("€800m has been invested in wind farms off the Irish coast since 2020.", "€800m", "farm"),
        ("About $2bn will be set aside for storm repairs.", "$2bn", "repair"),
    ],
)
def test_a_sum_spent_in_the_passive_measures_what_it_pays_for(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("$30m was raised from private investors.", "$30m"),  # who gave, not what for
        ("$5m was spent last year.", "$5m"),
        ("£2m was paid.", "£2m"),
    ],
)
def test_a_passive_sum_without_a_purpose_has_no_subject(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


# A granting verb ("approved", "announced", "promised") pays for what follows "for"/"towards";
# after "to" stands who receives the sum, which is no thing it pays for.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The state government approved A$45m for new ambulances in regional Victoria.",
            "A$45m",
            "ambulance",
        ),
        ("Ministers announced £1bn towards flood defences.", "£1bn", "defence"),
        ("The mayor promised an extra $10m for libraries.", "$10m", "library"),
    ],
)
def test_a_granted_sum_measures_what_it_is_for(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    "text",
    [
        "The court awarded $5m to the family.",
        "The board approved $2m on Tuesday.",
        "The council granted £300,000 in 2023.",
    ],
)
def test_a_granted_sum_without_for_has_no_subject(text: str) -> None:
    assert one(text, "$" if "$" in text else "£").subject_head is None


# "of" before a participle that describes the next noun ("of stolen jewellery"), and a postdeterminer
# before a noun in -ing ("of extra funding"): the noun is the head, not the participle or "extra".
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Police recovered $1.5m of stolen jewellery.", "$1.5m", "jewellery"),
        ("Officers found 40kg of frozen fish in the van.", "40kg", "fish"),
        ("The minister promised £500m of extra funding for the NHS.", "£500m", "funding"),
        ("The charity received $2m of additional funding.", "$2m", "funding"),
    ],
)
def test_the_noun_after_of_is_read_past_its_modifier(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_past_form_after_of_before_a_preposition_is_still_a_verb() -> None:
    # "3,000kg of cocaine hidden in": the participle follows the noun and ends the phrase
    assert one("Police found 3,000kg of cocaine hidden in a lorry.", "3,000kg").subject_head == "cocaine"


# "N worth of X": the goods the sum values.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Rs 3,500 crore worth of drugs were seized at the port.", "3,500 crore", "drug"),
        ("Customs found £40,000 worth of fake handbags.", "£40,000", "handbag"),
    ],
)
def test_a_sum_worth_of_goods_measures_the_goods(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_worth_without_of_keeps_its_owner() -> None:
    assert one("The stake is worth $3bn.", "$3bn").subject_head == "stake"


# A span named with "time(s)" after a noun or gerund ("waiting times") is measured; "have grown" is
# a verb, never a subject.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Waiting times for hip operations have grown to 14 weeks, the board said.", "14 weeks", "time"),
        ("Journey times have risen to 40 minutes.", "40 minutes", "time"),
        ("Response times averaged eight minutes last winter.", "eight minutes", "time"),
    ],
)
def test_a_named_span_of_time_is_a_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Sales were three times higher at 40 mln dlrs.", "40 mln", "sales"),
        ("For the first time the index rose 5%.", "5%", "index"),
        ("Debt has grown to $4bn.", "$4bn", "debt"),
        ("The deficit has shrunk to 2%.", "2%", "deficit"),
    ],
)
def test_times_as_a_multiplier_or_occasion_is_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A sum or share between commas after a definite noun phrase and before its auxiliary restates it.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The city's budget, $1.2bn, is the largest in its history.", "$1.2bn", "budget"),
        ("The tournament's prize money, $4 million, will be shared among 64 players.", "$4 million", "money"),
        ("The government's stake, 12%, will be sold to pension funds.", "12%", "stake"),
        ("Its debt, $4bn, will be repaid by 2030.", "$4bn", "debt"),
    ],
)
def test_a_sum_in_apposition_measures_the_phrase(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The firm, 40% owned by Sony, is based in Osaka.", "40%"),
        ("Apple, the company said, $3bn, is a guess.", "$3bn"),
        ("In the year, $5m, was spent.", "$5m"),
    ],
)
def test_a_sum_that_is_no_bare_apposition_takes_no_phrase(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


# A present verb of motion before a path preposition ends the phrase after a figure.
def test_a_verb_before_a_path_preposition_ends_the_phrase() -> None:
    assert (
        one("Nearly a third of the 12-mile route runs through woodland.", "12-mile").subject_head == "route"
    )
    assert one("The 40km pipeline runs beneath the river.", "40km").subject_head == "pipeline"
    # a plural noun before the preposition stays the head
    assert one("The chain has 300 small shops across the region.", "300").subject_head == "shop"


# A dimension adjective makes a dimension only as a word of its own: "high-speed" is no "high".
def test_a_compound_on_a_dimension_word_is_no_dimension() -> None:
    assert one("The 340-km high-speed line will link Mumbai and Ahmedabad.", "340-km").subject_head == "line"


# A bare plural right before a dimension is what it sizes; after an article, a verb there is no noun.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Flood barriers 2.4 metres high were installed along the river.", "2.4 metres", "barrier"),
        ("The storm brought waves 8 metres high.", "8 metres", "wave"),
        ("The fence, with posts 2 metres tall, was built last year.", "2 metres", "post"),
        ("The pool measures 50 metres long.", "50 metres", "pool"),
        ("The queue stretched 3 miles long.", "3 miles", "queue"),
    ],
)
def test_a_bare_plural_before_a_dimension_is_sized(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A thing sold, in the passive and to a buyer, with a figure after its article.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("A 12% stake in the carmaker was sold to a Gulf fund for $2.1bn.", "$2.1bn", "stake"),
        ("The 40-acre site was sold to a developer for £12m.", "£12m", "site"),
        ("The painting was sold for $4m.", "$4m", "painting"),
    ],
)
def test_a_sold_thing_keeps_its_figure_modifier_out(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# An article right before a sum makes the sum a modifier of the phrase after it, even one opening on
# a gerund ("a £45m funding gap"); a figure ending on a plural unit is a noun of its own.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The council has a £45m funding gap to close by April.", "£45m", "gap"),
        ("The firm faces a $2 million funding shortfall.", "$2 million", "shortfall"),
        ("Its $2bn building programme was halted.", "$2bn", "programme"),
    ],
)
def test_a_sum_after_an_article_modifies_a_gerund_compound(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It was larger than the 3.3 mln hectares planted last year.", "3.3 mln hectares"),
        ("Sales rose 5% boosting profits.", "5%"),
    ],
)
def test_a_participle_after_a_plural_unit_or_a_bare_figure_is_no_noun(text: str, surface: str) -> None:
    head = one(text, surface).subject_head
    assert head not in ("planted", "profit", "boosting")


# A rate's period between a sum and "in X" ("£3bn a year in military aid") leaves X what the sum is in;
# a place, a year or a season after "in" is still no such thing.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Britain will send £3bn a year in military aid to Ukraine.", "£3bn", "aid"),
        ("The firm earns $40m a year in licence fees.", "$40m", "fee"),
        ("He earns $40,000 a year in London.", "$40,000", None),
        ("She was paid $2m a year in 2019.", "$2m", None),
        ("It costs $5m a month in the winter.", "$5m", None),
    ],
)
def test_a_sum_a_year_in_something_is_held_in_it(text: str, surface: str, head: str | None) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Snow lay in places 2 metres deep.", "2 metres"),
        ("Floodwater was in parts 1.5 metres deep.", "1.5 metres"),
    ],
)
def test_a_plural_after_a_placing_preposition_is_not_sized(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("$5m was spent in the first quarter.", "$5m"),
        ("$30m was raised for the first time.", "$30m"),
        ("£1m was spent on Tuesday.", "£1m"),
        ("The council approved $45m for the year.", "$45m"),
    ],
)
def test_a_time_after_a_spending_verb_is_no_purpose(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The 5% remaining was sold to staff.", "5%"),
        ("The $2bn raised will fund schools.", "$2bn"),
        ("The $40m borrowed last year must be repaid.", "$40m"),
        ("The 3% growing each year is small.", "3%"),
    ],
)
def test_an_article_figure_and_participle_before_no_noun_give_none(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


# A gerund noun before a change word after the figure is what changes ("a 10% spending cut"), as a
# noun modifier is ("a 4.3% pay rise"); an "-ing" change word, or a change "in" something, is not.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("A 10% spending cut was announced.", "10%", "spending"),
        ("A £3m funding boost was announced.", "£3m", "funding"),
        ("The council agreed a 4% housing rise.", "4%", "housing"),
        ("It reported a 4% rise in sales.", "4%", "sales"),
        ("A 5% rising increase was seen.", "5%", None),
    ],
)
def test_a_gerund_before_a_change_word_is_what_changes(text: str, surface: str, head: str | None) -> None:
    assert one(text, surface).subject_head == head


# "an average of", "a total of", "a maximum of" frame a figure; the noun of the frame is no subject,
# and the clause's subject is read instead.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Patients waited an average of 9 hours in A&E before being admitted.", "9 hours", "patient"),
        ("The journey takes an average of 40 minutes.", "40 minutes", "journey"),
        ("Temperatures reached a maximum of 35 degrees.", "35 degrees", "temperature"),
        ("Bonds with maturities of six months were sold.", "six months", "maturity"),
    ],
)
def test_a_level_frame_is_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# A scale of a larger scale multiplies it: Indian budget copy writes "lakh crore" (10^12).
@pytest.mark.parametrize(
    ("text", "surface", "value", "head"),
    [
        (
            "The budget allocates Rs 11 lakh crore to capital expenditure.",
            "Rs 11 lakh crore",
            11e12,
            "expenditure",
        ),
        ("Revenue from tourism is expected to reach Rs 2 lakh crore.", "Rs 2 lakh crore", 2e12, "revenue"),
        ("The firm raised Rs 500 crore in its listing.", "Rs 500 crore", 5e9, None),
    ],
)
def test_a_scale_of_a_larger_scale_multiplies(
    text: str, surface: str, value: float, head: str | None
) -> None:
    fact = one(text, surface)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, "rupee")
    if head is not None:
        assert fact.subject_head == head


def test_a_repeated_or_smaller_scale_is_no_compound() -> None:
    assert one("Sales rose to 2 million, a record.", "2 million").value == 2e6


# An adverb of where after a figure or a noun names nothing measured and ends the phrase; before a
# noun it modifies it.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Shoppers spent £1.2bn online on Black Friday.", "£1.2bn", None),
        ("Tourists spent $3bn abroad last year.", "$3bn", None),
        ("Sales overseas rose 5% in May.", "5%", "sales"),
        ("Online sales rose 12% in May.", "12%", "sales"),
        ("The firm has 4,000 staff overseas.", "4,000", "staff"),
    ],
)
def test_an_adverb_of_place_is_no_subject(text: str, surface: str, head: str | None) -> None:
    assert one(text, surface).subject_head == head
