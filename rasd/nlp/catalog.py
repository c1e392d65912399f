"""The bilingual entity catalog: states, cities, places, organisations, outlets and people with their offices.

The data lives in `rasd/data/entities/` (its README gives every format). `load_catalog()` reads and
validates every file, layering the hand corrections over the generated CLDR and GeoNames extracts,
and returns a `Catalog` whose lookups are dicts built once; nothing is cached at module level but
the memo of `name_key`, a pure function of its text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rasd import resources
from rasd.errors import DataFileError
from rasd.lang.normalize import fold
from rasd.records import ENTITY_TYPES, CatalogEntity, Office

FOLDER = "entities"
STATE_KINDS = ("country", "territory")
CITY_KINDS = ("capital", "city")
PLACE_KINDS = ("region", "water", "site", "city")
ORG_KINDS = ("organisation", "institution", "group", "forum", "company", "agency", "outlet")
ATTACH = ("adjective", "genitive", "fixed", "bare")

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QID = re.compile(r"^Q[1-9]\d*$")
_DASHES = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "_": " "})
_NAME_KEYS = {"id", "name_en", "name_ar", "aliases_ar", "aliases_en", "qid", "note"}
_ORG_KEYS = _NAME_KEYS | {"type", "kind", "country"}
_PERSON_KEYS = _NAME_KEYS | {"offices", "source"}
_OFFICE_KEYS = {"role", "of", "start", "end", "acting", "note", "source"}
HAND = "hand"  # the `source` of entries written by hand; others are keys of sourced/sources.tsv


@functools.lru_cache(maxsize=1 << 14)
def name_key(text: str) -> str:
    """The form `by_name` compares: `fold`, then for Latin text no accents and no case; dashes are spaces.

    Memoised: linking asks for the key of every word and word pair of a story, mostly the same words.
    """
    key = fold(text).translate(_DASHES)
    if not _ARABIC.search(key):
        decomposed = unicodedata.normalize("NFKD", key)
        key = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(key.split())


def strip_article(text: str) -> str:
    """The text without a leading article ال (ألمانيا keeps its alef-hamza: only a plain ال is an article)."""
    words = fold_marks(text).split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        return " ".join([words[0][2:], *words[1:]])
    return " ".join(words)


def fold_marks(text: str) -> str:
    """Only the diacritics removed, so that a hamza still tells an article from a root letter."""
    return "".join(c for c in text if not ("\u064b" <= c <= "\u065f" or c == "\u0670"))


@dataclass(frozen=True, slots=True)
class RoleTitle:
    """One Arabic form of an office's title and how the office's state is named next to it (roles.tsv)."""

    role: str
    title_ar: str
    attach: tuple[str, ...]
    of: str | None = None  # for `fixed` titles: the catalog id the title names
    acting: bool = False


@dataclass(slots=True)
class _Draft:
    """A catalog entry while files are layered onto it; frozen into a CatalogEntity at the end."""

    id: str
    type: str
    kind: str
    name_en: str
    name_ar: str
    where: str  # file:line, for error messages
    aliases_ar: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    qid: str | None = None
    country: str | None = None
    offices: list[Office] = field(default_factory=list)
    renamed: bool = False
    city: str | None = None  # a site's city (places.tsv), checked by `_check_site_cities`


class Catalog:
    """Canonical entities and the lookups the entity stage needs; build it with `load_catalog()`."""

    __slots__ = ("_adjective_heads", "_adjectives", "_bare", "_by_id", "_keys", "_offices", "_titles")

    def __init__(self, entities: Iterable[CatalogEntity], titles: Iterable[RoleTitle] = ()) -> None:
        self._by_id: dict[str, CatalogEntity] = {}
        for entity in entities:
            if entity.id in self._by_id:
                raise DataFileError(f"{FOLDER}: duplicate id {entity.id}")
            self._by_id[entity.id] = entity
        self._titles = tuple(titles)
        self._keys, self._bare = _name_index(self._by_id.values())
        self._offices = _office_index(self._by_id.values())
        self._adjectives = _adjective_index(self._by_id.values())
        self._adjective_heads = _word_prefixes(self._adjectives)

    def get(self, entity_id: str) -> CatalogEntity | None:
        """The entity with this id, or None when the catalog has no such id."""
        return self._by_id.get(entity_id)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[CatalogEntity]:
        return iter(self._by_id.values())

    def by_name(self, text: str) -> tuple[CatalogEntity, ...]:
        """Entities one of whose names is `text` (matching form), or is it without the article ال.

        Exact matches win over article-less ones. Results come in catalog order: states, hand places,
        organisations, outlets, people, then generated cities by population, so the first is the default
        reading (الشرق الأوسط: the region before the newspaper; الجزائر: Algeria before Algiers).
        """
        ids = self._keys.get(name_key(text)) or self._bare.get(name_key(strip_article(text)), ())
        return tuple(self._by_id[i] for i in ids)

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """(matching form of an Arabic name, entity id) pairs, for an Aho-Corasick automaton.

        Arabic names include the Latin forms Arabic text uses (CNN, BBC); English aliases are not
        included, and neither are nationality adjectives (see `adjective_forms`).
        """
        seen: set[tuple[str, str]] = set()
        for entity in self._by_id.values():
            for name in (entity.name_ar, *entity.aliases_ar):
                pair = (" ".join(fold(name).split()), entity.id)
                if pair[0] and pair not in seen:
                    seen.add(pair)
                    yield pair

    def adjective_forms(self) -> Iterator[tuple[str, str]]:
        """(matching form of a nationality adjective, state id): الروسي، الروسية، روسي، روسية …"""
        yield from self._adjectives.items()

    def holders(self, role: str, of: str, on: dt.date) -> tuple[CatalogEntity, ...]:
        """Who held `role` of `of` on the day `on`, acting holders included, most recent start first.

        Terms include both their first and last day, so on a handover day both holders are returned.
        """
        found = [
            (start or dt.date.min, entity_id)
            for start, end, entity_id in self._offices.get((role, of), ())
            if (start is None or start <= on) and (end is None or on <= end)
        ]
        ids = dict.fromkeys(entity_id for _, entity_id in sorted(found, reverse=True))
        return tuple(self._by_id[i] for i in ids)

    def state_of_place(self, entity_id: str) -> str | None:
        """The state a place lies in (a state is its own), for clustering's place test; None if unknown."""
        entity = self._by_id.get(entity_id)
        if entity is None:
            return None
        return entity.id if entity.kind in STATE_KINDS else entity.country

    def state_for_adjective(self, adjective: str) -> CatalogEntity | None:
        """The state a nationality adjective names (الروسي، الروسية، روسي -> Russia), or None."""
        state = self._adjectives.get(name_key(adjective))
        return self._by_id[state] if state else None

    def may_start_adjective(self, word: str) -> bool:
        """Whether a nationality adjective can begin with this (Arabic) word: a quick reject."""
        return name_key(word) in self._adjective_heads

    def state_for_pair(self, first: str, second: str) -> CatalogEntity | None:
        """`state_for_adjective(first + " " + second)`, quickly: nearly every word pair of a story is none.

        The key of a first word with Arabic letters heads the pair's key, so unless it is an
        adjective or the first words of one ("الكوري" of "الكوري الشمالي") the pair cannot be one.
        """
        head = name_key(first)
        if _ARABIC.search(head) and head not in self._adjective_heads:
            return None
        return self.state_for_adjective(first + " " + second)

    def role_titles(self, role: str | None = None) -> tuple[RoleTitle, ...]:
        """The Arabic title forms of one role (or of every role), as listed in roles.tsv."""
        return tuple(t for t in self._titles if role is None or t.role == role)

    @property
    def roles(self) -> frozenset[str]:
        """Every role key of roles.tsv."""
        return frozenset(t.role for t in self._titles)


