"""The violation taxonomy ships as data and is validated when loaded."""

from warcrimes.domain.taxonomy import violations, vocabulary


def test_the_taxonomy_has_the_sixteen_contract_labels_each_with_legal_anchors() -> None:
    table = violations()
    assert len(table) == 16
    assert "Rome Statute art. 8(2)(b)(xi)" in table["perfidy"].anchors
    assert all(v.anchors for label, v in table.items() if label != "other")


def test_the_vocabulary_holds_the_contract_value_sets() -> None:
    vocab = vocabulary()
    assert "pow" in vocab.victim_categories and "video" in vocab.evidence_kinds
    assert vocab.review_statuses == ("proposed", "confirmed", "rejected")
