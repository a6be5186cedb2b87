"""Unit vocabulary: how units are written in wire copy, their normalised names, kinds and SI values.

The table says only how a unit is *written* ("sq km", "dlrs", "bpd") and which
pint unit it is; every conversion factor comes from pint. Building pint's
registry takes over a second, so it is built once, lazily, the first time a
fact needs an SI value, and each unit's factor is cached after that.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

import pycountry

from transforms.extract import kept, patterns


class Unit(NamedTuple):
    """One normalised unit.

    Attributes:
        name: Normalised name written into facts ("square kilometre", "USD").
        kind: One of the fact kinds ("area", "money").
        pint: pint expression for SI conversion, or None (money, percent, counts).
    """

    name: str
    kind: str
    pint: str | None


# (normalised name, kind, pint expression, written forms). Forms of 1-3 characters are case sensitive.
_Row = tuple[str, str, str | None, tuple[str, ...]]
_TABLE: list[_Row] = [
    ("percent", "percent", None, ("percent", "per cent", "pct", "%", "pc", "per-cent")),
    (
        "percentage point",
        "percent",
        None,
        (
            "percentage points",
            "percentage point",
            "pct points",
            "pct point",
            "percent points",
            "per cent points",
        ),
    ),
    ("basis point", "percent", None, ("basis points", "basis point", "bps", "bp")),
    (
        "US dollar",
        "money",
        None,
        (
            "U.S. dlrs",
            "U.S. dollars",
            "US dollars",
            "U.S. dollar",
            "US dollar",
            "United States dollars",
            "United States dollar",
            "American dollars",
            "dlrs",
            "dollars",
            "dollar",
            "dlr",
            "USD",
        ),
    ),
    ("US cent", "money", None, ("U.S. cents", "cts", "cents", "cent", "ct")),
    ("Canadian cent", "money", None, ("Canadian cents", "Canadian cts")),
    ("Australian cent", "money", None, ("Australian cents", "Australian cts")),
    ("New Zealand cent", "money", None, ("New Zealand cents", "N.Z. cents", "NZ cents")),
    ("Hong Kong cent", "money", None, ("Hong Kong cents",)),
    ("Singapore cent", "money", None, ("Singapore cents",)),
    # No written form of its own: the story context gives it to "cts" in a South African
    # dateline (transforms.extract.story); listed so that it is a unit the rules know.
    ("South African cent", "money", None, ()),
    ("Luxembourg franc", "money", None, ("Luxembourg francs", "Luxembourg franc")),
    # No bare written form: a euro story's "cents" (transforms.extract.story)
    ("euro cent", "money", None, ("euro cents", "euro cent", "euro cts")),
    ("euro", "money", None, ("euros", "euro", "EUR")),
    (
        "pound sterling",
        "money",
        None,
        (
            "pounds sterling",
            "pound sterling",
            "sterling",
            "stg",
            "GBP",
            "British pounds",
            "British pound",
            "stg pounds",
        ),
    ),
    ("pence", "money", None, ("pence", "pennies", "p")),
    ("yen", "money", None, ("Japanese yen", "yen", "JPY")),
    ("Swiss franc", "money", None, ("Swiss francs", "Swiss franc", "CHF")),
    ("French franc", "money", None, ("French francs", "French franc", "francs", "franc")),
    ("Belgian franc", "money", None, ("Belgian francs", "Belgian franc")),
    ("CFA franc", "money", None, ("CFA francs", "CFA franc", "francs CFA", "XOF", "XAF")),
    ("mark", "money", None, ("Deutsche marks", "D-marks", "marks", "mark", "dmk")),
    ("guilder", "money", None, ("guilders", "guilder")),
    ("lira", "money", None, ("lire", "lira")),
    ("peseta", "money", None, ("pesetas", "peseta")),
    (
        "Australian dollar",
        "money",
        None,
        ("Australian dlrs", "Australian dollars", "Australia dlrs", "Australia dollars", "AUD"),
    ),
    ("Canadian dollar", "money", None, ("Canadian dlrs", "Canadian dollars", "Canada dlrs", "CAD")),
    (
        "Hong Kong dollar",
        "money",
        None,
        ("Hong Kong dlrs", "Hong Kong dollars", "H.K. dlrs", "H.K. dollars", "HK dlrs", "HK dollars", "HKD"),
    ),
    (
        "New Zealand dollar",
        "money",
        None,
        (
            "New Zealand dlrs",
            "New Zealand dollars",
            "N.Z. dlrs",
            "N.Z. dollars",
            "NZ dlrs",
            "NZ dollars",
            "NZD",
        ),
    ),
    ("Singapore dollar", "money", None, ("Singapore dlrs", "Singapore dollars", "SGD")),
    (
        "New Taiwan dollar",
        "money",
        None,
        ("New Taiwan dlrs", "New Taiwan dollars", "NT dollars", "Taiwan dlrs", "Taiwan dollars", "TWD"),
    ),
    ("yuan", "money", None, ("yuan", "renminbi", "CNY")),
    ("rupee", "money", None, ("rupees", "rupee", "INR")),
    ("rouble", "money", None, ("roubles", "rubles", "rouble", "ruble", "RUB")),
    ("riyal", "money", None, ("riyals", "riyal", "SAR")),
    ("rand", "money", None, ("rand", "ZAR")),
    ("naira", "money", None, ("naira", "NGN")),
    ("won", "money", None, ("won", "KRW")),
    ("Mexican peso", "money", None, ("Mexican pesos", "MXN")),
    ("peso", "money", None, ("pesos", "peso")),
    ("cruzado", "money", None, ("cruzados", "cruzado")),
    ("krona", "money", None, ("kronor", "krona", "Swedish crowns", "Swedish crown")),
    ("krone", "money", None, ("kroner", "krone", "Danish crowns", "Norwegian crowns")),
    ("crown", "money", None, ("crowns",)),
    ("markka", "money", None, ("markkaa", "markka", "markkas", "Finnish marks")),
    ("ECU", "money", None, ("ECUs", "ECU", "Ecus", "European Currency Units")),
    ("real", "money", None, ("reais", "BRL")),
    ("shilling", "money", None, ("shillings", "schillings")),
    ("dinar", "money", None, ("dinars", "dinar")),
    ("dirham", "money", None, ("dirhams", "dirham", "AED")),
    ("bolivar", "money", None, ("bolivars", "bolivar")),
    ("rupiah", "money", None, ("rupiah", "rupiahs", "IDR")),
    ("ringgit", "money", None, ("ringgit", "ringgits", "MYR")),
    ("baht", "money", None, ("baht", "THB")),
    ("zloty", "money", None, ("zlotys", "zloty", "PLN")),
    ("forint", "money", None, ("forints", "forint", "HUF")),
    ("shekel", "money", None, ("shekels", "shekel", "ILS")),
    ("Egyptian pound", "money", None, ("Egyptian pounds", "EGP")),
    ("escudo", "money", None, ("escudos", "escudo")),
    ("drachma", "money", None, ("drachmas", "drachma", "drachmae")),
    ("austral", "money", None, ("australs", "austral")),
    ("Turkish lira", "money", None, ("Turkish lira", "Turkish liras", "TRY")),
    ("bitcoin", "money", None, ("bitcoins", "bitcoin", "BTC")),
    ("kilometre", "length", "kilometer", ("kilometres", "kilometers", "kilometre", "kilometer", "kms", "km")),
    ("metre", "length", "meter", ("metres", "meters", "metre", "meter", "m")),
    ("centimetre", "length", "centimeter", ("centimetres", "centimeters", "centimetre", "centimeter", "cm")),
    ("millimetre", "length", "millimeter", ("millimetres", "millimeters", "millimetre", "millimeter", "mm")),
    ("nanometre", "length", "nanometer", ("nanometres", "nanometers", "nanometre", "nanometer")),
    ("light year", "length", "light_year", ("light years", "light-years", "light year", "light-year")),
    ("astronomical unit", "length", "astronomical_unit", ("astronomical units", "astronomical unit")),
    ("nautical mile", "length", "nautical_mile", ("nautical miles", "nautical mile")),
    ("mile", "length", "mile", ("miles", "mile")),
    ("foot", "length", "foot", ("feet", "foot", "ft")),
    ("inch", "length", "inch", ("inches", "inch")),
    ("yard", "length", "yard", ("yards", "yard")),
    (
        "square kilometre",
        "area",
        "kilometer**2",
        (
            "square kilometres",
            "square kilometers",
            "square kilometre",
            "square kilometer",
            "sq km",
            "sq. km",
            "km2",
            "km²",
            "square km",
        ),
    ),
    ("square mile", "area", "mile**2", ("square miles", "square mile", "sq miles", "sq mi")),
    (
        "square metre",
        "area",
        "meter**2",
        ("square metres", "square meters", "square metre", "square meter", "sq m", "m2", "m²"),
    ),
    ("square foot", "area", "foot**2", ("square feet", "square foot", "sq ft")),
    ("hectare", "area", "hectare", ("hectares", "hectare", "ha")),
    ("acre", "area", "acre", ("acres", "acre")),
    (
        "tonne",
        "mass",
        "metric_ton",
        ("metric tonnes", "metric tons", "metric ton", "tonnes", "tonne", "t", "mt", "MT"),
    ),
    ("short ton", "mass", "short_ton", ("short tons", "short ton", "tons", "ton")),
    ("long ton", "mass", "long_ton", ("long tons", "long ton")),
    ("kilogram", "mass", "kilogram", ("kilograms", "kilogrammes", "kilogram", "kilos", "kilo", "kg")),
    ("gram", "mass", "gram", ("grams", "grammes", "gram", "g")),
    ("microgram", "mass", "microgram", ("micrograms", "microgram", "µg", "mcg")),
    ("carat", "mass", "carat", ("carats", "carat")),
    ("milligram", "mass", "milligram", ("milligrams", "milligram", "mg")),
    ("pound", "mass", "pound", ("lbs", "lb", "pounds", "pound")),
    ("hundredweight", "mass", "hundredweight", ("hundredweight", "cwt")),
    ("ounce", "mass", "troy_ounce", ("troy ounces", "troy ounce", "troy oz")),
    ("ounce", "mass", "ounce", ("ounces", "ounce", "oz")),
    (
        "barrel per day",
        "volume",
        "oil_barrel / day",
        ("barrels per day", "barrels a day", "barrels daily", "bpd", "b/d", "bbl/d"),
    ),
    ("barrel", "volume", "oil_barrel", ("barrels", "barrel", "bbl")),
    ("litre", "volume", "liter", ("litres", "liters", "litre", "liter")),
    ("millilitre", "volume", "milliliter", ("millilitres", "milliliters", "ml")),
    ("gallon", "volume", "gallon", ("gallons", "gallon")),
    (
        "cubic metre",
        "volume",
        "meter**3",
        ("cubic metres", "cubic meters", "cubic metre", "cubic meter", "cu m", "m3", "m³"),
    ),
    ("cubic foot", "volume", "foot**3", ("cubic feet", "cubic foot", "cu ft")),
    (
        "cubic kilometre",
        "volume",
        "kilometer**3",
        ("cubic kilometres", "cubic kilometers", "cubic kilometre", "cubic kilometer", "km3", "km³"),
    ),
    (
        "cubic centimetre",
        "volume",
        "centimeter**3",
        (
            "cubic centimetres",
            "cubic centimeters",
            "cubic centimetre",
            "cubic centimeter",
            "cc",
            "cm3",
            "cm³",
        ),
    ),
    ("acre-foot", "volume", "acre_foot", ("acre-feet", "acre-foot", "acre feet", "acre foot")),
    ("bushel", "volume", "bushel", ("bushels", "bushel")),
    ("centilitre", "volume", "centiliter", ("centilitres", "centiliters", "centilitre", "centiliter", "cl")),
    ("hectolitre", "volume", "hectoliter", ("hectolitres", "hectoliters", "hectolitre", "hectoliter")),
    ("pint", "volume", "pint", ("pints", "pint")),
    ("quart", "volume", "quart", ("quarts", "quart")),
    ("fluid ounce", "volume", "fluid_ounce", ("fluid ounces", "fluid ounce", "fl oz")),
    ("cubic yard", "volume", "yard**3", ("cubic yards", "cubic yard")),
    ("bale", "mass", None, ("running bales", "bales", "bale")),
    (
        "kilometre per hour",
        "speed",
        "kilometer / hour",
        (
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
            "kilometers an hour",
            "km/h",
            "kph",
            "kmh",
        ),
    ),
    ("mile per hour", "speed", "mile / hour", ("miles per hour", "miles an hour", "mph")),
    ("knot", "speed", "knot", ("knots",)),
    (
        "degree Celsius",
        "temperature",
        "degC",
        ("degrees Celsius", "degrees Centigrade", "degree Celsius", "degrees C", "°C", "C"),
    ),
    (
        "degree Fahrenheit",
        "temperature",
        "degF",
        ("degrees Fahrenheit", "degree Fahrenheit", "degrees F", "°F", "F"),
    ),
    ("degree", "temperature", None, ("degrees", "°")),
    ("kilowatt hour", "energy", "kilowatt_hour", ("kilowatt hours", "kilowatt-hours", "kWh")),
    ("megawatt hour", "energy", "megawatt_hour", ("megawatt hours", "megawatt-hours", "MWh")),
    ("gigawatt hour", "energy", "gigawatt_hour", ("gigawatt hours", "gigawatt-hours", "GWh")),
    ("terawatt hour", "energy", "terawatt_hour", ("terawatt hours", "terawatt-hours", "TWh")),
    ("watt", "power", "watt", ("watts", "watt", "W")),
    ("kilowatt", "power", "kilowatt", ("kilowatts", "kilowatt", "kW")),
    ("megawatt", "power", "megawatt", ("megawatts", "megawatt", "MW")),
    ("gigawatt", "power", "gigawatt", ("gigawatts", "gigawatt", "GW")),
    ("terawatt", "power", "terawatt", ("terawatts", "terawatt", "TW")),
    ("horsepower", "power", "horsepower", ("horsepower", "hp")),
    ("joule", "energy", "joule", ("joules", "joule")),
    ("kilojoule", "energy", "kilojoule", ("kilojoules", "kilojoule", "kJ")),
    ("megajoule", "energy", "megajoule", ("megajoules", "megajoule")),
    ("gigajoule", "energy", "gigajoule", ("gigajoules", "gigajoule", "GJ")),
    ("calorie", "energy", "calorie", ("calories", "calorie")),
    ("kilocalorie", "energy", "kilocalorie", ("kilocalories", "kilocalorie", "kcal")),
    ("milliampere hour", "other", None, ("milliamp hours", "milliampere hours", "mAh")),
    ("bit", "data_size", None, ("bits", "bit")),
    ("kilobit", "data_size", None, ("kilobits", "kilobit")),
    ("megabit", "data_size", None, ("megabits", "megabit")),
    ("gigabit", "data_size", None, ("gigabits", "gigabit")),
    ("terabit", "data_size", None, ("terabits", "terabit")),
    ("kilobit per second", "other", None, ("kilobits per second", "kilobit per second", "kbps", "kbit/s")),
    (
        "megabit per second",
        "other",
        None,
        ("megabits per second", "megabit per second", "megabits a second", "Mbps", "Mbit/s", "Mb/s"),
    ),
    (
        "gigabit per second",
        "other",
        None,
        ("gigabits per second", "gigabit per second", "gigabits a second", "Gbps", "Gbit/s", "Gb/s"),
    ),
    ("petabyte", "data_size", None, ("petabytes", "petabyte")),
    ("exabyte", "data_size", None, ("exabytes", "exabyte")),
    ("byte", "data_size", None, ("bytes", "byte")),
    ("kilobyte", "data_size", None, ("kilobytes", "kilobyte", "KB", "kB")),
    ("megabyte", "data_size", None, ("megabytes", "megabyte", "MB")),
    ("gigabyte", "data_size", None, ("gigabytes", "gigabyte", "GB")),
    ("terabyte", "data_size", None, ("terabytes", "terabyte", "TB")),
    ("hertz", "frequency", "hertz", ("hertz", "Hz")),
    ("kilohertz", "frequency", "kilohertz", ("kilohertz", "kHz")),
    ("megahertz", "frequency", "megahertz", ("megahertz", "MHz")),
    ("gigahertz", "frequency", "gigahertz", ("gigahertz", "GHz")),
    ("point", "index_points", None, ("pts",)),
    ("petaflop", "other", None, ("petaflops", "petaflop")),
    ("teraflop", "other", None, ("teraflops", "teraflop")),
    ("exaflop", "other", None, ("exaflops", "exaflop")),
    ("megapixel", "other", None, ("megapixels", "megapixel")),
    ("decibel", "other", None, ("decibels", "decibel", "dB")),
    ("kiloton", "other", None, ("kilotons", "kiloton")),
    ("megaton", "other", None, ("megatons", "megaton")),
    ("magnitude", "other", None, ("magnitude",)),
    ("part per million", "other", None, ("parts per million", "ppm")),
    ("part per billion", "other", None, ("parts per billion", "ppb")),
    ("twenty-foot equivalent unit", "other", None, ("twenty-foot equivalent units", "TEUs", "TEU")),
    ("revenue passenger mile", "other", None, ("revenue passenger miles", "revenue passenger mile")),
    ("available seat mile", "other", None, ("available seat miles", "available seat mile")),
    ("revenue passenger kilometre", "other", None, ("revenue passenger kilometres", "revenue passenger km")),
    ("available seat kilometre", "other", None, ("available seat kilometres", "available seat km")),
    ("millisecond", "duration", "millisecond", ("milliseconds", "millisecond", "ms")),
    ("second", "duration", "second", ("seconds", "second", "secs", "sec")),
    ("minute", "duration", "minute", ("minutes", "minute", "mins", "min")),
    ("hour", "duration", "hour", ("hours", "hour", "hrs", "hr")),
    ("day", "duration", "day", ("days", "day")),
    ("week", "duration", "week", ("weeks", "week", "wks")),
    ("month", "duration", "month", ("months", "month", "mths", "mth")),
    ("year", "duration", "year", ("years", "year", "yrs")),
    ("decade", "duration", "decade", ("decades", "decade")),
    ("century", "duration", "century", ("centuries", "century")),
]

_WORLD_DATE = date(2026, 1, 1)
"""The day whose legal tender is "current": a fixed day, so the vocabulary does not change by itself."""
_NOT_CODES = frozenset(
    [
        "ALL",
        "TOP",
        "CUP",
        "PEN",
        "MAD",
        "BOB",
        "SOS",
        "GEL",
        "BAM",
        "MOP",
        "ANG",
        "DOP",
        "AMD",
        "NPR",
        "PHP",
        "MGA",
        "MNT",
        "SCR",
    ]
)
"""ISO codes that are also English words or well-known names ("ALL 5 MEN", "TOP 10", "AMD 7nm",
"PHP 8", "told NPR 5 years ago"): never read as codes; their currencies are still read by name."""
_BARE_FAMILIES = frozenset(["peso", "rupee", "dinar", "riyal", "dirham", "krone", "krona"])
"""Currency words the GUIDE names without a country ("peso", "rupee") although several countries use them."""
_NOT_BARE = frozenset(
    [
        "dram",
        "colon",
        "sol",
        "tala",
        "kina",
        "pula",
        "lari",
        "kip",
        "lek",
        "afghani",
        "cordoba",
        "balboa",
        "guarani",
    ]
)
"""Currency words that are other words too ("a dram", "colon cancer", "Afghanis" for Afghans, the
Guarani people): read only with the country's name ("Armenian drams")."""
_COUNTRY_CURRENCY: dict[str, str] = {}
"""Every country's current currency code, by ISO country code ("KE" -> "KES"), from CLDR."""
_CODE_NAMES: dict[str, str] = {}
"""Every current ISO code's unit name ("KES" -> "Kenyan shilling"), those read as words ("PEN") too."""
_PEOPLES = frozenset(["afghani"])
"""Currency words that are a people's name too ("3 million Afghanis fled"), even in their country's news."""
HOME_COUNTRIES: dict[str, tuple[str, ...]] = {}
"""The countries of each :data:`HOME_ONLY` word ("sol" -> ("Peru",)): a story naming one reads it."""
HOME_ONLY: dict[str, str] = {}
"""The currency words of :data:`_NOT_BARE` by themselves ("soles", "colones", "kip"), by the unit
they name ("sol" -> "Peruvian sol"): read as money only in a story of that currency's country
(``describe._currency``), since elsewhere "sol", "colon" or "dram" are other words."""


