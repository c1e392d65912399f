"""The events stage: who met, called, visited or said what to whom (`stage.add_events`)."""
