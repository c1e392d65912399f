"""The HTTP API: `create_app` opens one store and answers the knowledge base's questions as JSON.

Reads are plain GETs under /api/ (open unless RASD_API_READ_TOKEN is set); the one write, POST
/api/ingest, needs a bearer token and is refused (403) when none is configured. Every error is JSON
`{"error": {"code", "message"}}` with a 4xx status for bad input; a 500 means a bug and is logged.

Endpoints are plain `def`s, so FastAPI runs them in its thread pool: each takes a short connection from
the store's one engine, and SQLite's WAL lets them read while an ingest job writes.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import shutil
import tempfile
import threading
import unicodedata
import zipfile
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.api import models as m
from rasd.api.config import MAX_JOBS_KEPT, ApiConfig
from rasd.api.jobs import JobRunner
from rasd.errors import NotFoundError, QuerySyntaxError, RasdError, StoreError
from rasd.kb import queries
from rasd.kb.store import Store
from rasd.nlp.catalog import Catalog
from rasd.records import EVENT_TYPES, STATUSES
from rasd.settings import Settings

log = logging.getLogger("rasd.api")

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
SEARCH_MAX_OFFSET = 1000  # search ranks (offset + limit) × 5 candidates: deeper pages cost more
MAX_LIMIT = 200
LIST_LIMIT = 50
COPY_CHUNK = 1 << 20

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    503: "unavailable",
}


# ---------------------------------------------------------------------- responses and errors


class SafeJSONResponse(JSONResponse):
    """JSON with Arabic as is, and < > & escaped (\\u003c …): stored text can never be read as HTML."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode()