def _name_index(entities: Iterable[CatalogEntity]) -> tuple[dict[str, tuple[str, ...]], ...]:
    exact: dict[str, dict[str, None]] = defaultdict(dict)
    bare: dict[str, dict[str, None]] = defaultdict(dict)
    for entity in entities:
        for name in (entity.name_ar, entity.name_en, *entity.aliases_ar, *entity.aliases_en):
            exact[name_key(name)][entity.id] = None
            bare[name_key(strip_article(name))][entity.id] = None
    return {k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in bare.items()}


def _office_index(entities: Iterable[CatalogEntity]) -> dict[tuple[str, str], tuple]:
    index: dict[tuple[str, str], list] = defaultdict(list)
    for entity in entities:
        for office in entity.offices:
            index[office.role, office.of].append((office.start, office.end, entity.id))
    return {k: tuple(v) for k, v in index.items()}


def _word_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Each key and its leading words: "الكوري الشمالي" gives itself and "الكوري"."""
    return frozenset(" ".join(words[:n]) for words in map(str.split, keys) for n in range(1, len(words) + 1))


def _adjective_index(entities: Iterable[CatalogEntity]) -> dict[str, str]:
    index: dict[str, str] = {}
    for entity in entities:
        for adjective in entity.adjectives_ar:
            for inflected in (adjective, *plurals(adjective)):
                for form in (inflected, strip_article(inflected)):
                    index.setdefault(name_key(form), entity.id)
    return index


# ------------------------------------------------------------------------------------------------ loading


def load_catalog() -> Catalog:
    """Read and validate every file of rasd/data/entities/; raise DataFileError naming file and line."""
    titles = _load_titles()
    states = _load_states()
    cities = _load_cities(states)
    _apply_overrides({**states, **cities})
    _apply_aliases({**states, **cities})
    cities = _filter_cities(cities)
    adjectives = _load_adjectives(states)
    drafts = [*states.values(), *_load_places(states)]
    drafts += _load_json("organisations.jsonl", states) + _load_json("outlets.jsonl", states)
    drafts += _load_people({t.role for t in titles}, _load_source_keys())
    drafts += cities.values()
    _check_ids(drafts)
    _check_offices(drafts, {d.id for d in drafts})
    _check_site_cities(drafts)
    return Catalog((_freeze(d, adjectives.get(d.id, ())) for d in drafts), titles)


def _rel(name: str) -> str:
    return f"{FOLDER}/{name}"


def _line_numbers(name: str) -> list[int]:
    """Line numbers of the content lines (not blank, not #), in the order the resources readers return."""
    lines = resources.data_path(_rel(name)).read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]


