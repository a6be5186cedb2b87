"""About: names the wire writes with a lower-case suffix or a month, names a later sentence refers back
to, and a place's possessive before a name (sentences written for the about22 probe)."""

from __future__ import annotations

from extract_helpers import one


def test_lower_case_legal_suffix_keeps_the_opening_company() -> None:
    fact = one("Wise plc said customer balances rose 9% to £22bn in the quarter.", "9%")
    assert fact.about == "Wise"


def test_month_word_opening_a_company_name_after_the() -> None:
    fact = one("The May Department Stores Co said net income rose to 312 million dlrs.", "312")
    assert fact.about == "May Department Stores Co"


def test_a_month_before_a_company_is_still_a_date() -> None:
    fact = one("In May Acme Corp said sales rose 4%.", "4%")
    assert fact.about == "Acme Corp"


def test_the_club_stands_for_the_name_the_sentence_before_opened_on() -> None:
    text = "Aston Villa reported a pre-tax loss of £12m. The club owes £210m to its owners."
    assert one(text, "£210m").about == "Aston Villa"


def test_the_airline_stands_for_the_headline_company_the_body_names() -> None:
    text = "Lufthansa said it would review routes. The airline will cut 4,000 jobs, it said on Monday."
    fact = one(text, "4,000", headline="Lufthansa to cut jobs by 2030", dateline="FRANKFURT")
    assert fact.about == "Lufthansa"


def test_a_headline_word_the_body_does_not_name_is_no_lead() -> None:
    text = "The operator will spend £1.5bn extending coverage."
    fact = one(text, "£1.5bn", headline="Coverage to reach rural areas")
    assert fact.about == "operator"


def test_a_definite_club_with_nothing_named_before_stays_the_club() -> None:
    assert one("The club agreed a fee of €60m for the midfielder.", "€60m").about == "club"


def test_a_place_possessive_before_an_index_is_its_place_not_its_name() -> None:
    fact = one("Japan's Nikkei share average fell 1.4% on Thursday.", "1.4%", dateline="TOKYO")
    assert fact.about == "Nikkei"


def test_a_demonym_before_a_currency_stays() -> None:
    fact = one("The Swiss franc rose 0.4% to 0.9120 per euro.", "0.9120")
    assert fact.about == "Swiss franc"


def test_a_fine_against_a_name_after_the_sum_is_about_the_one_fined() -> None:
    fact = one("The Court of Justice upheld a 1.1 billion euro fine against Intel.", "1.1 billion")
    assert fact.about == "Intel"


def test_a_fine_of_a_sum_on_a_name() -> None:
    assert one("The watchdog imposed a fine of £9m on Starling for weak checks.", "£9m").about == "Starling"


def test_a_point_relative_to_a_place_does_not_locate_the_event() -> None:
    fact = one("A dinghy carrying 45 migrants sank 20 nautical miles west of Gozo.", "45")
    assert fact.about is None


def test_a_bare_plural_opening_a_sentence_is_no_name() -> None:
    fact = one("Storms flattened 120 homes in the village of Ballyvourney.", "120")
    assert fact.about == "Ballyvourney"


def test_a_definite_body_cited_by_name_is_no_person() -> None:
    fact = one("Hospital waiting lists grew by 12,000, the Health Foundation said.", "12,000")
    assert fact.about == "Health Foundation"


def test_a_person_cited_by_name_is_still_no_entity() -> None:
    assert one("Rainfall in July was 40% above average, John Hammond said.", "40%").about is None


def test_a_titled_person_reporting_takes_the_company_named_before() -> None:
    text = "Hexagon Robotics raised its margin target to 21%. Chief executive Lena Ortiz said orders grew 9%."
    assert one(text, "9%").about == "Hexagon Robotics"


def test_a_casualty_count_in_the_named_country() -> None:
    fact = one("Cyclone Ditwah left 212 people dead in the Maldives.", "212")
    assert fact.about == "Maldives"


def test_a_change_apposed_a_few_words_on_keeps_the_figure_it_changes() -> None:
    fact = one("Antofagasta produced 660,000 tonnes of copper last year, down 4%.", "4%")
    assert fact.about == "Antofagasta"


def test_a_named_variety_of_a_good_whose_prices_move() -> None:
    assert one("Robusta coffee prices rose to $4,800 a tonne.", "$4,800").about == "Robusta coffee"


def test_the_club_stands_for_a_one_word_name_the_sentence_before_opened_on() -> None:
    text = "Fulham reported a pre-tax loss of £9m. The club owes £300m to its owner."
    assert one(text, "£300m").about == "Fulham"


def test_a_sentence_opening_on_a_common_word_names_no_actor_for_the_next() -> None:
    text = (
        "Key June futures rose in thin trade, dealers said. "
        "September was 110.10, against a 109.40 close on Friday, and key traders were cautious."
    )
    assert one(text, "110.10").about != "Key June"


def test_a_sentence_citing_unnamed_monitors_takes_no_earlier_actor() -> None:
    text = (
        "The United Nations has warned that some 50,000 civilians are trapped in the city. "
        "Monitors say more than 700 civilians have been killed in the fighting since June."
    )
    assert one(text, "more than 700").about != "United Nations"
