"""Print the Markdown a fixture dispatch converts to, to write a new pair:

    python tests/regenerate_fixture.py tests/fixtures/x.txt > tests/fixtures/x.md

Read the result before committing it: the pair is the expectation.
"""

import sys
from pathlib import Path

from wire.conversion import convert_to_markdown

path = Path(sys.argv[1])
sys.stdout.write(convert_to_markdown(path.read_bytes(), path.name))