def _numbered_tsv(name: str, columns: tuple[str, ...], needed: int) -> list[tuple[str, dict[str, str]]]:
    rows = resources.read_tsv(_rel(name), columns, min_columns=needed)
    return [(f"{_rel(name)}:{n}", row) for n, row in zip(_line_numbers(name), rows, strict=True)]


def _numbered_jsonl(name: str, required: tuple[str, ...]) -> list[tuple[str, dict[str, Any]]]:
    rows = resources.read_jsonl(_rel(name), required)
    return [(f"{_rel(name)}:{n}", row) for n, row in zip(_line_numbers(name), rows, strict=True)]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _load_titles() -> tuple[RoleTitle, ...]:
    titles = []
    for where, row in _numbered_tsv("roles.tsv", ("role", "title_ar", "attach", "of", "acting", "note"), 3):
        attach = tuple(_split(row["attach"].replace(",", "|")))
        if not attach or set(attach) - set(ATTACH):
            raise DataFileError(f"{where}: attach must be some of {', '.join(ATTACH)}, not {row['attach']!r}")
        if ("fixed" in attach) != bool(row["of"]):
            raise DataFileError(f"{where}: `of` is required for fixed titles and only for them")
        if row["acting"] not in ("", "0", "1"):
            raise DataFileError(f"{where}: acting must be 1, 0 or empty")
        if not row["role"].isidentifier() or not row["title_ar"]:
            raise DataFileError(f"{where}: a role key (letters, digits, _) and a title are required")
        of, acting = row["of"] or None, row["acting"] == "1"
        titles.append(RoleTitle(row["role"], row["title_ar"], attach, of, acting))
    return tuple(titles)


def _load_states() -> dict[str, _Draft]:
    states = {}
    for where, row in _numbered_tsv("generated/states.tsv", ("id", "name_en", "name_ar", "aliases_ar"), 3):
        states[row["id"]] = _Draft(row["id"], "LOC", "country", row["name_en"], row["name_ar"], where)
        states[row["id"]].aliases_ar = _split(row["aliases_ar"])
    return states


