"""What code does better than a small model: numbers, money, terms, dates, countries.

Pure functions over the evidence text; no network, no model.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any, Literal

import pycountry

from . import lexicon
from .language import SUPPORTED
from .schema import USER_ASSIGNED_COUNTRIES, is_currency_code

__all__ = [
    "countries_in",
    "locative_countries",
    "country_code",
    "money_in",
    "number_value",
    "numbers_in",
    "resolve_date",
    "sentence_months",
]

_UNITS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "single": 1,
    "both": 2,
    "dozen": 12,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "k": 1_000,
}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_TEN_WORD = "|".join(_TENS)
_UNIT_WORD = "|".join(
    k for k, v in _UNITS.items() if 1 <= v <= 9 and k not in ("a", "an", "single")
)
_NUM_RE = re.compile(
    rf"(?<![\w.])(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TEN_WORD})[- ](?:{_UNIT_WORD})\b"
    rf"|(?:{_WORD})\b)"
    rf"(?:\s*(hundred|thousand|million|billion|bn|m|k)\b)?",
    re.IGNORECASE,
)


def number_value(words: str) -> float | None:
    """Parse "1,300", "2.9 million", "twenty-three" or "Eleven" to a number."""
    m = _NUM_RE.fullmatch(words.strip())
    if not m:
        return None
    head, scale = m.group(1).lower(), (m.group(2) or "").lower()
    if head[0].isdigit():
        value = float(head.replace(",", ""))
    else:
        value = 0.0
        for part in re.split(r"[- ]", head):
            value += _UNITS.get(part, 0) + _TENS.get(part, 0)
    return value * _SCALES.get(scale, 1)


def numbers_in(text: str) -> list[float]:
    """Every number in ``text``, digits or words ("a"/"an" excluded)."""
    out = []
    for m in _NUM_RE.finditer(text):
        if m.group(1).lower() in ("a", "an") and not m.group(2):
            continue
        value = number_value(m.group(0))
        if value is not None:
            out.append(value)
    return out


_CURRENCY_SIGNS = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY"}
_CURRENCY_WORDS = {
    "pounds": "GBP",
    "sterling": "GBP",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "eur": "EUR",
    "rupees": "INR",
}
# Switch for the levers table: more currencies' words ("1.5 billion yen", "500,000 naira",
# "12,000 dirhams"; English words in lexicon/en.py CURRENCY_WORDS), the CFA franc
# ("2 millions de francs CFA": XOF, or XAF in Central Africa) and a scale that ends in a
# dot ("2,3 Mio. Euro").
MONEY_WORDS = True


# Switch for the levers table: the currency words of lexicon/en.py MORE_CURRENCY_WORDS too
# ("a fine of 1500 leva", "10,000 forints"), each of one country only.
MORE_CURRENCY_WORDS = True


@cache
def _currency_words(more: bool, most: bool = False) -> dict[str, str]:
    """The English currency words read (``more``: with lexicon/en.py CURRENCY_WORDS;
    ``most``: and MORE_CURRENCY_WORDS)."""
    words = lexicon.load("en")
    return (
        _CURRENCY_WORDS
        | (words.CURRENCY_WORDS if more else {})
        | (words.MORE_CURRENCY_WORDS if more and most else {})
    )


@cache
def _money_word(more: bool, spaced: bool = False, most: bool = False) -> re.Pattern[str]:
    """A sum followed by a currency's word ("3.4 million euros", "500,000 naira");
    ``spaced``: with thousands parted by spaces ("120 000 euros")."""
    words = "|".join(sorted(_currency_words(more, most), key=len, reverse=True))
    return re.compile(rf"{_amount_re(spaced)}\s+({words})\b", re.IGNORECASE)


# Switch for the levers table: in English, a currency's word before the sum, as South
# Asian and African papers write it ("fined Taka 50 thousand each", "Naira 2 million"),
# is that currency, as the word after it is.
WORD_BEFORE_SUM = True


@cache
def _word_before_sum(spaced: bool, more: bool, most: bool) -> re.Pattern[str]:
    """A currency's word written as a label before the sum, capitalised ("Taka 50
    thousand", "Naira 2 million"); not the word after another sum ("500 euros 2 years
    ago")."""
    words = "|".join(
        sorted((w.capitalize() for w in _currency_words(more, most)), key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w$])(?<!\d\s)({words})\s+{_amount_re(spaced)}(\s+thousand\b)?(?!\s+(?:ounces?|oz)\b)"
    )


# Switch for the levers table: a sum written with a sign or a word several countries
# share ("$", "dollars", "pesos", "Rs") is in the currency of the country where the
# action took place ("ordered to pay $4,200" in Canada is CAD, not USD); a dollar sign
# with a country's prefix ("HK$", "S$", "NZ$") is that country's dollar wherever it is.
LOCAL_CURRENCY = True
# ISO 4217: the countries whose own currency is a dollar (the word and the sign).
_DOLLARS = {
    "AG": "XCD", "AI": "XCD", "AU": "AUD", "BB": "BBD", "BM": "BMD", "BN": "BND",
    "BS": "BSD", "BZ": "BZD", "CA": "CAD", "DM": "XCD", "FJ": "FJD", "GD": "XCD",
    "GY": "GYD", "HK": "HKD", "JM": "JMD", "KN": "XCD", "KY": "KYD", "LC": "XCD",
    "LR": "LRD", "MS": "XCD", "NA": "NAD", "NZ": "NZD", "SB": "SBD", "SG": "SGD",
    "SR": "SRD", "TT": "TTD", "TW": "TWD", "VC": "XCD",
}  # fmt: skip
# Switch for the levers table: the countries whose dollar is another country's, by ISO 4217
# (Tuvalu, Kiribati and Nauru use the Australian dollar; the Cook Islands, Niue, Tokelau
# and the Pitcairn Islands the New Zealand dollar): "a fine of $50 000" in Tuvalu is AUD.
OTHERS_DOLLARS = True
_OTHERS_DOLLARS = {
    "KI": "AUD", "NR": "AUD", "TV": "AUD", "CK": "NZD", "NU": "NZD", "TK": "NZD", "PN": "NZD",
}  # fmt: skip
# The countries whose peso is written with "$" (the sign, and the word "pesos").
_PESOS = {
    "AR": "ARS", "CL": "CLP", "CO": "COP", "CU": "CUP", "DO": "DOP", "MX": "MXN",
    "UY": "UYU",
}  # fmt: skip
# The countries whose rupee "Rs" and "rupees" name.
_RUPEES = {"IN": "INR", "LK": "LKR", "MU": "MUR", "NP": "NPR", "PK": "PKR", "SC": "SCR"}
# Morocco's dirham beside the UAE's; the shillings of East Africa and Somalia; the CFA
# franc of Central Africa (XAF) beside West Africa's (XOF).
_DIRHAMS = {"AE": "AED", "MA": "MAD"}
_SHILLINGS = {"KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS"}
_CFA = {"CM": "XAF", "CF": "XAF", "CG": "XAF", "GA": "XAF", "GQ": "XAF", "TD": "XAF"}
# The francs of the countries that write their own money "francs" (the CFP franc of the
# French Pacific, the CFA francs, the Comorian, Guinean, Rwandan, Burundian, Djiboutian and
# Congolese francs); elsewhere a bare "francs" stays Swiss (normalize.LOCAL_FRANCS).
_FRANCS = _CFA | {
    "NC": "XPF", "PF": "XPF", "WF": "XPF",
    "SN": "XOF", "CI": "XOF", "ML": "XOF", "BF": "XOF", "NE": "XOF", "TG": "XOF", "BJ": "XOF",
    "GW": "XOF", "KM": "KMF", "GN": "GNF", "RW": "RWF", "BI": "BIF", "DJ": "DJF", "CD": "CDF",
}  # fmt: skip
_LOCAL = {
    "franc": _FRANCS,
    "$": _DOLLARS | _PESOS,
    "dollar": _DOLLARS,
    "peso": _PESOS | {"PH": "PHP"},  # the Philippines' peso is written "P" or "₱", not "$"
    "rupee": _RUPEES,
    "dirham": _DIRHAMS,
    "shilling": _SHILLINGS,
    "cfa": _CFA,
}
# "HK$1.2 million", "S$500", "NZ$3m": the prefix names the dollar.
_DOLLAR_PREFIXES = {
    "US": "USD", "HK": "HKD", "NZ": "NZD", "AU": "AUD", "A": "AUD", "CA": "CAD",
    "CDN": "CAD", "C": "CAD", "SG": "SGD", "S": "SGD", "EC": "XCD", "TT": "TTD",
    "NT": "TWD", "J": "JMD", "R": "BRL", "MX": "MXN", "BDS": "BBD", "FJ": "FJD",
}  # fmt: skip
# Switch for the levers table (L342): any ISO 3166 code of a country whose own money is a
# dollar or a peso written "$" is read as that money's prefix too ("GY$2,000",
# "BZ$", "BS$"), beside the prefixes listed above.
ISO_DOLLAR_PREFIXES = True
# Switch for the levers table (L432): an ISO 4217 code written before "$" ("fines
# totalling PGK$3600", "FJD$2,000", "USD $5,000") is that money, not the dollar of where the
# action took place.
CODE_BEFORE_SIGN = True


_ISO_DOLLAR_PREFIXES = {**_DOLLARS, **_PESOS, **_DOLLAR_PREFIXES}


def _dollar_prefixes(iso: bool | None = None) -> dict[str, str]:
    """The prefixes of "$" in use; ``iso``: ISO_DOLLAR_PREFIXES unless given."""
    return (
        _ISO_DOLLAR_PREFIXES if (ISO_DOLLAR_PREFIXES if iso is None else iso) else _DOLLAR_PREFIXES
    )


# Signs written before a sum that no ISO code or "$" covers ("Rs 4.98 crore", "Ksh 50,000").
_LOCAL_SIGNS = {
    "Rs.": "INR", "Rs": "INR", "₹": "INR", "Kshs": "KES", "Kshs.": "KES", "Ksh": "KES",
    "Ksh.": "KES", "KSh": "KES", "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "₦": "NGN",
    "₱": "PHP", "RM": "MYR",
}  # fmt: skip


# Switch for the levers table: signs of one letter that several countries write for
# their own money, directly before the digits ("R10,000" in South Africa, "P2.5 million"
# in the Philippines, "K5,000" in Zambia, "N500,000" in Nigeria), read as that money only
# where the action took place in one of them; and signs only one currency writes
# ("Tk 50,000", "GH¢2,000", "Rp 5 billion", "₩", "฿", "₺", "₫").
LETTER_SIGNS = True
_LETTER_SIGNS = {
    "R": {"ZA": "ZAR"},
    "P": {"PH": "PHP", "BW": "BWP"},
    "K": {"ZM": "ZMW", "MW": "MWK", "PG": "PGK"},
    "N": {"NG": "NGN"},
}
_OWN_SIGNS = {
    "Tk.": "BDT", "Tk": "BDT", "৳": "BDT", "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS",
    "Rp.": "IDR", "Rp": "IDR", "₩": "KRW", "฿": "THB", "₺": "TRY", "₫": "VND",
}  # fmt: skip


def local_currency(code: str, kind: str | None, country: str | None) -> str:
    """``code`` read from a sign or word of ``kind`` ("$", "dollar", "peso", "rupee"),
    as the currency of ``country`` when that country writes its own money so."""
    if not LOCAL_CURRENCY or kind is None or country is None:
        return code
    if OTHERS_DOLLARS and kind in ("$", "dollar") and country in _OTHERS_DOLLARS:
        return _OTHERS_DOLLARS[country]
    return _LOCAL[kind].get(country, code)


# "1,00,000" (Indian grouping), "1,300,000", "4.98"; "crore" and "lakh" are Indian scales.
# the digits of a sum (thousands parted by commas, Indian lakhs, decimals), then its scale
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(million|billion|bn|m|k|crores?|cr|lakhs?|lacs?)\b)?"
_AMOUNT = rf"({_DIGITS}){_SCALE}"
# Switch for the levers table: thousands parted by a space, as the SI and most of Europe
# write them, also in English ("€120 000 in cash", "EUR 80 000"): the whole number, where
# "€120 000" had read 120 and "120 000 euros" 0.
SPACED_THOUSANDS = True
# a space, a no-break space or a narrow no-break space between groups of three digits; not
# inside a longer number ("in 2019 500 euros" is no sum of 19,500)
_SPACED = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)"


def _amount_re(spaced: bool) -> str:
    """_AMOUNT, with ``spaced`` thousands read first."""
    return rf"({_SPACED}|{_DIGITS}){_SCALE}" if spaced else _AMOUNT


_MONEY_SCALES = (
    _SCALES
    | {"crore": 10**7, "crores": 10**7, "cr": 10**7}
    | {
        "lakh": 10**5,
        "lakhs": 10**5,
        "lac": 10**5,
        "lacs": 10**5,
    }
)
# Switch for the levers table: the signs the Gulf's English press writes before its own
# money ("fined him BD5,000", "KD 500", "QR10,000", "Dhs 20,000"), read as that money.
GULF_SIGNS = True
_GULF_SIGNS = {"BD": "BHD", "KD": "KWD", "QR": "QAR", "Dhs.": "AED", "Dhs": "AED", "Dh": "AED"}
_GULF = "|".join(re.escape(k) for k in sorted(_GULF_SIGNS, key=len, reverse=True))
_SIGN = "|".join(re.escape(k) for k in sorted(_LOCAL_SIGNS, key=len, reverse=True))
_OWN = "|".join(re.escape(k) for k in sorted(_OWN_SIGNS, key=len, reverse=True))
# Switch for the levers table: "Sh" and "Shs", the shilling's sign in Kenya, Uganda,
# Tanzania and Somalia ("fined Sh90 million", "worth sh23m", "Shs 5 million"), read as the
# shilling of the country where the action took place, and not at all elsewhere.
SHILLING_SIGN = True


@cache
def _money_signs(spaced: bool, iso_prefixes: bool = True) -> dict[str, re.Pattern[str]]:
    """The patterns of a sign before a sum; ``spaced``: with thousands parted by spaces;
    ``iso_prefixes``: ISO_DOLLAR_PREFIXES (a key of the cache)."""
    amount = _amount_re(spaced)
    prefixes = "|".join(sorted(_dollar_prefixes(iso_prefixes), key=len, reverse=True))
    # a letter sign's sum is written in thousands or with a scale: "R102" is a road, "K9"
    # a unit; a scale or four digits or more, after the thousands
    long_or_scaled = r"\d+(?:\.\d+)?\s*(?:million|billion|bn|m|k)\b|\d{4,}"
    return {
        "sign": re.compile(rf"(?:\b(?-i:({prefixes})))?([£$€¥])\s?{amount}", re.IGNORECASE),
        "local": re.compile(rf"(?<!\w)(?-i:({_SIGN}))\s?{amount}", re.IGNORECASE),
        "own": re.compile(rf"(?<![\w$])(?-i:({_OWN}))\s?{amount}", re.IGNORECASE),
        # two digits at least, or a scale: "the BD 2 building" is no sum, "BD1.5m" is
        "gulf": re.compile(
            rf"(?<![\w$])(?-i:({_GULF}))\s?(?=\d{{2}}|\d,\d{{3}}|\d(?:\.\d+)?\s*(?:million|m|mn|bn|billion)\b){amount}",
            re.IGNORECASE,
        ),
        "letter": re.compile(
            rf"(?<![\w$.,-])(?-i:([RPKN]))(?=\d{{1,3}}(?:,\d{{3}})+|{long_or_scaled}){amount}",
            re.IGNORECASE,
        ),
        # the same for the shilling's "Sh" and "Shs" ("Sh90 million", "sh23m", "Shs 50,000")
        "shilling": re.compile(
            rf"(?<![\w$.,-])(?-i:([Ss]hs?\.?))\s?(?=\d{{1,3}}(?:[, \u00a0]\d{{3}})+|{long_or_scaled})"
            rf"{amount}",
            re.IGNORECASE,
        ),
    }


