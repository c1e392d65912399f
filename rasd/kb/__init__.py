"""The knowledge base: clustering reports of one event across documents (store and timeline later)."""