def _home_plurals(code: str, countries: list[str], word: str) -> set[str]:
    """The plural its own countries write a currency in, when it is the English word's ("soles", "quetzales").

    Spanish-speaking countries' wires write "50 million soles", "100 quetzales", "3,000 colones";
    CLDR's English plural is "quetzals". Taken from the currency's name in each country's official
    languages (Latin script only), its first word when that starts like the English word.
    """
    from babel.core import UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_name

    found: set[str] = set()
    for country in countries:
        for language in get_official_languages(country):
            try:
                first = get_currency_name(code, 2, language).split()[0]
            except UnknownLocaleError:
                continue
            plain = _ascii(first).lower()
            if plain[:3] == word[:3] and plain.isalpha():
                found |= {first.lower(), plain}
    return found


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _world_currencies(known_codes: dict[str, str], known_forms: frozenset[str]) -> list[_Row]:
    """Rows for every current ISO 4217 currency the hand table lacks, named as the GUIDE names currencies.

    The hand table keeps its wire-era names and forms ("dlrs", "stg", "marks"); every other
    country's legal tender (CLDR, via Babel) is named by its English singular: the bare currency
    word when only one country uses it ("cedi", "hryvnia"), the country's name for it when several
    do ("Kenyan shilling", "Sudanese pound"), the GUIDE's bare family name for pesos, rupees, dinars
    and riyals. Each is written as its English singular and plural and its ISO code.
    """
    from babel.numbers import get_currency_name, get_territory_currencies

    countries: dict[str, list[str]] = {}
    territories: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = get_territory_currencies(country.alpha_2, _WORLD_DATE, tender=True)
        if found:
            _COUNTRY_CURRENCY[country.alpha_2] = found[0]
            short = getattr(country, "common_name", None) or country.name
            countries.setdefault(found[0], []).append(short)
            territories.setdefault(found[0], []).append(country.alpha_2)
    codes = sorted(set(_COUNTRY_CURRENCY.values()) - set(known_codes))
    _CODE_NAMES.update(known_codes)
    names = {code: get_currency_name(code, 1, "en") for code in codes}
    family: dict[str, int] = {}
    for code in sorted(set(_COUNTRY_CURRENCY.values())):
        word = _ascii(get_currency_name(code, 1, "en")).split()[-1].lower()
        family[word] = family.get(word, 0) + 1
    rows: list[_Row] = []
    for code in codes:
        singular, plural = names[code], get_currency_name(code, 2, "en")
        word = _ascii(singular).split()[-1].lower()
        bare = word in _BARE_FAMILIES or (family[word] == 1 and word not in known_forms | _NOT_BARE)
        name = word if bare else _ascii(singular).rsplit(" ", 1)[0] + " " + word  # "Afghan afghani"
        forms = {singular, plural, _ascii(singular), _ascii(plural)}
        home = _home_plurals(code, territories.get(code, []), word)
        if bare and word not in _BARE_FAMILIES:
            forms |= {word, _ascii(plural).split()[-1], *home}
        elif word in _NOT_BARE and word not in _PEOPLES and family[word] == 1:
            HOME_ONLY[word] = name
            HOME_COUNTRIES[word] = tuple(countries.get(code, []))
            rows.append(
                (word, "money", None, tuple(sorted({word, _ascii(plural).split()[-1].lower(), *home})))
            )
        if not bare and family[word] > 1 and "," not in " ".join(countries.get(code, [])):
            # "Kenya shillings", "Uganda shillings": the country's name for the adjective
            plural_word = _ascii(plural).split()[-1]
            forms |= {f"{country} {plural_word}" for country in countries.get(code, []) if len(country) < 20}
        if code not in _NOT_CODES:
            forms.add(code)
        _CODE_NAMES[code] = name
        rows.append((name, "money", None, tuple(sorted(f for f in forms if f.lower() not in known_forms))))
    return rows


