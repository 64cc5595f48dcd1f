"""Industrial-symbiosis matching (no Qt): text normalisation, the knowledge table of
established uses, and the candidate search with its signals, gates and estimates."""
