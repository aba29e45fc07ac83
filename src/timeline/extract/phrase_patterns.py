"""One regular expression for a list of cue phrases, matched as whole words.

'the two sides' is three tokens: a sentence is checked for it on its text, not token by token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of `phrases` as whole words, case-insensitive ('they', 'the two sides')."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, phrases))) + r")\b", re.IGNORECASE)
