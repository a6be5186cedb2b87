"""Subject shapes from the subject24 probe: objects in relative clauses, data rates, adverbs before
plural verbs, "numbering", sums restated as shares, surnames in -s."""

from extract_helpers import one


def test_relative_clause_object_measured() -> None:
    fact = one("The geyser, which has thrown water 60 metres into the sky, erupted.", "60 metres")
    assert fact.subject_head == "water"


def test_relative_clause_without_object_keeps_antecedent() -> None:
    assert one("The fire, which has burned 9,000 acres, spread.", "9,000 acres").subject_head == "fire"


def test_data_rate_unit_and_clause_subject() -> None:
    fact = one("The satellite link provides 150 megabits per second to ships.", "150 megabits per second")
    assert fact.unit == "megabit per second"
    assert fact.kind == "other"  # a data rate: no size, no physical speed
    assert fact.subject_head == "link"


def test_mbps_abbreviation() -> None:
    assert one("Broadband speeds averaged 72Mbps last year.", "72Mbps").unit == "megabit per second"


def test_adverb_before_plural_verb() -> None:
    assert one("Fixed-rate bonds now pay 4.6%.", "4.6%").subject_head == "bond"


def test_plural_subject_with_present_verb() -> None:
    assert one("Notice accounts offer 4.9%.", "4.9%").subject_head == "account"


def test_numbering() -> None:
    assert one("Troops numbering about 2,000 crossed the river.", "about 2,000").subject_head == "troop"


def test_sum_restated_as_share() -> None:
    fact = one("The state spent $90 billion on schools, or 4.2% of economic output.", "4.2%")
    assert fact.subject_head == "school"


def test_surname_in_s_keeps_form() -> None:
    assert one("Williams, 31, won the final.", "31").subject_head == "williams"


def test_people_plural_age_still_singular() -> None:
    assert one("Pensioners over 75 will receive the payment.", "75").subject_head == "pensioner"


def test_takings_of_a_thing() -> None:
    assert one("The musical took £2.3m in its first month.", "£2.3m").subject_head == "musical"


def test_takings_of_an_institution_has_no_subject() -> None:
    assert one("The bank earned $9m in fees.", "$9m").subject_head != "bank"


def test_died_aged_takes_opening_person() -> None:
    fact = one("Evans, who coached the side for 20 years, died on Friday aged 79.", "79")
    assert fact.kind == "age"
    assert fact.subject_head == "evans"


def test_died_aged_noun_phrase() -> None:
    assert one("The poet died in hospital aged 84.", "84").subject_head == "poet"


def test_coordinated_verb_without_comma() -> None:
    assert one("The tablet has an OLED display and weighs 480 grams.", "480 grams").subject_head == "tablet"


def test_bare_count_before_motion_verb_has_no_verb_subject() -> None:
    assert one("Around 3,000 walked out of the plant.", "Around 3,000").subject_head is None


def test_casualty_participle_still_counted() -> None:
    assert one("About 250 injured were treated at the scene.", "About 250").subject_head == "injured"


def test_a_name_before_an_adverb_and_its_verb_is_no_label() -> None:
    assert one("ATT also charges 40 dlrs per hour for on-line usage fees.", "40 dlrs").subject_head != "att"


def test_a_verb_of_action_after_and_shares_no_subject() -> None:
    text = "Naples agreed to extend the maturity and increase the loans by nine mln dlrs."
    assert one(text, "nine mln dlrs").subject_head != "naple"
