"""Subject shapes from the subject25 probe: sums set aside "to <verb> X", fronted ages, "head of"
livestock, bare tolls and shares of an owner's total."""

from extract_helpers import one


def test_sum_for_a_purpose_measures_the_verbs_object() -> None:
    text = "The county set aside $3 million to repair 120 bridges."
    assert one(text, "$3 million").subject_head == "bridge"


def test_earmarked_to_buy() -> None:
    assert one("The ministry earmarked £8m to buy the old depot.", "£8m").subject_head == "depot"


def test_sum_to_a_noun_is_unchanged() -> None:
    assert one("The plan adds about £100 a year to a typical bill.", "£100").subject_head == "bill"


def test_fronted_age_takes_the_clause_name() -> None:
    fact = one("Aged 17, Okafor became the club's youngest captain.", "17")
    assert fact.kind == "age"
    assert fact.subject_head == "okafor"


def test_fronted_age_takes_the_clause_person_noun() -> None:
    assert one("Aged 81, the retired pensioner walked the route.", "81").subject_head == "pensioner"


def test_fronted_age_with_pronoun_has_no_subject() -> None:
    assert one("Aged 42, he was the oldest player.", "42").subject is None


def test_head_of_livestock() -> None:
    assert one("Farmers lost 2,300 head of sheep in the blizzard.", "2,300").subject_head == "sheep"


def test_bare_toll_counts_the_earlier_count() -> None:
    text = "Rescuers found 12 more bodies on Sunday, bringing the toll to 58."
    assert one(text, "58").subject_head == "body"


def test_share_of_an_owners_total() -> None:
    text = "The outage hit 90,000 homes (about a quarter of the network's total) on Monday."
    assert one(text, "a quarter").subject_head == "home"


def test_sum_to_creditors_is_no_verb() -> None:
    text = "The firm owes £50m to creditors and has cut 200 jobs."
    assert one(text, "£50m").subject_head == "creditor"


def test_length_after_a_verbs_object() -> None:
    assert one("She threw the javelin 68.5 metres in the final.", "68.5 metres").subject_head == "javelin"


def test_length_after_a_place_phrase_is_not_carried() -> None:
    assert one("Floods swept through the valley 30 km south of the city.", "30 km").subject is None


def test_speaker_age_ends_the_sentence() -> None:
    fact = one('"We lost 40 cows in a week," says farmer Tom Hale, 58.', "58")
    assert fact.kind == "age"
    assert fact.subject_head == "hale"


def test_change_restated_in_percent_after_a_count() -> None:
    assert one("Payrolls fell by 12,000 jobs, or 3.1%, in May.", "3.1%").subject_head == "job"


def test_sum_to_a_verb_whose_object_runs_into_a_name_has_no_verb_subject() -> None:
    fact = one("The board allocated $12m to replace the storm-damaged City Hall annex.", "$12m")
    assert fact.subject is None


def test_unit_symbol_after_its_number_is_no_name() -> None:
    fact = one("Average download speeds reached 480 Mbps.", "480 Mbps")
    assert fact.about is None
    assert fact.subject_head == "speed"