def _known(table: list[_Row]) -> tuple[dict[str, str], frozenset[str]]:
    """The ISO codes (with the unit each names) and the written forms (lower case) the hand table has."""
    forms = frozenset(form.lower() for *_, written in table for form in written)
    codes = {form: name for name, *_, written in table for form in written if re.fullmatch(r"[A-Z]{3}", form)}
    return codes, forms


_WorldTables = tuple[list[_Row], dict[str, str], dict[str, str], dict[str, str], dict[str, tuple[str, ...]]]


def _world_tables() -> _WorldTables:
    """:func:`_world_currencies`' rows and the tables it fills (``_COUNTRY_CURRENCY``, ``_CODE_NAMES``,
    ``HOME_ONLY``, ``HOME_COUNTRIES``), as one value: what :mod:`transforms.extract.kept` keeps."""
    rows = _world_currencies(*_known(_TABLE))
    return rows, dict(_COUNTRY_CURRENCY), dict(_CODE_NAMES), dict(HOME_ONLY), dict(HOME_COUNTRIES)


def _kept_world_currencies() -> list[_Row]:
    """:func:`_world_currencies`' rows, its tables filled: built from babel's locale data (some 70
    locales read for their plurals, a third of a second), so kept on disk for the next process."""
    rows, country_currency, code_names, home_only, home_countries = kept.kept(
        "currencies", _world_tables, (__file__,), ("babel", "pycountry")
    )
    _COUNTRY_CURRENCY.update(country_currency)
    _CODE_NAMES.update(code_names)
    HOME_ONLY.update(home_only)
    HOME_COUNTRIES.update(home_countries)
    return rows


