"""One subpackage per resource (spec tag): resource classes in its __init__, one module per operation."""
