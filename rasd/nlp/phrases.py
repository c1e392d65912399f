"""Mention phrases: a title and the name right after it, given also as one mention of the person.

The linker reads "الرئيس الإيراني مسعود بزشكيان" as two mentions of Pezeshkian, the title (source
`role`) and the name. Readers, search and the labelling guide (`docs/labelling.md`) take the whole
noun phrase as the way the story names him, so the entity also lists that phrase (source `phrase`).
The stage runs after quotes and events, which keep reading the two parts: the phrase adds a form, it
moves no span that they use.
"""

from __future__ import annotations

import dataclasses
import itertools

from rasd.records import LinkedEntity, Mention, Story

#: What may stand between a title and the name it introduces: one space, as written in the news
#: ("الرئيس الإيراني مسعود بزشكيان"). A comma ("الرئيس الإيراني، مسعود بزشكيان") or a name before
#: its title ("فيصل بن فرحان وزير الخارجية") was tried on the dev pages and adds almost nothing
#: (3 entity checks of 687), so it is left out.
JOIN = " "


def entity_phrases(entity: LinkedEntity, texts: dict[str, str]) -> LinkedEntity:
    """`entity` with one `phrase` mention for each title directly followed by a name of the same entity."""
    ordered = sorted(entity.mentions, key=lambda m: (m.part, m.start, m.end))
    added = [
        Mention(
            title.start,
            name.end,
            texts[title.part][title.start : name.end],
            entity.type,
            "phrase",
            title.part,
        )
        for title, name in itertools.pairwise(ordered)
        if title.source == "role"
        and name.source not in ("role", "phrase")
        and name.part == title.part
        and texts[title.part][title.end : name.start] == JOIN
    ]
    if not added:
        return entity
    return dataclasses.replace(entity, mentions=entity.mentions + tuple(added))


def add_phrases(story: Story) -> Story:
    """The story with every entity's title-and-name phrases among its mentions (pure)."""
    texts = {"text": story.text, "title": story.title or ""}
    return dataclasses.replace(story, entities=tuple(entity_phrases(e, texts) for e in story.entities))
