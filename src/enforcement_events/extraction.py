"""The pipeline: select passages, call the model, ground, normalise, merge.

Two strategies share the schema, grounding and normalisation:

* ``passages`` (small local models): paragraphs that can hold an event are picked
  by a lexicon, sent a few at a time with their sentences numbered; the model
  names the sentence, so evidence is an exact span by construction and the
  answer stays short (13 generated tokens/s is the bottleneck here).
* ``document`` (large hosted models): the whole text in one call; the model
  quotes its evidence, which is located by :mod:`grounding`; quotes that cannot
  be found are sent back once with the reason, then dropped and counted.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from . import prompts
from .errors import ExtractionFailed
from .grounding import DEFAULT_FUZZY_THRESHOLD, locate, to_evidence
from .llm import LLM
from .normalize import (
    countries_in,
    country_code,
    locative_countries,
    money_in,
    resolve_date,
    sentence_months,
)
from .schema import Dropped, Event, EventType, Evidence, Item, Money, Person, Report, Usage
from .text import Segment, paragraphs, sentences

__all__ = ["Strategy", "WireAnswer", "WireEvent", "run_document", "run_passages", "select_passages"]

Strategy = Literal["passages", "document"]

# Stems of the words that report enforcement actions: cheap, recall-first selection.
TRIGGERS = re.compile(
    r"\b(arrest|apprehend|nabb|captur|detain|held\b|custody|charg|indict|convict|guilty|plead|"
    r"sentenc|jail|imprison|prison|fined|fines\b|an? (?:\w+ )?fine\b|forfeit|confiscat|penalt|seiz|recover|search|"
    r"raid|warrant|intercept|stopp|prevent|found|deport|remov|expel|extradit|surrender|"
    r"releas|bail|closure|taken down|takedown|took down|shut down)",
    re.IGNORECASE,
)
_AGGREGATE = re.compile(
    r"\b(since (?:its |the |\d{4})|in total|so far|to date|(?:past|last|first) (?:\w+ )?"
    r"(?:months|years|weeks)|between \w+ and \w+ (?:this|last) year|each year|every year|"
    r"per year|a year)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(r"(\d{1,2})-year-old(?: ([A-Z][a-z]+))? (man|woman|male|female|boy|girl)")
_DEMONYM = re.compile(
    r"\b([A-Z][a-z]+(?:ian|ish|ese|ani|i|an|ch|ic))(?= (?:man|woman|men|women|national|"
    r"nationals|citizen|citizens|driver|people|migrants?))"
)
_AGENCY = re.compile(
    r"\b((?:[A-Z][\w'’.&-]*\s+(?:of\s+|the\s+|and\s+|for\s+)*)*?"
    r"(?:Police|Agency|Enforcement|Authorities|Department|Bureau|Service|Force|Office|"
    r"Marshals|Gendarmerie|Frontières|Guard|Customs|Europol|Interpol|INTERPOL|NCA|FBI|HMRC))\b"
)
_QTY = re.compile(
    r"(?<![\w£$€.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)(?:\s*(million|thousand))?\s+((?:[a-z-]+\s+){0,2}?(?:cars?|vehicles?|"
    r"boats?|vessels?|lorr(?:y|ies)|vans?|phones?|mobile phones|cigarettes|kilos?|kg|guns?|"
    r"firearms?|weapons?|rifles?|pistols?|passports?|documents?|engines?|motors?|lifejackets|"
    r"cartons|packets|tonnes|bottles|devices|laptops|watches|jets?|planes?|aircraft))\b",
    re.IGNORECASE,
)
_WORDNUM = {
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
}
_NO_COUNT = {EventType.SEIZURE, EventType.FINANCIAL_PENALTY}
# Words that must appear in a sentence for it to report an event of each type.
_TYPE_WORDS: dict[EventType, re.Pattern[str]] = {
    t: re.compile(p, re.IGNORECASE)
    for t, p in {
        EventType.ARREST: r"\b(arrest|apprehend|nabb|captur|caught|detain|held\b|custody|round(ed)? up)",
        EventType.CHARGE: r"\b(charged|charges|charging|indict|accused|prosecut)",
        EventType.CONVICTION: r"\b(convict|guilty|pleaded|pled)",
        EventType.SENTENCE: r"\b(sentenc|jail|imprison|prison|custodial)",
        EventType.FINANCIAL_PENALTY: r"\b(fined|fines\b|an? (?:\w+ )?fine\b|forfeit|confiscation|penalt|pay\b|paid|order)",
        EventType.SEIZURE: r"\b(seiz|confiscat|recover|discovered|found|impound)",
        EventType.SEARCH: r"\b(search|raid|warrant)",
        EventType.INTERCEPTION: r"\b(intercept|stopp|prevent|found|rescued|turned back)",
        EventType.DETENTION: r"\b(detain|detention|held\b|handed (over )?to)",
        EventType.DEPORTATION: r"\b(deport|removed|expel|return(ed)? to)",
        EventType.EXTRADITION: r"\b(extradit|surrender)",
        EventType.RELEASE: r"\b(releas|bail)",
        EventType.TAKEDOWN: r"\b(taken down|takedown|took down|removed|closure|shut down|suspended)"
        r"(?=.*\b(?:accounts?|pages?|posts?|videos?|content|sites?|websites?|listings?|adverts?|"
        r"ads|channels?|groups?|profiles?)\b)|\b(?:accounts?|pages?|posts?|videos?|content|sites?|"
        r"websites?|listings?|adverts?|ads|channels?|profiles?)\b.*\b(taken down|removed|closure|"
        r"shut down|suspended)",
    }.items()
}


_ANAPHORA = re.compile(
    r"\b(?:those|these|the|his|her|their|its|of the \d+)\s+(?:[\w-]+\s+)?"
    r"(?:arrests?|arrested|detained|detention|convicted|charged)\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|be|being)\s+(?:\w+\s+)?(?:arrested|charged|"
    r"convicted|sentenced|jailed|detained|deported|extradited|released|"
    r"seized|intercepted|searched|raided|fined|indicted|stopped|removed)\b",
    re.I,
)
_NUMWORD = (
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|a|an"
)
_SUBJECT_COUNT = re.compile(
    rf"(?:^|[\s“\"(])(?:more than |at least |almost |around |about |some |another )?({_NUMWORD})"
    rf"\s+(?![\w-]*year-old)(?:[\w-]+\s+){{0,10}}?(?:were|was|have been|has been|had been|are|"
    rf"is)\b",
    re.I,
)
# Sentences that report an action in so many words: a safety net under the model's recall.
_RULES: dict[EventType, re.Pattern[str]] = {
    t: re.compile(p, re.I)
    for t, p in {
        EventType.ARREST: r"\b(?:were|was|been|being)\s+(?:\w+\s+)?arrested\b|\bmade\s+\w+\s+"
        r"arrests\b",
        EventType.CHARGE: r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:charged|indicted)\b",
        EventType.CONVICTION: r"\b(?:were|was|been|have been|has been)\s+(?:\w+\s+)?convicted\b|"
        r"\bpleaded guilty\b|\bfound guilty\b",
        EventType.SENTENCE: r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:sentenced|jailed)\b|\bjailed "
        r"for\b|\bsentenced to\b",
        EventType.SEIZURE: r"\b(?:were|was|been)\s+(?:\w+\s+)?seized\b|\bseized\s+(?:approximately|"
        r"about|around|more than|over|\d|£|\$|€)",
        EventType.DETENTION: r"\b(?:were|was)\s+(?:also\s+)?detained\b(?! on suspicion)",
        EventType.EXTRADITION: r"\b(?:was|were|been)\s+extradited\b",
        EventType.DEPORTATION: r"\b(?:was|were|been)\s+(?:deported|removed from)\b",
        EventType.TAKEDOWN: r"\breferred for closure\b|\b(?:were|was|been)\s+(?:taken down|"
        r"removed)\b",
        EventType.SEARCH: r"\bwarrants? (?:were|was) executed\b|\b(?:were|was)\s+(?:searched|"
        r"raided)\b",
    }.items()
}


def subject_count(sentence: str) -> int | None:
    """The number heading the clause that reports the action ("Ten individuals ... were")."""
    from .normalize import number_value

    m = _SUBJECT_COUNT.search(sentence)
    if not m:
        return None
    value = number_value(m.group(1))
    return int(value) if value is not None else None


def is_back_reference(type_: EventType, sentence: str) -> bool:
    """ "Those arrested are suspected ...": the sentence points back, it reports nothing new."""
    return (
        type_ in (EventType.ARREST, EventType.DETENTION, EventType.CONVICTION, EventType.CHARGE)
        and bool(_ANAPHORA.search(sentence))
        and not _PASSIVE.search(sentence)
    )


_MODAL = re.compile(
    r"\b(?:faces?|facing)\b|\b(?:can|could|would|may|might|will|shall|should)\s+(?:only\s+|not\s+|"
    r"also\s+|then\s+)?be\s+\w+ed\b|\b(?:avoid|escape|evade|face|faces|facing)"
    r"\s+(?:\w+\s+)?(?:deportation|arrest|prosecution|trial|extradition)\b",
    re.I,
)
_MIGRANT = re.compile(
    r"\b(?:migrants?|asylum|refugees?|illegal entrants?|stowaways?|"
    r"handed (?:over )?to (?:the )?immigration|immigration detention)\b",
    re.I,
)


def is_hypothetical(sentence: str) -> bool:
    """ "They can only be returned to Italy": possible, not done (unless something was done)."""
    return (
        bool(_MODAL.search(sentence))
        and not _PASSIVE.search(sentence)
        and not any(rx.search(sentence) for rx in _RULES.values())
    )


def suspect_or_migrant(type_: EventType, sentence: str) -> EventType:
    """SPEC: people detained on suspicion are arrested; detained migrants are a detention."""
    if (
        type_ is EventType.DETENTION
        and not _MIGRANT.search(sentence)
        and re.search(r"\b(?:suspicion|suspected|on charges)\b|\bheld in\b", sentence, re.I)
    ):
        return EventType.ARREST
    if (
        type_ is EventType.ARREST
        and _MIGRANT.search(sentence)
        and not re.search(r"\barrest", sentence, re.I)
    ):
        return EventType.DETENTION
    return type_


def rule_types(sentence: str) -> list[EventType]:
    """Event types the sentence reports in so many words."""
    return [t for t, rx in _RULES.items() if rx.search(sentence)]


_PEOPLE_FOUND = re.compile(
    r"\b(?:found|discovered)\b.*\b(?:migrants?|people|men|women|"
    r"man|woman|children|individuals|stowaways?|nationals?|persons?)\b|"
    r"\b(?:migrants?|people|stowaways?)\b.*\b(?:found|discovered)\b",
    re.I,
)
_GOODS = re.compile(
    r"[£$€]|\b(?:cash|drugs?|cocaine|heroin|cannabis|cigarettes|tobacco|"
    r"weapons?|firearms?|guns?|vehicles?|cars?|phones?|money|goods|kg|kilos?)\b",
    re.I,
)
_QUOTED = re.compile(r"^[“\"]|\bsaid:|[“\"][^”\"]{20,}")


def in_quoted_speech(sentence: str) -> bool:
    """A spokesperson's words: they report an action only in so many words."""
    return bool(_QUOTED.search(sentence))


