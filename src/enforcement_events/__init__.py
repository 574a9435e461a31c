"""enforcement_events: law-enforcement events from news text, grounded in its words.

>>> from enforcement_events import extract
>>> report = extract(article_text)  # doctest: +SKIP
"""

from .api import aextract, extract
from .errors import (
    ConfigurationError,
    EnforcementEventsError,
    ExtractionFailed,
    InputError,
    ProviderError,
)
from .extraction import Progress
from .extractor import Extractor
from .llm import RetryPolicy
from .schema import Event, EventType, Evidence, Item, Money, Report, Usage

__all__ = [
    "ConfigurationError",
    "EnforcementEventsError",
    "Event",
    "EventType",
    "Evidence",
    "ExtractionFailed",
    "Extractor",
    "InputError",
    "Item",
    "Money",
    "Progress",
    "ProviderError",
    "Report",
    "RetryPolicy",
    "Usage",
    "aextract",
    "extract",
]
__version__ = "0.1.0"
