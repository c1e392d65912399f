"""The HTTP API: the knowledge base's questions as JSON over HTTP (FastAPI), for the web UI and scripts.

`create_app` (rasd/api/app.py) builds the application; `rasd serve` runs it under uvicorn.
"""