_TABLE += _kept_world_currencies()
_AFTER_SIGNS: tuple[tuple[str, str], ...] = (("zł", "zloty"), ("Kč", "koruna"), ("kr", "crown"))
"""Signs written after the number ("5,000 zł", "120 Kč"); "kr" is the story's crown (Story.crown)."""
_TABLE += [(name, "money", None, (sign,)) for sign, name in _AFTER_SIGNS]

_BY_FORM: dict[str, Unit] = {}
_BY_FORM_CI: dict[str, Unit] = {}


def _with_singulars(forms: tuple[str, ...]) -> tuple[str, ...]:
    """Add the singular wire forms of "Canadian dlrs" ("Canadian dlr", "Canadian dollar")."""
    extra = [form[:-1] for form in forms if form.endswith((" dlrs", " dollars"))]
    return forms + tuple(extra)


for _name, _kind, _pint, _forms in _TABLE:
    for _form in _with_singulars(_forms):
        _unit = Unit(_name, _kind, _pint)
        if len(_form) <= 3:
            _BY_FORM[_form] = _unit
        else:
            _BY_FORM_CI[_form.lower()] = _unit

_CODE_UNITS: dict[str, str] = {
    form: name
    for name, kind, _, forms in _TABLE
    for form in forms
    if kind == "money" and re.fullmatch(r"[A-Z]{3}", form) and form not in _NOT_CODES
}
"""Every ISO 4217 code the table knows, by the unit it names ("KES" -> "Kenyan shilling")."""

