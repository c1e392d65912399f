"""rasd: Arabic news in, a knowledge base of who met, called, visited or said what to whom out."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
