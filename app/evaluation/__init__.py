"""Evaluation of the PHI scan and the reply check against a labelled development corpus."""
