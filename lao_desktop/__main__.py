from lao_desktop.cli import main

raise SystemExit(main())
