"""The JSON form of an analysis: the contract of `rasd analyze --json` (shared eval CONTRACT.md §1).

Documented keys never change meaning; new keys may appear. `format_version` counts breaking
changes to this shape.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from rasd.records import Analysis, Document, Event, IngestFailure, LinkedEntity, Quote, Story

FORMAT_VERSION = 1


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def entity_to_dict(entity: LinkedEntity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name_en": entity.name_en,
        "name_ar": entity.name_ar,
        "type": entity.type,
        "qid": entity.qid,
        "nil": entity.nil,
        "romanized": entity.romanized,
        "mentions": [m.text for m in entity.mentions],
        "spans": [
            {"part": m.part, "start": m.start, "end": m.end, "source": m.source} for m in entity.mentions
        ],
    }


def event_to_dict(event: Event, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": f"{event.cluster or 'e'}:{event.triggers[0].start}",
        "cluster": event.cluster,
        "type": event.type,
        "status": event.status,
        "participants": [names.get(p, p) for p in event.participants],
        "participant_ids": list(event.participants),
        "location": names.get(event.location, event.location) if event.location else None,
        "date": _iso(event.date),
        "date_text": event.date_text,
        "cluster_date": _iso(event.cluster_date),
        "context": event.context,
        "trigger": event.triggers[0].text,
        "mentions": [{"start": t.start, "end": t.end, "text": t.text} for t in event.triggers],
    }


def quote_to_dict(quote: Quote, names: dict[str, str]) -> dict[str, Any]:
    return {
        "speaker": names.get(quote.speaker, quote.speaker) if quote.speaker else None,
        "speaker_id": quote.speaker,
        "text": quote.text,
        "direct": quote.direct,
        "trigger": quote.trigger,
        "trigger_start": quote.trigger_start,
        "trigger_end": quote.trigger_end,
        "part": quote.part,
        "start": quote.start,
        "end": quote.end,
    }


def story_to_dict(story: Story) -> dict[str, Any]:
    names = {e.id: e.name_en for e in story.entities}
    return {
        "id": story.id,
        "index": story.index,
        "title": story.title,
        "text": story.text,
        "published": _iso(story.published),
        "published_from": story.published_from,
        "outlet": story.outlet,
        "dateline": story.dateline,
        "sentences": [[s.start, s.end] for s in story.sentences],
        "removed": [{"kind": r.kind, "text": r.text} for r in story.removed],
        "entities": [entity_to_dict(e) for e in story.entities],
        "events": [event_to_dict(e, names) for e in story.events],
        "quotes": [quote_to_dict(q, names) for q in story.quotes],
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "source": doc.source,
        "format": doc.fmt,
        "encoding": doc.encoding,
        "title": doc.title,
        "url": doc.url,
        "outlet": doc.outlet,
        "published": _iso(doc.published),
        "stories": [story_to_dict(s) for s in doc.stories],
    }


def failure_to_dict(failure: IngestFailure) -> dict[str, Any]:
    return {"source": failure.source, "error": failure.error, "code": failure.code}


def _head() -> dict[str, Any]:
    from rasd import __version__

    return {"format_version": FORMAT_VERSION, "rasd_version": __version__}


def _stats(documents: int, stories: int, errors: int, seconds: float) -> dict[str, Any]:
    return {"documents": documents, "stories": stories, "errors": errors, "seconds": round(seconds, 3)}


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    return {
        **_head(),
        "documents": [document_to_dict(d) for d in analysis.documents],
        "errors": [failure_to_dict(f) for f in analysis.errors],
        "stats": _stats(
            len(analysis.documents), analysis.story_count, len(analysis.errors), analysis.seconds
        ),
    }


def _dumps(value: object, level: int) -> str:
    """`value` as `json.dumps(..., indent=1)` writes it `level` deep in an enclosing value."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


def _write_list(out: TextIO, items: Iterable[dict[str, Any]]) -> None:
    """A list that is a value of the top-level object, written item by item."""
    first = True
    for item in items:
        out.write(("[\n  " if first else ",\n  ") + _dumps(item, 2))
        first = False
    out.write("[]" if first else "\n ]")


def write_json(analysis: Analysis, path: Path) -> None:
    """Write atomically: a crash never leaves a half-written file in place of the last good one."""
    write_json_stream(path, analysis.documents, analysis.errors, analysis.seconds)


def write_json_stream(
    path: Path, documents: Iterable[Document], errors: Sequence[IngestFailure], seconds: float
) -> None:
    """The bytes of `json.dumps(analysis_to_dict(...), ensure_ascii=False, indent=1)`, written one
    document at a time, so that `documents` may come from a spool and never all be in memory.

    Written to PATH.tmp, then renamed: a crash never leaves a half-written file in place of the
    last good one (a failed write removes its .tmp)."""
    counts = [0, 0]  # documents, stories

    def counted(doc: Document) -> dict[str, Any]:
        counts[0] += 1
        counts[1] += len(doc.stories)
        return document_to_dict(doc)

    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            out.write("{\n")
            for key, value in _head().items():
                out.write(f" {_dumps(key, 1)}: {_dumps(value, 1)},\n")
            out.write(' "documents": ')
            _write_list(out, map(counted, documents))
            out.write(',\n "errors": ')
            _write_list(out, map(failure_to_dict, errors))
            out.write(f',\n "stats": {_dumps(_stats(*counts, len(errors), seconds), 1)}\n}}')
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Spool:
    """Documents pickled to an unnamed temporary file as they arrive, read back in the same order
    one at a time: `rasd analyze --json` holds none of them while the run goes on.

    The file has no name (`tempfile.TemporaryFile`), so even a killed run leaves nothing behind."""

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".rasd-spool-")  # noqa: SIM115 (closed by __exit__)

    def add(self, doc: Document) -> None:
        pickle.dump(doc, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[Document]:
        self._file.seek(0)
        while True:
            try:
                yield pickle.load(self._file)
            except EOFError:
                return

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()