def supported_type(type_: EventType, sentence: str) -> EventType | None:
    """The model's type if the sentence has a word for it; people "found" are intercepted,
    not seized."""
    if not _TYPE_WORDS[type_].search(sentence):
        return None
    if (
        type_ is EventType.SEIZURE
        and _PEOPLE_FOUND.search(sentence)
        and not _GOODS.search(sentence)
    ):
        return EventType.INTERCEPTION
    return type_


MAX_EVENTS_PER_CALL = 8


class WireEvent(BaseModel):
    """What the small model fills for one action: short keys, few tokens."""

    sentence: int = Field(ge=1, description="Number of the sentence that reports it.")
    type: EventType
    count: int | None = Field(ge=0)
    where: str | None
    when: str | None
    total: bool


class WireAnswer(BaseModel):
    """The small model's answer for one passage."""

    events: list[WireEvent] = Field(max_length=MAX_EVENTS_PER_CALL)

    @field_validator("events")
    @classmethod
    def _sentences_exist(cls, value: list[WireEvent], info: ValidationInfo) -> list[WireEvent]:
        n = (info.context or {}).get("n_sentences")
        bad = [e.sentence for e in value if n is not None and e.sentence > n]
        if bad:
            raise ValueError(f"sentence numbers {bad} do not exist: use 1 to {n}")
        return value


