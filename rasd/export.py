"""The JSON form of an analysis: the contract of `rasd analyze --json` (shared eval CONTRACT.md §1).

Documented keys never change meaning; new keys may appear. `format_version` counts breaking
changes to this shape.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

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


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    from rasd import __version__

    return {
        "format_version": FORMAT_VERSION,
        "rasd_version": __version__,
        "documents": [document_to_dict(d) for d in analysis.documents],
        "errors": [failure_to_dict(f) for f in analysis.errors],
        "stats": {
            "documents": len(analysis.documents),
            "stories": analysis.story_count,
            "errors": len(analysis.errors),
            "seconds": round(analysis.seconds, 3),
        },
    }


def write_json(analysis: Analysis, path: Path) -> None:
    """Write atomically: a crash never leaves a half-written file in place of the last good one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
