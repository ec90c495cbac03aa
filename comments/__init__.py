"""comments: segment scraped news pages and profile their reader comments."""

__version__ = "0.1.0"
