"""About on general news: hyphened adjectives inside a definite phrase, a country's named division."""

from extract_helpers import one


def test_hyphened_adjective_stays_in_the_definite_phrase() -> None:
    text = "The new high-speed line will cut journey times between London and Birmingham to 49 minutes."
    fact = one(text, "49")
    assert fact.about == "new high-speed line"


def test_hyphened_verb_still_ends_the_phrase() -> None:
    fact = one("The party re-elected its leader with 80 percent of the vote.", "80")
    assert fact.about == "party"


def test_named_division_after_a_country_possessive() -> None:
    text = "Floods in Pakistan's Sindh province have killed 47 people and destroyed 3,000 homes."
    assert one(text, "47").about == "Sindh"
    assert one(text, "3,000").about == "Sindh"


def test_guide_division_example() -> None:
    assert one("A landslide in Nepal's Dhading district killed 14 people.", "14").about == "Dhading"


def test_margin_is_the_leaders() -> None:
    poll = "Labour leads the Conservatives by 12 points, according to a YouGov poll."
    assert one(poll, "12").about == "Labour"
    table = "Arsenal lead Manchester City by five points at the top of the table."
    assert one(table, "five").about == "Arsenal"


def test_acronym_possessive() -> None:
    text = "NASA's Artemis II mission will send four astronauts on a 10-day trip around the Moon."
    assert one(text, "four").about == "Artemis II"
    assert one("OPEC's December output rose to 16 mln barrels per day.", "16").about == "OPEC"


def test_cost_before_a_sum_ends_the_phrase() -> None:
    text = "The 142-km railway cost $7.3 billion and carries 18,000 passengers a day."
    assert one(text, "18,000").about == "railway"


def test_definite_one_told_to_pay() -> None:
    text = "A jury ordered the company to pay $2.1 billion in damages to a woman."
    assert one(text, "$2.1").about == "company"


def test_name_modifying_a_reporting_body_is_a_source() -> None:
    text = "The U.N. refugee agency said more than 1.2 million people had fled Sudan."
    assert one(text, "1.2 million").about == "Sudan"
