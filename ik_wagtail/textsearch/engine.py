"""German analysis for an Elasticsearch or OpenSearch engine (``SEARCH_URL``).

The intranet's own searches (header, library, directory) always use the plugin's index
(``matching.py``), so they behave the same on every installation. An engine, where a county
has one, serves Wagtail's own search in the admin; these index settings give it German matching
of its own: the engine's German stop words, ``german_normalization`` (ä/ae, ß/ss),
``asciifolding`` (é/e), the light German stemmer and, with the engine's hyphenation patterns and
a German word list installed on the engine, the ``hyphenation_decompounder`` for the parts of
compounds. Kept free of Django imports: the settings module reads it.
"""

GERMAN_ANALYZER = "default"  # the engine's analyzer for every text field without its own


def german_index_settings(decompounder_files=""):
    """``INDEX_SETTINGS`` for Wagtail's Elasticsearch/OpenSearch backend.

    ``decompounder_files`` is ``"patterns.xml,words.txt"`` (paths on the engine, relative to its
    configuration directory), or empty for no decompounding (the files are not part of a
    standard engine; an index that names missing files cannot be created).
    """
    filters = {
        "german_stop": {"type": "stop", "stopwords": "_german_"},
        "german_stemmer": {"type": "stemmer", "language": "light_german"},
    }
    chain = ["lowercase", "german_stop"]
    if decompounder_files:
        patterns, _comma, words = decompounder_files.partition(",")
        filters["german_decompounder"] = {
            "type": "hyphenation_decompounder",
            "hyphenation_patterns_path": patterns.strip(),
            "word_list_path": words.strip(),
            "only_longest_match": True,
            "min_subword_size": 4,
        }
        chain.append("german_decompounder")
    chain += ["german_normalization", "asciifolding", "german_stemmer"]
    return {
        "settings": {
            "analysis": {
                "filter": filters,
                "analyzer": {
                    GERMAN_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": chain}
                },
            }
        }
    }
