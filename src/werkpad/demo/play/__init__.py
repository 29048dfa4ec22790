"""The few functions that play the demo's tables (``demo.data``) through the services, one
module per part: organisations and people, clients and trajectories, job development and
placements, the portal."""
