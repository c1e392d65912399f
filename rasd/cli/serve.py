"""`rasd serve`: the HTTP API (and the web UI, when built) on one port, under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from rasd.errors import RasdError
from rasd.kb.store import default_db_path

console = Console(stderr=True)


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    db: Annotated[
        str | None,
        typer.Option("--db", help=f"SQLite file or database URL (default: {default_db_path()})."),
    ] = None,
) -> None:
    """Serve the knowledge base as JSON over HTTP (docs at /docs); ingesting needs RASD_API_TOKEN."""
    import uvicorn

    from rasd.api.app import create_app
    from rasd.cli.kb import fail

    try:
        app = create_app(db)
    except RasdError as exc:
        raise fail(exc) from exc
    config = app.state.rasd.config
    if config.token is None:
        console.print(
            "writes are off: set RASD_API_TOKEN (or RASD_API_TOKEN_FILE) to enable POST /api/ingest"
        )
    if host not in ("127.0.0.1", "localhost", "::1") and config.read_token is None:
        console.print(f"[yellow]warning[/yellow] reads are open to anyone who reaches {host}:{port}")
    uvicorn.run(app, host=host, port=port, log_level="info")
