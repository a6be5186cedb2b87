from extract_helpers import one


def test_lone_opening_company_is_what_its_shares_refer_back_to() -> None:
    text = "Salesforce plans to cut about 1,000 jobs, the company said. Its shares fell 2%."
    assert one(text, "2%").about == "Salesforce"


def test_lone_opening_company_is_what_the_company_refers_back_to() -> None:
    text = "Netflix raised the price by $2. The company added 19 million subscribers."
    assert one(text, "19 million").about == "Netflix"


def test_a_reporting_opener_is_not_an_antecedent() -> None:
    text = "Sterling rose 1% to $1.30. Traders said it gained 2% last week."
    assert one(text, "2%").about != "Traders"


def test_a_word_of_the_figures_own_unit_is_not_what_it_is_about() -> None:
    assert one("Temperatures reached 46 degrees Celsius in Seville.", "46 degrees").about == "Seville"
