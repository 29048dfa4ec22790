"""The regional network's forms, one module per part (directory, knowledge, questions,
trainings, agreements)."""
