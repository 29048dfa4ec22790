"""The regional network: who is who in the region, the Routekaart knowledge base, questions
between professionals, trainings and werkateliers, regional agreements (issue 15)."""
