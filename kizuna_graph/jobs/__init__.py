"""The pipelines the ``kizuna`` command runs: publish a plan, analyse it, validate and build a corpus of plans."""
