"""The project's vocabulary: reports, accounts, incidents, statistics, the violation taxonomy."""
