"""Build distributional word classes for the NER `cluster` features from unlabelled Arabic text.

Words that occur in the same contexts get the same class, so a name never seen in training shares
a class with names that were (Turian et al. 2010). Recipe: tokens and folded forms from
`rasd.lang.tokens.tokenize`, lower-cased as the NER reads them; the `--words` commonest words are
clustered by their neighbours at -2, -1, +1, +2 (directional; the `--contexts` commonest words as
contexts): positive PMI on those counts, a truncated SVD (`--dims`), rows scaled to unit length,
then k-means at each granularity (`--k`, e.g. 64 256 1024), each level splitting the classes of the one
before (`nested_kmeans`). Deterministic for a given input.

Output: `word<TAB>id<TAB>id…` lines, one id per k (`rasd.nlp.ner.features.load_clusters`), after a `#` line.

    python scripts/build_ner_clusters.py CORPUS --out clusters.tsv [--exclude-titles FILE]

CORPUS: a .jsonl(.gz) of objects with a "text" field, a plain .txt(.gz) file, or WikiExtractor
output (files of `<doc id=… title=…>` … `</doc>` blocks; a folder is read in name order). The
shipped table (rasd/data/ner/README.md) is built from the Arabic side of a CC BY-SA Wikipedia
extract with `--exclude-titles rasd/data/ner/wiki_exclude.txt`, which leaves out the Wikipedia
articles AQMAR (a test set) was drawn from.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.cluster.vq import kmeans2
from scipy.sparse.linalg import svds

from rasd.lang.normalize import fold
from rasd.lang.tokens import tokenize

OFFSETS = (-2, -1, 1, 2)
_DOC = re.compile(r'<doc [^>]*title="([^"]*)"[^>]*>')


def texts(path: Path, exclude: frozenset[str] = frozenset()) -> Iterator[str]:
    """The texts of a corpus: the "text" field of each JSON line, each line of plain text, or each
    WikiExtractor document whose folded title is not in `exclude` (a folder: its files, sorted)."""
    if path.is_dir():
        for file in sorted(f for f in path.rglob("*") if f.is_file()):
            yield from texts(file, exclude)
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        first = handle.readline()
        if first.startswith("<doc "):
            yield from wiki_documents([first, *handle], exclude)
            return
        for line in [first, *handle]:
            if ".jsonl" in path.name:
                yield json.loads(line).get("text") or ""
            else:
                yield line


def wiki_documents(lines: Iterable[str], exclude: frozenset[str] = frozenset()) -> Iterator[str]:
    """The body of each `<doc … title="T">` … `</doc>` block (its first line repeats the title and
    is dropped), unless fold(T) is in `exclude`."""
    body: list[str] | None = None
    skip_title = False
    for line in lines:
        if match := _DOC.match(line):
            body = None if fold(match.group(1).strip()) in exclude else []
            skip_title = True
        elif line.startswith("</doc>"):
            if body:
                yield "".join(body)
            body = None
        elif body is not None:
            if skip_title:
                skip_title = False
                continue
            body.append(line)


def read_titles(path: Path | None) -> frozenset[str]:
    """Folded titles, one a line (`#` comments and blank lines skipped)."""
    if path is None:
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def documents(path: Path, exclude: frozenset[str] = frozenset()) -> list[list[str]]:
    """Each text as its folded, lower-cased tokens."""
    return [[t.norm.lower() for t in tokenize(text)] for text in texts(path, exclude)]


def cooccurrence(docs: list[list[str]], words: list[str], contexts: list[str]) -> sparse.csr_matrix:
    """Counts of (word, context word at offset d), one block of columns per offset in OFFSETS."""
    wid = {w: i for i, w in enumerate(words)}
    cid = {w: i for i, w in enumerate(contexts)}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    n_ctx = len(contexts)
    for doc in docs:
        w = np.array([wid.get(t, -1) for t in doc])
        c = np.array([cid.get(t, -1) for t in doc])
        for block, d in enumerate(OFFSETS):
            if d > 0:
                a, b = w[:-d], c[d:]
            else:
                a, b = w[-d:], c[:d]
            keep = (a >= 0) & (b >= 0)
            rows.append(a[keep])
            cols.append(b[keep] + block * n_ctx)
    r, c = np.concatenate(rows), np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float64)
    return sparse.csr_matrix((data, (r, c)), shape=(len(words), n_ctx * len(OFFSETS)))


def ppmi(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive pointwise mutual information, context counts smoothed to the power 0.75."""
    total = counts.sum()
    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data * 1.0 / total) - np.log(row[coo.row] / total) - np.log(col[coo.col])
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def nested_kmeans(vectors: np.ndarray, ks: list[int]) -> list[np.ndarray]:
    """Class ids at each granularity, each level splitting every class of the one before it (so
    classes nest, as Brown clusters' prefixes do; and fast: k-means runs on small sets)."""
    levels: list[np.ndarray] = []
    parent = np.zeros(len(vectors), dtype=np.int64)
    width = 1
    for k in ks:
        split = max(1, k // width)
        labels = np.empty(len(vectors), dtype=np.int64)
        for c in range(width):
            members = np.flatnonzero(parent == c)
            parts = min(split, len(members))
            if parts <= 1:
                labels[members] = c * split
                continue
            _, sub = kmeans2(vectors[members], parts, iter=20, minit="++", seed=k + c)
            labels[members] = c * split + sub
        levels.append(labels)
        parent, width = labels, width * split
    return levels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--contexts", type=int, default=5_000)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--k", type=int, nargs="+", default=[64, 256, 1024])
    parser.add_argument("--exclude-titles", type=Path, help="Wikipedia titles to leave out, one a line")
    parser.add_argument("--note", default="", help="provenance written on the table's first line")
    args = parser.parse_args()
    began = time.perf_counter()
    docs = documents(args.corpus, read_titles(args.exclude_titles))
    counts = Counter(t for doc in docs for t in doc)
    print(
        f"{len(docs):,} documents, {sum(counts.values()):,} tokens, {len(counts):,} forms"
        f" ({time.perf_counter() - began:.0f} s)"
    )
    ranked = [
        w for w, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n >= args.min_count
    ]
    words = [w for w in ranked if any(ch.isalpha() for ch in w)][: args.words]
    contexts = ranked[: args.contexts]
    matrix = ppmi(cooccurrence(docs, words, contexts))
    u, s, _ = svds(matrix, k=args.dims, random_state=0)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    print(f"{len(words):,} words embedded ({time.perf_counter() - began:.0f} s)")
    columns = nested_kmeans(vectors, args.k)
    print(f"classes done ({time.perf_counter() - began:.0f} s)")
    with args.out.open("w", encoding="utf-8") as out:
        source = args.note or args.corpus.name
        out.write(f"# word<TAB>class among {' / '.join(map(str, args.k))}; from {source}\n")
        for i, word in enumerate(words):
            out.write(word + "\t" + "\t".join(str(int(col[i])) for col in columns) + "\n")


if __name__ == "__main__":
    main()
