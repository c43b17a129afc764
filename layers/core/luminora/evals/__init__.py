"""Offline evaluations of memory quality (retrieval on LoCoMo), run by `luminora eval`.

Evaluation data is read at run time from outside the package (../shared/data); nothing
derived from it is shipped.
"""
