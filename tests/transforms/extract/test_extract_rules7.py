"""Systematic classes fixed in extractor 1.8, one group of tests per class.

Every sentence here is written for the test, none is a dev-set item, so each rule is
checked on text it was not tuned on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from transforms.extract import extract


# Class 1: a span of time or "normal" after the figure is never what it measures
# ("a fortnight earlier", "below normal").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Measles cases in the county rose to 812 from 655 a fortnight earlier.", "812", "case"),
        ("Wheat yields were 30 pct below normal after the drought.", "30 pct", "yield"),
    ],
)
def test_a_time_span_or_normal_is_no_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_below_normal_alone_leaves_no_subject() -> None:
    fact = one("The reservoir dropped 3.4 metres below normal.", "3.4 metres")
    assert fact.subject_head != "normal"


# Class 2: "<noun> aged 65" is the age of the noun before "aged"; "John Smith Jr, 54," is a person.
def test_a_noun_before_aged_owns_the_age() -> None:
    fact = one("The study followed 3,000 nurses aged over 50 for a decade.", "50")
    assert (fact.kind, fact.unit, fact.subject, fact.subject_head) == ("age", "year", "nurses", "nurse")


def test_a_name_with_a_suffix_takes_an_age() -> None:
    fact = one("Acme Corp said Robert T. Palmer Jr, 61, will retire as chairman.", "61")
    assert (fact.kind, fact.subject_head, fact.about) == ("age", "palmer", "Robert T. Palmer Jr")


# Class 3: a participle that measures the noun before it ("weighing", "costing", "totalling").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The satellite carries antennas weighing 85kg into orbit.", "85kg", "antenna"),
        ("The province approved a ring road costing 640 mln dlrs.", "640 mln dlrs", "road"),
        ("The bank arranged three loans totalling 2.5 billion yen.", "2.5 billion yen", "loan"),
        ("The ministry ordered a telescope mirror measuring 8 metres.", "8 metres", "mirror"),
    ],
)
def test_a_measuring_participle_names_the_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 4: "fell 30 points, or 1.2%, to 2,480": the level after the restated change is of the same thing.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The Hang Seng index fell 310 points, or 1.6%, to 19,250.", "19,250", "index"),
        ("Operating profit rose 14 mln dlrs, or 9 pct, to 170 mln dlrs.", "170 mln dlrs", "profit"),
    ],
)
def test_a_level_after_a_restated_change(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 5: "red", "feed" and "seed" are no verbs in "-ed": the noun phrase goes on past them.
def test_an_adjective_in_ed_does_not_cut_the_phrase() -> None:
    fact = one("Jordan bought 75,000 tonnes of hard red winter wheat for June shipment.", "75,000 tonnes")
    assert fact.subject_head == "wheat"


def test_feed_is_part_of_the_noun() -> None:
    fact = one("Traders sold 40,000 tonnes of intervention feed barley.", "40,000 tonnes")
    assert fact.subject_head == "barley"


# Class 6: a plural possessive ("the Gulf states' surplus") owns the noun after it, which is measured.
def test_a_plural_possessive_is_no_subject() -> None:
    text = "Weak demand cut the member states' combined budget surplus to 9 billion dlrs."
    fact = one(text, "9 billion dlrs")
    assert fact.subject_head == "surplus"


def test_a_plural_possessive_keeps_its_clause_owner_clean() -> None:
    fact = one("The growers' combined exports rose to 310,000 tonnes.", "310,000 tonnes")
    assert fact.subject_head == "export"
    assert fact.about is None or "'" not in fact.about


# Class 7: "the spread between A and B was N": the spread is measured, and it is a rate.
def test_the_noun_before_between_is_the_subject() -> None:
    text = "The spread between two-year and 10-year yields narrowed to 42 basis points."
    fact = one(text, "42 basis points")
    assert (fact.subject_head, fact.kind) == ("spread", "rate")


def test_the_gap_between_two_groups() -> None:
    fact = one("The gap between large and small firms widened to 11 pct.", "11 pct")
    assert fact.subject_head == "gap"


def test_spread_as_a_verb_is_no_rate() -> None:
    fact = one("The virus spread to 30 pct of the flock.", "30 pct")
    assert fact.kind == "percent"


# Class 8: a trade written before a name makes it a company the figures are about, not a person.
@pytest.mark.parametrize(
    "text",
    [
        "Vandal gangs stole about 2.1 million passwords, Lagos-based lender Kora Trust said.",
        "Vandal gangs stole about 2.1 million passwords, the retailer Hollis Lane said.",
    ],
)
def test_a_trade_before_a_name_makes_a_company(text: str) -> None:
    fact = one(text, "2.1 million")
    assert fact.about in ("Kora Trust", "Hollis Lane")


def test_a_person_cited_by_name_is_still_no_company() -> None:
    fact = one("The old bridge carried 40,000 cars a day, Maria Lopez said.", "40,000")
    assert fact.about != "Maria Lopez"


# Class 9: wire text capitalises a function word after "U.S."/"U.K."; it is no part of a name.
def test_a_capitalised_auxiliary_after_an_abbreviation_ends_the_name() -> None:
    fact = one("Officials said the U.S. Has not asked Tokyo to cut its 3.5 pct discount rate.", "3.5 pct")
    assert fact.about != "U.S. Has"
    assert fact.place == "U.S."


def test_and_after_an_abbreviation_splits_two_places() -> None:
    fact = one("Trade between the U.K. And Norway rose 8 pct last year.", "8 pct")
    assert fact.about != "U.K. And Norway"


# Class 10: a currency before a slash and a unit ("dlrs/bbl", "cts/lb") is money per unit: a price.
@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The refiner raised its posting for light crude to 17.25 dlrs/bbl.", "17.25 dlrs", "US dollar"),
        ("Export prices were quoted at 64 cts/lb on Friday.", "64 cts", "US cent"),
        (
            "The company cut its heavy crude posting to 15.10 Canadian dlrs/bbl.",
            "15.10 Canadian dlrs",
            "Canadian dollar",
        ),
    ],
)
def test_a_currency_per_unit_after_a_slash(text: str, surface: str, unit: str) -> None:
    fact = one(text, surface)
    assert (fact.unit, fact.kind) == (unit, "price")


def test_a_short_unit_before_a_slash_is_not_cut_off() -> None:
    facts = extract("She ran 11.4 seconds into a 2.5m/s headwind.")
    assert all(fact.unit != "metre" for fact in facts)


def test_a_span_of_time_between_two_dates_keeps_the_subject() -> None:
    fact = one("Between March 1985 and June 1986 the peso fell by 60 pct against the dollar.", "60 pct")
    assert fact.subject_head == "peso"


def test_a_superlative_before_measuring_is_no_subject() -> None:
    fact = one("Three tremors shook the island, the largest measuring 5.8.", "5.8")
    assert fact.subject_head != "largest"


# Class 11: "<sum> in <noun phrase>" is a sum held in that thing ("$2bn in new loans", "in cash"),
# unless "in" opens a time, a place or an idiom ("in the first quarter", "in fiscal 1987", "in return").
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The lender said the 250 mln dlrs in overdue farm loans would hurt its profit.",
            "250 mln dlrs",
            "loan",
        ),
        ("The start-up raised 45 mln dlrs in fresh funding from investors.", "45 mln dlrs", "funding"),
        ("The failed savings bank had 61 mln dlrs in assets.", "61 mln dlrs", "asset"),
    ],
)
def test_a_sum_in_a_noun_phrase(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Operating profit was 12 mln dlrs in the second quarter.", "12 mln dlrs", "profit"),
        ("Revenue reached 80 mln dlrs in fiscal 1986.", "80 mln dlrs", "revenue"),
    ],
)
def test_a_sum_in_a_period_keeps_its_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_in_return_is_no_holding() -> None:
    fact = one("The trust will receive 300,000 dlrs in return for its stake.", "300,000 dlrs")
    assert fact.subject_head != "return"


def test_an_idiom_noun_in_a_longer_phrase_is_held() -> None:
    fact = one("The treasury will issue 80 billion won in exchange stabilisation bonds.", "80 billion won")
    assert fact.subject_head == "bond"


# Class 12: a gapped conjunct ("Imports rose to X from Y, and exports to Z from W") has its own subject.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Coffee imports rose to 42,000 tonnes from 39,000 and exports to 18,500 from 20,100.",
            "18,500",
            "export",
        ),
        (
            "Coffee imports rose to 42,000 tonnes from 39,000 and exports to 18,500 from 20,100.",
            "20,100",
            "export",
        ),
        ("Bus output fell to 9,200 from 9,900, van output to 14,000 from 15,500.", "14,000", "output"),
        (
            "Fuel duties rose to 12 billion rand from 11 billion and other duties to 4 billion.",
            "4 billion",
            "duty",
        ),
    ],
)
def test_a_gapped_conjunct_has_its_own_subject(text: str, surface: str, head: str) -> None:
    fact = one(text, surface)
    assert fact.subject_head == head
    assert fact.subject is not None and fact.subject[:1].islower()


def test_a_coordinated_prepositional_phrase_is_no_gapped_subject() -> None:
    text = (
        "Spending at the mills fell to 40 mln dlrs, and spending fell at mines and quarries to 90 mln dlrs."
    )
    assert one(text, "90 mln dlrs").subject_head == "spending"


def test_a_participle_clause_with_to_is_no_gapped_subject() -> None:
    fact = one("Sales rose 10 pct, bringing the total to 40 mln dlrs.", "40 mln dlrs")
    assert fact.subject_head != "total"


# Class 13: a name that modifies the definite noun its clause opens on is what the clause is about
# ("The Odyssey probe will travel"), before a body the sentence cites; a demonym is no such name.
def test_a_name_inside_a_definite_subject_is_about() -> None:
    text = "The Meridian telescope will scan 4,000 galaxies over six years, the national science agency said."
    assert one(text, "4,000").about == "Meridian"


def test_a_demonym_inside_a_definite_subject_is_no_name() -> None:
    fact = one("The Chilean government will sell 90 billion pesos of bonds.", "90 billion pesos")
    assert fact.about != "Chilean"


# Class 14: a change verb with its object before "by" moves the object ("raised its rate by 0.5 points").
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The lender will raise its base mortgage rate by 0.75 percentage points to 8.5 pct.", "0.75", "up"),
        ("The strike will cut its third quarter profit by 14 mln dlrs.", "14 mln dlrs", "down"),
        ("The grocer will cut prices on 250 lines by an average of 6%.", "6%", "down"),
        ("The smelter lowered its annual output forecast by 40,000 tonnes.", "40,000 tonnes", "down"),
    ],
)
def test_a_transitive_change_before_by(text: str, surface: str, change: str) -> None:
    assert one(text, surface).change == change


def test_by_after_a_passive_is_no_change() -> None:
    assert one("The claim was backed by 40 lenders.", "40").change is None


# Class 15: a change restated in another unit after "or" moves the same way.
@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The Hang Seng index fell 310 points, or 1.6%, to 19,250.", "1.6%", "down"),
        ("Farm exports rose 600 mln dlrs, or 9 pct, to 7.1 billion dlrs.", "9 pct", "up"),
    ],
)
def test_a_restated_change_keeps_its_direction(text: str, surface: str, change: str) -> None:
    assert one(text, surface).change == change


def test_the_object_before_by_an_average_of_is_the_subject() -> None:
    assert one("The grocer will cut prices on 250 lines by an average of 6%.", "6%").subject_head == "price"


# Class 16: what "sold for" or "fetched" a sum is the thing before the verb.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The typical three-bedroom house sold for 298,000 dlrs in May.", "298,000 dlrs", "house"),
        ("The sculpture fetched 2.2 mln dlrs at the sale.", "2.2 mln dlrs", "sculpture"),
        ("Rents rose 2%, while the average studio of 300 sq ft sold for HK$3.9m.", "HK$3.9m", "studio"),
    ],
)
def test_what_sold_for_a_sum(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 17: "Of the N things ..., M% ...": the figure after the comma is a part of the fronted whole.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Of the 1,200 voters polled, 58% backed the plan.", "58%", "voter"),
        ("Of its 3,000 employees in Europe, about 500 will lose their jobs.", "500", "employee"),
    ],
)
def test_a_fronted_whole_is_the_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


def test_a_fronted_total_is_no_subject() -> None:
    assert one("Of the total, 40 pct was exported.", "40 pct").subject_head != "total"


# Class 18: a sum restated per unit after ", or" measures what the first sum does.
@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The directors backed a 640 mln stg bid, or 275p a share, from a rival.", "275p", "bid"),
        ("Net profit rose to 18 mln dlrs, or 62 cts a share, from 15 mln dlrs.", "62 cts", "profit"),
    ],
)
def test_a_sum_restated_per_unit(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


# Class 19: a compound noun ending in a particle heads as a whole ("add-ons", "buy-outs").
def test_a_compound_with_a_particle_keeps_its_head() -> None:
    fact = one("The club will pay 30 mln stg plus up to 8 mln stg in add-ons.", "8 mln stg")
    assert fact.subject_head == "add-on"


def test_an_old_value_after_a_per_share_sum_is_in_the_level_unit() -> None:
    fact = one("Net income rose to 7 mln dlrs, or 30 cts a share, from 6 mln.", "6 mln")
    assert (fact.unit, fact.kind, fact.subject_head) == ("US dollar", "money", "income")


# Class 20: a name in the possessive that opens a definite clause subject owns its figures.
def test_a_possessive_name_after_the_owns_the_figure() -> None:
    fact = one("The Treasury's deposit with the Central Bank fell 800 mln dlrs.", "800 mln dlrs")
    assert fact.about == "Treasury"


def test_a_trade_before_a_name_across_a_line_break() -> None:
    text = "Hackers stole about 2.1 million passwords, the Lagos-based lender\nKora Trust said."
    assert one(text, "2.1 million").about == "Kora Trust"


def test_a_measuring_participle_across_a_line_break() -> None:
    assert (
        one("The bank arranged three loans totalling\n2.5 billion yen.", "2.5 billion yen").subject_head
        == "loan"
    )


def test_what_a_sum_buys_comes_before_what_it_is_paid_in() -> None:
    text = "The group agreed to acquire the frozen foods division of a rival for 45 mln dlrs in cash."
    assert one(text, "45 mln dlrs").subject_head == "division"
