"""python -m harvest_v2.cli: the same as the harvest-v2 command."""

from . import main

main()
