"""The marker validity set: candidate builder (build.py), loader (data.py) and evaluation (evaluate.py)."""
