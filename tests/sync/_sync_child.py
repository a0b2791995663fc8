"""A sync in its own process, to be killed: prints one line per page written, flushed at once.

python tests/sync/_sync_child.py BASE_URL TOKEN ACCOUNT DATABASE_URL PER_PAGE
"""

from __future__ import annotations

import sys

from harvest_v2 import Harvest
from harvest_v2.sync import SyncProgress, sync


def _tell(progress: SyncProgress) -> None:
    print(progress.resource, progress.phase, progress.records, flush=True)


def main() -> None:
    base_url, token, account, url, per_page = sys.argv[1:6]
    with Harvest(
        access_token=token,
        account_id=account,
        user_agent="Sync crash test (tests@example.com)",
        base_url=base_url,
        throttle=False,
    ) as hv:
        sync(hv, url, per_page=int(per_page), progress=_tell)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