_TABLE_UNITS: frozenset[str] = frozenset(name for name, *_ in _TABLE)
"""The normalised unit names of the table; :data:`UNITS` adds what the table does not list."""

BY_NAME: dict[str, Unit] = {name: Unit(name, kind, pint) for name, kind, pint, _ in _TABLE}


_MAX_FORM_WORDS = max(len(form.split()) for forms in (_BY_FORM, _BY_FORM_CI) for form in forms)
_TOKEN = r"[^\s\d,;:()\"“”?!]+"
_UNIT_WORDS = re.compile(
    rf"(?:-|[ \t]*\n?[ \t]*)(?P<w1>{_TOKEN})(?:\s+(?P<w2>{_TOKEN}))?(?:\s+(?P<w3>{_TOKEN}))?"
)


_FIRST_WORDS = frozenset(form.split()[0] for form in _BY_FORM)
_FIRST_WORDS_CI = frozenset(form.split()[0].rstrip(".") for form in _BY_FORM_CI) | {
    form.split()[0].lower() for form in _BY_FORM
}


class UnitMatch(NamedTuple):
    """A unit found after a number, and the offset where its text ends."""

    unit: Unit
    end: int


def unit_at(text: str, pos: int, hi: int) -> UnitMatch | None:
    """The unit written at ``pos``, with the unit it is per when one follows ("58km a second").

    A measure written per another measure is one compound unit (:func:`per`): the table lists
    only the compounds wire copy abbreviates ("bpd", "mph"), every other is built here from its
    two parts, so "tonnes per hectare" and "µg/m3" need no entry of their own.
    """
    found = _unit_at(text, pos, hi) or _slashed(text, pos, hi)
    if found is None or found.unit.kind not in _PER_NUMERATOR_KINDS:
        return found
    joined = _PER_WORD.match(text, found.end, hi)
    if joined is None:
        return found
    denominator = _unit_at(text, joined.end(), hi)
    compound = per(found.unit, denominator.unit) if denominator is not None else None
    return found if compound is None or denominator is None else UnitMatch(compound, denominator.end)