class QuotedEvent(BaseModel):
    """What a large model fills for one action in the document strategy."""

    type: EventType
    quote: str = Field(min_length=1, description="Exact words of the text reporting it.")
    count: int | None = Field(ge=0)
    where: str | None
    when: str | None
    total: bool


class QuotedAnswer(BaseModel):
    """A large model's answer for a whole document."""

    events: list[QuotedEvent]


# Text that speaks to the model rather than reporting news: never sent as a sentence to label.
INSTRUCTIONS = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|previous\s+|"
    r"prior\s+|above\s+)*(?:instructions?|prompts?|rules?|directions?)\b|\bsystem prompt\b|"
    r"\byou are (?:now )?(?:an? )?(?:ai|assistant|language model|chatbot)\b|"
    r"\b(?:as an ai|new instructions?|respond (?:only )?with|output (?:only )?the following)\b",
    re.IGNORECASE,
)


def select_passages(
    text: str, *, max_chars: int = 900, max_sentences: int = 8
) -> list[list[Segment]]:
    """Group the sentences of paragraphs that hold a trigger word into passages."""
    windows: list[list[Segment]] = []
    current: list[Segment] = []
    size = 0
    for para in paragraphs(text):
        if not TRIGGERS.search(para.text):
            continue
        sents = [x for x in sentences(text, within=para) if not INSTRUCTIONS.search(x.text)]
        if not sents:
            continue
        para_size = sum(len(x.text) for x in sents)
        if current and (size + para_size > max_chars or len(current) + len(sents) > max_sentences):
            windows.append(current)
            current, size = [], 0
        for sent in sents:
            if current and (size + len(sent.text) > max_chars or len(current) >= max_sentences):
                windows.append(current)
                current, size = [], 0
            current.append(sent)
            size += len(sent.text)
    if current:
        windows.append(current)
    return windows