def _amount(digits: str, scale: str | None) -> float:
    # rounded to the cent: 4.98 crore is 49,800,000, not 49,800,000.00000001
    digits = re.sub(r"[,\s\u00a0\u202f]", "", digits)
    return round(float(digits) * _MONEY_SCALES.get((scale or "").lower(), 1), 2)


# "pounds of" (cannabis, gold, fish) is a weight, not a sum; "pounds of cash" is a sum
_WEIGHT_OF = re.compile(r"\s+of\s+(?!(?:cash|money|currency|banknotes|notes)\b)", re.IGNORECASE)


def _word_currency(word: str, code: str, country: str | None) -> str:
    """The currency a currency's word (``code`` by its own reading) names where the action
    took place: "dollars", "rupees", "dirhams", "shillings", "pesos" are several countries'."""
    kind = {"dollars": "dollar", "rupees": "rupee"}.get(word)
    if MONEY_WORDS and kind is None:
        kind = {"AED": "dirham", "KES": "shilling", "MXN": "peso"}.get(code)
    return local_currency(code, kind, country)


def money_in(text: str, country: str | None = None) -> list[tuple[float, str]]:
    """Money amounts with ISO 4217 codes: "£40,000" -> (40000.0, "GBP"). ``country``:
    where the action took place, for a sign or word several countries share ("$")."""
    found: list[tuple[int, float, str]] = []
    signs = _money_signs(SPACED_THOUSANDS, ISO_DOLLAR_PREFIXES)
    for m in signs["sign"].finditer(text):
        prefix, sign = m.group(1), m.group(2)
        if sign == "$" and prefix and LOCAL_CURRENCY:
            code = _dollar_prefixes()[prefix]
        elif CODE_BEFORE_SIGN and sign == "$" and (before := currency_code_before(text, m.start())):
            code = before  # "PGK$3600", "FJD$2,000": an ISO 4217 code before the sign names it
        else:
            code = local_currency(_CURRENCY_SIGNS[sign], "$" if sign == "$" else None, country)
        found.append((m.start(), _amount(m.group(3), m.group(4)), code))
    if LOCAL_CURRENCY:
        for m in signs["local"].finditer(text):
            code = _LOCAL_SIGNS[m.group(1)]
            code = local_currency(code, "rupee" if code == "INR" else None, country)
            found.append((m.start(), _amount(m.group(2), m.group(3)), code))
    if GULF_SIGNS:
        for m in signs["gulf"].finditer(text):
            found.append((m.start(), _amount(m.group(2), m.group(3)), _GULF_SIGNS[m.group(1)]))
    if LETTER_SIGNS:
        for m in signs["own"].finditer(text):
            found.append((m.start(), _amount(m.group(2), m.group(3)), _OWN_SIGNS[m.group(1)]))
        for m in signs["letter"].finditer(text):
            letter = _LETTER_SIGNS[m.group(1)].get(country or "")
            if letter:
                found.append((m.start(), _amount(m.group(2), m.group(3)), letter))
    if SHILLING_SIGN:
        for m in signs["shilling"].finditer(text):
            shilling = _SHILLINGS.get(country or "")
            if shilling:
                found.append((m.start(), _amount(m.group(2), m.group(3)), shilling))
    currency_words = _currency_words(MONEY_WORDS, MORE_CURRENCY_WORDS)
    for m in _money_word(MONEY_WORDS, SPACED_THOUSANDS, MORE_CURRENCY_WORDS).finditer(text):
        word = m.group(3).lower()
        if word == "rupees" and not LOCAL_CURRENCY:
            continue
        if word == "pounds" and _WEIGHT_OF.match(text, m.end()):
            continue  # "59 pounds of cannabis": a weight
        code = _word_currency(word, currency_words[word], country)
        found.append((m.start(), _amount(m.group(1), m.group(2)), code))
    if WORD_BEFORE_SUM:
        for m in _word_before_sum(SPACED_THOUSANDS, MONEY_WORDS, MORE_CURRENCY_WORDS).finditer(
            text
        ):
            # "fined the convicts Taka 50 thousand each", "Naira 2 million"
            word = m.group(1).lower()
            value = _amount(m.group(2), m.group(3)) * (1000 if m.group(4) else 1)
            found.append((m.start(), value, _word_currency(word, currency_words[word], country)))
    if NAMED_DOLLARS_EN:
        for m in _named_dollars(SPACED_THOUSANDS).finditer(text):
            # "10,000 U.S. dollars", "2 million Australian dollars": that country's dollar
            dollar = _dollar_of(m.group("name"))
            if dollar:
                found.append((m.start(), _amount(m.group(1), m.group(2)), dollar))
    if NAMED_CURRENCY_EN:
        for m in _named_currency(SPACED_THOUSANDS, MONEY_WORDS, MORE_CURRENCY_WORDS).finditer(text):
            # "1 million Egyptian pounds", "10 billion Vietnamese dong": that country's money
            named = _named_currency_code(m.group("name"), m.group("word"), currency_words)
            if named:
                found.append((m.start(), _amount(m.group(1), m.group(2)), named))
    taken = {start for start, _, _ in found}
    for m in _MONEY_CODE.finditer(text):
        # "EUR 80 000", "USD 1.5 million": an ISO 4217 code before the amount
        if m.start() in taken or not _is_currency(m.group(1)):
            continue
        digits = re.sub(r"[,\s\u00a0]", "", m.group(2))
        value = float(digits) * _SCALES.get((m.group(3) or "").lower(), 1)
        found.append((m.start(), value, m.group(1)))
    return [(v, c) for _, v, c in sorted(found)]


# Switch for the levers table: in English, a sum followed by a country's name or its
# dollar's and "dollars" ("10,000 U.S. dollars", "50,000 Singapore dollars", "2 million
# Australian dollars") is that country's dollar; the name is a currency's, not a place
# (countries_in leaves it out). Off, none of them was read as money and "U.S." placed the
# action in the United States.
NAMED_DOLLARS_EN = True
_DOLLAR_NAME = r"U\.S\.|[A-Z][a-zA-Z]+(?:\s+(?:and\s+)?[A-Z][a-zA-Z]+){0,2}"
# (lower-case "currency", or "Dollars": "deported to the U.S. Currency worth ..." starts a
# sentence)
_NAMED_DOLLAR_AFTER = re.compile(r"\s+(?:[dD]ollars?|currency)\b")
# Names of dollars that are neither a country's name nor the ISO name's first words.
_DOLLAR_ALIASES = {
    "american": "USD",
    "ec": "XCD",
    "nt": "TWD",
    "fijian": "FJD",
    "guyanese": "GYD",
    "barbadian": "BBD",
    "namibian": "NAD",
    "belizean": "BZD",
    "bermudan": "BMD",
    "singaporean": "SGD",
    "taiwanese": "TWD",
}


# Switch for the levers table: in English, a sum followed by a country's name or its
# nationality and a currency's word other than "dollars" ("1 million Egyptian pounds",
# "10 billion Vietnamese dong", "500,000 Philippine pesos", "2 million Pakistani rupees")
# is that country's money: the ISO 4217 name ("Egyptian Pound"), else that country's own
# currency whose ISO name ends in the word ("Pakistan Rupee"), else the word read where
# that country is, when that is its own currency. Off, none of them was read as money.
NAMED_CURRENCY_EN = True


# Currency words not among the read currency words whose ISO 4217 names end in them (read
# only after a country's name, NAMED_CURRENCY_EN), and plurals or other spellings of a
# currency's word, to the singular the ISO names use.
_NAMED_ONLY_WORDS = (
    r"dinars?|riyals?|rials?|won|kron(?:a|or|e|er)|shekels?|liras?|lei|leu|roubles?|rubles?|"
    r"tenge|manats?"
)
_ISO_SINGULAR = {
    "kronor": "krona",
    "kroner": "krone",
    "lei": "leu",
    "roubles": "ruble",
    "rouble": "ruble",
    "rubles": "ruble",
    "shekels": "sheqel",
    "shekel": "sheqel",
    "reais": "real",
}


@cache
def _named_currency(spaced: bool, more: bool, most: bool) -> re.Pattern[str]:
    """A sum, one to three capitalised words and a currency's word that is not a dollar;
    not a year alone ("In 2016 Egyptian pounds were devalued")."""
    words = "|".join(
        sorted(
            (w for w in _currency_words(more, most) if not w.startswith("dollar")),
            key=len,
            reverse=True,
        )
    )
    return re.compile(
        rf"(?<![$£€\w.,])(?!(?:19|20)\d\d\s+[A-Z])(?i:{_amount_re(spaced)})\s+"
        rf"(?P<name>[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+){{0,2}})"
        rf"\s+(?P<word>(?i:{words}|{_NAMED_ONLY_WORDS}))\b"
    )


@cache
def _iso_currency_names() -> dict[str, str]:
    """ISO 4217 currencies of two words or more by their lower-case names ("egyptian
    pound": "EGP", "philippine peso": "PHP")."""
    return {c.name.lower(): c.alpha_3 for c in pycountry.currencies if " " in c.name}


