"""The generator: spec/ -> generated/harvest_v2 (`python -m generator`, which `make generate` runs).

bundle (the split spec into one document), decimal_property (decimal numbers as
Decimal), operations (the operations table), properties (what a property becomes
in Python), naming (the names of resource methods and classes), text (spec text
as literals and docstrings), generate (render, format, mark, compare). Run from
the repository root.
"""
