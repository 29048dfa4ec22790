"""The regional network's views, one module per part (directory, knowledge, questions,
trainings, agreements)."""