@cache
def _currencies_by_country() -> dict[str, list[tuple[str, str]]]:
    """ISO 4217 currencies by the country their code begins with ("PK": [("pakistan
    rupee", "PKR")]), their names in lower case, in pycountry's order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for c in pycountry.currencies:
        out.setdefault(c.alpha_3[:2], []).append((c.name.lower(), str(c.alpha_3)))
    return out


def _named_currency_code(name: str, word: str, currency_words: dict[str, str]) -> str | None:
    """The currency ``name`` (a country's name or nationality) and ``word`` ("pounds")
    name together, or None when they name none."""
    word = word.lower()
    singular = _ISO_SINGULAR.get(word) or (word[:-1] if word.endswith("s") else word)
    code = _iso_currency_names().get(f"{name.lower()} {singular}")
    if code:
        return code
    country = _demonyms(True).get(name.lower()) or country_code(name)
    if not country:
        return None
    # that country's own currency, its ISO name ending in the word ("Pakistan Rupee")
    for low, own in _currencies_by_country().get(country, ()):
        if low == singular or low.endswith(f" {singular}"):
            return own
    if word not in currency_words:
        return None
    code = _word_currency(word, currency_words[word], country)
    # the word read there must be that country's own money ("Egyptian pounds" is no GBP)
    return code if code[:2] == country else None


@cache
def _named_dollars(spaced: bool) -> re.Pattern[str]:
    # not after a sign ("$5,000 U.S. dollars" is read once, from the sign)
    return re.compile(
        rf"(?<![$£€\w.,])(?i:{_amount_re(spaced)})\s+(?P<name>{_DOLLAR_NAME})\s+(?i:dollars?)\b"
    )


@cache
def _dollar_names() -> dict[str, str]:
    """ISO 4217 dollars by the words before "Dollar" in their names ("australian": "AUD",
    "us": "USD", "east caribbean": "XCD")."""
    return {
        c.name.removesuffix(" Dollar").lower(): c.alpha_3
        for c in pycountry.currencies
        if c.name.endswith(" Dollar")
    }


def _dollar_of(name: str) -> str | None:
    """The dollar of the country ``name`` names ("U.S.", "Singapore", "Australian"), or
    None when it names none."""
    code = _dollar_names().get(name.lower()) or _DOLLAR_ALIASES.get(name.lower())
    if code:
        return code
    country = country_code(name)
    return local_currency("USD", "$", country) if country else None


_MONEY_CODE = re.compile(
    r"\b([A-Z]{3})\s?(\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|bn|m|k)\b)?"
)


@lru_cache(maxsize=64)
def _is_currency(code: str) -> bool:
    return is_currency_code(code)


_CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s?$")


def currency_code_before(text: str, at: int) -> str | None:
    """The ISO 4217 code written right before ``at`` ("MVR 60,000", "PGK$3600"), if any."""
    m = _CODE_BEFORE.search(text, max(0, at - 4), at)
    return m.group(1) if m and _is_currency(m.group(1)) else None


def after_currency_code(text: str, at: int) -> bool:
    """Does the number at ``at`` follow an ISO 4217 code ("MVR 60,000", "MVR60,000")?
    Then it is a sum, not a count of people or things."""
    return currency_code_before(text, at) is not None


_CODE_SUM = re.compile(r"\b([A-Z]{3})\s?\d[\d,.]*(?:\s*(?:million|billion|m|k)\b)?")


def without_code_sums(text: str) -> str:
    """``text`` with each sum written after an ISO 4217 code ("fined MVR 60,000") blanked
    (as many spaces), so that no count is read in it."""
    return _CODE_SUM.sub(
        lambda m: " " * len(m.group(0)) if _is_currency(m.group(1)) else m.group(0), text
    )


_TERM = re.compile(
    rf"((?:\d+(?:\.\d+)?|(?:{_TEN_WORD})[- ](?:{_UNIT_WORD})|{_WORD})|half a)[- ]"
    r"(year|month|week)s?(?![- ]old)",
    re.IGNORECASE,
)


# Switch for the levers table: of several terms in a sentence, the one told as the
# sentence (the first after the word for it) counts, not their sum ("a man of 19 ...
# sentenced to 16 months", "5 years in prison, followed by 3 years of supervised release").
ONE_TERM = True


def _the_term(terms: list[tuple[int, int, float]], text: str, joiner: str, at: int | None) -> float:
    """Months of the term the sentence pronounces, from ``terms`` (start, end, months):
    terms joined only by a comma or ``joiner`` ("3 years and 6 months") are one term; of
    several, the first after ``at`` (where the word for the sentence stands), else the
    last before it, else the first."""
    if not ONE_TERM:
        return sum(months for _, _, months in terms)
    glue = re.compile(rf"\s*,?\s*(?:(?:{joiner})\s+)?", re.IGNORECASE)
    groups: list[tuple[int, float]] = []
    end = -1
    for start, stop, months in terms:
        if groups and glue.fullmatch(text, end, start):
            groups[-1] = (groups[-1][0], groups[-1][1] + months)
        else:
            groups.append((start, months))
        end = stop
    if at is not None:
        after = [g for g in groups if g[0] >= at]
        before = [g for g in groups if g[0] < at]
        return (after or before[-1:])[0][1]
    return groups[0][1]


# Switch for the levers table: "two and a half years", "a year and a half" (English) and
# "año y medio" (a term with no number before it, only a half after it) are read.
HALF_TERMS = True
_AND_A_HALF = re.compile(
    rf"\b((?:\d+|(?:{_TEN_WORD})[- ](?:{_UNIT_WORD})|{_WORD}))[- ]and[- ]a[- ]half[- ]"
    r"(year|month|week)(s?)\b|\b(a|an|one)[- ](year|month|week)[- ]and[- ]a[- ]half\b",
    re.IGNORECASE,
)


def _with_halves(text: str) -> str:
    """Halves written as numbers: "two and a half years" -> "2.5 years", "a year and a
    half" -> "1.5 years" (the same length of text need not be kept: the caller reads
    positions in what this returns)."""

    def digits(m: re.Match[str]) -> str:
        if m.group(1):
            value = number_value(m.group(1).lower())
            if value is None:
                return m.group(0)
            return f"{value + 0.5:g} {m.group(2)}s"
        return f"1.5 {m.group(5)}s"

    return _AND_A_HALF.sub(digits, text)


def _a_maximum_en(text: str, start: int) -> bool:
    """The term at ``start`` is what the law allows, not what was given ("faces up to")."""
    before = text[max(0, start - 25) : start].lower()
    return "up to" in before or "maximum" in before or "faces" in before


def sentence_months(text: str, at: Callable[[str], int | None] | None = None) -> float | None:
    """Custodial term in months: "jailed for ten months" -> 10, "three years" -> 36.

    "X years and Y months" adds up; a term following "up to" / "maximum" is skipped.
    ``at`` tells where the word for the sentence stands (see :func:`_the_term`).
    """
    if HALF_TERMS:
        text = _with_halves(text)
    terms = []
    for m in _TERM.finditer(text):
        if _a_maximum_en(text, m.start()):
            continue
        words = m.group(1).lower()
        value = 0.5 if words == "half a" else (number_value(words) or 0.0)
        if value == 0 and words in ("a", "an"):
            value = 1.0
        unit = m.group(2).lower()
        terms.append((m.start(), m.end(), value * {"year": 12, "month": 1, "week": 12 / 52}[unit]))
    if not terms and DAY_TERMS:
        for m in _DAYS_EN.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if text[m.end() : m.end() + 1] == "-" or _a_maximum_en(text, m.start()):
                continue  # "90 day-fines", "faces up to 30 days in jail"
            if _NO_DAYS_TERM_AFTER.match(text, m.end()) or _REMAND_BEFORE.search(before):
                continue  # "30 days of community service", "spent 45 days in jail"
            if _JAILED_DAYS_BEFORE.search(before) or _JAILED_DAYS_AFTER.match(text, m.end()):
                days = number_value(m.group(1).lower())
                if days:
                    terms.append((m.start(), m.end(), _days_in_months(days)))
    if not terms:
        return None
    return round(_the_term(terms, text, "and", at(text) if at else None), 2)


# Switch for the levers table: a custodial term told only in days ("30 days in jail",
# "90 jours de prison", "30 dagen cel") is read as months: whole months of the calendar's
# mean length. Days are read only when the text gives no year, month or week, and only
# beside a word for jail (after the days or before them).
DAY_TERMS = True
_DAYS_EN = re.compile(
    rf"\b((?:\d+|(?:{_TEN_WORD})[- ](?:{_UNIT_WORD})|{_WORD}))[- ]days?\b", re.IGNORECASE
)
# ... beside a word for jail: "30 days in jail", "sentenced to 30 days", "a jail term of 30
# days"; not days to appeal or to pay, days on remand ("in custody"), or day-fines.
# ... and never days of something else than jail, nor days already spent held: "30 days
# of community service", "40 días de multa", "15 jours de travaux", "60 jours amende";
# "spent 45 days in jail", "nach 14 Tagen Haft", "après 20 jours de détention".
_NO_DAYS_TERM_AFTER = re.compile(
    r"\s*(?:of\s+(?:house\s+arrest|probation|community\s+service|unpaid\s+work)|"
    r"de\s+(?:multa|trabajos?|travaux|TIG|lavori)|amende|di\s+lavori|"
    r"d[ei]\s+(?:détention\s+provisoire|prisión\s+preventiva|custodia\s+cautelare))\b",
    re.IGNORECASE,
)
_REMAND_BEFORE = re.compile(
    r"\b(?:spent|spending|after|après|nach|na|dopo|tras|después\s+de)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_JAILED_DAYS_AFTER = re.compile(
    r"(?:\s+(?:in|of)\s+(?:jail|prison|imprisonment)|\s+behind\s+bars|[- ](?:jail|prison)\s+"
    r"(?:term|sentence))\b",
    re.IGNORECASE,
)
_JAILED_DAYS_BEFORE = re.compile(
    r"\b(?:(?:jailed|imprisoned)(?:\s+\w+)?\s+for|sentenced\s+to|(?:(?:jail|prison)\s+)?(?:term|sentence)\s+of)"
    r"\s+$",
    re.IGNORECASE,
)


def _days_in_months(days: float) -> float:
    """Days in whole months of the calendar's mean length (365.25 / 12 days): 30 days -> 1,
    365 -> 12, 800 -> 26; well under a month, a fraction of one (15 days -> 0.49)."""
    months = days * 12 / 365.25
    return float(round(months)) if months >= 0.9 else round(months, 2)


_ALIASES = {
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "united kingdom": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "united states": "US",
    "america": "US",
    "the netherlands": "NL",
    "holland": "NL",
    "russia": "RU",
    "bosnia": "BA",
    "bosnia and herzegovina": "BA",
    "czech republic": "CZ",
    "turkey": "TR",
    "vietnam": "VN",
    "iran": "IR",
    "syria": "SY",
    "south korea": "KR",
    "north korea": "KP",
    "laos": "LA",
    "moldova": "MD",
    "tanzania": "TZ",
    "venezuela": "VE",
    "bolivia": "BO",
    "kosovo": "XK",
}
# Short and former English names of countries that pycountry knows only by their full
# or new names ("Antigua and Barbuda", "Côte d'Ivoire", "Myanmar", "Eswatini").
_SHORT_NAMES = {
    "antigua": "AG",
    "trinidad": "TT",
    "tobago": "TT",
    "st kitts": "KN",
    "st. kitts": "KN",
    "st lucia": "LC",
    "st. lucia": "LC",
    "st vincent": "VC",
    "st. vincent": "VC",
    "ivory coast": "CI",
    "burma": "MM",
    "macedonia": "MK",
    "cape verde": "CV",
    "swaziland": "SZ",
    "east timor": "TL",
    "uae": "AE",
    "u.a.e.": "AE",
    "palestine": "PS",
    "drc": "CD",
    "dr congo": "CD",
}
# Switch for the levers table.
SHORT_NAMES = True
# Common English names of countries and territories pycountry knows only by another
# spelling or a longer name ("Macao", "Brunei Darussalam", "Holy See", "Curaçao",
# "Sint Maarten (Dutch part)", "Réunion", "Bonaire, Sint Eustatius and Saba",
# "Micronesia, Federated States of", "Sao Tome and Principe", "Congo, The Democratic
# Republic of the").
_MORE_SHORT_NAMES = {
    "macau": "MO",
    "brunei": "BN",
    "vatican": "VA",
    "vatican city": "VA",
    "micronesia": "FM",
    "curacao": "CW",
    "sint maarten": "SX",
    "st maarten": "SX",
    "st. maarten": "SX",
    "reunion": "RE",
    "bonaire": "BQ",
    "são tomé": "ST",
    "sao tome": "ST",
    # pycountry's "Congo, The Democratic Republic of the": without these the "Congo" in
    # "the Democratic Republic of the Congo" was read as the Republic of the Congo (CG)
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "congo-kinshasa": "CD",
}
# Switch for the levers table.
MORE_SHORT_NAMES = True
# Switch for the levers table: "Korea" alone, as English news writes it for the Republic of
# Korea ("staying illegally in Korea", "deported from Korea"), is South Korea; "North Korea",
# "N. Korea" and "DPR Korea" are still read whole (the longer name matches first); not in a
# newspaper's, a strait's or a neighbourhood's name ("the Korea Herald", "the Korea Strait",
# "Korea Town") or in "inter-Korea".
KOREA_ALONE_EN = True
_KOREA_NOT = r"(?<!inter-)(?!korea\s+(?:herald|times|strait|town)\b)"
# Abbreviations the press of a country (and its neighbours) writes for it: "T&T's waters",
# "two PNG nationals", "the BVI", "KSA", "the PRC", "RSA".
_ABBREVIATIONS = {
    "t&t": "TT",
    "png": "PG",
    "bvi": "VG",
    "usvi": "VI",
    "ksa": "SA",
    "prc": "CN",
    "rsa": "ZA",
}
# Switch for the levers table.
ABBREVIATIONS = True
_EN = lexicon.load("en")
# "The Greek authorities", "French police": an adjective before an authority says where
# (the adjectives are English data: lexicon/en.py AUTHORITY_ADJECTIVES).
# Switch for the levers table: every nationality of lexicon/en.py DEMONYMS is such an
# adjective too ("Indonesian police", "Kenyan authorities"), not only AUTHORITY_ADJECTIVES.
AUTHORITY_DEMONYMS = True


# Switch for the levers table: other forms of the nationalities ("Slovene", "Azeri";
# lexicon/en.py DEMONYM_VARIANTS) are read before an authority's word too ("the Slovene
# police arrested four").
AUTHORITY_DEMONYM_VARIANTS = True


@cache
def _demonyms(variants: bool) -> dict[str, str]:
    """The lexicon's nationalities (and their other forms, with ``variants``), lower-case,
    to their countries."""
    adjectives = {w.lower(): c for w, c in _EN.DEMONYMS.items()}
    for word, code in _EN.DEMONYM_VARIANTS.items() if variants else ():
        adjectives.setdefault(word.lower(), code)
    return adjectives


# Switch for the levers table: in English, "coast guard" in two words ("the Greek coast
# guard authorities", "Italian coast-guard") is a body after a country's adjective, as
# "coastguard" is (the lexicon's AUTHORITY_NOUNS, after its "(?#two-words)" mark).
COAST_GUARD_TWO_WORDS_EN = True


@cache
def _authority(
    demonyms: bool, variants: bool, border: bool
) -> tuple[re.Pattern[str], dict[str, str]]:
    """The adjectives read before an authority's word, and the pattern that reads them."""
    adjectives = dict(_EN.AUTHORITY_ADJECTIVES)
    nouns = _EN.AUTHORITY_NOUNS
    if not COAST_GUARD_TWO_WORDS_EN:
        nouns = nouns.split("|(?#two-words)")[0]
    if demonyms:
        for word, code in _demonyms(variants).items():
            adjectives.setdefault(word, code)
    keys = sorted(adjectives, key=len, reverse=True)
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in keys) + r")\s+(?:[a-z]+\s+)?"
        rf"({nouns.replace('<BORDER_BODY>', _EN.BORDER_BODY if border else '')})\b",
        re.IGNORECASE,
    )
    return pattern, adjectives


def _authority_adjectives(text: str) -> list[tuple[int, str]]:
    """(position, country) of each country adjective before an authority in ``text``."""
    pattern, adjectives = _authority(
        AUTHORITY_DEMONYMS, AUTHORITY_DEMONYM_VARIANTS, BORDER_BODY_ONLY
    )
    return [(m.start(), adjectives[m.group(1).lower()]) for m in pattern.finditer(text)]


# Switch for the levers table: in English, "border" after a country's adjective says where
# only as the border's guards or police ("the Syrian border guards"); "near the Syrian
# border" is a border two countries share (the lexicon's BORDER_BODY).
BORDER_BODY_ONLY = True


# Switch for the levers table: in English, a country's adjective after a preposition of
# place and before a word for a place ("in the Yemeni governorate of Hadhramout", "off the
# Libyan coast", "in Mexican waters"; the lexicon's DEMONYM_PLACE_NOUNS) says where.
DEMONYM_PLACES_EN = True


@cache
def _demonym_place() -> tuple[re.Pattern[str], dict[str, str]]:
    adjectives = _demonyms(True)
    keys = sorted(adjectives, key=len, reverse=True)
    pattern = re.compile(
        r"\b(?:in|at|off|inside|into|within|on)\s+(?:the\s+)?("
        + "|".join(re.escape(k) for k in keys)
        + rf")\s+(?:(?!(?:{_EN.DEMONYM_PLACE_NOT_BETWEEN})\b)[\w-]+\s+)?"
        + rf"(?:{_EN.DEMONYM_PLACE_NOUNS})\b",
        re.IGNORECASE,
    )
    return pattern, adjectives


def _demonym_places(text: str) -> list[str]:
    """Countries a country's adjective names as where, after a preposition of place."""
    if not DEMONYM_PLACES_EN:
        return []
    pattern, adjectives = _demonym_place()
    return [adjectives[m.group(1).lower()] for m in pattern.finditer(text)]


# Words that name a country's law-enforcement body in an English sentence: their presence
# says where (lexicon/en.py AGENCY_HINTS).
_AGENCY_HINTS: dict[str, str] = _EN.AGENCY_HINTS


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value.lower()] = c.alpha_2
    names.update(_ALIASES)
    if SHORT_NAMES:
        names.update(_SHORT_NAMES)
    if MORE_SHORT_NAMES:
        names.update(_MORE_SHORT_NAMES)
    if ABBREVIATIONS:
        names.update(_ABBREVIATIONS)
    if KOREA_ALONE_EN:
        names.setdefault("korea", "KR")
        names.update({"n. korea": "KP", "n korea": "KP", "dpr korea": "KP", "korea dpr": "KP"})
    if HYPHEN_AS_SPACE:
        # "Guinea Bissau", "Timor Leste": the hyphen often left out ("Guinea" alone is GN)
        for name, code in list(names.items()):
            if "-" in name:
                names.setdefault(name.replace("-", " "), code)
    return names


# Switch for the levers table: a country's hyphenated name is also read written with a
# space ("Guinea Bissau" is Guinea-Bissau, not Guinea).
HYPHEN_AS_SPACE = True


@cache
def _country_pattern() -> re.Pattern[str]:
    keys = sorted(_country_names(), key=len, reverse=True)
    keys = [k for k in keys if k not in ("us",)]  # "us" the pronoun
    # a country's name in a street's or a village's ("Brazil Village", "Jamaica Road",
    # "Holland Park") names no country
    local = rf"(?!\s+(?-i:{_LOCALITY_NOUNS})\b)" if LOCALITY_NAMES else ""
    papers = rf"(?!\s+(?:{_DOCUMENT_NOUNS})\b)" if DOCUMENT_NAMES else ""
    people = rf"(?!\s+(?:{_NATIONAL_NOUNS})\b)" if NATIONALS_NAMES else ""
    flag = r"(?!-(?:registered|flagged|plated|bound)\b)" if FLAG_NAMES else ""
    led = rf"(?!-(?:{_EN.COMPOUND_NOT_HERE})\b)" if LED_NAMES else ""
    company = rf"(?!\s+(?-i:{_COMPANY_NOUNS})\b)" if COMPANY_NAMES else ""
    return re.compile(
        r"(?<![\w.])"
        + _not_lower_abbreviation()
        + "("
        + "|".join(
            (_CONTINENT.get(k, "") if CONTINENT_AMERICA else "")
            + (_KOREA_NOT if KOREA_ALONE_EN and k == "korea" else "")
            + re.escape(k)
            for k in keys
        )
        + r")(?![\w])"
        + local
        + papers
        + people
        + flag
        + led
        + company
        + _given_name_not("en"),
        re.IGNORECASE,
    )


