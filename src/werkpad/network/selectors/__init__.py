"""The regional network's selectors, one module per part (directory, knowledge, questions,
trainings, agreements)."""
