"""`python -m generator [--check]`: what `make generate` and `make check-generated` run."""

from __future__ import annotations

from .generate import main

raise SystemExit(main())