def _numbered(sents: list[Segment]) -> str:
    return "\n".join(f"[{i}] {s.text}" for i, s in enumerate(sents, 1))


def _doc_country(text: str) -> list[str]:
    counts = Counter(countries_in(text))
    if not counts:
        return []
    return [counts.most_common(1)[0][0]]


def _items(evidence: str) -> list[Item]:
    items = [Item(what="cash", amount=v, currency=c) for v, c in money_in(evidence)]
    for m in _QTY.finditer(evidence):
        raw = m.group(1).lower()
        value = _WORDNUM.get(raw) or float(raw.replace(",", ""))
        value *= {"million": 1_000_000, "thousand": 1_000}.get((m.group(2) or "").lower(), 1)
        what = m.group(3).strip().lower()
        if what in ("kilos", "kilo", "kg", "tonnes"):
            kg = value * (1000 if what == "tonnes" else 1)
            items.append(Item(what="goods", weight_kg=kg))
        else:
            items.append(Item(what=what, quantity=int(value)))
    return items


def _agencies(text: str) -> list[str]:
    seen: list[str] = []
    for m in _AGENCY.finditer(text):
        name = re.sub(r"^(?:The|A|An|UK|French|Dutch|Greek)\s+", "", m.group(1).strip())
        if len(name) > 2 and name not in seen:
            seen.append(name)
    return seen


def _people(text: str) -> tuple[list[Person], list[str]]:
    people = []
    for m in _PERSON.finditer(text):
        sex: Literal["male", "female"] = (
            "female" if m.group(3) in ("woman", "female", "girl") else "male"
        )
        people.append(Person(age=int(m.group(1)), nationality=m.group(2), sex=sex))
    nats = [p.nationality for p in people if p.nationality]
    for m in _DEMONYM.finditer(text):
        if m.group(1) not in nats:
            nats.append(m.group(1))
    return people, nats


