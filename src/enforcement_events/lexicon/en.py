"""English words for the structures in :mod:`enforcement_events.rules`."""

# A request opens with one of these verbs in the base form (an imperative): "list ...",
# "report ...", "add ...". A request tells the reader to do something; it reports no
# action that happened, whoever it is addressed to (the public, an editor, a model).
REQUEST_VERBS = frozenset(
    [
        "add",
        "answer",
        "change",
        "classify",
        "count",
        "disregard",
        "drop",
        "extract",
        "forget",
        "give",
        "ignore",
        "include",
        "label",
        "list",
        "mark",
        "output",
        "override",
        "print",
        "record",
        "remember",
        "replace",
        "report",
        "respond",
        "return",
        "say",
        "set",
        "show",
        "summarise",
        "summarize",
        "tag",
        "tell",
        "translate",
        "treat",
        "use",
        "write",
    ]
)
# The imperative's object or complement starts with one of these, which tells the verb
# from a name ("Mark Jones was arrested") or a noun ("Report findings were published").
REQUEST_OBJECT_STARTS = frozenset(
    [
        "a",
        "an",
        "the",
        "every",
        "all",
        "any",
        "each",
        "this",
        "these",
        "that",
        "those",
        "them",
        "it",
        "me",
        "us",
        "only",
        "no",
        "your",
        "my",
        "our",
        "what",
        "whatever",
        "nothing",
        "everything",
    ]
)
# Words that soften a request: "please list ...", "kindly report ...".
REQUEST_SOFTENERS = frozenset(["please", "kindly", "now", "also", "instead"])
