"""The pipelines the ``kizuna`` command runs: publish a plan, analyse it."""
