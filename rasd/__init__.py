"""rasd: Arabic news in, a knowledge base of who met, called, visited or said what to whom out.

>>> import rasd
>>> doc = rasd.analyze_text("…", published="2024-10-11")
>>> result = rasd.analyze_paths(["news/"])
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = ["__version__", "analyze_paths", "analyze_text"]


def __getattr__(name: str):  # lazy: `import rasd` loads no lexicon and no heavy dependency
    if name in ("analyze_text", "analyze_paths"):
        from rasd import library as api

        return api.analyze_text if name == "analyze_text" else api.analyze_files
    raise AttributeError(name)