# Switch for the levers table (L439): a country's name that is also a given name (the
# lexicon's GIVEN_NAME_COUNTRIES: "Jordan", "Chad", "Maurizio"), followed by a capitalised
# word that is no body's ("Police", "Polizia") and then by a word in lower case or a stop
# ("Jordan Smith was arrested", "Maurizio Pellegrino (16 anni)"), is a person's name, no
# place. A headline in capitals throughout ("Jordan Foils Smuggling Attempt") keeps it.
GIVEN_NAME_COUNTRIES = True


def _given_name_not(lang: str) -> str:
    """A lookahead refusing a given name's country followed by a surname (an initial, a
    particle and "Jr." allowed: "Jordan T. Smith", "Maurizio De Luca"), unless a place's
    preposition stands before it ("in Israel Waffen ...", "in Jordan Saturday")."""
    words = lexicon.load(lang)
    names = getattr(words, "GIVEN_NAME_COUNTRIES", None) if GIVEN_NAME_COUNTRIES else None
    if not names:
        return ""
    refused = "|".join(
        [_EN.BODY_NOUNS, getattr(words, "AUTHORITY_NOUNS", "police"), _EN.NOT_SURNAMES]
    )
    # a second surname outside English ("Israel Pérez García"), where headlines are not
    # written in capitals throughout
    second = r"(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+))?" if lang != "en" else ""
    surname = (
        r"\s+(?:(?-i:[A-Z])\.\s+)?(?:(?:De|Di|Lo|La|Le|Da|Del|Van|Von|de|di|da|del|van|von|le|la)\s+)?"
        rf"(?!(?:{refused})\b)(?-i:[A-ZÀ-Þ][\w'’-]+){second}(?:,?\s+Jr\.?)?"
        r"(?=\s+(?-i:[a-zß-ÿ])|\s*[,;:.()]|\s*$)"
    )
    return "".join(
        rf"(?!(?<={re.escape(n)})"
        + "".join(rf"(?<!\b{p}\s{re.escape(n)})" for p in _PLACE_PREPOSITIONS)
        + rf"{surname})"
        for n in names.split("|")
    )


# Prepositions of a place in the six languages: a given name's country after one is the
# place ("in Jordan Saturday", "in Israel Waffen", "à Maurice").
_PLACE_PREPOSITIONS = (
    "in", "to", "from", "into", "across", "at", "of", "nach", "aus", "im", "en", "à", "au", "a",
    "naar", "uit", "di", "da", "de", "del", "el", "van",
)  # fmt: skip


# Switch for the levers table: "South America", "Latin America", "Central America" and
# "North America" name a continent or a region, not the United States.
CONTINENT_AMERICA = True
_CONTINENT = {"america": r"(?<!south )(?<!latin )(?<!central )(?<!north )(?<!middle )"}


# Switch for the levers table: a country's abbreviation in lower case ("u.s.", Italian
# for "ultimo scorso", last) names no country; "U.S." does.
ABBREVIATION_CASE = True


def _not_lower_abbreviation() -> str:
    return r"(?!(?-i:[a-z]\.[a-z]\.))" if ABBREVIATION_CASE else ""


# Switch for the levers table: a country's name followed by a street or locality noun
# is part of a local place name.
LOCALITY_NAMES = True
_LOCALITY_NOUNS = lexicon.load("en").LOCALITY_NOUNS
# Switch for the levers table: a country's name in a company's ("Qatar Airways", "Kenya
# Airways"; the lexicon's COMPANY_NOUNS) names no place where anything happened.
COMPANY_NAMES = True
_COMPANY_NOUNS = lexicon.load("en").COMPANY_NOUNS
# Switch for the levers table: a country's name before the papers it issues ("a Portugal
# work visa", "a UK passport") names no place where anything happened.
DOCUMENT_NAMES = True
_DOCUMENT_NOUNS = lexicon.load("en").DOCUMENT_NOUNS
# Switch for the levers table: a country's name before its nationals ("24 Myanmar
# nationals", "two Singapore citizens") names no place where anything happened.
NATIONALS_NAMES = True
_NATIONAL_NOUNS = lexicon.load("en").NATIONAL_NOUNS
# Switch for the levers table: a country's name joined to "-registered", "-flagged",
# "-plated" or "-bound" ("a Malaysia-registered car", "an Italy-bound boat") names where a
# vehicle is registered or going, not where anything happened.
FLAG_NAMES = True
# Switch for the levers table: in English, a country's name joined to "-led", "-backed",
# "-based" and the like ("the Saudi-led coalition", "a Mexico-based cartel", "a US-backed
# force"; the lexicon's COMPOUND_NOT_HERE) names who leads, backs or hosts, not where
# anything happened.
LED_NAMES = True


def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name or code, or None."""
    if not name:
        return None
    key = name.strip().strip(".").lower()
    key = key[4:] if key.startswith("the ") else key
    if len(key) == 2 and key.isalpha() and key.upper() in USER_ASSIGNED_COUNTRIES:
        return key.upper()
    if len(key) == 2 and key.isalpha() and pycountry.countries.get(alpha_2=key.upper()):
        return key.upper()
    if key in _country_names():
        return _country_names()[key]
    m = _country_pattern().search(name)
    if m:
        return _country_names()[m.group(1).lower()]
    return None


# Switch for the levers table: in a document, a country named only as where people or
# goods were going ("smuggled to Russia", "bound for Spain") counts after the towns the
# text names, as one named only as where they came from does.
DESTINATION_LAST = True
_TO = re.compile(r"\b(?:to|into|towards?|bound for|destined for)\s+(?:the\s+)?$", re.IGNORECASE)


def countries_in(
    text: str, *, agencies: bool = True, origin: bool = True, destination: bool = True
) -> list[str]:
    """Country codes named in ``text``, in order, each once (agency names count if asked).
    Without ``origin``, a country named after "from" is left out (where someone or
    something came from: "smuggling sugar from Uganda")."""
    found: list[tuple[int, str]] = []
    for m in _country_pattern().finditer(text):
        word = m.group(1)
        if not origin and FROM_IS_ORIGIN and _from_before(text, m.start()):
            continue
        if not origin and FROM_LIST_ORIGIN and _from_list_before(text, m.start()):
            continue  # "originated from the US, Canada, UK and Germany": each an origin
        if not destination and _TO.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if PROVENANCE_IN and _PROVENANCE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if _not_here(text, m.start(), m.end()):
            continue
        if NAMED_DOLLARS_EN and _NAMED_DOLLAR_AFTER.match(text, m.end()):
            continue  # "10,000 U.S. dollars", "U.S. currency": money, not a place
        if word == "US" or word.lower() != "us":
            found.append((m.start(), _country_names()[word.lower()]))
    for start, code in _authority_adjectives(text):
        if code:
            found.append((start, code))
    if agencies:
        low = text.lower()
        for hint, code in _AGENCY_HINTS.items():
            for m in re.finditer(rf"(?<![\w]){re.escape(hint)}", low):
                if hint.isalpha() and len(hint) <= 4 and hint.upper() not in text:
                    continue
                found.append((m.start(), code))
    seen: list[str] = []
    for _, code in sorted(found):
        if code not in seen:
            seen.append(code)
    return seen


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?", re.I)
# Switch for the levers table: "the 3rd of March" is read to the day (was read as the
# month only).
DAY_OF_MONTH = True
_DMY_OF = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?", re.I
)


_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_MY = re.compile(rf"\b({_MONTH_RE})\b(?:\s+(?:of\s+)?(\d{{4}}))?", re.I)
# Switch for the levers table: a span's first day written without the year its last day
# gives ("From January 1 to December 31, 2011", "between 3 and 9 March 2024" excepted: the
# first has no month) is in that year, not in the year the publication date gives it.
SPAN_YEAR = True
_SPAN_END_YEAR = re.compile(
    rf"\s*(?:to|through|thru|until|till|and|-|–)\s+(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_RE}))\.?,?\s+"
    r"((?:19|20)\d\d)\b",
    re.I,
)


def _span_year(text: str, end: int) -> str | None:
    """The year written at the end of a span whose first day ends at ``end``."""
    if not SPAN_YEAR:
        return None
    m = _SPAN_END_YEAR.match(text, end)
    return m.group(1) if m else None


# A year on its own; not the year in a law's name ("the Criminal Justice Act 2006",
# "the Customs Act, 1952", "the Immigration and Nationality Act of 1965", "the Internal
# Revenue Code of 1986").
SKIP_STATUTE_YEARS = True
_STATUTE = r"(?<!Act )(?<!Act, )(?<!Act of )(?<!Code of )"
# Switch for the levers table: a numbered statute's year ("Act No. 35 of 2021") is no
# date either.
NUMBERED_STATUTES = True
_NUMBERED = r"(?<!No\. \d of )(?<!No\. \d\d of )(?<!No\. \d\d\d of )(?<!No \d of )(?<!No \d\d of )"
_YEAR_NUMBERED = re.compile(rf"{_STATUTE}{_NUMBERED}\b(19\d{{2}}|20\d{{2}})\b")
_YEAR = re.compile(rf"{_STATUTE}\b(19\d{{2}}|20\d{{2}})\b")
_ANY_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")


def _years() -> re.Pattern[str]:
    """The year pattern in use (the switch is for the levers table)."""
    if not SKIP_STATUTE_YEARS:
        return _ANY_YEAR
    return _YEAR_NUMBERED if NUMBERED_STATUTES else _YEAR


_WEEKDAY = re.compile(r"\b(?:on|last|past)?\s*(" + "|".join(_DAYS) + r")\b", re.I)


def _year_for(
    month: int, day: int, base: date | None, year: str | None, hint: int | None = None
) -> int | None:
    if year:
        return int(year)
    if base is None:
        return hint
    # A month later than the publication month is last year's.
    return base.year if (month, day) <= (base.month, base.day) else base.year - 1


_NEXT_DAY = re.compile(r"\b(?:the )?(?:next|following) day\b", re.I)


def next_day(day: str, text: str, after: int) -> str:
    """ "filed a complaint on Nov. 27, 2012, and ... arrested him the next day": the 28th."""
    if _NEXT_DAY.search(text, after):
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return day


_YEAR_SPAN = re.compile(
    r"\b(?:between\s+)?(?:19|20)\d{2}\s*(?:to|and|-|–|until)\s*(?:19|20)\d{2}\b", re.I
)


def document_year(text: str) -> int | None:
    """The latest year a text names: the year of undated days ("on Sunday (8 March)")
    when the publication date is unknown."""
    # "published under the 2010 to 2015 government": a span says nothing of this year
    text = _YEAR_SPAN.sub(" ", text)
    if BIRTH_YEARS_NOT_THE_TEXTS:
        # "un operaio classe 1979": a year of birth is not the year a text tells of
        for lang in SUPPORTED:
            text = without_birth_years(text, lang)
    years = [int(y) for y in _years().findall(text)]
    return max(years) if years else None


def in_last_year(
    value: str | None, precision: str | None, text: str, lang: str, base: date | None
) -> str | None:
    """A month or day resolved into the publication's year, in a text that says "last
    year" ("in June last year", "im Juni vergangenen Jahres") and names no year: that
    month or day of the year before."""
    if value is None or precision not in ("month", "day") or base is None:
        return value
    words = getattr(lexicon.load(lang), "LAST_YEAR", None)
    if (
        not words
        or int(value[:4]) != base.year
        or value[5:10] == "02-29"
        or re.search(r"\b(?:19|20)\d\d\b", text)
        or not re.search(words, text, re.IGNORECASE)
    ):
        return value
    return f"{base.year - 1:04d}{value[4:]}"


# Switch for the levers table: a year of birth ("M.B. (DoB 1993)", "classe 1979"; each
# lexicon's BIRTH_YEAR) dates no action.
BIRTH_YEARS_NO_DATE = True


# Switch for the levers table: nor is a year of birth the year a text tells of (the
# latest year it names dates its undated days when it has no publication date).
BIRTH_YEARS_NOT_THE_TEXTS = True


def without_birth_years(text: str, lang: str) -> str:
    """``text`` with each year of birth it names blanked (as many spaces)."""
    if not BIRTH_YEARS_NO_DATE:
        return text
    born = _birth_year(lang)
    return born.sub(lambda m: " " * len(m.group(0)), text) if born else text


@lru_cache(maxsize=8)
def _birth_year(lang: str) -> re.Pattern[str] | None:
    words = getattr(lexicon.load(lang), "BIRTH_YEAR", None)
    return re.compile(words, re.IGNORECASE) if words else None


def resolve_date(
    text: str | None, published: date | None, year: int | None = None
) -> tuple[str | None, Literal["year", "month", "day"] | None]:
    """Resolve date words against ``published``: ("yesterday", 2020-10-02) -> "2020-10-01";
    ("in June last year", 2018-08-03) -> "2017-06".

    Args:
        year: with no ``published``, the year given to a day or month that names none.

    Returns:
        (ISO date, precision) or (None, None) when the words give no date.
    """
    if text:
        text = without_birth_years(text, "en")
    value, precision = _resolve_date_words(text, published, year)
    if text and value is not None:
        value = in_last_year(value, precision, text, "en", published)
    return value, precision


def _weekday_year_en(y: int, month: int, day: int, words: str, published: date | None) -> int:
    """:func:`weekday_year` for an English day ("Wednesday, October 19") of year ``y``."""
    try:
        return weekday_year(date(y, month, day), words, "en", published).year
    except ValueError:  # "31 June"
        return y


# Switch for the levers table: a day written as ISO 8601 in running text ("arrested on
# 2024-05-03") is read to the day (it was read as its year).
ISO_DAYS = True
# Only in running text, after "on": a header's "Date: 2013-06-03" is the publication's.
_ISO_DAY = re.compile(
    r"(?<=\bon )(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])", re.I
)


def _resolve_date_words(
    text: str | None, published: date | None, year: int | None = None
) -> tuple[str | None, Literal["year", "month", "day"] | None]:
    """:func:`resolve_date` before "last year" is read."""
    if not text:
        return None, None
    low = text.lower()
    iso = _ISO_DAY.search(text) if ISO_DAYS else None
    if iso:
        return iso.group(0), "day"
    for m in (_DMY_OF if DAY_OF_MONTH else _DMY).finditer(text):
        month, day = _MONTHS[m.group(2).lower()], int(m.group(1))
        y = _year_for(month, day, published, m.group(3) or _span_year(text, m.end()), year)
        if y and not m.group(3):
            y = _weekday_year_en(y, month, day, text[max(0, m.start() - 12) : m.end()], published)
        if y and 1 <= day <= 31:
            return next_day(f"{y:04d}-{month:02d}-{day:02d}", text, m.end()), "day"
    for m in _MDY.finditer(text):
        month, day = _MONTHS[m.group(1).lower()], int(m.group(2))
        if m.group(1).lower() in ("may", "mar") and not m.group(1)[0].isupper():
            continue
        y = _year_for(month, day, published, m.group(3) or _span_year(text, m.end()), year)
        if y and not m.group(3):
            y = _weekday_year_en(y, month, day, text[max(0, m.start() - 12) : m.end()], published)
        if y and 1 <= day <= 31:
            return next_day(f"{y:04d}-{month:02d}-{day:02d}", text, m.end()), "day"
    if published is not None:
        told = relative_day(text, published, "en")
        if told is not None:
            return told
        if "yesterday" in low:
            return (published - timedelta(days=1)).isoformat(), "day"
        if re.search(r"\b(today|this morning|this afternoon|tonight)\b", low):
            return published.isoformat(), "day"
        wd = _WEEKDAY.search(text)
        if wd:
            delta = (published.weekday() - _DAYS[wd.group(1).lower()]) % 7
            if (
                delta == 0
                and LAST_WEEKDAY
                and re.match(r"(?:last|past)\b", wd.group(0).strip(), re.I)
            ):
                delta = 7  # "last Monday" in a text of a Monday: a week before
            return (published - timedelta(days=delta)).isoformat(), "day"
    for m in _MY.finditer(text):
        word = m.group(1)
        if word.lower() in ("may", "mar", "march") and not word[0].isupper():
            continue
        month = _MONTHS[word.lower()]
        y = _year_for(month, 1, published, m.group(2), year)
        if y:
            return f"{y:04d}-{month:02d}", "month"
    m2 = _years().search(text)
    if m2:
        return m2.group(1), "year"
    if published is not None and re.search(r"\bthis (year|month)\b", low):
        if "this month" in low:
            return published.isoformat()[:7], "month"
        return str(published.year), "year"
    return None, None


# Switch for the levers table: "last night" (each lexicon's LAST_NIGHT) is the day before
# publication.
LAST_NIGHT = True


# Switch for the levers table: in the five languages, "le mois dernier", "el año pasado"
# (the lexicon's LAST_MONTH and LAST_YEAR) date an action dated from elsewhere, as "last
# month" and "last year" do in English.
PERIODS_INTL = True


def relative_period(
    low: str, published: date, last_night: str | None = None, lang: str | None = None
) -> tuple[str | None, Literal["year", "month", "day"] | None]:
    """:func:`resolve_date` for a period named relative to ``published`` (lower case);
    ``last_night``: the words for the night before in the text's language; ``lang``: the
    five languages' last month and last year are read from its lexicon."""
    if last_night is not None:
        # the five languages: the night before, last month, last year
        if LAST_NIGHT and re.search(last_night, low):
            return (published - timedelta(days=1)).isoformat(), "day"
        words = lexicon.load(lang) if (PERIODS_INTL and lang) else None
        month = getattr(words, "LAST_MONTH", None) if words else None
        if month and re.search(month, low, re.IGNORECASE):
            before = published.replace(day=1) - timedelta(days=1)
            return f"{before.year:04d}-{before.month:02d}", "month"
        year = getattr(words, "LAST_YEAR", None) if words else None
        if (
            year
            and re.search(year, low, re.IGNORECASE)
            and not _month_word(lang or "en").search(low)
        ):
            return str(published.year - 1), "year"
        return None, None
    week = re.search(r"\b(this|last|past) week\b", low)
    if week:
        start = published - timedelta(days=published.weekday())
        end = published
        if week.group(1) != "this":
            start, end = start - timedelta(days=7), start - timedelta(days=1)
        if (start.year, start.month) == (end.year, end.month):
            return f"{end.year:04d}-{end.month:02d}", "month"
        return (str(end.year), "year") if start.year == end.year else (None, None)
    if LAST_NIGHT and re.search(last_night or r"\blast night\b", low):
        return (published - timedelta(days=1)).isoformat(), "day"
    if re.search(r"\blast month\b", low):
        before = published.replace(day=1) - timedelta(days=1)
        return f"{before.year:04d}-{before.month:02d}", "month"
    if re.search(r"\blast year\b", low):
        return str(published.year - 1), "year"
    if re.search(r"\bthis (?:spring|summer|autumn|fall)\b", low):
        return str(published.year), "year"
    return None, None