def _load_cities(states: dict[str, _Draft]) -> dict[str, _Draft]:
    columns = ("id", "name_en", "name_ar", "aliases_ar", "country", "capital", "population")
    cities = {}
    for where, row in _numbered_tsv("generated/cities.tsv", columns, 7):
        if row["country"] not in states:
            raise DataFileError(f"{where}: unknown country {row['country']!r}")
        kind = "capital" if row["capital"] == "1" else "city"
        draft = _Draft(row["id"], "LOC", kind, row["name_en"], row["name_ar"], where)
        draft.aliases_ar, draft.country = _split(row["aliases_ar"]), row["country"]
        cities[row["id"]] = draft
    return cities


def _apply_overrides(generated: dict[str, _Draft]) -> None:
    columns = ("id", "name_en", "name_ar", "kind", "qid", "aliases_en", "note")
    for where, row in _numbered_tsv("overrides.tsv", columns, 1):
        draft = generated.get(row["id"])
        if draft is None:
            raise DataFileError(f"{where}: no generated state or city has the id {row['id']!r}")
        allowed = (*STATE_KINDS, "drop") if draft.country is None else (*CITY_KINDS, "drop")
        if row["kind"] and row["kind"] not in allowed:
            raise DataFileError(f"{where}: kind must be one of {', '.join(allowed)}")
        if row["name_ar"] and row["name_ar"] != draft.name_ar:
            draft.aliases_ar.insert(0, draft.name_ar)
            draft.name_ar, draft.renamed = row["name_ar"], True
        if row["name_en"] and row["name_en"] != draft.name_en:
            draft.aliases_en.insert(0, draft.name_en)
            draft.name_en = row["name_en"]
        draft.kind = row["kind"] or draft.kind
        draft.qid = _qid(row["qid"], where) or draft.qid
        draft.aliases_en += _split(row["aliases_en"])


def _apply_aliases(generated: dict[str, _Draft]) -> None:
    for where, row in _numbered_tsv("aliases_ar.tsv", ("id", "alias_ar", "action", "note"), 2):
        draft = generated.get(row["id"])
        if draft is None:
            raise DataFileError(f"{where}: no generated state or city has the id {row['id']!r}")
        if row["action"] in ("", "add"):
            draft.aliases_ar.append(row["alias_ar"])
        elif row["action"] == "drop":
            if row["alias_ar"] not in draft.aliases_ar:
                raise DataFileError(f"{where}: {row['id']} has no alias {row['alias_ar']!r} to drop")
            draft.aliases_ar.remove(row["alias_ar"])
        else:
            raise DataFileError(f"{where}: action must be add, drop or empty")


def _filter_cities(cities: dict[str, _Draft]) -> dict[str, _Draft]:
    """Cities with a usable Arabic name, without the aliases that are common words (alias_stopwords.txt)."""
    stop = {name_key(word) for word in resources.read_lines(_rel("alias_stopwords.txt"))}
    kept = {}
    for city_id, draft in cities.items():
        draft.aliases_ar = [a for a in draft.aliases_ar if name_key(a) not in stop]
        usable = draft.name_ar and (draft.renamed or name_key(draft.name_ar) not in stop)
        if usable and draft.kind != "drop":
            kept[city_id] = draft
    return kept


def _load_adjectives(states: dict[str, _Draft]) -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = defaultdict(list)
    for where, row in _numbered_tsv("adjectives.tsv", ("id", "masculine", "feminine", "note"), 2):
        if row["id"] not in states:
            raise DataFileError(f"{where}: unknown state {row['id']!r}")
        if not row["masculine"].startswith("ال"):
            raise DataFileError(f"{where}: the masculine form is written with the article ال")
        forms[row["id"]] += [row["masculine"], row["feminine"] or feminine(row["masculine"])]
    return {k: tuple(v) for k, v in forms.items()}


def plurals(adjective: str) -> tuple[str, ...]:
    """الإسرائيلي -> الإسرائيليون, الإسرائيليين ("مستوطنون إسرائيليون"); feminine forms have none here."""
    if not all(word.endswith("ي") for word in adjective.split()):
        return ()
    return tuple(" ".join(word + ending for word in adjective.split()) for ending in ("ون", "ين"))