class ApiError(Exception):
    """An answer other than 2xx, with the status, stable code and message the client sees."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return SafeJSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status, headers=headers
    )


def _install_error_handlers(app: FastAPI) -> None:
    """Every error as {"error": {"code", "message"}}; bad input is a 4xx, never a 500."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(400, "bad_request", _validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error" if exc.status_code < 500 else "internal_error")
        return _error(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(QuerySyntaxError)
    async def bad_query(_: Request, exc: QuerySyntaxError) -> JSONResponse:
        return _error(400, "bad_query", str(exc))

    @app.exception_handler(NotFoundError)
    async def not_found(_: Request, exc: NotFoundError) -> JSONResponse:
        return _error(404, "not_found", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return _error(503, "unavailable", str(exc))

    @app.exception_handler(RasdError)
    async def rasd_error(_: Request, exc: RasdError) -> JSONResponse:
        return _error(400, "bad_request", f"{exc.code}: {exc}")

    async def database_busy(_: Request, exc: Exception) -> JSONResponse:
        log.error("database error: %s", exc)
        return _error(503, "unavailable", "the database is busy or unreachable; try again")

    # a locked or unreachable database, or every pooled connection taken: not a bug, try again later
    app.add_exception_handler(sa.exc.OperationalError, database_busy)
    app.add_exception_handler(sa.exc.TimeoutError, database_busy)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal_error", "internal error: the server log has the details")


def _validation_message(errors: Sequence[Any]) -> str:
    """FastAPI's validation errors as one sentence: "limit: Input should be less than or equal to 200"."""
    parts = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "header")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid value')}")
    return "; ".join(parts) or "invalid request"


def _bad(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def _date(value: str | None, name: str) -> dt.date | None:
    """An ISO date parameter; anything else is a 400 naming the parameter."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise _bad(f"{name} {value!r}: expected a date as YYYY-MM-DD") from exc


def _status(value: str | None, default: str | None) -> str | None:
    """An event status filter: one of STATUSES, or "any" (no filter)."""
    if value is None or not value.strip():
        return default
    value = value.strip()
    if value == "any":
        return None
    if value not in STATUSES:
        raise _bad(f"status {value!r}: choose one of {', '.join(STATUSES)} or any")
    return value


def _types(values: list[str] | None) -> list[str]:
    """Event types from a repeatable (or comma-separated) parameter; an unknown one is a 400."""
    out = [x.strip() for v in values or [] for x in v.split(",") if x.strip()]
    if unknown := [x for x in out if x not in EVENT_TYPES]:
        raise _bad(f"type {', '.join(unknown)}: choose among {', '.join(EVENT_TYPES)}")
    return out


# ---------------------------------------------------------------------- the app's state and tokens


@dataclass
class Context:
    """What every request needs: the one store, the API settings, the ingest jobs, the catalog."""

    store: Store
    settings: Settings
    config: ApiConfig
    jobs: JobRunner
    uploads: Path
    _catalog: Catalog | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def catalog(self) -> Catalog:
        """The entity catalog (roles over time on entity pages), loaded on first use."""
        with self._lock:
            if self._catalog is None:
                from rasd.nlp.catalog import load_catalog

                self._catalog = load_catalog()
            return self._catalog


def context(request: Request) -> Context:
    return request.app.state.rasd


_CHALLENGE = {"WWW-Authenticate": "Bearer"}
bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer TOKEN")
Ctx = Annotated[Context, Depends(context)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def require_read(ctx: Ctx, creds: Credentials) -> None:
    """Reads are open, unless a read token is configured: then it (or the write token) is needed."""
    wanted = ctx.config.read_token
    if wanted is None:
        return
    if creds is None:
        raise ApiError(
            401, "unauthorized", "this server needs a token: Authorization: Bearer TOKEN", _CHALLENGE
        )
    if not (
        _same(creds.credentials, wanted) or (ctx.config.token and _same(creds.credentials, ctx.config.token))
    ):
        raise ApiError(403, "forbidden", "wrong token")


def require_write(ctx: Ctx, creds: Credentials) -> None:
    """Writes need the API token; with none configured they are refused, never open."""
    wanted = ctx.config.token
    if wanted is None:
        raise ApiError(
            403,
            "forbidden",
            "writes are disabled: the server has no API token (RASD_API_TOKEN or RASD_API_TOKEN_FILE)",
        )
    if creds is None:
        raise ApiError(
            401, "unauthorized", "ingesting needs a token: Authorization: Bearer TOKEN", _CHALLENGE
        )
    if not _same(creds.credentials, wanted):
        raise ApiError(403, "forbidden", "wrong token")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": m.ErrorResponse} for code in (400, 401, 403, 404, 500)
}

router = APIRouter(prefix="/api", dependencies=[Depends(require_read)], responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")]
DateFrom = Annotated[str | None, Query(alias="from", description="YYYY-MM-DD (inclusive)")]
DateTo = Annotated[str | None, Query(alias="to", description="YYYY-MM-DD (inclusive)")]
Types = Annotated[list[str] | None, Query(alias="type", description="Event type (repeatable)")]


# ---------------------------------------------------------------------- reads


@router.get("/health", response_model=m.Health, summary="Liveness, schema version and row counts")
def health(ctx: Ctx) -> dict[str, Any]:
    return {"status": "ok", "schema_version": ctx.store.schema_version(), "counts": ctx.store.counts()}


@router.get("/search", response_model=m.SearchResponse, summary="Full-text search over every story")
def search(
    ctx: Ctx,
    q: Annotated[str, Query(description='Words, "a phrase", OR, -word, prefix*', max_length=500)],
    entity: Annotated[str | None, Query(description="Only stories naming this entity (name or id)")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = queries.SEARCH_LIMIT,
    offset: Annotated[int, Query(ge=0, le=SEARCH_MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    lo, hi = _date(date_from, "from"), _date(date_to, "to")
    entity = entity or None
    hits = queries.search(ctx.store, q, entity, lo, hi, limit=offset + limit)[offset:]
    facets = queries.search_facets(ctx.store, q, entity, lo, hi)
    return {
        "query": q,
        "items": queries.to_json(hits),
        "facets": queries.to_json(facets),
        "limit": limit,
        "offset": offset,
    }


@router.get("/entities", response_model=m.EntityList, summary="Entities, most mentioned first")
def entities(
    ctx: Ctx,
    q: Annotated[str | None, Query(description="Part of a name or alias, Arabic or English")] = None,
    entity_type: Annotated[str | None, Query(alias="type", description="PER, LOC, ORG, …")] = None,
    limit: Limit = LIST_LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    return queries.to_json(queries.list_entities(ctx.store, q, entity_type or None, limit, offset))


@router.get("/entities/{entity_id:path}", response_model=m.EntityPage, summary="An entity's page")
def entity(ctx: Ctx, entity_id: str) -> dict[str, Any]:
    queries.entity_ref(ctx.store, entity_id)  # an id, exactly: 404 rather than a guess by name
    page = queries.entity_page(ctx.store, entity_id, ctx.catalog())
    if page.entity.id != entity_id:  # resolve() found a more mentioned entity with this id as a name
        log.warning("entity id %r resolved to %r", entity_id, page.entity.id)
    return queries.to_json(page)


@router.get("/timeline", response_model=list[m.Cluster], summary="An entity's event clusters in date order")
def timeline(
    ctx: Ctx,
    entity: Annotated[str, Query(description="A name in Arabic or English, or an entity id")],
    with_entity: Annotated[
        str | None, Query(alias="with", description="Only events with this one too")
    ] = None,
    types: Types = None,
    status: Annotated[
        str | None, Query(description="occurred (default), planned, denied, hypothetical, any")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> list[Any]:
    found = queries.timeline(
        ctx.store,
        entity,
        with_entity or None,
        types=_types(types) or queries.TIMELINE_TYPES,
        status=_status(status, "occurred"),
        date_from=_date(date_from, "from"),
        date_to=_date(date_to, "to"),
    )
    return queries.to_json(found)


@router.get("/clusters", response_model=m.ClusterList, summary="Event clusters, newest first")
def clusters(
    ctx: Ctx,
    entity: Annotated[str | None, Query(description="Only clusters naming this entity (name or id)")] = None,
    types: Types = None,
    status: Annotated[
        str | None, Query(description="occurred, planned, denied, hypothetical; any (default)")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet: Annotated[str | None, Query(description="Only clusters with a report from this outlet")] = None,
    limit: Limit = LIST_LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    page = queries.list_clusters(
        ctx.store,
        entity or None,
        _types(types),
        _status(status, None),
        _date(date_from, "from"),
        _date(date_to, "to"),
        outlet or None,
        limit,
        offset,
    )
    return queries.to_json(page)


@router.get("/clusters/{cluster_id}", response_model=m.Cluster, summary="One event with every source")
def cluster(ctx: Ctx, cluster_id: str) -> dict[str, Any]:
    return queries.to_json(queries.cluster(ctx.store, cluster_id))


@router.get("/documents", response_model=m.DocumentList, summary="Documents, newest first")
def documents(
    ctx: Ctx,
    outlet: str | None = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = LIST_LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    page = queries.list_documents(
        ctx.store, outlet or None, _date(date_from, "from"), _date(date_to, "to"), limit, offset
    )
    return queries.to_json(page)


@router.get("/documents/{document_id}", response_model=m.Document, summary="A document with its stories")
def document(ctx: Ctx, document_id: str) -> dict[str, Any]:
    return queries.to_json(queries.document(ctx.store, document_id))


@router.get("/stories/{story_id}", response_model=m.Story, summary="A story with its annotations as offsets")
def story(ctx: Ctx, story_id: str) -> dict[str, Any]:
    return queries.to_json(queries.story(ctx.store, story_id))


@router.get("/graph", response_model=m.Graph, summary="The relation graph as node-link JSON")
def graph(
    ctx: Ctx,
    types: Types = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    status: Annotated[
        str | None, Query(description="occurred (default), planned, denied, hypothetical, any")
    ] = None,
) -> dict[str, Any]:
    from rasd.kb.graph import node_link, relation_graph

    g = relation_graph(
        ctx.store,
        types=_types(types) or None,
        date_from=_date(date_from, "from"),
        date_to=_date(date_to, "to"),
        status=_status(status, "occurred"),
    )
    return node_link(g)


@router.get(
    "/export",
    response_class=FileResponse,
    summary="The export files of one format, zipped",
    responses={200: {"content": {"application/zip": {}}}},
)
def export(
    ctx: Ctx, fmt: Annotated[str, Query(alias="format", description="jsonl, csv, parquet or graphml")]
) -> FileResponse:
    from rasd.kb.export import FORMATS
    from rasd.kb.export import export as run_export

    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise _bad(f"format {fmt!r}: choose one of {', '.join(FORMATS)}")
    folder = Path(tempfile.mkdtemp(prefix="rasd-export-"))
    try:
        files = run_export(ctx.store, folder / "files", fmt)
        archive = folder / f"rasd-{fmt}.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for f in files:
                zf.write(f, arcname=f.name)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        archive,
        media_type="application/zip",
        filename=archive.name,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )


@router.get("/jobs/{job_id}", response_model=m.Job, summary="An ingest job's progress")
def job(ctx: Ctx, job_id: str) -> dict[str, Any]:
    found = ctx.jobs.get(job_id)
    if found is None:
        raise ApiError(404, "not_found", f"no job {job_id!r} (jobs are forgotten when the server restarts)")
    return found


# ---------------------------------------------------------------------- the one write

_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "One or more news files (HTML, text, JSON lines, feeds, WARC)",
                        },
                        "text": {"type": "string", "description": "An article pasted as text"},
                        "published": {"type": "string", "description": "The text's date, YYYY-MM-DD"},
                        "title": {"type": "string", "description": "The text's headline"},
                        "outlet": {"type": "string", "description": "The text's outlet"},
                        "url": {"type": "string", "description": "The text's address"},
                    },
                }
            }
        },
    }
}

writer = APIRouter(prefix="/api", responses={**ERRORS, 413: {"model": m.ErrorResponse}})


@writer.post(
    "/ingest",
    status_code=202,
    response_model=m.JobAccepted,
    dependencies=[Depends(require_write)],
    openapi_extra=_INGEST_BODY,
    summary="Upload files or text to analyse and store, as a background job",
)
async def ingest(request: Request, ctx: Ctx) -> SafeJSONResponse:
    cfg = ctx.config
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > cfg.max_request_bytes:
        raise ApiError(413, "too_large", f"the request is over {cfg.max_request_bytes:,} bytes")
    if not request.headers.get("content-type", "").startswith(
        ("multipart/form-data", "application/x-www-form")
    ):
        raise _bad("send multipart/form-data with a `file` field (one or more) or a `text` field")
    form = await request.form(max_files=cfg.max_files, max_fields=20, max_part_size=cfg.max_request_bytes)
    try:
        uploads = form.getlist("file")
        if any(not isinstance(u, UploadFile) for u in uploads):
            raise _bad("`file` must be a file upload (multipart/form-data), not a text field")
        fields = {k: _text_field(form, k) for k in ("text", "published", "title", "outlet", "url")}
        if not uploads and not (fields["text"] or "").strip():
            raise _bad("nothing to ingest: send a `file` field (one or more) or a non-empty `text` field")
        names = [_safe_name(u.filename) for u in uploads]  # type: ignore[union-attr]
        if len(set(names)) < len(names):
            raise _bad("two uploaded files have the same name")
        job_id, folder = ctx.jobs.new_folder()
        try:
            await run_in_threadpool(_save, folder, list(zip(names, uploads, strict=True)), fields, cfg)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    finally:
        await form.close()
    ctx.jobs.submit(job_id, folder)
    return SafeJSONResponse({"job": job_id, "state": "queued", "url": f"/api/jobs/{job_id}"}, status_code=202)


def _text_field(form: Any, key: str) -> str | None:
    value = form.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad(f"`{key}` must be a text field, not a file")
    return value


def _safe_name(raw: str | None) -> str:
    """The uploaded file's own name, or a 400: no folders, no "..", nothing hidden or unprintable."""
    if not raw or not raw.strip():
        raise _bad("an uploaded file has no name")
    if "/" in raw or "\\" in raw or ".." in raw:
        raise _bad(f"file name {raw!r}: a name may not hold / \\ or ..")
    if raw.startswith(".") or raw != raw.strip():
        raise _bad(f"file name {raw!r}: a name may not start with a dot or a space")
    if any(unicodedata.category(ch).startswith("C") for ch in raw):
        raise _bad(f"file name {raw!r}: control characters are not allowed")
    if len(raw.encode()) > 200:
        raise _bad("file name longer than 200 bytes")
    return raw


def _save(
    folder: Path, uploads: list[tuple[str, Any]], fields: dict[str, str | None], cfg: ApiConfig
) -> None:
    """Copy each upload into the job's folder, refusing (413) any over the size limit."""
    limit = cfg.max_upload_bytes
    for name, upload in uploads:
        target = folder / name
        size = 0
        upload.file.seek(0)
        with target.open("xb") as out:
            while chunk := upload.file.read(COPY_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ApiError(413, "too_large", f"{name!r} is over the upload limit of {limit:,} bytes")
                out.write(chunk)
    text = fields.get("text")
    if text and text.strip():
        data = text.encode("utf-8")
        if len(data) > limit:
            raise ApiError(413, "too_large", f"the text is over the upload limit of {limit:,} bytes")
        meta = {
            k: v.strip()
            for k in ("published", "title", "outlet", "url")
            if (v := fields.get(k)) and v.strip()
        }
        if "published" in meta:
            _date(meta["published"], "published")
        if meta:  # a JSON line carries the fields a plain text file cannot
            record = json.dumps({"text": text, **meta}, ensure_ascii=False)
            (folder / "pasted-text.jsonl").write_text(record + "\n", encoding="utf-8")
        else:
            (folder / "pasted-text.txt").write_bytes(data)


# ---------------------------------------------------------------------- the app


def create_app(
    db: str | Path | None = None,
    settings: Settings | None = None,
    token: str | None = None,
    *,
    read_token: str | None = None,
    config: ApiConfig | None = None,
) -> FastAPI:
    """The API over the store at `db` (a SQLite path or a database URL; None: the default store).

    `token` enables POST /api/ingest (else RASD_API_TOKEN, else the file RASD_API_TOKEN_FILE names);
    `config` replaces every API setting at once (tests)."""
    settings = settings or Settings.from_env()
    config = config or ApiConfig.from_env(token, read_token)
    store = Store.open(db, settings)
    uploads = Path(tempfile.mkdtemp(prefix="rasd-api-uploads-"))
    ctx = Context(store, settings, config, JobRunner(store, settings, uploads, MAX_JOBS_KEPT), uploads)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(ctx.jobs.stop)
        shutil.rmtree(uploads, ignore_errors=True)
        store.close()

    app = FastAPI(
        title="rasd",
        summary="Arabic news knowledge base: who met, called, visited or said what to whom",
        version=_version(),
        default_response_class=SafeJSONResponse,
        lifespan=lifespan,
        docs_url=None,  # served below from the swagger-ui-bundle package: no CDN, works offline
        redoc_url=None,
    )
    app.state.rasd = ctx
    _install_error_handlers(app)

    @app.middleware("http")
    async def no_sniffing(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    app.include_router(router)
    app.include_router(writer)
    _offline_docs(app)

    @app.api_route(
        "/api/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False
    )
    def no_such_endpoint(rest: str) -> None:
        """Unknown /api/ paths answer JSON, never the web UI's HTML (its folder is mounted at /)."""
        raise ApiError(404, "not_found", f"no endpoint /api/{rest}")

    if STATIC.is_dir():
        app.mount("/", StaticFiles(directory=STATIC, html=True), name="web")
    else:

        @app.get("/", include_in_schema=False)
        def home() -> RedirectResponse:
            return RedirectResponse("/docs")

    return app


def _offline_docs(app: FastAPI) -> None:
    """OpenAPI docs at /docs with Swagger UI's files from the installed swagger-ui-bundle package."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Any:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="rasd API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rasd")
    except PackageNotFoundError:
        return "0"
