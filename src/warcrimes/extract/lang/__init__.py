"""Everything language-specific, one folder per language (see engine/language.py for the contract)."""