def feminine(masculine: str) -> str:
    """الروسي -> الروسية, الكوري الجنوبي -> الكورية الجنوبية: ة after every word that ends in ي."""
    return " ".join(word + "ة" if word.endswith("ي") else word for word in masculine.split())


#: The columns of places.tsv (rasd/data/entities/README.md); `city` only on sites.
PLACE_COLUMNS = (
    "id", "kind", "name_en", "name_ar", "aliases_ar", "aliases_en", "country", "qid", "note", "city",
)  # fmt: skip


def _load_places(states: dict[str, _Draft]) -> list[_Draft]:
    drafts = []
    for where, row in _numbered_tsv("places.tsv", PLACE_COLUMNS, 4):
        if row["kind"] not in PLACE_KINDS or not row["id"].startswith("loc:"):
            raise DataFileError(f"{where}: a place has an id loc:… and a kind among {', '.join(PLACE_KINDS)}")
        draft = _Draft(row["id"], "LOC", row["kind"], row["name_en"], row["name_ar"], where)
        draft.aliases_ar, draft.aliases_en = _split(row["aliases_ar"]), _split(row["aliases_en"])
        draft.country, draft.qid = _country(row["country"], states, where), _qid(row["qid"], where)
        draft.city = row.get("city") or None
        drafts.append(draft)
    return drafts


def _load_json(name: str, states: dict[str, _Draft]) -> list[_Draft]:
    drafts = []
    for where, row in _numbered_jsonl(name, ("id", "kind", "name_en", "name_ar")):
        _check_keys(row, _ORG_KEYS, where)
        entity_type = row.get("type", "ORG")
        if row["kind"] not in ORG_KINDS or entity_type not in ENTITY_TYPES:
            raise DataFileError(f"{where}: kind must be one of {', '.join(ORG_KINDS)}, type ORG or LOC")
        draft = _Draft(row["id"], entity_type, row["kind"], row["name_en"], row["name_ar"], where)
        _named(draft, row)
        draft.country = _country(row.get("country", ""), states, where)
        drafts.append(draft)
    return drafts


def _load_source_keys() -> set[str]:
    """The keys of sourced/sources.tsv (the lists the sourced offices came from), and `hand`."""
    columns = ("key", "repository", "commit", "path", "licence", "date")
    return {HAND} | {row["key"] for _, row in _numbered_tsv("sourced/sources.tsv", columns, 5)}


def _load_people(roles: set[str], sources: set[str]) -> list[_Draft]:
    drafts = []
    for where, row in _numbered_jsonl("people.jsonl", ("id", "name_en", "name_ar")):
        _check_keys(row, _PERSON_KEYS, where)
        if not row["id"].startswith("per:"):
            raise DataFileError(f"{where}: a person's id starts with per:")
        _check_source(row, sources, where)
        draft = _named(_Draft(row["id"], "PER", "person", row["name_en"], row["name_ar"], where), row)
        offices = row.get("offices", [])
        if not isinstance(offices, list):
            raise DataFileError(f"{where}: offices must be a list")
        draft.offices = [_office(o, roles, where) for o in offices]
        for office in offices:
            _check_source(office, sources, where)
        drafts.append(draft)
    return drafts


def _check_source(row: dict[str, Any], sources: set[str], where: str) -> None:
    if row.get("source", HAND) not in sources:
        raise DataFileError(
            f"{where}: source {row['source']!r} is neither {HAND!r} nor a key of sourced/sources.tsv"
        )


def _named(draft: _Draft, row: dict[str, Any]) -> _Draft:
    """The aliases and Wikidata id of a JSON row, checked."""
    draft.aliases_ar = _strings(row, "aliases_ar", draft.where)
    draft.aliases_en = _strings(row, "aliases_en", draft.where)
    draft.qid = _qid(row.get("qid", ""), draft.where)
    return draft