_LOCATIVE = re.compile(r"\b(?:in|at|off|from|across|inside|to)\s+(?:the\s+)?$", re.IGNORECASE)
# Switch for the levers table: "from" names where an action happened only for people moved
# out of a country (deported, extradited); for anything else it names where someone or
# something came from ("crossing the border from Russia", "smuggling sugar from Uganda").
FROM_IS_ORIGIN = True
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# Switch for the levers table: ... and so does a country after a city it follows ("on a
# flight from Tokyo, Japan", "arriving from Lagos, Nigeria").
FROM_CITY_COUNTRY = True
_FROM_CITY = re.compile(
    r"\bfrom\s+(?-i:[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}),\s+(?:the\s+)?$", re.IGNORECASE
)


def _from_before(text: str, at: int) -> bool:
    """Does "from" (or "from <City>,") stand just before ``at``?"""
    if _FROM.search(text[max(0, at - 10) : at]):
        return True
    return FROM_CITY_COUNTRY and bool(_FROM_CITY.search(text[max(0, at - 50) : at]))


# Switch for the levers table: in English, the countries listed after one named as where
# someone or something came from ("originated from the US, Canada, UK and Germany",
# "immigrants from Ukraine and Georgia") are origins too, not places where anything
# happened (countries_in without ``origin``).
FROM_LIST_ORIGIN = True
_FROM_LIST = re.compile(
    r"\bfrom\s+(?:the\s+)?((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}(?:\s*,\s*|\s+and\s+|"
    r"\s*,\s*and\s+)(?:the\s+)?)+)$"
)
_LIST_ITEM = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+")


def _from_list_before(text: str, at: int) -> bool:
    """Is the country at ``at`` the next in a list of countries after "from" ("from the US,
    Canada, UK and Germany"; every item before it a country)?"""
    m = _FROM_LIST.search(text[max(0, at - 80) : at])
    if m is None:
        return False
    items = [re.sub(r"^the\s+", "", x.strip()) for x in _LIST_ITEM.split(m.group(1))]
    return all(country_code(x) for x in items if x)


