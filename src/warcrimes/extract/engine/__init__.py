"""The language-neutral extraction engine: text and tokens, lemmatizer interface, pattern matcher,
the Document every step reads and adds to, and the pipeline that checks each step's contract.

Nothing here knows a word of any language; words live under extract/lang/<xx>/.
"""
