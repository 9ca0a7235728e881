"""Entry point of the frozen app (PyInstaller): `intake-app` and `intake-app-cli` both start here.

Kept tiny on purpose: everything real lives in `intake_app.cli.main`, which is what `python -m intake_app`
and the pip-installed `intake-app` script run too, so the frozen build has no behaviour of its own.
"""

from __future__ import annotations

import sys

# The frozen app imports its modules from the bundled archive; nothing may write `.pyc` files beside the
# installation or in the user's folders (a read-only /opt, and no traces of the app on the laptop).
sys.dont_write_bytecode = True

import multiprocessing  # noqa: E402 - after the bytecode switch, so no import below writes caches

from intake_app.cli import main  # noqa: E402

if __name__ == "__main__":
    # The bundle encryption runs in a "spawn" child (intake_app/sync/child.py): in a frozen app the child
    # is this same executable, and freeze_support() is what turns it into the worker instead of a second
    # copy of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
