"""Settings: ``base`` holds what every environment shares; ``demo``, ``test`` and
``production`` only say how they differ."""
