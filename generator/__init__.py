"""The generator: spec/ -> generated/harvest_v2 (`python -m generator`, which `make generate` runs).

bundle (the split spec into one document), decimal_property (decimal numbers as
Decimal), naming (the names and types the templates write), generate (render,
format, mark, link the overlays, compare). Run from the repository root.
"""