def build_event(
    *,
    type_: EventType,
    evidence: Evidence,
    context: str,
    doc_text: str,
    count: int | None,
    where: str | None,
    when: str | None,
    total: bool,
    published: date | None,
) -> Event:
    """Turn what the model said about one action into a normalised, validated Event."""
    sent = evidence.text
    if type_ in _NO_COUNT:
        count = None
    elif count is not None:
        # Keep a count only if the sentence states it (digits or words, or "a man" for 1).
        from .normalize import numbers_in

        singular = re.search(r"\b(?:a|an|one|he|she|his|her|single)\b", sent, re.I)
        if float(count) not in numbers_in(sent) and not (count == 1 and singular):
            count = None
    guessed: set[str] = set()
    country = locative_countries(sent)
    if not country:
        country = countries_in(sent)
        guessed.add("country_weak")
    if not country:
        code = country_code(where)
        country = [code] if code else _doc_country(doc_text)
        guessed.update(() if code else ("country",))
    day, precision = resolve_date(when, published)
    if day is None:
        day, precision = resolve_date(sent, published)
    if day is None and context:
        # The sentences just before often carry the date ("an operation in February ...").
        day, precision = resolve_date(context, published)
        if precision == "year":
            day = precision = None
    if day is None and published is not None:
        day, precision = published.isoformat(), "day"
        guessed.add("date")
    # The model's own "total" flag proved unreliable; the wording decides.
    aggregate = bool(_AGGREGATE.search(sent))
    people, nats = _people(sent)
    items = _items(sent) if type_ is EventType.SEIZURE else []
    money = None
    if type_ is EventType.FINANCIAL_PENALTY:
        found = money_in(sent)
        if found:
            money = Money(amount=found[0][0], currency=found[0][1])
    months = sentence_months(sent) if type_ is EventType.SENTENCE else None
    event = Event(
        type=type_,
        evidence=[evidence],
        aggregate=aggregate,
        count=count,
        country=country,
        place=where if where and not country_code(where) else None,
        date=day,
        date_precision=precision,
        agencies=_agencies(sent) or _agencies(context),
        nationalities=nats,
        people=people,
        items=items,
        sentence_months=months,
        money=money,
    )
    event._guessed = guessed
    return event


def _fill(twin: Event, ev: Event) -> None:
    """Complete ``twin`` with what ``ev`` read from its own text and ``twin`` lacks."""
    if twin.count is None and ev.count is not None:
        twin.count = ev.count
    if "country_weak" in twin._guessed and not ({"country", "country_weak"} & ev._guessed):
        twin.country = ev.country
        twin._guessed.discard("country_weak")
    for name in ("date", "country"):
        if name in twin._guessed and name not in ev._guessed:
            setattr(twin, name, getattr(ev, name))
            if name == "date":
                twin.date_precision = ev.date_precision
            twin._guessed.discard(name)
    for name in ("items", "agencies", "nationalities", "people"):
        if not getattr(twin, name):
            setattr(twin, name, getattr(ev, name))
    twin.money = twin.money or ev.money
    twin.sentence_months = twin.sentence_months or ev.sentence_months
    twin.aggregate = twin.aggregate or ev.aggregate


def _close(a: int, b: int) -> bool:
    return a == b or (min(a, b) >= 20 and abs(a - b) <= 0.05 * max(a, b))


_ADJACENT_GAP = 3


def _adjacent(a: Event, b: Event) -> bool:
    """Consecutive sentences ("The UK arrests were made ... A 36-year-old man ... were
    arrested"): one action told over two sentences when one of them gives no count."""
    if a.count is not None and b.count is not None:
        return False
    return any(
        0 <= y.start - x.end <= _ADJACENT_GAP or 0 <= x.start - y.end <= _ADJACENT_GAP
        for x in a.evidence
        for y in b.evidence
    )


def _dates_agree(a: Event, b: Event) -> bool:
    if "date" in a._guessed or "date" in b._guessed or not a.date or not b.date:
        return True
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n]


