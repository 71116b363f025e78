"""`python -m warcrimes` runs the command line."""

from warcrimes.cli import main

if __name__ == "__main__":
    main()
