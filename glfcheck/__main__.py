from glfcheck.cli import main

raise SystemExit(main())