# Switch for the levers table: in English, a country goods or people were being sent,
# shipped or smuggled to ("were intended to be sent to Norway") is where they were going,
# not where an action other than a removal happened (locative_countries without
# ``origin``), unless the text tells of their arrival ("a container shipped to Spain was
# seized on arrival").
SENT_TO_NOT_HERE = True
_SENT_TO = re.compile(
    r"\b(?:sent|sending|shipped|shipping|bound|destined|headed|heading|exported|exporting|"
    r"smuggled|smuggling|transported|transporting|delivered|trafficked|en route)\s+to\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_ARRIVED = re.compile(r"\b(?:on|upon|after) (?:its |their )?arrival\b|\barriv(?:ed|ing)\b", re.I)


# Switch for the levers table: in English, a country named as where a body is based or
# what a place lies next to ("a cartel based in Mexico", "a town adjacent to Bangladesh")
# is not where an action happened.
NOT_HERE_EN = True
_NOT_HERE = re.compile(
    r"\b(?:(?:cartels?|gangs?|groups?|organi[sz]ations?|networks?|compan(?:y|ies)|firms?|"
    r"syndicates?|rings?|clans?)\s+(?:\w+\s+){0,2}?(?:based|headquartered)\s+in|"
    r"(?:adjacent|next|close)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a country's possessive after them is a place named by it ("close to Nigeria's border")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


# Switch for the levers table: in English, a country named after "the border with" ("near
# Gevgelija, close to the border with Greece") is the neighbour, not where things happened.
BORDER_WITH_NOT_HERE = True
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def _not_here(text: str, start: int, end: int) -> bool:
    """Is the country named at ``start`` (its name ending at ``end``) told as where a body
    is based or what a place lies next to, not as a place of its own?"""
    before = text[max(0, start - 60) : start]
    if BORDER_WITH_NOT_HERE and _BORDER_WITH.search(before):
        return True
    return bool(NOT_HERE_EN and _NOT_HERE.search(before) and not _POSSESSIVE_AFTER.match(text, end))


# Switch for the levers table: "in" after a word for where goods or a vehicle were made
# or registered ("sugar manufactured in Uganda", "a car registered in Poland") names their
# origin, not where an action happened.
PROVENANCE_IN = True
_PROVENANCE = re.compile(
    r"\b(?:manufactured|made|produced|grown|cultivated|registered|built|printed|bottled|"
    r"brewed|minted|licensed|plated)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Switch for the levers table: a compass word between the preposition and the country
# ("in south Estonia", "in northern France") keeps it a place.
COMPASS_PLACE = True
_COMPASS = re.compile(
    r"(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+$",
    re.IGNORECASE,
)
_LIST_GLUE = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?$", re.IGNORECASE)


_COURT_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’]*\s+){0,2}?Courts?\b")


def court_country(text: str) -> str | None:
    """The country named just before a court ("U.S. District Court", "Malaysia High
    Court"), or None."""
    for m in _country_pattern().finditer(text):
        if _COURT_AFTER.match(text, m.end()):
            return _country_names()[m.group(1).lower()]
    return None


def locative_countries(text: str, *, origin: bool = True) -> list[str]:
    """Countries named as where something happened: "arrested in France, the Netherlands
    and the UK" -> FR, NL, GB; "UK/French unit" -> nothing. Without ``origin``, "from"
    is no preposition of place ("crossed the border from Russia")."""
    matches = [
        m
        for m in _country_pattern().finditer(text)
        if m.group(1).lower() != "us" or m.group(1) == "US"
    ]
    found: list[str] = []
    prev_end = -1
    in_list = False
    for m in matches:
        end = m.start()  # the preposition is read before a compass word ("in south Estonia")
        compass = _COMPASS.search(text[max(0, end - 16) : end]) if COMPASS_PLACE else None
        if compass:
            end -= len(compass.group(0))
        before = text[max(0, end - 12) : end]
        made = (
            (PROVENANCE_IN and _PROVENANCE.search(text[max(0, end - 30) : end]))
            or _not_here(text, end, m.end())
            or (
                not origin
                and SENT_TO_NOT_HERE
                and _SENT_TO.search(text[max(0, end - 30) : end])
                and not _ARRIVED.search(text)
            )
        )
        if (
            _LOCATIVE.search(before)
            and not (not origin and FROM_IS_ORIGIN and _from_before(text, end))
            and not made
        ):
            in_list = True
        elif not (in_list and prev_end >= 0 and _LIST_GLUE.match(text[prev_end : m.start()])):
            in_list = False
        if in_list:
            code = _country_names()[m.group(1).lower()]
            if code not in found:
                found.append(code)
        prev_end = m.end()
    for code in _demonym_places(text):
        if code not in found:
            found.append(code)
    for _, code in _authority_adjectives(text):
        if code and code not in found:
            found.append(code)
    return found


# --- Other languages: the same readings with each language's words (lexicon/<code>.py) ---
# Numbers in words go through text2num (alpha2digit reads French, German, Spanish,
# Italian and Dutch number words); dates through dateparser; country names through
# pycountry's own translations. The words those libraries do not hold (units of a
# prison term, currencies and scales, the prepositions before a place) are data in
# each language's lexicon module.


def in_digits(text: str, lang: str) -> str:
    """``text`` with its number words as digits ("drei Jahre" -> "3 Jahre"); English as is."""
    return text if lang == "en" else words_as_digits(text, lang)


@lru_cache(maxsize=4096)
def words_as_digits(text: str, lang: str) -> str:
    """``text`` with its number words in ``lang`` (English too) as digits, by text2num.

    Cached: the count, term and money readers ask for the same sentence several times,
    and text2num is the slow part of them."""
    from text_to_num import alpha2digit

    try:
        return str(alpha2digit(text, lang, threshold=0))
    except (ValueError, RuntimeError):  # pragma: no cover - text2num refuses the text
        return text


# "1.200" / "1 200" (thousands), "1,5" (a decimal comma): how the five languages write numbers.
_EU_NUMBER = r"\d{1,3}(?:[.\s\u00a0\u202f']\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def eu_number(digits: str) -> float:
    """ "1.200" -> 1200, "1 200" -> 1200, "2,5" -> 2.5 (the continental convention)."""
    clean = re.sub(r"[.\s\u00a0\u202f']", "", digits).replace(",", ".")
    return float(clean)


_INTL_NUMBER = re.compile(rf"(?<![\d.,])({_EU_NUMBER})(?![\d])")


def intl_numbers_in(text: str, lang: str) -> list[float]:
    """Every number in a text in ``lang``, digits or words."""
    return [eu_number(m.group(1)) for m in _INTL_NUMBER.finditer(in_digits(text, lang))]


# Switch for the levers table: in the five languages, "dirhams" are a sum (Morocco's
# dirham; the UAE's where the action took place there), as in English.
INTL_DIRHAMS = True
_INTL_DIRHAMS = {"dirhams": "MAD", "dirham": "MAD", "dírhams": "MAD", "dírham": "MAD"}


def _intl_currency_words(lang: str, dirhams: bool) -> dict[str, str]:
    """The currency words of ``lang``'s lexicon, with the dirham's when ``dirhams``."""
    words: dict[str, str] = lexicon.load(lang).CURRENCY_WORDS
    return words | (_INTL_DIRHAMS if dirhams else {})


@cache
def _intl_money_res(
    lang: str, dotted_scales: bool = True, dirhams: bool = True
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, dict[str, float]]:
    words = lexicon.load(lang)
    scales = {k.lower(): v for k, v in words.MONEY_SCALES.items()}
    scale = "|".join(sorted((re.escape(k) for k in scales), key=len, reverse=True))
    currency = "|".join(
        sorted((re.escape(k) for k in _intl_currency_words(lang, dirhams)), key=len, reverse=True)
    )
    # a scale may end in a dot ("2,3 Mio. Euro"): no \b after it
    amount = (
        rf"({_EU_NUMBER})(?:\s*({scale})(?!\w))?"
        if MONEY_WORDS
        else (rf"({_EU_NUMBER})(?:\s*({scale})\b)?")
    )
    # "50.000 euros", "1,2 million d'euros", "3 Millionen Euro", "1,5 milioni di euro"
    after = re.compile(
        rf"{amount}\s*(?:{words.MONEY_LINK}\s*)?({currency}|[£$€])(?!\w)", re.IGNORECASE
    )
    # "€ 1.500", "EUR 2 millions", "$ 3 millones"
    before = re.compile(rf"(?<!\w)({currency}|[£$€])\s?{amount}", re.IGNORECASE)
    # "un milione e 760 mila euro": the millions before "e" belong to the sum that follows
    joined = getattr(words, "AND", None)
    head = (
        re.compile(rf"(?<![\w.,])({_EU_NUMBER}|{words.ONE})\s+({scale})\s+(?:{joined})\s+$", re.I)
        if joined
        else None
    )
    return after, before, head, scales


# Switch for the levers table: in the five languages, a bare "francs" ("une amende
# douanière de 800 000 francs" in New Caledonia) is the money of the country of the action
# when that country writes its own money so (the CFP franc, the CFA francs, ...), not the
# Swiss franc.
LOCAL_FRANCS = True


def _intl_kind(key: str, code: str) -> str | None:
    """Which shared sign or word ``key`` is ("$", a word for dollars or pesos)."""
    if key == "$":
        return "$"
    if code == "USD" and key.lower() != "usd":
        return "dollar"
    if MONEY_WORDS and code == "XOF" and key.lower() != "xof":
        return "cfa"
    if code == "MAD" and key.lower() != "mad":
        return "dirham"  # the UAE's where the action took place there
    if LOCAL_FRANCS and code == "CHF" and key.lower() in ("francs", "franc", "franchi"):
        return "franc"  # a bare "francs": the money of the country that writes it so
    return "peso" if code == "MXN" and key.lower() != "mxn" else None


# Switch for the levers table: in the five languages, a number written as a word before a
# sum's scale ("cinq millions de francs CFA", "drei Millionen Euro", "dos millones") is read
# as its digits; sums were read only when written in digits ("5 millions").
SCALE_WORDS_INTL = True


@cache
def _number_word_before_scale(lang: str) -> re.Pattern[str]:
    """A word, then a money scale of ``lang`` ("cinq millions", "zwei Milliarden")."""
    scales = "|".join(
        sorted((re.escape(k) for k in lexicon.load(lang).MONEY_SCALES), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])([^\W\d][\w-]*)(\s+)(?=(?:{scales})(?!\w))", re.IGNORECASE)


def _one_number_word(word: str, lang: str) -> str:
    """``word`` as digits when text2num reads it as one number ("vingt-cinq" -> "25")."""
    digits = words_as_digits(word, lang)
    return digits if digits.isdigit() else word


def intl_money_in(text: str, lang: str, country: str | None = None) -> list[tuple[float, str]]:
    """Money amounts with ISO 4217 codes in a text in ``lang``; ``country`` as for
    :func:`money_in`."""
    # Sums are written in digits; text2num would read "million" itself ("1,2 1000000").
    after, before, head, scales = _intl_money_res(lang, MONEY_WORDS, INTL_DIRHAMS)
    if SCALE_WORDS_INTL:
        text = _number_word_before_scale(lang).sub(
            lambda m: _one_number_word(m.group(1), lang) + m.group(2), text
        )
    codes = {k.lower(): v for k, v in _intl_currency_words(lang, INTL_DIRHAMS).items()} | {
        k.lower(): v for k, v in _CURRENCY_SIGNS.items()
    }
    found: list[tuple[int, float, str]] = []
    for m in after.finditer(text):
        value = eu_number(m.group(1)) * scales.get((m.group(2) or "").lower(), 1)
        big = head.search(text[max(0, m.start() - 40) : m.start()]) if head else None
        if big and scales.get(big.group(2).lower(), 1) > value:
            lead = big.group(1)
            value += (eu_number(lead) if lead[0].isdigit() else 1.0) * scales[big.group(2).lower()]
        code = codes[m.group(3).lower()]
        found.append(
            (m.start(), value, local_currency(code, _intl_kind(m.group(3), code), country))
        )
    taken = [(m.start(), m.end()) for m in after.finditer(text)]
    for m in before.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        value = eu_number(m.group(2)) * scales.get((m.group(3) or "").lower(), 1)
        code = codes[m.group(1).lower()]
        found.append(
            (m.start(), value, local_currency(code, _intl_kind(m.group(1), code), country))
        )
    return [(v, c) for _, v, c in sorted(found)]


@cache
def _intl_term_re(lang: str) -> re.Pattern[str]:
    words = lexicon.load(lang)
    units = "|".join(f"(?P<{u}>{p})" for u, p in words.TERM_UNITS.items())
    return re.compile(
        rf"(?<![\w.,])(?:(\d+(?:,\d+)?|{words.ONE})\s+)?(?:{units})\b(?P<half>\s+{words.AND_A_HALF})?",
        re.IGNORECASE,
    )


def _intl_term_text(text: str, lang: str) -> str:
    """``text`` as terms are read in it: numbers in digits, a unit told first after its
    number ("e mesi 6": "e 6 mesi"), halves in digits ("dreieinhalb", "anderhalf")."""
    words = lexicon.load(lang)
    text = in_digits(text, lang)
    unit_first = getattr(words, "TERM_UNIT_FIRST", None)
    if UNIT_FIRST_TERMS and unit_first:
        text = re.sub(unit_first, r"\1 \3 \2", text, flags=re.IGNORECASE)
    for word, value in words.HALVES.items():
        text = re.sub(rf"\b{word}\b", value, text, flags=re.IGNORECASE)
    return text


def _term_months(m: re.Match[str], lang: str) -> tuple[str, float] | None:
    """The unit and the months of a term :func:`_intl_term_re` matched; None for a unit
    with no number ("años" alone; "año y medio" is one and a half)."""
    head = m.group(1)
    if head is None and not (HALF_TERMS and m.group("half")):
        return None
    value = eu_number(head) if head and head[0].isdigit() else 1.0
    unit = next(u for u in lexicon.load(lang).TERM_UNITS if m.group(u))
    if m.group("half"):
        value += 0.5
    return unit, value * {"year": 12, "month": 1, "week": 12 / 52}[unit]


@cache
def _intl_days(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A number of days in ``lang`` ("30 dagen", "60 Tagen"), and the words for custody
    after it and before it."""
    words = lexicon.load(lang)
    return (
        re.compile(rf"(?<![\w.,])(\d+)\s+(?:{words.TERM_DAYS})\b", re.IGNORECASE),
        re.compile(rf"\s*(?:{words.TERM_DAYS_AFTER})", re.IGNORECASE),
        re.compile(words.TERM_DAYS_BEFORE, re.IGNORECASE),
    )


# Switch for the levers table: in Italian, a term told unit first ("ad anni 4", "2 anni e
# mesi 6 di reclusione"; the lexicon's TERM_UNIT_FIRST) is read as "4 anni", "6 mesi".
UNIT_FIRST_TERMS = True


def intl_sentence_months(
    text: str, lang: str, at: Callable[[str], int | None] | None = None
) -> float | None:
    """Custodial term in months in a text in ``lang``: "18 mois" -> 18, "drei Jahre und
    sechs Monate" -> 42, "tres años y medio" -> 42. A maximum the law allows is skipped;
    of several terms, :func:`_the_term` chooses ("un homme de 19 ans ... 16 mois": 16)."""
    words = lexicon.load(lang)
    text = _intl_term_text(text, lang)
    terms = []
    maximum = re.compile(words.TERM_MAXIMUM, re.IGNORECASE)
    for m in _intl_term_re(lang).finditer(text):
        if maximum.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        read = _term_months(m, lang)
        if read is None:
            continue  # "años" alone is no term; "año y medio" is one and a half
        terms.append((m.start(), m.end(), read[1]))
    if not terms and DAY_TERMS:
        days, after, before = _intl_days(lang)
        for m in days.finditer(text):
            told = text[max(0, m.start() - 40) : m.start()]
            if maximum.search(told) or not int(m.group(1)) or re.match(r"[-‐]", text[m.end() :]):
                continue  # "100 jours-amende", "30 Tagessätze": day-fines, no term
            if _NO_DAYS_TERM_AFTER.match(text, m.end()) or _REMAND_BEFORE.search(told):
                continue  # "40 días de multa", "après 20 jours de détention provisoire"
            if before.search(told) or after.match(text, m.end()):
                terms.append((m.start(), m.end(), _days_in_months(int(m.group(1)))))
    if not terms:
        return None
    return round(_the_term(terms, text, words.AND, at(text) if at else None), 2)


# Switch for the levers table (read by events.terms_each_intl): in the five languages, a
# sentence that passes different terms on people it names apart ("zu sechs Jahren und den
# 27-Jährigen zu dreieinhalb Jahren", "penas de 13 y 10 años respectivamente") tells one
# sentence for each term.
SENTENCE_EACH_TERM_INTL = True
_UNIT_ORDER = {"year": 0, "month": 1, "week": 2}
_AGE_WORDS = r"(?:ans|años|anni|Jahre|jaar)"
# An age set apart by commas or brackets: "Le passeur, 28 ans,", "(40 en 43 jaar)".
_AGE_APART = re.compile(
    rf"[,(]\s*(?:de\s+|di\s+|van\s+)?\d{{1,2}}(?:\s+(?:y|e|et|und|en)\s+\d{{1,2}})?\s+"
    rf"{_AGE_WORDS}\s*(?=[,)])",
    re.IGNORECASE,
)
# "de 19 ans", "di 30 anni", "de 30 y 41 años": an age, unless a word of a sentence is just
# before ("une peine de 5 ans", "écopent de 5 ans").
_AGE_AFTER_OF = re.compile(
    r"\b(?:de|di)\s+\d{1,2}(?:\s+(?:y|e|et)\s+\d{1,2})?\s+(?:ans|años|anni)\b", re.IGNORECASE
)


_RESPECTIVELY = (
    r"\b(?:respectivamente|respectivement|rispettivamente|respectievelijk|beziehungsweise|"
    r"jeweils)\b"
)
# The prepositions before a term passed ("zu sechs Jahren", "à 6 mois", "de 3 ans", "a 4
# anni", "tot vier jaar"): a term with one of its own is passed on someone the sentence
# names apart.
_TERM_PREPOSITIONS = {
    "de": r"zu|von",
    "fr": r"à|de|d['’]",
    "es": r"a|de",
    "it": r"a|ad|di",
    "nl": r"tot|van|op",
}


def sentence_word_re(lang: str) -> re.Pattern[str]:
    """The lexicon's words for a sentence passed (its TYPE_WORDS for a sentence)."""
    return re.compile(lexicon.load(lang).TYPE_WORDS["sentence"], re.IGNORECASE)


def intl_terms(text: str, lang: str) -> list[float]:
    """The different custodial terms, in months and in order, that ``text`` (one sentence)
    passes on people it names apart, when it passes two or more: two of them each after a
    preposition of its own ("zu sechs Jahren und den 27-Jährigen zu dreieinhalb Jahren",
    "de 3 ans ... pour l'un et d'un an ... pour deux autres"), or a word for "respectively"
    ("penas de 13 y 10 años respectivamente", a number before another with one unit for
    both being a term of its own). A year then months under twelve ("3 años y 6 meses") is
    one term; ages ("un homme de 19 ans", "Le passeur, 28 ans,") are none. Nothing (an
    empty list) when whose term is whose is not told ("condamnés à quatre et six mois"),
    or the sentence names a maximum the law allows, a term asked for, a part of a term
    ("waarvan twee jaar voorwaardelijk", the lexicon's OF_WHICH), a range, a total, time
    gone by or spent, a probation or a ban (NOT_EACH), or two years."""
    words = lexicon.load(lang)
    stop = [words.MAXIMUM, getattr(words, "DEMANDS", ""), getattr(words, "DEMANDS_MORE", "")]
    stop += [getattr(words, "OF_WHICH", ""), getattr(words, "NOT_EACH", "")]
    if any(x and re.search(x, text, re.IGNORECASE) for x in stop):
        return []
    text = _intl_term_text(text, lang)
    if len(set(re.findall(r"\b(?:19|20)\d\d\b", text))) >= 2:
        return []  # terms passed at two dates: "En 2022 fue condenado a dos años; en 2023 ..."
    ages = getattr(words, "AGES", None)
    if ages:
        text = re.sub(ages, " ", text, flags=re.IGNORECASE)  # "un homme de 19 ans": no term
    text = _AGE_APART.sub(" ", text)  # "Le passeur, 28 ans,", "(40 en 43 jaar)"
    sentence_word = sentence_word_re(lang)
    text = _AGE_AFTER_OF.sub(
        lambda m: (
            m.group(0) if sentence_word.search(text[max(0, m.start() - 30) : m.start()]) else " "
        ),
        text,
    )  # "le ressortissant irakien de 19 ans": an age, unless a word of a sentence is just before
    # "5 et 4 ans", "sechseinhalb sowie sieben Jahren": the unit told once for both
    units = "|".join(words.TERM_UNITS.values())
    shared = re.compile(
        rf"(?<![\w.,])(\d+(?:,\d+)?)(\s*,\s+|\s*,?\s+(?:{words.AND}|sowie)\s+)"
        rf"(?=\d+(?:,\d+)?\s+((?:{units})\b))",
        re.IGNORECASE,
    )
    for _ in range(3):  # "9, 7 y 5 años": from the last number back
        text = shared.sub(lambda m: f"{m.group(1)} {m.group(3)}{m.group(2)}", text)
    glue = re.compile(rf"\s*,?\s*(?:(?:{words.AND})\s+)?", re.IGNORECASE)
    before = re.compile(rf"(?:^|\s)(?:{_TERM_PREPOSITIONS[lang]})\s*$", re.IGNORECASE)
    terms: list[tuple[int, str, float]] = []  # (end, unit, months) of each term so far
    own: set[float] = set()  # the terms told after a preposition of their own
    for m in _intl_term_re(lang).finditer(text):
        read = _term_months(m, lang)
        if read is None:
            continue
        unit, months = read
        if (
            terms
            and glue.fullmatch(text, terms[-1][0], m.start())
            and _UNIT_ORDER[unit] > _UNIT_ORDER[terms[-1][1]]
            and not (unit == "month" and months >= 12)
        ):
            if terms[-1][2] in own:
                own.discard(terms[-1][2])
                own.add(terms[-1][2] + months)
            terms[-1] = (m.end(), unit, terms[-1][2] + months)  # "3 años y 6 meses"
        else:
            terms.append((m.end(), unit, months))
            if before.search(text[max(0, m.start() - 6) : m.start()]):
                own.add(months)
    if len(own) < 2 and not re.search(_RESPECTIVELY, text, re.IGNORECASE):
        return []  # "condamnés à quatre et six mois": whose term is whose is not told
    found: list[float] = []
    for _, _, months in terms:
        if round(months, 2) not in found:
            found.append(round(months, 2))
    return found if len(found) >= 2 else []


@cache
def _intl_country_names(lang: str) -> dict[str, str]:
    import gettext

    names = dict(_country_names())
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:  # pragma: no cover - pycountry ships all five
        return names
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[tr.gettext(value).lower()] = c.alpha_2
    for name, code in lexicon.load(lang).COUNTRY_ALIASES.items():
        names[name.lower()] = code
    if UNACCENTED_CAPITAL:
        # "Egypte", "Etats-Unis", "Equateur": a capital's accent is often left off
        for name, code in list(names.items()):
            first = unicodedata.normalize("NFD", name[:1])[:1]
            if first != name[:1] and first.isascii():
                names.setdefault(first + name[1:], code)
    return names


# Switch for the levers table: in the five languages, a country's name whose first letter
# carries an accent is also read without it, as capitals are often written ("arrêté en
# Egypte", "vers les Etats-Unis").
UNACCENTED_CAPITAL = True


@cache
def _intl_country_pattern(lang: str) -> re.Pattern[str]:
    keys = sorted(_intl_country_names(lang), key=len, reverse=True)
    keys = [k for k in keys if len(k) > 2 or k in ("uk",)]
    return re.compile(
        r"(?<![\w.])"
        + _not_lower_abbreviation()
        + "("
        + "|".join(re.escape(k) for k in keys)
        + r")(?![\w])"
        + _given_name_not(lang),
        re.IGNORECASE,
    )


def intl_country_code(name: str | None, lang: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country named in ``lang`` (or in English), or None."""
    if not name:
        return None
    m = _intl_country_pattern(lang).search(name)
    return _intl_country_names(lang)[m.group(1).lower()] if m else None


def intl_countries_in(
    text: str, lang: str, *, origin: bool = True, agencies: bool = True
) -> list[str]:
    """Country codes named in a text in ``lang``, in order, each once; the agencies the
    lexicon ties to a country count too ("Guardia Civil" -> ES) unless ``agencies`` is
    false. Without ``origin``, a
    country named as where someone comes from ("aus Syrien stammend") does not count."""
    words = lexicon.load(lang)
    came_from = re.compile(
        rf"(?<!\w)(?:{words.ORIGIN})\s*(?:(?:{words.ARTICLES})\s*)?$", re.IGNORECASE
    )
    found = [
        (m.start(), _intl_country_names(lang)[m.group(1).lower()])
        for m, in_origin in _intl_countries_after(text, lang, came_from)
        if origin or not in_origin
    ]
    low = text.lower()
    for hint, code in lexicon.load(lang).AGENCY_COUNTRIES.items() if agencies else ():
        at = low.find(hint.lower())
        if at >= 0:
            got = agency_of(text, at + len(hint), code, lang)
            if not (got == code and national_force(hint)):
                found.append((at, got))
    seen: list[str] = []
    for _, code in sorted(found):
        if code not in seen:
            seen.append(code)
    return seen


# Switch for the levers table: in the five languages, a national police force's bare name
# ("la police nationale", "la Policía Nacional", "la Gendarmería Nacional") is one many
# countries' forces have (Guinea's, Senegal's, Colombia's, Peru's): in a sentence it names
# no country unless it goes on with one (AGENCY_OF_COUNTRY). Names one country's body alone
# has ("Audiencia Nacional", "parquet national financier", "Nationale Politie") still do.
# The document's country still counts it (events._doc_place_country): taken out there too,
# a Spanish text naming only where people were sent lost Spain.
NATIONAL_FORCE_NAMELESS_INTL = True
_NATIONAL_FORCES = frozenset(
    [
        "police nationale",
        "gendarmerie nationale",
        "policía nacional",
        "guardia nacional",
        "gendarmería nacional",
    ]
)


def national_force(hint: str) -> bool:
    """Is ``hint`` (an AGENCY_COUNTRIES name) a national force's name many countries
    share, to be read as no country (NATIONAL_FORCE_NAMELESS_INTL)?"""
    return NATIONAL_FORCE_NAMELESS_INTL and hint.lower() in _NATIONAL_FORCES


# Switch for the levers table: in the five languages, a national body's name that goes on
# with another country's ("la Policía Nacional del Ecuador", "la police nationale du
# Burundi") is that country's body, not the one the name alone is listed for.
AGENCY_OF_COUNTRY = True


def agency_of(text: str, end: int, code: str, lang: str) -> str:
    """The country of the body whose listed name ends at ``end`` of ``text``: ``code``,
    unless the name goes on with "of" and a country's name (the lexicon's ORIGIN)."""
    if not AGENCY_OF_COUNTRY:
        return code
    words = lexicon.load(lang)
    rest = text[end : end + 60]
    of = re.match(
        rf"\s+(?:{words.ORIGIN})(?:(?<=['’])|(?!\w))\s*(?:(?:{words.ARTICLES})\s*)?",
        rest,
        re.IGNORECASE,
    )
    named = _intl_country_pattern(lang).match(rest, of.end()) if of else None
    return _intl_country_names(lang)[named.group(1).lower()] if named else code


def intl_locative_countries(text: str, lang: str, *, origin: bool = False) -> list[str]:
    """Countries named after a preposition of place ("en Espagne", "in Deutschland"); with
    ``origin``, of where from too ("aus Syrien", "d'Espagne"), which tells where an
    extradition or a removal started, not where an arrest happened."""
    words = lexicon.load(lang)
    preps = f"{words.LOCATIVE}|{words.ORIGIN}" if origin else words.LOCATIVE
    before = re.compile(rf"(?<!\w)(?:{preps})\s*(?:(?:{words.ARTICLES})\s*)?$", re.IGNORECASE)
    found: list[str] = []
    for m, after_it in _intl_countries_after(text, lang, before):
        code = _intl_country_names(lang)[m.group(1).lower()]
        if after_it and code not in found:
            found.append(code)
    for code in intl_authority_countries(text, lang):
        if code not in found:
            found.append(code)
    return found


# Switch for the levers table: in the five languages, a country's adjective beside a word
# for its authorities ("la police sénégalaise", "de Surinaamse politie", "die
# österreichische Polizei") says where, as English's AUTHORITY_ADJECTIVES do.
AUTHORITY_ADJECTIVES_INTL = True


@cache
def _intl_authority(lang: str) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]] | None:
    """The lexicon's COUNTRY_ADJECTIVES beside its AUTHORITY_NOUNS, on the side it says."""
    words = lexicon.load(lang)
    adjectives = getattr(words, "COUNTRY_ADJECTIVES", None)
    nouns = getattr(words, "AUTHORITY_NOUNS", None)
    if not (adjectives and nouns):
        return None
    alt = "|".join(f"(?:{k})" for k in adjectives)
    if getattr(words, "AUTHORITY_ADJECTIVE_SIDE", "after") == "after":
        pattern = rf"(?<!\w)(?:{nouns})\s+(?:[\w-]+\s+){{0,2}}?({alt})(?!\w)"
    else:
        pattern = rf"(?<!\w)({alt})\s+(?:[\w-]+\s+)?(?:{nouns})(?!\w)"
    keyed = [(re.compile(k, re.IGNORECASE), v) for k, v in adjectives.items()]
    return re.compile(pattern, re.IGNORECASE), keyed


def intl_authority_countries(text: str, lang: str) -> list[str]:
    """Countries whose authorities ``text`` names by adjective ("la policía colombiana")."""
    read = _intl_authority(lang) if AUTHORITY_ADJECTIVES_INTL else None
    if read is None:
        return []
    pattern, keyed = read
    found: list[str] = []
    for m in pattern.finditer(text):
        code = next((c for rx, c in keyed if rx.fullmatch(m.group(1))), None)
        if code and code not in found:
            found.append(code)
    return found


def _intl_countries_after(
    text: str, lang: str, preposition: re.Pattern[str]
) -> list[tuple[re.Match[str], bool]]:
    """Each country named in ``text``, and whether it stands after ``preposition`` (a
    pattern ending at the country), itself or as a later item of the same list ("a
    Colombia y Perú": both)."""
    glue = _intl_list_glue(lang)
    town = _town_origin(lang) if TOWN_ORIGIN_INTL else None
    out = []
    prev_end, listed = -1, False
    for m in _intl_country_pattern(lang).finditer(text):
        if preposition.search(text[max(0, m.start() - 16) : m.start()]):
            listed = True
        elif town and town.search(text[max(0, m.start() - 60) : m.start()]):
            listed = True  # "en provenance de Sao Paulo (Brésil)": an origin too
        elif not (INTL_LISTS and listed and glue.match(text[prev_end : m.start()])):
            listed = False
        prev_end = m.end()
        out.append((m, listed))
    return out


# Switch for the levers table: in the five languages, a country in brackets after a town
# someone or something came from or passed through ("une passagère en provenance de Sao
# Paulo (Brésil) via Addis-Abeba (Éthiopie)"; the lexicon's PROVENANCE) is an origin, as a
# country named after the word itself is.
TOWN_ORIGIN_INTL = True


@cache
def _town_origin(lang: str) -> re.Pattern[str] | None:
    """A word of provenance, a town's capitalised name and an opening bracket, at the end."""
    words = getattr(lexicon.load(lang), "PROVENANCE", None)
    if not words:
        return None
    return re.compile(rf"(?i:\b(?:{words}))\s+(?:[A-ZÀ-Ý][\w'’.-]*\s*){{1,4}}\(\s*$")


# Switch for the levers table: a country listed after one named with a preposition shares
# it ("a Colombia y Perú", "aus Syrien und dem Irak": Peru is a place, Iraq an origin too).
INTL_LISTS = True


@cache
def _intl_list_glue(lang: str) -> re.Pattern[str]:
    """What joins two countries of one list in ``lang`` (", ", " y ", " und dem ")."""
    words = lexicon.load(lang)
    return re.compile(
        rf"^\s*(?:,|,?\s*(?:{words.AND}))\s*(?:(?:{words.ARTICLES})\s*)?$", re.IGNORECASE
    )


# Switch for the levers table: dateparser read "Le 30 décembre, 33 exilés" as 30
# December 1933; a number after a comma is no year.
COMMA_NOT_YEAR = True
# Switch for the levers table: a day and a month written out ("le 14 mai", "am 3. März
# 2024") are read before what dateparser's search finds.
DAY_MONTH_FIRST = True


@cache
def _translation_info(lang: str) -> dict[str, Any]:
    """dateparser's own words for ``lang`` (month, weekday and relative-day names)."""
    import importlib

    info: dict[str, Any] = importlib.import_module(
        f"dateparser.data.date_translation_data.{lang}"
    ).info
    return info


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so "mars" wins over "mar")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _forms(lang: str, names: Iterable[str], shortest: int) -> set[str]:
    """dateparser's words in ``lang`` for the English ``names`` (months, weekdays), those
    of ``shortest`` letters or more."""
    info = _translation_info(lang)
    return {w for name in names for w in info.get(name.lower(), []) if len(w) >= shortest}


@cache
def _day_month(lang: str) -> re.Pattern[str]:
    """A day, a month name and perhaps a year in ``lang`` (month names from dateparser's
    data): "14 mai", "3. März 2024", "5 de agosto de 2023", "1er juin"."""
    months = _alternatives(_forms(lang, calendar.month_name[1:], 3))
    weekdays = _alternatives(_forms(lang, calendar.day_name, 4))
    return re.compile(
        rf"(?<![\w.])(?:(?:{weekdays}),?\s+(?:den\s+)?)?"
        rf"\d{{1,2}}(?:er|\.|º|°)?\s+(?:de\s+)?(?:{months})(?!\w)\.?"
        rf"(?:,?\s+(?:de\s+)?(?:19|20)\d\d\b)?",
        re.IGNORECASE,
    )


# Switch for the levers table: a weekday or "yesterday" inside a longer date phrase that
# names no month and holds no digit is read alone.
DAY_WORD_ALONE = True


@cache
def _day_word(lang: str) -> re.Pattern[str]:
    """A weekday's full name or today / yesterday / the day before in ``lang``."""
    info = _translation_info(lang)
    names = {max(info.get(d.lower(), [d]), key=len) for d in calendar.day_name}
    for phrase, words in info.get("relative-type", {}).items():
        if re.fullmatch(r"[0-2] day ago", phrase):
            names.update(words)
    return re.compile(rf"(?<!\w)(?:{_alternatives(names)})(?!\w)", re.IGNORECASE)


@cache
def _month_word(lang: str) -> re.Pattern[str]:
    """A month's name (full, or abbreviated to four letters or more) in ``lang``."""
    names = _forms(lang, calendar.month_name[1:], 4)
    return re.compile(rf"(?<!\w)(?:{_alternatives(names)})(?!\w)", re.IGNORECASE)


@cache
def _date_words(lang: str) -> re.Pattern[str]:
    """What a real date holds in ``lang``: a year, a day.month in digits, or a month,
    weekday or relative-day name from dateparser's own data for the language."""
    info = _translation_info(lang)
    names: set[str] = set()
    for key in (*(m.lower() for m in calendar.month_name[1:]), *calendar.day_name):
        # full names ("mai", "mei") and abbreviations of four letters or more ("janv"): not
        # "die" (German for Tuesday's abbreviation, and an article)
        forms = info.get(key.lower(), [])
        names.update(w for w in forms if len(w) >= 4 or w == max(forms, key=len))
    for phrase, words in info.get("relative-type", {}).items():
        if "day" in phrase or "week" in phrase or "month" in phrase or "year" in phrase:
            names.update(words)
    alternatives = _alternatives(names)
    return re.compile(
        rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}[./]\d{{1,2}}\b|(?<!\w)(?:{alternatives})(?!\w)",
        re.IGNORECASE,
    )