_PER_WORD = re.compile(r"[ \t]+(?:per|an?)[ \t]+|/(?=[^\s\d])")
"""What joins a unit to the unit it is per: "per", "a", "an" or a slash."""
_SLASHED = re.compile(
    r"[ \t]*(?P<num>[^\s\d/,;:()\"“”?!]+)/(?P<den>[^\s,;:()\"“”?!/]+?)(?=[.,;:)]?(?:\s|$)|[,;:)])"
)
"""A compound written with a slash glued to a short unit ("km/s", "µg/m3", "t/ha")."""
_DENOMINATOR_ONLY: dict[str, str] = {"s": "second", "h": "hour"}
"""Abbreviations that are units only after a slash ("m/s", "km/h"); alone they are letters."""
_RATE_TIMES = frozenset(["second", "minute", "hour"])
"""The times a flow or speed is per. "Per day" and "per year" keep the base unit (GUIDE: "50,000
ounces a year" is ounce; the dev labels "50 litres a day" litre), barrel per day excepted."""
_PER_NUMERATOR_KINDS = frozenset(["length", "area", "mass", "volume", "energy", "power", "data_size"])
"""Measures that may be per another unit; money per a unit is a price, not a compound unit."""
_PER_DENOMINATOR_KINDS = frozenset(["length", "area", "mass", "volume"])
"""Measures a measure may be per ("tonnes per hectare", "micrograms per cubic metre")."""
_MONEY_TOO = frozenset(["pound"])
"""Measures whose written form also names money: "200 pounds per tonne" is mostly a price."""
_FLOW_KINDS = frozenset(["length", "mass", "volume"])
"""Measures that may be per a second, minute or hour: a speed or a flow ("litres per second")."""


def per(numerator: Unit, denominator: Unit) -> Unit | None:
    """``numerator`` per ``denominator`` as one unit ("mile per second", "tonne per hectare"), or None.

    A length per a short time is a speed, any other flow keeps its measure's kind (as
    barrel per day is a volume), and a measure per a measure is ``other``. A table entry of
    the same name ("kilometre per hour", "mile per hour") is that entry. pint converts the
    compound when it knows both parts.
    """
    if (
        " per " in numerator.name
        or numerator.kind not in _PER_NUMERATOR_KINDS
        or numerator.name in _MONEY_TOO
    ):
        return None
    if numerator.kind == "data_size" and denominator.name == "second":
        kind = "other"  # "400 terabits per second": a data rate
    elif denominator.name in _RATE_TIMES and numerator.kind in _FLOW_KINDS:
        kind = "speed" if numerator.kind == "length" else numerator.kind
    elif denominator.kind in _PER_DENOMINATOR_KINDS and " per " not in denominator.name:
        kind = "other"
    else:
        return None
    name = f"{numerator.name} per {denominator.name}"
    if name in BY_NAME:
        return BY_NAME[name]
    both = numerator.pint is not None and denominator.pint is not None
    return Unit(name, kind, f"({numerator.pint}) / ({denominator.pint})" if both else None)


def _slashed(text: str, pos: int, hi: int) -> UnitMatch | None:
    """A compound glued by a slash to a short unit ("km/s", "µg/m3"), which ``_unit_at`` leaves alone."""
    match = _SLASHED.match(text, pos, hi)
    if match is None:
        return None
    numerator = lookup(match.group("num"))
    den = match.group("den")
    denominator = lookup(den) or (BY_NAME[_DENOMINATOR_ONLY[den]] if den in _DENOMINATOR_ONLY else None)
    if numerator is None or denominator is None:
        return None
    compound = per(numerator, denominator)
    return None if compound is None else UnitMatch(compound, match.end())


def _unit_at(text: str, pos: int, hi: int) -> UnitMatch | None:
    """The unit written at ``pos`` ("2.5 kilometre", "eight-month", "70%", "5.2pct"), or None.

    The next one to three words are looked up longest first; a trailing full
    stop and a hyphenated tail ("pct-owned", "month-long") are tried off. A
    dictionary look-up per word is much cheaper than one regex alternation of
    every written form.
    """
    match = _UNIT_WORDS.match(text, pos, hi)
    if match is None:
        return None
    first = match.group("w1")
    if (
        first not in _FIRST_WORDS
        and first.lower().rstrip(".'’").split("-", 1)[0] not in _FIRST_WORDS_CI
        and ("/" not in first or first.find("/") < 3 or first.lower().split("/", 1)[0] not in _FIRST_WORDS_CI)
    ):
        return None  # "dlrs/bbl", "cts/lb": the unit before a slash
    for size in (3, 2, 1):
        group = f"w{size}"
        if match.group(group) is None:
            continue
        found = _lookup_span(text, match.start("w1"), match.end(group))
        if found is not None:
            return found
    return None


def _lookup_span(text: str, start: int, end: int) -> UnitMatch | None:
    form = text[start:end]
    unit = lookup(form)
    if unit is not None:
        return UnitMatch(unit, end)
    if form.endswith((".", "'", "’")):
        # "10 mln dlrs.", "5.68 billion Taiwan dlrs' worth of": a full stop or a plural's apostrophe
        unit = lookup(form[:-1])
        if unit is not None:
            return UnitMatch(unit, end - 1)
    if " " not in form and ("-" in form[1:] or "/" in form[1:]):
        head = re.split(r"[-/]", form, maxsplit=1)[0]
        unit = lookup(head)
        if unit is not None:
            return UnitMatch(unit, start + len(head))
    elif "/" in form and "/" in form[form.rindex(" ") :]:
        head = form[: form.rindex("/")]  # "Canadian dlrs/bbl": the currency, per barrel after it
        unit = lookup(head)
        if unit is not None:
            return UnitMatch(unit, start + len(head))
    return None


