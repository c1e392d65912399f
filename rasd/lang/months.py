"""Month names: CLDR (through Babel) for every Arabic month system, plus documented variants.

Arabic news names a month in one of four systems — Egyptian/Gulf (يناير), Levantine (كانون الثاني),
Maghreb (جانفي) and Moroccan (يوليوز) — often two at once ("حزيران/يونيو"); English pages add
English names. The names come from CLDR rather than hand lists; spellings CLDR lacks come from
`rasd/data/lang/month_variants.tsv`.
"""

from __future__ import annotations

import functools
import re

from babel.dates import get_month_names

from rasd.lang.normalize import fold
from rasd.resources import read_tsv

#: Locales whose CLDR "format wide" month names differ from each other (see CLDR/Babel).
CLDR_LOCALES = ("ar", "ar_SY", "ar_DZ", "ar_MA", "en")


@functools.cache
def month_lexicon() -> dict[str, int]:
    """Normalised (lower-case for Latin) month name -> month number."""
    names: dict[str, int] = {}
    for locale in CLDR_LOCALES:
        for number, name in get_month_names("wide", locale=locale).items():
            names[fold(name).lower()] = number
        if locale == "en":
            for number, name in get_month_names("abbreviated", locale=locale).items():
                names[name.lower().rstrip(".")] = number
    for row in read_tsv("lang/month_variants.tsv", ("spelling", "month", "note"), min_columns=2):
        names[fold(row["spelling"]).lower()] = int(row["month"])
    return names


@functools.cache
def month_pattern() -> str:
    """A regex alternation of every month name, longest first, for the normalised text."""
    names = sorted(month_lexicon(), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
