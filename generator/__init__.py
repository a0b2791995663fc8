"""The generator: spec/ -> generated/harvest_v2 (`python -m generator`, which `make generate` runs).

bundle (the split spec into one document), decimal_property (decimal numbers as
Decimal), kinds (the registry: what each JSON type and format becomes),
properties (a property's annotation and code, from the registry), naming (the
names of methods and resource classes), operations (the operations table),
generate (render, format, mark, compare). Run from the
repository root.
"""
