-- Covering indexes for the program-wide measurement roll-ups: each aggregate reads one index range
-- (organization, program) instead of a row lookup per answer. The columns after program_id are the
-- ones the queries group, count and filter by (check day, cited module, class, dates, track for the
-- audience filter). MeasurementBenchmark measures the difference; it drops and recreates the
-- indexes whose names start with ix_measure_.

CREATE INDEX ix_measure_survey_program ON survey_response (organization_id, program_id, relevance, confidence, nps, missing_given, responded_on, track_id);
CREATE INDEX ix_measure_assessment_program ON assessment (organization_id, program_id, person_id, cohort_id, module_id, kind, score, assessed_on, track_id);
CREATE INDEX ix_measure_check_program ON behavior_check_response (organization_id, program_id, check_day, module_id, classification, answered_on, track_id);