def _same_action(a: Event, b: Event, lead: int) -> bool:
    """Is ``b`` the same action as ``a`` (which comes first), told again?

    * the same sentence, or the next one, when the counts do not disagree;
    * a headline (before ``lead``) and the first later event of its type, counts close;
    * the same (or nearly the same: "98" and "almost 100") count of 5 or more;
    * one person or thing each ("Mujagic was extradited", "This extradition ...")
      with dates that agree.
    """
    counts_agree = a.count is None or b.count is None or _close(a.count, b.count)
    same_sentence = any(x.start == y.start for x in a.evidence for y in b.evidence)
    if same_sentence or _adjacent(a, b):
        return a.count is None or b.count is None or a.count == b.count
    if not counts_agree or not _dates_agree(a, b):
        return False
    if min(x.start for x in a.evidence) < lead:
        return True
    if a.count is not None and b.count is not None:
        return a.count >= 5
    return (a.count or 1) == 1 and (b.count or 1) == 1


def headline_end(text: str) -> int:
    """Where the headline block ends: the start of the first prose paragraph (one that
    ends like a sentence), at most the third paragraph."""
    paras = paragraphs(text)
    for para in paras[:3]:
        if para.text.rstrip().endswith((".", "!", "?", "\u201d", '"')) and len(para.text) > 60:
            return para.start
    return paras[min(2, len(paras) - 1)].start if paras else 0


def merge_events(events: list[Event], *, lead: int = 0) -> list[Event]:
    """Join the same action told twice (headline and body, or two passages).

    Args:
        events: in document order.
        lead: offset where the body starts; events before it (headline, standfirst)
            merge with a later event of the same type and count whatever the count.
    """
    merged: list[Event] = []
    for ev in events:
        twin = next((m for m in merged if m.type == ev.type and _same_action(m, ev, lead)), None)
        if twin is None:
            merged.append(ev)
            continue
        for e in ev.evidence:
            if all(e.start != x.start for x in twin.evidence):
                twin.evidence.append(e)
        _fill(twin, ev)
    return merged


def _before(all_sentences: list[Segment], seg: Segment, n: int = 3) -> list[Segment]:
    """The ``n`` sentences of the document just before ``seg``."""
    idx = next((i for i, s in enumerate(all_sentences) if s.start == seg.start), 0)
    return all_sentences[max(0, idx - n) : idx]


def run_passages(
    llm: LLM, text: str, published: date | None, *, max_tokens: int = 400, rules: bool = True
) -> tuple[list[Event], list[Dropped], Usage]:
    """The small-model strategy (see the module docstring).

    ``rules`` adds, for each sentence that reports an action in so many words
    ("were arrested", "jailed for", "referred for closure"), the event the model
    did not give for it.
    """
    usage = Usage()
    sentence_list = sentences(text)
    dropped: list[Dropped] = [
        Dropped(reason="text addressed to the model, not news: not sent", quote=x.text)
        for x in sentence_list
        if INSTRUCTIONS.search(x.text)
    ]
    events: list[Event] = []
    system = prompts.render("passage.system")
    pub = published.isoformat() if published else "unknown"
    for window in select_passages(text):
        user = prompts.render("passage.user", published=pub, sentences=_numbered(window))
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        try:
            answer, used = llm.complete(
                WireAnswer, messages, max_tokens=max_tokens, context={"n_sentences": len(window)}
            )
        except ExtractionFailed as exc:
            usage.add(llm.last_usage())
            dropped.append(Dropped(reason=f"passage at {window[0].start}: {exc}"))
            continue
        usage.add(used)
        found: list[tuple[int, EventType, int | None, str | None, str | None]] = []
        for w in answer.events:
            seg = window[w.sentence - 1]
            type_ = supported_type(w.type, seg.text)
            if type_ is None:
                dropped.append(
                    Dropped(
                        reason=f"no word for {w.type.value} in the sentence",
                        type=w.type.value,
                        quote=seg.text,
                    )
                )
            elif is_back_reference(type_, seg.text):
                dropped.append(
                    Dropped(
                        reason="refers back to an action reported elsewhere",
                        type=type_.value,
                        quote=seg.text,
                    )
                )
            elif in_quoted_speech(seg.text) and not (
                _PASSIVE.search(seg.text) or rule_types(seg.text) or w.count
            ):
                dropped.append(
                    Dropped(
                        reason="a spokesperson's words that report no action in so many words",
                        type=type_.value,
                        quote=seg.text,
                    )
                )
            elif is_hypothetical(seg.text):
                dropped.append(
                    Dropped(
                        reason="a possible or future action, not one that happened",
                        type=type_.value,
                        quote=seg.text,
                    )
                )
            else:
                found.append(
                    (w.sentence - 1, suspect_or_migrant(type_, seg.text), w.count, w.where, w.when)
                )
        if rules:
            have = {(i, t) for i, t, *_ in found}
            for i, seg in enumerate(window):
                for t in rule_types(seg.text):
                    if (i, t) not in have:
                        found.append((i, t, None, None, None))
        for i, type_, count, where, when in found:
            seg = window[i]
            evidence = Evidence(text=seg.text, start=seg.start, end=seg.end, match="exact")
            earlier = " ".join(x.text for x in _before(sentence_list, seg))
            if count is None and type_ not in _NO_COUNT:
                count = subject_count(seg.text)
            try:
                events.append(
                    build_event(
                        type_=type_,
                        evidence=evidence,
                        context=earlier,
                        doc_text=text,
                        count=count,
                        where=where,
                        when=when,
                        total=False,
                        published=published,
                    )
                )
            except ValueError as exc:
                dropped.append(
                    Dropped(
                        reason=f"invalid after normalising: {exc}", type=type_.value, quote=seg.text
                    )
                )
    lead = headline_end(text)
    events.sort(key=lambda e: e.evidence[0].start)
    return merge_events(events, lead=lead), dropped, usage


