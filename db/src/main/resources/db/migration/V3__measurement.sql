-- Measurement: the four Kirkpatrick levels. Reaction (survey_response), learning (assessment),
-- behaviour (behavior_check_response, manager_observation, tool_usage), results (kpi_measurement),
-- and the program's target behaviours. The rows answered within a cohort carry the cohort's
-- program and track as well, copied at write time, so that roll-ups per program or track are
-- one GROUP BY over one table.

-- missing_given: whether the free text says what was missing (counted from an index, unlike the text).
CREATE TABLE survey_response (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  track_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  module_id BIGINT NULL,
  person_id BIGINT NOT NULL,
  relevance INT NOT NULL,
  confidence INT NOT NULL,
  nps INT NOT NULL,
  missing TEXT NULL,
  missing_given BOOLEAN NOT NULL,
  responded_on DATE NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_survey_response_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_survey_response_program FOREIGN KEY (program_id) REFERENCES program (id),
  CONSTRAINT fk_survey_response_track FOREIGN KEY (track_id) REFERENCES track (id),
  CONSTRAINT fk_survey_response_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_survey_response_module FOREIGN KEY (module_id) REFERENCES module (id),
  CONSTRAINT fk_survey_response_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- kind: PRE, POST (knowledge tests), EXERCISE (graded practical work), SCENARIO (simulated
-- scenario), PEER_TEACHING. Scores are 0-100.
CREATE TABLE assessment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  track_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  module_id BIGINT NULL,
  person_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  score DECIMAL(5, 2) NOT NULL,
  assessed_on DATE NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_assessment_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_assessment_program FOREIGN KEY (program_id) REFERENCES program (id),
  CONSTRAINT fk_assessment_track FOREIGN KEY (track_id) REFERENCES track (id),
  CONSTRAINT fk_assessment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_assessment_module FOREIGN KEY (module_id) REFERENCES module (id),
  CONSTRAINT fk_assessment_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- One answer per participant, cohort and check day (30, 60 or 90); a new answer replaces it.
-- classification: CONCRETE, VAGUE or NONE. module_id: the module the answer cites, if any.
CREATE TABLE behavior_check_response (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  track_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  check_day INT NOT NULL,
  answer TEXT NULL,
  classification VARCHAR(10) NOT NULL,
  module_id BIGINT NULL,
  answered_on DATE NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_behavior_check_response UNIQUE (cohort_id, person_id, check_day),
  CONSTRAINT fk_behavior_check_response_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_behavior_check_response_program FOREIGN KEY (program_id) REFERENCES program (id),
  CONSTRAINT fk_behavior_check_response_track FOREIGN KEY (track_id) REFERENCES track (id),
  CONSTRAINT fk_behavior_check_response_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_behavior_check_response_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_behavior_check_response_module FOREIGN KEY (module_id) REFERENCES module (id)
);

CREATE TABLE manager_observation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  manager_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  behavior TEXT NOT NULL,
  observed_on DATE NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_manager_observation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_manager_observation_manager FOREIGN KEY (manager_id) REFERENCES person (id),
  CONSTRAINT fk_manager_observation_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_manager_observation_person ON manager_observation (person_id, observed_on);

-- Daily active use of an AI tool by a person, from the tool's own logs. A tool is named by a
-- string here; one row per person, tool and day (a later report of the same day replaces it).
CREATE TABLE tool_usage (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  tool_name VARCHAR(200) NOT NULL,
  used_on DATE NOT NULL,
  active_minutes INT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_tool_usage_person_tool_day UNIQUE (person_id, tool_name, used_on),
  CONSTRAINT fk_tool_usage_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_tool_usage_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- kpi: PRODUCTIVITY, AI_PROJECT_VELOCITY, AI_ASSISTED_ERROR_RATE, USE_CASE_IDENTIFICATION_RATE.
-- scope_kind: TEAM, DEPARTMENT or AUDIENCE, scope: its name. population: ALL, TRAINED or
-- UNTRAINED. kind: BASELINE or CURRENT.
CREATE TABLE kpi_measurement (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  kpi VARCHAR(40) NOT NULL,
  scope_kind VARCHAR(20) NOT NULL,
  scope VARCHAR(200) NOT NULL,
  population VARCHAR(20) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  kpi_value DOUBLE NOT NULL,
  measured_on DATE NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_kpi_measurement_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_kpi_measurement_program FOREIGN KEY (program_id) REFERENCES program (id)
);
CREATE INDEX ix_kpi_measurement_program ON kpi_measurement (program_id, kpi, scope_kind, scope, population, kind, measured_on);

-- metric: how observed is computed from the 90-day data (CONCRETE_SHARE, optionally for one
-- audience; MODULE_CITED_SHARE for one module), or NULL when it is judged outside Praxis.
CREATE TABLE target_behavior (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  sequence INT NOT NULL,
  description VARCHAR(500) NOT NULL,
  measure VARCHAR(500) NOT NULL,
  target DOUBLE NULL,
  metric VARCHAR(30) NULL,
  audience VARCHAR(20) NULL,
  module_id BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_target_behavior_program_sequence UNIQUE (program_id, sequence),
  CONSTRAINT fk_target_behavior_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_target_behavior_program FOREIGN KEY (program_id) REFERENCES program (id),
  CONSTRAINT fk_target_behavior_module FOREIGN KEY (module_id) REFERENCES module (id)
);
