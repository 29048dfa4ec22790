"""The regional network's services, one module per part (directory, knowledge, questions,
trainings, agreements)."""
