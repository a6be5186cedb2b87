"""Subjects on fresh general news (subject19): a reporting period closed by its end date, a running
total past a particle or a start year, the level a change noun reaches, a sum cut from something after
"a further", a forecast set by a second verb of the sentence.

Every sentence is written for the test, none is a dev-set item; each rule has lookalikes it must
not fire on.
"""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tesco said group sales rose 4.1% in the 19 weeks to 6 July.", "19 weeks"),
        (
            "Net profit at the lender climbed 12% to $840 million in the nine months ended March 31.",
            "nine months",
        ),
        ("Burberry said comparable store sales dropped 7% in the 13 weeks ending 29 June.", "13 weeks"),
        ("Inflation in Turkey eased to 38% in the 12 months through May.", "12 months"),
        (
            "Wage growth slowed to 4.6% in the three months to August, the statistics office said.",
            "three months",
        ),
    ],
)
def test_a_reporting_period_closed_by_its_end_date_has_no_subject(text: str, surface: str) -> None:
    assert one(text, surface).subject_head is None


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # the result of such a sentence keeps its own subject
        ("Tesco said group sales rose 4.1% in the 19 weeks to 6 July.", "4.1%", "sales"),
        ("Wage growth slowed to 4.6% in the three months to August.", "4.6%", "growth"),
        # how long something lasts is no reporting period
        ("The bridge took 18 months to build and cost $210 million.", "18 months", "bridge"),
        ("The battery charges fully in 40 minutes.", "40 minutes", "battery"),
    ],
)
def test_a_result_or_a_lasting_keeps_its_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The city repaid another $90 million, bringing its debt down to $1.2 billion.",
            "$1.2 billion",
            "debt",
        ),
        ("The council cut £53m more, taking savings since 2024 to more than £300m.", "£300m", "savings"),
        ("The carrier will add three daily flights, taking its weekly services to 84.", "84", "service"),
    ],
)
def test_a_running_total_past_a_particle_or_a_start_year(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Nvidia posted a 62% rise in quarterly revenue to $57 billion.", "$57 billion", "revenue"),
        (
            "The bank reported a 14% fall in net income to 2.3 billion Swiss francs for the quarter.",
            "2.3 billion",
            "income",
        ),
        ("The group announced a 30% increase in orders to about 15 billion euros.", "15 billion", "order"),
    ],
)
def test_the_level_a_change_noun_reaches_measures_the_changed_noun(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # a comma or another figure between the change and the level: no such reading
        ("Sales posted a 5% rise in March, to $2 billion in total.", "$2 billion", None),
        ("Profit rose 8% to $3 billion.", "$3 billion", "profit"),
    ],
)
def test_a_level_apart_from_the_change_noun_is_read_as_before(
    text: str, surface: str, head: str | None
) -> None:
    got = one(text, surface).subject_head
    assert got == head or (head is None and got != "sales")


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The council will cut a further £28m from its budget next year.", "£28m", "budget"),
        (
            "The airline said it will cut $400 million from its operating costs by 2027.",
            "$400 million",
            "cost",
        ),
        ("The ministry plans to shave an extra $5 billion from the defence budget.", "$5 billion", "budget"),
        ("Congress would cut about $880 billion from Medicaid.", "$880 billion", "medicaid"),
    ],
)
def test_a_sum_cut_from_something_measures_it(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The council will cut a further £28m in spending.", "£28m", "spending"),
        ("Sales rose 5% from a year earlier.", "5%", "sales"),
    ],
)
def test_no_cut_from_no_reading(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The central bank held its policy rate at 6.5% and cut its growth forecast to 5.8% from 6.2%.",
            "5.8%",
            "forecast",
        ),
        (
            "The central bank held its policy rate at 6.5% and cut its growth forecast to 5.8% from 6.2%.",
            "6.2%",
            "forecast",
        ),
        ("The IMF lowered its 2027 growth forecast to 2.9%.", "2.9%", "forecast"),
        ("The bank raised its inflation forecast to 3.1%.", "3.1%", "forecast"),
        ("The agency cut its estimate to 890,000 tonnes.", "890,000 tonnes", "estimate"),
    ],
)
def test_a_forecast_set_by_a_verb_measures_the_figure(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "The central bank held its policy rate at 6.5% and cut its growth forecast to 5.8%.",
            "6.5%",
            "rate",
        ),
        ("Sales rose 3% to $2bn and lifted margins to 12%.", "$2bn", "sales"),
        ("Sales rose 3% to $2bn and lifted margins to 12%.", "12%", "margin"),
        ("Prices rose 3% in May and then 5% in June.", "5%", "price"),
    ],
)
def test_a_figure_of_the_first_clause_and_a_bare_second_keep_theirs(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Homes priced above £2m made up a fifth of sales in London.", "£2m", "home"),
        ("Apartments priced under $500,000 made up 40% of sales in Brisbane.", "$500,000", "apartment"),
        ("Flats valued at over €1m drew most foreign buyers.", "€1m", "flat"),
    ],
)
def test_a_noun_priced_or_valued_at_a_sum(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The shares were priced at 310p each.", "310p", "share"),  # a verb before: the clause subject
        ("Tickets are priced at £50.", "£50", "ticket"),
    ],
)
def test_a_priced_verb_keeps_its_clause_subject(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "At least 21 people were killed and about 400 injured when the ferry capsized.",
            "about 400",
            "people",
        ),
        ("The attack killed 12 soldiers and left 30 wounded.", "30", "soldier"),
        ("Storms killed nine people and left some 2,000 homeless.", "2,000", "people"),
    ],
)
def test_a_bare_count_before_what_befell_it_counts_the_earlier_noun(
    text: str, surface: str, head: str
) -> None:
    assert one(text, surface).subject_head == head


def test_a_casualty_word_with_no_count_before_stays() -> None:
    assert one("About 400 injured were treated at the hospital.", "400").subject_head == "injured"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Around one in four teenagers now owns a smartwatch, up from one in 10 in 2021.",
            "one in 10",
            "teenager",
        ),
        ("One in three voters backs the plan, down from one in two in May.", "one in two", "voter"),
    ],
)
def test_the_old_level_of_a_ratio_measures_what_it_does(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Lufthansa said it would spend about €9 billion on 40 new aircraft from Boeing.",
            "€9 billion",
            "aircraft",
        ),
        ("The state will spend $300 million on 2,000 new buses.", "$300 million", "bus"),
        ("The state will spend $300 million on new buses.", "$300 million", "bus"),
    ],
)
def test_a_sum_spent_on_a_number_of_things_measures_the_things(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Revenue rose 6% to €2.9 billion, and the group proposed a dividend of €1.40 a share.",
            "€1.40",
            "dividend",
        ),
        ("The insurer unveiled a buyback of $500 million on Monday.", "$500 million", "buyback"),
        ("The club expects savings of €90m this season.", "€90m", "savings"),
    ],
)
def test_the_noun_of_a_figure_begins_after_its_article(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The government will spend an extra €1.3 billion on housing next year.", "€1.3 billion", "housing"),
        ("The city will spend $40 million on policing.", "$40 million", "policing"),
    ],
)
def test_an_ing_noun_paid_for(text: str, surface: str, head: str) -> None:
    assert one(text, surface).subject_head == head


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The state will spend $2bn on building new schools.", "$2bn"),
        ("The firm will spend £1.5bn on extending 5G coverage.", "£1.5bn"),
    ],
)
def test_a_gerund_with_an_object_is_no_thing_paid_for(text: str, surface: str) -> None:
    assert one(text, surface).subject_head not in ("building", "extending")