def run_document(
    llm: LLM,
    text: str,
    published: date | None,
    *,
    max_tokens: int = 4000,
    threshold: float = DEFAULT_FUZZY_THRESHOLD,
) -> tuple[list[Event], list[Dropped], Usage]:
    """The large-model strategy: one call, quotes grounded, one re-ask for lost quotes."""
    usage = Usage()
    pub = published.isoformat() if published else "unknown"
    messages: list[dict[str, str]] = [
        {"role": "system", "content": prompts.render("document.system")},
        {"role": "user", "content": prompts.render("document.user", published=pub, text=text)},
    ]
    answer, used = llm.complete(QuotedAnswer, messages, max_tokens=max_tokens)
    usage.add(used)
    pending = list(answer.events)
    events: list[Event] = []
    dropped: list[Dropped] = []
    for round_ in range(2):
        lost: list[QuotedEvent] = []
        for q in pending:
            span = locate(q.quote, text, threshold=threshold)
            if span is None:
                lost.append(q)
                continue
            evidence = to_evidence(span, text)
            context = text[max(0, span.start - 300) : span.end + 300]
            events.append(
                build_event(
                    type_=q.type,
                    evidence=evidence,
                    context=context,
                    doc_text=text,
                    count=q.count,
                    where=q.where,
                    when=q.when,
                    total=q.total,
                    published=published,
                )
            )
        if not lost or round_ == 1:
            dropped.extend(
                Dropped(
                    reason="evidence not found in the text after one re-ask",
                    type=q.type.value,
                    quote=q.quote,
                )
                for q in lost
            )
            break
        listing = "\n".join(f"- {q.type.value}: {q.quote!r}" for q in lost)
        retry = [
            *messages,
            {"role": "assistant", "content": answer.model_dump_json()},
            {
                "role": "user",
                "content": "These quotes are not in the text word for word:\n"
                f"{listing}\nGive these events again, copying the exact words of the text.",
            },
        ]
        answer, used = llm.complete(QuotedAnswer, retry, max_tokens=max_tokens)
        usage.add(used)
        pending = list(answer.events)
    return merge_events(events), dropped, usage


def run(llm: LLM, strategy: Strategy, text: str, published: date | None, **options: Any) -> Report:
    """Run one strategy and wrap its result in a Report."""
    started = time.monotonic()
    runner = run_passages if strategy == "passages" else run_document
    events, dropped, usage = runner(llm, text, published, **options)
    return Report(
        events=events,
        text=text,
        published=published.isoformat() if published else None,
        model=llm.provider.model,
        strategy=strategy,
        prompt_version=prompts.prompt_version(),
        usage=usage,
        dropped=dropped,
        seconds=round(time.monotonic() - started, 2),
    )
