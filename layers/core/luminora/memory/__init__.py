"""Memory: extraction per language, fact merging, episodes, retrieval, context building.

Pure functions over data passed in; no I/O.
"""