# Region names that are also everyday words: "Coast guard" is no Tanzanian region (Coast),
# "West Midlands" none in Zimbabwe (Midlands), "North Wales" none anywhere (North).
_COMMON_WORD_REGIONS = frozenset({"Coast", "Delta", "Lakes", "Midlands", "North", "South"})
# ... and in the five languages, compass points, an ocean and a wide region: "l'Afrique de
# l'Ouest" is no Haitian department (Ouest), "del Norte" none in Guinea-Bissau, "l'océan
# Atlantique" none in Benin, "le Sahel" none in Burkina Faso.
_COMMON_WORD_REGIONS_INTL = frozenset(
    {
        "Ouest",
        "Norte",
        "Nord-Ouest",
        "Nord-Est",
        "Sud-Ouest",
        "Sud-Est",
        "Centre-Est",
        "Centre-Ouest",
        "Centrale",
        "Atlantique",
        "Atlántico",
        "Sahel",
    }
)
# Switch for the levers table: the words above name no region.
COMPASS_WORDS_INTL = True


# Switch for the levers table: English names of islands and regions ("Sicily", "Lesbos",
# "Canary Islands"; lexicon/en.py REGION_EXONYMS) name their country as ISO 3166-2's
# local names do.
REGION_EXONYMS = True


@cache
def _subdivisions() -> tuple[re.Pattern[str], dict[str, str]]:
    """ISO 3166-2 names (regions, provinces, departments) that belong to one country
    only, five letters or more: "Pyrénées-Orientales" -> FR, "Sardegna" -> IT."""
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        owners.setdefault(sub.name, set()).add(sub.country_code)
    names = {
        n: next(iter(c))
        for n, c in owners.items()
        if len(c) == 1
        and len(n) >= 5
        and n not in _COMMON_WORD_REGIONS
        and not (COMPASS_WORDS_INTL and n in _COMMON_WORD_REGIONS_INTL)
    }
    if REGION_EXONYMS:
        names.update(lexicon.load("en").REGION_EXONYMS)
    keys = sorted((re.escape(n) for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(keys) + r")(?![\w-])"), names


def subdivision_counts(text: str) -> dict[str, int]:
    """How often the text names a region or province (case as written) of each country."""
    pattern, names = _subdivisions()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        code = names[m.group(1)]
        counts[code] = counts.get(code, 0) + 1
    return counts


@cache
def _subdivision_codes() -> frozenset[str]:
    return frozenset(x.code for x in pycountry.subdivisions)


def region_countries(name: str) -> list[str]:
    """The countries a region written after a town in a dateline can be in: its name
    ("Ontario", "Texas"), or its ISO 3166-2 code or postal abbreviation in one of the
    countries whose datelines write them (lexicon/en.py DATELINE_REGIONS: "ON", "S.C.",
    "Ont.", "NSW"; "WA" is in the United States and in Australia)."""
    key = name.strip().strip(")(").strip()
    words = lexicon.load("en")
    short = key.replace(".", "").upper()
    found = [
        country
        for country in words.DATELINE_REGION_COUNTRIES
        if f"{country}-{short}" in _subdivision_codes()
    ]
    abbreviated = words.DATELINE_REGIONS.get(key.rstrip(".").lower())
    named = _subdivisions()[1].get(key)
    return list(dict.fromkeys(c for c in (*found, abbreviated, named) if c))


def subdivision_countries(text: str) -> list[str]:
    """Countries of the regions and provinces named in ``text``, most often named first."""
    counts = subdivision_counts(text)
    return sorted(counts, key=lambda c: -counts[c])


# Switch for the levers table: a day named with its weekday and no year is in the
# nearest year in which that day falls on that weekday.
WEEKDAY_YEAR = True
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@cache
def _weekday_res(lang: str) -> tuple[re.Pattern[str], ...]:
    from dateparser.languages.loader import LocaleDataLoader

    info = LocaleDataLoader().get_locale(lang).info
    return tuple(
        re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in info.get(d, []) if len(w) >= 4) + r")\b",
            re.IGNORECASE,
        )
        for d in _WEEKDAYS
    )


