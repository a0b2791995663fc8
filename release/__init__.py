"""Release tooling: API diff, changelog, distributions, tests-passed marker and publishing.

One module per job; each runnable one is a `python -m release.<module>` command
that the Makefile's api-diff, changelog, dist and publish targets call.
"""