_SPACE = re.compile(r"\s+")
_SIMPLE = re.compile(r"\S+(?: \S+)*")


@lru_cache(maxsize=8192)
def lookup(surface: str) -> Unit | None:
    """The unit written as ``surface`` ("sq km", "Kilometres"), or None.

    Cached: pure (the table is built at import), and asked of the same few words after every
    number (one to three spans each), where two dict look-ups and a match cost more than a hit.
    """
    unit = _BY_FORM.get(surface) or _BY_FORM_CI.get(surface.lower())
    if unit is None and not _SIMPLE.fullmatch(surface):
        form = _SPACE.sub(" ", surface)
        unit = _BY_FORM.get(form) or _BY_FORM_CI.get(form.lower())
    return unit


_SINGULAR_PERIODS = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "decade",
        "century",
        "yr",
        "mth",
        "hr",
        "min",
        "sec",
    ]
)


def is_bare_singular(text: str, start: int, end: int) -> bool:
    """True for "5 year" (not "5-year"): a singular period written apart from its number."""
    return text[start] != "-" and text[start:end].strip().lower() in _SINGULAR_PERIODS


CURRENCY_PREFIX = patterns.led_by(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ$€£¥₹₩₽₦₺₱₪₫₴₸₵৳",
    r"(?P<cur>US\$|U\.S\.\s?\$|A\$|C\$|NZ\$|HK\$|NT\$|S\$|R\$|(?<![A-Za-z])RM\s?|\$US|\$A|\$NZ|\$C|\$|€|£|¥|₹|₩|₽|₦|"
    r"₺|₱|₪|₫|₴|₸|GH₵|₵|৳|(?<![A-Za-z])(?:Y=|PS)|(?<![A-Za-z])(?:Rs\.?|KShs?\.?|Ksh\.?|USh|TSh|Sh\.?|Rp\.?|R)\s?|"
    r"(?<![A-Za-z])[A-Z]{3}\s?)$",
)
"""A currency written before the number ("$3 bln", "€40m", "KSh 14.8 billion", "KES 1,200").
Any three capitals are tried as an ISO code; :func:`currency_before` keeps only real codes. Led by
the capitals and signs its alternatives open on, so the search skips the window's other characters
at once (it runs before every number)."""

_PREFIX_UNITS: dict[str, str] = {
    "$": "US dollar",
    "US$": "US dollar",
    "U.S.$": "US dollar",
    "A$": "Australian dollar",
    "C$": "Canadian dollar",
    "NZ$": "New Zealand dollar",
    "HK$": "Hong Kong dollar",
    "S$": "Singapore dollar",
    "NT$": "New Taiwan dollar",
    "RM": "ringgit",
    "R$": "real",
    "$US": "US dollar",  # the Australian and New Zealand press: "$US13.7 billion", "$A2.6 billion"
    "$A": "Australian dollar",
    "$NZ": "New Zealand dollar",
    "$C": "Canadian dollar",
    "₹": "rupee",
    "₩": "won",
    "₽": "rouble",
    "₦": "naira",
    "€": "euro",
    "£": "pound sterling",
    "¥": "yen",
    "Rs": "rupee",
    "Rs.": "rupee",
    "₺": "Turkish lira",
    "₱": "peso",
    "₪": "shekel",
    "₫": "dong",
    "₴": "hryvnia",
    "₸": "tenge",
    "₵": "cedi",
    "GH₵": "cedi",
    "৳": "taka",
    "KSh": "Kenyan shilling",
    "KShs": "Kenyan shilling",
    "KSh.": "Kenyan shilling",
    "KShs.": "Kenyan shilling",
    "Ksh": "Kenyan shilling",
    "Ksh.": "Kenyan shilling",
    "USh": "Ugandan shilling",
    "TSh": "Tanzanian shilling",
    "Sh": "shilling",  # East African copy: the dateline country's shilling (Story.shilling)
    "Sh.": "shilling",
    "Rp": "rupiah",
    "Rp.": "rupiah",
    "R": "rand",
    "Y=": "yen",  # wire copy without the sign: "Y=28,030", "Y=145.20"
    "PS": "pound sterling",  # "£" lost in ASCII copy: "PS6m", "PS1.2bn" (never "PS4", a console)
}
"""Signs and prefixes that name one currency; ISO codes are added from the table below."""
_R_SCALED = re.compile(r"\d[\d,.]*\s?(?:bn|m|mln|million|billion|trillion)\b|\d{1,3},\d{3}")
"""A bare "R" (rand), "Sh" (shilling) or "PS" (sterling) is money only before a sum in millions or
billions or one written in thousands ("R1.2bn", "Sh 1,500", "PS6m"), never a name's letters ("R2",
"an Sh2 engine", "PS5")."""
_LETTER_SIGNS = frozenset(["R", "Sh", "Sh.", "PS"])


def country_currency(country: str | None) -> str | None:
    """The unit name of a country's current currency ("KE" -> "Kenyan shilling"), or None."""
    code = _COUNTRY_CURRENCY.get(country or "")
    return None if code is None else _CODE_NAMES.get(code)


