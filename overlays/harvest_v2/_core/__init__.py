"""Hand-written core of harvest_v2 that the generated code calls into.

The generator never writes here. One module per rule: _auth (headers, OAuth2
refresh), _retry (when and how long to wait), _pacing (client-side rate
limits), _pagination (following links.next), _errors (typed exceptions),
_client (the request pipeline tying them together), _resource (base classes of
the generated resource classes), _serde and _operation_call (small shared types).
"""
