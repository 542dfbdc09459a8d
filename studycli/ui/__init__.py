"""Rich renderables. Note text is always wrapped in Text(), never parsed as markup."""
