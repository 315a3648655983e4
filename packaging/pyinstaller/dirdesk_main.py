"""The frozen program's entry point: the same as the console ``dirdesk`` command."""

import sys

from dirdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
