"""How common an Arabic word is in general text: wordfreq's Arabic list, folded as rasd folds words.

Arabic has no capitals, but names are rarer than the words around them and, unlike nouns and
adjectives, seldom take the article: `بركات` is common enough, `البركات` is not, whereas `الحكومة`
is far commoner than `حكومة`. The NER features read both signals from these frequencies.

The figures come from the `wordfreq` package (Robyn Speer et al., data CC BY-SA 4.0: Wikipedia,
OPUS subtitles, news, web text and more, up to 2021), installed with rasd and read from the
package's own data file: nothing is fetched at run time. Forms are folded with
`rasd.lang.normalize.fold` and the frequencies of forms that fold together are added.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

from rasd.errors import DataFileError
from rasd.lang.normalize import fold

#: Smallest Zipf value kept (once per 100 million words; wordfreq's large list goes down to 1.0):
#: rarer words count as unseen. Keeping 1.0-2.0 too scored the same and took 3x the memory.
MIN_ZIPF = 2.0


@functools.cache
def load_word_frequencies() -> Mapping[str, float]:
    """Folded Arabic word → frequency (a share of all words), from wordfreq's large Arabic list."""
    try:
        import wordfreq
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DataFileError("the NER model needs the wordfreq package (pip install wordfreq)") from exc
    path = wordfreq.available_languages("large").get("ar")
    if path is None:  # pragma: no cover - wordfreq has shipped an Arabic list since 2.0
        raise DataFileError("the installed wordfreq has no large Arabic word list")
    table: dict[str, float] = {}
    # read the list itself rather than through get_frequency_list, which keeps it cached
    for index, words in enumerate(wordfreq.read_cBpack(path)):
        # bin k holds the words of frequency 10 ** (-k / 100) (wordfreq's centibels)
        zipf = 9 - index / 100
        if zipf < MIN_ZIPF:
            break
        freq = 10 ** (zipf - 9)
        for word in words:
            if word.isalpha() and not word.isascii():
                key = fold(word)
                table[key] = table.get(key, 0.0) + freq
    return table


def zipf(freq: float) -> float:
    """wordfreq's Zipf scale: log10 of occurrences per billion words (0 for unseen)."""
    return math.log10(freq) + 9 if freq > 0 else 0.0
