"""Hand-written core of harvest_v2 that the generated code calls into; the generator never writes here.

One module, one job:

- _client: the request loop (pace, send, refresh once on a 401, retry, raise or
  hand the answer on) and the settings a client runs with: HarvestClient, AsyncHarvestClient.
- _options: what one call adds to its request (extra headers, query, body fields, timeout), checked.
- _raw: raw responses (RawResponse, RawPaginator, AsyncRawPaginator) for hv.with_raw_response.
- _escape: hv.request(), a call the spec lacks, paced by the table row its path matches.
- _deadline: a call's total deadline, obeyed by every read of the connections the client opens.
- _refresh: the OAuth2 refresh without I/O (TokenRefresh: the request, what an answer
  becomes, and per refresh token in the process its locks, successor and failures),
  TokenSet, TokenStore, TokenSaveError.
- _refreshing: the refresh's I/O (Refresher, AsyncRefresher): the token request, the
  shared store and lock across processes, the saves retried.
- _redis_tokens: refreshed tokens shared through Redis, encrypted (RedisTokenStore).
- _auth: Credentials (the secrets and the access token's generation), the
  checks on every value that becomes a header, and the OAuth2 token URL's.
- _response: what a successful answer becomes (the model, tolerant or strict, or None).
- _origin: where each call goes (BaseURL; links.next only to base_url's origin).
- _retry: whether and when to resend (RetryPolicy and its rules).
- _errors: the typed exceptions and the one classification of an error answer.
- _harvest_limits: Harvest's documented windows and the answers that mean "slow down".
- _pacing: client-side pacing in one process (RateLimit, Pacer).
- _redis_pacing: the same pacing shared through Redis by every process of an account.
- _pagination: every page of a list (Paginator, AsyncPaginator; overlapping reads of page-numbered
  lists for the listing guarantee; the guard against endless listings).
- _resource: the base classes of the generated resource classes.
- _operation: one row of the generated operations table (Operation, Bucket).
- _operation_call: one call of an operation, as build_request hands it to the client.
- _arguments: method arguments checked and converted before anything is sent.
- _not_given: NOT_GIVEN, the default of a method argument left out (imports nothing heavy).
- _decode: a page read fast despite drift (record by record in C, then one call through a twin that learnt the drift).
- _serde: JSON bytes in and out (numbers as Decimal), date-time and form-field text.
- _schema: what the spec says each attribute is; strict validation and tolerant reading.
- _model: HarvestModel, the base of every generated model.
- _required: model.required, an attribute's value or UnsetAttributeError naming what came.
- _drift: drift from the spec, collected once per process (drift_report) and logged once.
- _types: UNSET and File.
- _environment: the names of the HARVEST_* variables and the settings they give.
- _ports: picking a free TCP port (the command's fake, benchmarks, tests).
- _printable: text from Harvest made harmless wherever it is shown (terminal_text, one_line).
"""
