"""Reference data: versioned dictionaries, codebook and gazetteer files, and their loaders."""
