"""Showing why a result matched: the words that matched are marked, word by word.

The same rules as the match (``matching.py``), applied to each word of a text in Python: a word
is marked when one of the search forms occurs in its folded form (or in its hyphenated compound,
"Kita-Einstieg" for "Kitaeinstieg"), or when it is a corrected typo.
"""

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from .folding import HYPHENATED, MIN_PART_LENGTH, WORD, fold, plain_fold

EXCERPT_BEFORE = 70
EXCERPT_AFTER = 130


class Highlighter:
    """Finds and marks the search words in a text the way a user would recognise them."""

    def __init__(self, terms):
        self.parts = {form for term in terms for form in term.forms if len(form) >= MIN_PART_LENGTH}
        self.beginnings = {form for term in terms for form in term.forms} - self.parts
        self.words = {word for term in terms for word in term.typos}

    def matches(self, word):
        lowered = word.lower()
        for folded in {fold(lowered), plain_fold(lowered)}:
            if folded in self.words or folded.startswith(tuple(self.beginnings) or ("\0",)):
                return True
            if any(part in folded for part in self.parts):
                return True
        return False

    def spans(self, text):
        if not text:
            return []
        spans = [match.span() for match in WORD.finditer(text) if self.matches(match.group())]
        compounds = [
            match.span()
            for match in HYPHENATED.finditer(text)
            if self.matches(match.group().replace("-", ""))
            and not any(start >= match.start() and end <= match.end() for start, end in spans)
        ]
        if not compounds:
            return spans
        inside = [
            span for span in spans if any(s <= span[0] and span[1] <= e for s, e in compounds)
        ]
        return sorted(set(spans) - set(inside) | set(compounds))

    def mark(self, text, spans=None):
        """``text`` escaped, with every match in ``<mark>``."""
        spans = self.spans(text) if spans is None else spans
        parts, position = [], 0
        for start, end in spans:
            parts += [conditional_escape(text[position:start])]
            parts += [format_html("<mark>{}</mark>", text[start:end])]
            position = end
        parts.append(conditional_escape(text[position:]))
        return mark_safe("".join(parts))

    def excerpt(self, text):
        """A short passage around the first match, marked, or ``None`` without a match."""
        spans = self.spans(text)
        if not spans:
            return None
        first_start, first_end = spans[0]
        start = max(0, first_start - EXCERPT_BEFORE)
        end = min(len(text), first_end + EXCERPT_AFTER)
        if start > 0:  # begin and end the passage at word boundaries
            space = text.find(" ", start, first_start)
            start = space + 1 if space != -1 else start
        if end < len(text):
            space = text.rfind(" ", first_end, end)
            end = space if space != -1 else end
        window = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
        marked = self.mark(text[start:end], window)
        return format_html(
            "{}{}{}", "… " if start > 0 else "", marked, " …" if end < len(text) else ""
        )
