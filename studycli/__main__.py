import sys

from studycli.entry import main

sys.exit(main())