def currency_before(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The currency written right before the number at ``start`` ("$", "KSh ", "KES "), or None.

    Three capitals count only when they are a current ISO 4217 code that is not an English word
    ("KES 1,200", not "TOP 10" or "ALL 5"); a lone "R" or "Sh" only before a sum (:data:`_R_SCALED`).
    """
    found = CURRENCY_PREFIX.search(text, lo, start)
    if found is None:
        return None
    written = _SPACE.sub("", found.group("cur"))
    if written not in _PREFIX_UNITS and written not in _CODE_UNITS:
        return None
    if written in _LETTER_SIGNS and _R_SCALED.match(text, start) is None:
        return None
    return found


_EXTRA_MONEY = ("real",)
_COMPOUNDS = frozenset(
    compound.name
    for numerator in BY_NAME.values()
    for denominator in BY_NAME.values()
    if (compound := per(numerator, denominator)) is not None
)
"""Every compound :func:`per` can build: units the extractor emits, though the table lists few."""


def currency_unit(prefix: str) -> Unit:
    """The money unit for a currency prefix such as "US$", "€" or "KES"."""
    written = _SPACE.sub("", prefix)
    name = _PREFIX_UNITS.get(written) or _CODE_UNITS[written]
    return Unit(name, "money", None)


_SI_NAMES: dict[str, str] = {
    "meter": "metre",
    "meter ** 2": "square metre",
    "meter ** 3": "cubic metre",
    "kilogram": "kilogram",
    "second": "second",
    "kelvin": "kelvin",
    "meter / second": "metre per second",
    "meter ** 3 / second": "cubic metre per second",
    "kilogram * meter ** 2 / second ** 2": "joule",
    "kilogram * meter ** 2 / second ** 3": "watt",
    "1 / second": "hertz",
}


@lru_cache(maxsize=1)
def _registry() -> Any:
    """pint's registry, built on the first physical unit a process meets.

    Parsing pint's definitions costs about a second per process; pint caches the parsed
    definitions on disk (the user's cache folder) and later builds take a tenth of it.
    Where that folder cannot be written the registry is built without the cache.
    """
    import pint

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except OSError:
        return pint.UnitRegistry()


@lru_cache(maxsize=1)
def _si_factors() -> dict[str, tuple[float, str]]:
    """Every unit of the table's factor to its SI base unit, and that unit's name: (1000.0, "metre").

    Computed for the whole table at once, with the registry, on the first physical unit a
    process meets (a few hundredths of a second for some sixty units; pint's conversion
    costs about 0.4 ms each): the later stories of a night then convert by a lookup.
    Temperatures are offsets, not factors (:func:`_offset_to_si`).
    """
    registry = _registry()
    factors: dict[str, tuple[float, str]] = {}
    for expression in sorted({pint for _, _, pint, _ in _TABLE if pint} - {"degC", "degF"}):
        quantity = registry.Quantity(1.0, expression).to_base_units()
        base = str(quantity.units)
        factors[expression] = float(quantity.magnitude), _SI_NAMES.get(base, base)
    return factors


def load() -> None:
    """Build pint's registry and the table's SI factors now (a warm-up's work), not on the first unit met."""
    _si_factors()


def to_si(value: float | None, unit: Unit | None) -> tuple[float | None, str | None]:
    """``value`` in ``unit`` converted to its SI base unit, via pint.

    Returns:
        (SI value, SI unit name), or (None, None) when the unit has no SI
        equivalent (money, percent, counts) or the value is unknown.
    """
    if unit is None or unit.pint is None:
        return None, None
    if unit.pint in ("degC", "degF"):
        return _offset_to_si(value, unit.pint)
    found = _si_factors().get(unit.pint) or _compound_factor(unit.pint)
    if found is None:
        return None, None
    factor, si_unit = found
    return (None if value is None else value * factor), si_unit


_SI_WORDS: dict[str, str] = {
    "meter": "metre",
    "meter ** 2": "square metre",
    "meter ** 3": "cubic metre",
    "kilogram": "kilogram",
    "second": "second",
}
"""SI base units as the names of a compound's parts ("kilogram / meter ** 3": kilogram per cubic metre)."""


@lru_cache(maxsize=256)
def _compound_factor(expression: str) -> tuple[float, str] | None:
    """A compound unit's factor to SI and that unit's name, or None when SI has no plain name for it.

    Compounds are built from the text (:func:`per`), so their factors are computed when first
    met and cached, not with the table's. A ratio of like measures ("microgram per gram") is
    dimensionless and one of unlike ones may have no plain name ("mile per gallon"): no SI value.
    """
    quantity = _registry().Quantity(1.0, expression).to_base_units()
    base = str(quantity.units)
    name = _SI_NAMES.get(base)
    if name is None or " per " not in name:
        # "bushel per acre" comes out a metre: no measure a reader would recognise
        parts = base.split(" / ")
        if len(parts) != 2 or not all(part in _SI_WORDS for part in parts):
            return None
        name = " per ".join(_SI_WORDS[part] for part in parts)
    return float(quantity.magnitude), name


def difference_to_si(value: float | None, unit: Unit | None) -> tuple[float | None, str | None]:
    """A temperature *difference* in kelvin: "rose 10F" is 5.56 K, not the 260.9 K that 10F reads.

    A temperature scale is an offset from absolute zero, so a change or a gap between two
    temperatures converts by the scale's factor alone (pint's ``delta_degC``, ``delta_degF``);
    any other unit converts as :func:`to_si` does.
    """
    if unit is None or unit.pint not in ("degC", "degF"):
        return to_si(value, unit)
    if value is None:
        return None, "kelvin"
    quantity = _registry().Quantity(value, "delta_" + unit.pint).to("kelvin")
    return float(f"{float(quantity.magnitude):.12g}"), "kelvin"


def _offset_to_si(value: float | None, expression: str) -> tuple[float | None, str | None]:
    if value is None:
        return None, "kelvin"
    quantity = _registry().Quantity(value, expression).to("kelvin")
    return float(quantity.magnitude), "kelvin"


UNITS: frozenset[str] = _TABLE_UNITS | frozenset(_EXTRA_MONEY) | _COMPOUNDS
"""Every normalised unit name the extractor can emit: the table's, the currencies it lacks
(:data:`_EXTRA_MONEY`) and every compound :func:`per` builds."""