def weekday_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per weekday (Monday first) for its names in ``lang``."""
    return _weekday_res(lang)


# Switch for the levers table: "last Monday" in a text of a Monday is a week before.
LAST_WEEKDAY = True


def _said_past(words: str, text: str, lang: str) -> bool:
    """Do the words next to the weekday ``words`` in ``text`` say it is a past one
    ("lundi dernier", "el pasado lunes", "vergangenen Montag"; the lexicon's
    LAST_WEEKDAY)?"""
    last = getattr(lexicon.load(lang), "LAST_WEEKDAY", None)
    at = text.find(words)
    if not (LAST_WEEKDAY and last) or at < 0:
        return False
    near = text[max(0, at - 16) : at + len(words) + 16]
    return bool(re.search(rf"\b(?:{last})\b", near, re.IGNORECASE))


# Switch for the levers table: relative days the date readers got wrong, read from the
# lexicon: "the day before yesterday" ("l'altro ieri"), a weekday "of last week" ("martes
# de la semana pasada", "dinsdag vorige week": that weekday in the week before the
# publication's, not the latest one), and the lexicon's DATE_REWRITES (Spanish "la
# mañana" is the morning, not tomorrow).
RELATIVE_DAYS = True


@cache
def _weekday_names(lang: str) -> dict[str, int]:
    """Each weekday's names in ``lang`` (dateparser's data; English's own) -> 0..6."""
    if lang == "en":
        return dict(_DAYS)
    info = _translation_info(lang)
    return {
        name.lower(): i
        for i, day in enumerate(calendar.day_name)
        for name in info.get(day.lower(), [])
        if len(name) >= 4
    }


# Switch for the levers table: days and weeks counted back ("two days ago", "il y a une
# semaine", "vor zwei Tagen": each lexicon's AGO) are that many days before publication.
DAYS_AGO = True


def relative_day(text: str, published: date | None, lang: str) -> tuple[str, Literal["day"]] | None:
    """The day "the day before yesterday" or a weekday "of last week" names in ``text``
    (the lexicon's DAY_BEFORE_YESTERDAY, LAST_WEEK), counted from ``published``; None
    when the text names neither, or names a day of the month too."""
    if not (RELATIVE_DAYS and published is not None):
        return None
    words = lexicon.load(lang)
    before = getattr(words, "DAY_BEFORE_YESTERDAY", None)
    if before and re.search(rf"(?<!\w)(?:{before})(?!\w)", text, re.IGNORECASE):
        return (published - timedelta(days=2)).isoformat(), "day"
    ago = getattr(words, "AGO", None) if DAYS_AGO else None
    back = re.search(ago, text, re.IGNORECASE) if ago else None
    if back and not re.search(r"\b\d{1,2}\b(?![.,:]\d)", text[: back.start()] + text[back.end() :]):
        # "two days ago", "vor einer Woche" (a day of the month named too decides instead)
        n = back.group("n").lower()
        number = int(n) if n.isdigit() else words.AGO_NUMBERS.get(n, 0)
        groups = back.groupdict()
        days = number * (7 if groups.get("w") else 1) if not groups.get("f") else 14
        if days:
            return (published - timedelta(days=days)).isoformat(), "day"
    last_week = getattr(words, "LAST_WEEK", None)
    if not last_week or re.search(r"\b\d{1,2}\b(?![.,:]\d)", text):
        return None  # "le 3 mars, la semaine dernière": the day of the month decides
    week = re.search(rf"(?<!\w)(?:{last_week})(?!\w)", text, re.IGNORECASE)
    if not week:
        return None
    names = _weekday_names(lang)
    near = text[max(0, week.start() - 30) : week.end() + 30]
    named = re.search(rf"(?<!\w)({_alternatives(names)})(?!\w)", near, re.IGNORECASE)
    if not named:
        return None
    monday = published - timedelta(days=published.weekday())
    return (monday - timedelta(days=7 - names[named.group(1).lower()])).isoformat(), "day"


def rewrite_date_words(text: str, lang: str, dated: bool = True) -> str:
    """The lexicon's DATE_REWRITES applied (date words dateparser misreads); with
    ``dated`` (the text's day of publication is known), its DAY_ADJECTIVES too: "today's"
    and "yesterday's" count from that day, and from a year alone they would count from
    its last day."""
    words = lexicon.load(lang)
    rewrites = [*getattr(words, "DATE_REWRITES", ())]
    if dated:
        rewrites += getattr(words, "DAY_ADJECTIVES", ())
    for pattern, repl in rewrites if RELATIVE_DAYS else ():
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return text


# Switch for the levers table: in a text with a publication date, a weekday that does not
# fit the day ("Friday, August 31" in a text of September 2024, a Saturday) moves it a year
# at most: a story does not tell of a day six years back by its weekday alone; the weekday
# is more likely the slip ("Friday, August 31" and "Saturday, August 31" in one text).
WEEKDAY_NEAR_PUBLISHED = True


def weekday_year(day: date, words: str, lang: str, published: date | None) -> date:
    """ "mercredi 19 octobre" read as 19 October 2021, a Tuesday: the same day in the
    nearest year where it is a Wednesday (2022), not after ``published``, within six
    years (one, behind WEEKDAY_NEAR_PUBLISHED, when ``published`` is known). Unchanged
    when the words name no weekday, or it already agrees."""
    if not WEEKDAY_YEAR:
        return day
    named = [i for i, pattern in enumerate(_weekday_res(lang)) if pattern.search(words)]
    if len(named) != 1 or day.weekday() == named[0]:
        return day
    steps: tuple[int, ...] = (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6)
    if WEEKDAY_NEAR_PUBLISHED and published is not None:
        steps = (1, -1)
    for step in steps:
        try:
            other = day.replace(year=day.year + step)
        except ValueError:  # 29 February
            continue
        if other.weekday() == named[0] and (published is None or other <= published):
            return other
    return day


# Switch for the levers table: a month's name dateparser's search missed in a longer
# clause is read on its own.
MONTH_ALONE = True


# Switch for the levers table: in the five languages, a weekday and a bare number
# ("Sonntag 46 Migranten") is the weekday alone, not a year or a day of the month.
WEEKDAY_NUMBER_NOT_DATE = True
_WEEKDAY_NUMBER = re.compile(r"((?:[^\W\d]+\s+)*?[^\W\d]+)\s+(\d{1,3})")


def _counted_after(text: str, words: str) -> bool:
    """The number ending ``words`` is followed by a word that is no article or
    preposition of a date ("Sonntag 12 Migranten", not "el martes 14, la policía" or "el
    martes 14 de mayo")."""
    at = text.find(words)
    after = text[at + len(words) :] if at >= 0 else ""
    return bool(re.match(r"\s+(?!(?:de|del|di|van|von|im|in|en)\b)[^\W\d]{3,}", after))


# Switch for the levers table: in the five languages, two numbers joined by a point with
# no year and no point after them ("4.5 Gramm", "12.5 kg") are a decimal, not the 4th of
# May; nor is a pair that can be no day and month ("35.2", "14/13").
DECIMAL_NOT_DATE = True
_DAY_MONTH_DIGITS = re.compile(r"(?:[^\W\d]+\s+)?(\d{1,2})([./])(\d{1,2})")


def _decimal_not_date(text: str, words: str) -> bool:
    """``words`` is a bare day.month in digits, perhaps after a word ("mit 7.5"), that
    ``text`` uses as a number."""
    m = _DAY_MONTH_DIGITS.fullmatch(words)
    if not m:
        return False
    day, month = int(m.group(1)), int(m.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return True
    if m.group(2) != ".":
        return False
    after = re.search(rf"(?<![\d.]){re.escape(words)}(?!\d)(.?)", text)
    return after is not None and after.group(1) != "."


# Switch for the levers table: in the five languages, a date written in digits
# ("09.03.2017", "09/03/2017", "09-03-2017") is read day first, as they write it.
NUMERIC_DAY_FIRST = True


def intl_resolve_date(
    text: str | None,
    published: date | None,
    year: int | None,
    lang: str,
    base: date | None = None,
    alone_month: bool = False,
) -> tuple[str | None, Literal["year", "month", "day"] | None]:
    """:func:`resolve_date` for a text in ``lang``, by dateparser: the first date words
    found (with a digit, or a whole word of four letters or more, which keeps "die" or
    "un" from being read as a date), resolved against ``published``; failing that, a
    month's name read on its own (``alone_month``: this is that reading)."""
    if not text:
        return None, None
    from datetime import datetime

    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    text = without_birth_years(text, lang)
    compound = getattr(lexicon.load(lang), "WEEKDAY_COMPOUND", None)
    if compound:
        text = re.sub(compound, r"\1", text, flags=re.IGNORECASE)
    told = relative_day(text, published, lang)
    if told is not None:
        return told
    text = rewrite_date_words(text, lang, dated=published is not None)
    if COMMA_NOT_YEAR:
        # "Le 30 décembre, 33 exilés ...": a number after a comma is no two-digit year
        text = re.sub(r"(\D),(\s+\d{1,3})\b(?![\d.,:/])", r"\1;\2", text)
    base = published or base or (date(year, 12, 31) if year else None)
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if NUMERIC_DAY_FIRST:
        # "il 09.03.2017", "am 09.03.2017", "el 09/03/2017": the day comes first in all five
        # languages; dateparser's search read them month first (2017-09-03)
        settings["DATE_ORDER"] = "DMY"
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        hits = search_dates(text, languages=[lang], settings=settings) or []
    except Exception:  # pragma: no cover - dateparser's own failures on odd text
        return None, None
    parser = DateDataParser(languages=[lang], settings=settings)
    if DAY_MONTH_FIRST:
        # dateparser's search can miss a plain "le 14 mai" in a long clause (it returned
        # only "mai"): a day and a month written out are read first, by its parser.
        for m in _day_month(lang).finditer(text):
            data = parser.get_date_data(m.group(0))
            if data.date_obj is not None:
                hits = [(m.group(0), data.date_obj), *hits]
                break
    for words, when in hits:
        words = words.strip()
        parsed = None  # dateparser's reading of ``words``, when already made
        if not _date_words(lang).search(words):
            continue  # "15 mois" (a term), "die" (an article): no word that names a date
        if DECIMAL_NOT_DATE and _decimal_not_date(text, words):
            continue  # "7.5 Gramm": a weight, not the 7th of May
        if base is None and not re.search(r"\b(?:19|20)\d\d\b", words):
            continue  # "22. November" of no known year (dateparser would take this year)
        if not any(ch.isdigit() for ch in words) and base is None:
            continue  # "mardi" with no date to count back from
        bare = _WEEKDAY_NUMBER.fullmatch(words) if WEEKDAY_NUMBER_NOT_DATE else None
        weekday = _day_word(lang).search(bare.group(1)) if bare else None
        if (
            bare
            and weekday
            and not _month_word(lang).search(words)
            and (int(bare.group(2)) > 31 or _counted_after(text, words))
        ):
            # "in der Nacht auf Sonntag 46 Migranten": a weekday and a count, not the
            # Sunday of 1946 (nor "Sonntag 12" the 12th): the weekday alone
            data = parser.get_date_data(weekday.group(0))
            if data.date_obj is None:
                continue
            words, when, parsed = weekday.group(0), data.date_obj, data
        if DAY_WORD_ALONE and not re.search(r"\d", words):
            # "hier à quatre et six mois" (yesterday, then a term) was read as one date,
            # six months back: a weekday or "yesterday" among words with no month name or
            # digits is read alone.
            alone = _day_word(lang).search(words)
            if alone and alone.group(0) != words and not _month_word(lang).search(words):
                data = parser.get_date_data(alone.group(0))
                if data.date_obj is not None:
                    words, when, parsed = alone.group(0), data.date_obj, data
        period = (parsed or parser.get_date_data(words)).period or "day"
        day = when.date()
        if published is not None and not any(ch.isdigit() for ch in words) and period == "day":
            # "lundi" in a text of a Monday is that Monday, as in English ("on Monday");
            # "lundi dernier" is the Monday a week before.
            back = (published.weekday() - day.weekday()) % 7
            if back == 0 and _said_past(words, text, lang):
                back = 7
            day = published - timedelta(days=back)
        if published is not None and day > published:
            continue
        if period == "day" and not re.search(r"\b(?:19|20)\d\d\b", words):
            day = weekday_year(day, words, lang, published)
        if period == "year":
            return f"{day.year:04d}", "year"
        if period == "month":
            return in_last_year(
                f"{day.year:04d}-{day.month:02d}", "month", text, lang, base
            ), "month"
        return in_last_year(day.isoformat(), "day", text, lang, base), "day"
    if MONTH_ALONE and not alone_month:
        # dateparser's search can miss a month named in a longer clause ("a principios
        # del mes de noviembre en Barcelona", "im Monat November"): the month's name,
        # with the year written after it if any, is read on its own.
        named = _month_word(lang).search(text)
        if named:
            tail = re.match(
                r"(?:\s+(?:de|del|di|van)\s+|\s+)((?:19|20)\d\d)\b", text[named.end() :]
            )
            words = named.group(0) + (" " + tail.group(1) if tail else "")
            return intl_resolve_date(words, published, year, lang, base, alone_month=True)
    return None, None
