"""Words that say how a sentence asserts, rather than what: it reports a work's view, states an
aim, compares, sets something aside, or starts from a pronoun.

The checker reads these cues before it trusts a match ("was meant to become an industrial
power" is an aim, not the misconception that it did). Kept together so a new phrasing is added in
one place.
"""

from __future__ import annotations

import re

# reports what a work says: "Lin (1990) argued that ...", "according to Lin"
REPORTED = re.compile(r"\b(?:argued?|argues|contend(?:s|ed)?|maintain(?:s|ed)?|claim(?:s|ed)?|conclude[sd]?|"
                      r"f(?:ou|i)nds?|show(?:s|ed|n)?|suggest(?:s|ed)?|according\s+to|in\s+the\s+view\s+of)\b",
                      re.IGNORECASE)
# states an aim, not what happened: "was meant to", "aimed to", "the goal was"
INTENT = re.compile(r"\b(?:meant|aimed|intended|hoped|sought|designed|supposed|wanted|planned|promised|pledged|"
                    r"vowed|expected|tried|attempted)\s+to\b|\b(?:aim|goal|ambition|hope|intention|plan)\s+(?:was|of)\b",
                    re.IGNORECASE)
# sets something aside: "not", "rather than", "instead of"
SETS_ASIDE = re.compile(r"\bnot\b|\brather\s+than\b|\binstead\s+of\b", re.IGNORECASE)
# rules out a number, even one written without its unit: "44.6 per thousand, not the 25.4 registered"
DENIES_NUMBER = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|an?\s+)?\d", re.IGNORECASE)
# may set one work's figure against another's
COMPARING = re.compile(r"\bthan\b|\bbetween\b", re.IGNORECASE)
# a fragment whose subject is a pronoun has lost what it is about: "but it gave no figure"
PRONOUN_LEAD = re.compile(r"\s*(?:(?:and|but|yet|so|or)\s+)?(?:it|they|he|she|this|these|those|which|who|its|their)\b",
                          re.IGNORECASE)
