-- The core of a Praxis organization: who calls (api_key), what it runs (program, track, module,
-- phase, cohort), who takes part (person, enrollment, completion) and what it costs (budget).
-- Every row that belongs to an organization carries organization_id, and every query filters by it.
-- Times are UTC (DATETIME(6)); enums are stored by name and checked at the API boundary.

CREATE TABLE organization (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_organization_name UNIQUE (name)
);

-- Keys are random 256-bit secrets, so one SHA-256 (not a slow password hash) is the right store.
CREATE TABLE api_key (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  label VARCHAR(200) NOT NULL,
  prefix VARCHAR(16) NOT NULL,
  secret_hash CHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_key_secret_hash UNIQUE (secret_hash),
  CONSTRAINT fk_api_key_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE program (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  status VARCHAR(20) NOT NULL,
  starts_on DATE NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_program_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_program_organization ON program (organization_id, id);

CREATE TABLE track (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  audience VARCHAR(20) NOT NULL,
  sequence INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_track_program_sequence UNIQUE (program_id, sequence),
  CONSTRAINT fk_track_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_track_program FOREIGN KEY (program_id) REFERENCES program (id)
);

CREATE TABLE module (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  track_id BIGINT NOT NULL,
  sequence INT NOT NULL,
  code VARCHAR(8) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary TEXT NULL,
  hours DECIMAL(6, 2) NOT NULL,
  format VARCHAR(30) NOT NULL,
  specialty VARCHAR(30) NULL,
  business_context TEXT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_module_track_sequence UNIQUE (track_id, sequence),
  CONSTRAINT fk_module_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_module_track FOREIGN KEY (track_id) REFERENCES track (id)
);

CREATE TABLE phase (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  sequence INT NOT NULL,
  planned_start_month INT NOT NULL,
  planned_end_month INT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_phase_program_kind UNIQUE (program_id, kind),
  CONSTRAINT fk_phase_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_phase_program FOREIGN KEY (program_id) REFERENCES program (id)
);

CREATE TABLE cohort (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  track_id BIGINT NOT NULL,
  phase_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_cohort_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_cohort_program FOREIGN KEY (program_id) REFERENCES program (id),
  CONSTRAINT fk_cohort_track FOREIGN KEY (track_id) REFERENCES track (id),
  CONSTRAINT fk_cohort_phase FOREIGN KEY (phase_id) REFERENCES phase (id)
);
CREATE INDEX ix_cohort_program ON cohort (program_id, id);
CREATE INDEX ix_cohort_track ON cohort (track_id, id);

CREATE TABLE person (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  email VARCHAR(320) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  title VARCHAR(200) NULL,
  department VARCHAR(200) NULL,
  audience VARCHAR(20) NULL,
  specialty VARCHAR(30) NULL,
  manager_id BIGINT NULL,
  external_id VARCHAR(200) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_person_email UNIQUE (organization_id, email),
  CONSTRAINT uq_person_external_id UNIQUE (organization_id, external_id),
  CONSTRAINT fk_person_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id)
);
CREATE INDEX ix_person_manager ON person (manager_id, id);
CREATE INDEX ix_person_audience ON person (organization_id, audience, id);

CREATE TABLE enrollment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  enrolled_at DATETIME(6) NOT NULL,
  completed_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_enrollment_cohort_person UNIQUE (cohort_id, person_id),
  CONSTRAINT fk_enrollment_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_enrollment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_enrollment_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_enrollment_person ON enrollment (person_id);

-- One row per person and module: a later report of the same completion updates it and never
-- moves it backwards (the earliest completion time is kept).
CREATE TABLE completion (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  module_id BIGINT NOT NULL,
  completed_at DATETIME(6) NOT NULL,
  score DECIMAL(5, 2) NULL,
  source VARCHAR(100) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_completion_person_module UNIQUE (person_id, module_id),
  CONSTRAINT fk_completion_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_completion_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_completion_module FOREIGN KEY (module_id) REFERENCES module (id)
);
CREATE INDEX ix_completion_module ON completion (module_id);

CREATE TABLE budget (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  currency CHAR(3) NOT NULL,
  total_amount DECIMAL(15, 2) NOT NULL,
  change_management_amount DECIMAL(15, 2) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_budget_program UNIQUE (program_id),
  CONSTRAINT fk_budget_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_budget_program FOREIGN KEY (program_id) REFERENCES program (id)
);