def _office(raw: Any, roles: set[str], where: str) -> Office:
    if not isinstance(raw, dict) or not {"role", "of"} <= set(raw):
        raise DataFileError(f"{where}: an office is an object with at least role and of")
    _check_keys(raw, _OFFICE_KEYS, where)
    if raw["role"] not in roles:
        raise DataFileError(f"{where}: unknown role {raw['role']!r} (roles are the keys of roles.tsv)")
    start, end = _date(raw.get("start"), where), _date(raw.get("end"), where)
    if start and end and start > end:
        raise DataFileError(f"{where}: office {raw['role']} of {raw['of']} ends before it starts ({end})")
    if not isinstance(raw.get("acting", False), bool):
        raise DataFileError(f"{where}: acting must be true or false")
    return Office(raw["role"], raw["of"], start, end, raw.get("acting", False))


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise DataFileError(f"{where}: dates are ISO YYYY-MM-DD or null, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(f"{where}: {value!r} is not a real date") from exc


def _qid(value: str, where: str) -> str | None:
    if value and not _QID.match(value):
        raise DataFileError(f"{where}: {value!r} is not a Wikidata id (Q123)")
    return value or None


def _country(value: str, states: dict[str, _Draft], where: str) -> str | None:
    if value and value not in states:
        raise DataFileError(f"{where}: unknown country {value!r}")
    return value or None


def _strings(row: dict[str, Any], key: str, where: str) -> list[str]:
    values = row.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise DataFileError(f"{where}: {key} must be a list of non-empty strings")
    return values


def _check_keys(row: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = set(row) - allowed
    if unknown:
        raise DataFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "name_en", "name_ar", "kind", "role", "of"):
        if key in row and (not isinstance(row[key], str) or not row[key].strip()):
            raise DataFileError(f"{where}: {key} must be a non-empty string")


def _check_ids(drafts: list[_Draft]) -> None:
    first: dict[str, str] = {}
    for draft in drafts:
        if not draft.id or any(c.isspace() for c in draft.id):
            raise DataFileError(f"{draft.where}: ids are non-empty and have no spaces")
        if draft.id in first:
            raise DataFileError(f"{draft.where}: duplicate id {draft.id} (first at {first[draft.id]})")
        first[draft.id] = draft.where
        if not draft.name_ar or not draft.name_en:
            raise DataFileError(f"{draft.where}: {draft.id} needs both name_ar and name_en")


def _check_offices(drafts: list[_Draft], ids: set[str]) -> None:
    for draft in drafts:
        for office in draft.offices:
            if office.of not in ids:
                raise DataFileError(f"{draft.where}: office {office.role} of unknown id {office.of!r}")


def _check_site_cities(drafts: list[_Draft]) -> None:
    """A `city` only on a site, naming a loaded city (a generated one or a hand town) of the site's state."""
    by_id = {d.id: d for d in drafts}
    for draft in drafts:
        if draft.city is None:
            continue
        city = by_id.get(draft.city)
        if draft.kind != "site" or city is None or city.kind not in CITY_KINDS:
            raise DataFileError(
                f"{draft.where}: city {draft.city!r} must be a loaded city's id, on a site only"
            )
        if draft.country and city.country and draft.country != city.country:
            raise DataFileError(
                f"{draft.where}: city {draft.city} lies in {city.country}, not {draft.country}"
            )


def _unique(names: Iterable[str], taken: set[str]) -> tuple[str, ...]:
    """Names whose matching form is new: spelling variants that fold together are kept once."""
    out = []
    for name in names:
        key = name_key(name)
        if key and key not in taken:
            taken.add(key)
            out.append(name.strip())
    return tuple(out)


def _freeze(draft: _Draft, adjectives: tuple[str, ...]) -> CatalogEntity:
    ar_taken, en_taken = {name_key(draft.name_ar)}, {name_key(draft.name_en)}
    return CatalogEntity(
        id=draft.id,
        type=draft.type,
        kind=draft.kind,
        name_en=draft.name_en,
        name_ar=draft.name_ar,
        aliases_ar=_unique(draft.aliases_ar, ar_taken),
        aliases_en=_unique(draft.aliases_en, en_taken),
        qid=draft.qid,
        country=draft.country,
        adjectives_ar=_unique(adjectives, set()),
        offices=tuple(draft.offices),
        city=draft.city,
    )
