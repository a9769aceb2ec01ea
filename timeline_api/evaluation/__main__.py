"""``python -m timeline_api.evaluation GOLD_DIR [options]``."""
import sys

from .command import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m timeline_api.evaluation"))
