"""Language identification for reports: en, uk, ru, mixed or other, from letters and function words.

    from warcrimes.language_id import identify
    identify("Вночі ворог атакував Харків").language   # 'uk'

The evidence per language is data (data/markers.json, see data/PROVENANCE.md).
"""

from warcrimes.language_id.identify import KNOWN, LanguageId, detect_language, identify, language_runs

__all__ = ["KNOWN", "LanguageId", "detect_language", "identify", "language_runs"]
