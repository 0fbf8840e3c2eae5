-- Roadmap gates and the judgement around them: the AI tools a program deploys (its practice
-- systems), attested gate evidence, gate overrides, internal success stories, continuous
-- capability activity, the audit trail of every attestation and override, and training
-- providers with the track each one delivers.

CREATE TABLE ai_tool (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  deployed_on DATE NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_ai_tool_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_ai_tool_program FOREIGN KEY (program_id) REFERENCES program (id)
);
CREATE INDEX ix_ai_tool_program ON ai_tool (program_id, id);

-- Which audiences can reach a tool.
CREATE TABLE ai_tool_audience (
  tool_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  audience VARCHAR(20) NOT NULL,
  PRIMARY KEY (tool_id, audience),
  CONSTRAINT fk_ai_tool_audience_tool FOREIGN KEY (tool_id) REFERENCES ai_tool (id),
  CONSTRAINT fk_ai_tool_audience_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- Evidence a person recorded for an ATTESTED gate condition; the latest one per phase and kind counts.
CREATE TABLE gate_attestation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  phase_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  evidence_url VARCHAR(2000) NOT NULL,
  attested_on DATE NOT NULL,
  audience VARCHAR(500) NULL,
  note TEXT NULL,
  attested_by VARCHAR(250) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_gate_attestation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_gate_attestation_phase FOREIGN KEY (phase_id) REFERENCES phase (id)
);
CREATE INDEX ix_gate_attestation_phase ON gate_attestation (phase_id, kind, id);

-- A decision to let a blocked phase start anyway; the latest one per phase stands.
CREATE TABLE gate_override (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  phase_id BIGINT NOT NULL,
  justification TEXT NOT NULL,
  overridden_by VARCHAR(250) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_gate_override_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_gate_override_phase FOREIGN KEY (phase_id) REFERENCES phase (id)
);
CREATE INDEX ix_gate_override_phase ON gate_override (phase_id, id);

CREATE TABLE success_story (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary TEXT NOT NULL,
  recorded_on DATE NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_success_story_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_success_story_program FOREIGN KEY (program_id) REFERENCES program (id)
);
CREATE INDEX ix_success_story_program ON success_story (program_id, id);

-- The continuous phase's activity: community sessions, showcases, use-case library updates, curriculum refreshes.
CREATE TABLE capability_activity (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  kind VARCHAR(40) NOT NULL,
  happened_on DATE NOT NULL,
  note TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_capability_activity_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_capability_activity_program FOREIGN KEY (program_id) REFERENCES program (id)
);
CREATE INDEX ix_capability_activity_program ON capability_activity (program_id, happened_on);

-- Who did what to a gate and when; written in the same transaction as the change itself.
CREATE TABLE audit_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  phase_id BIGINT NULL,
  action VARCHAR(40) NOT NULL,
  actor VARCHAR(250) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  details TEXT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_audit_event_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_audit_event_program FOREIGN KEY (program_id) REFERENCES program (id),
  CONSTRAINT fk_audit_event_phase FOREIGN KEY (phase_id) REFERENCES phase (id)
);
CREATE INDEX ix_audit_event_program ON audit_event (program_id, id);

CREATE TABLE provider (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  category VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_provider_name UNIQUE (organization_id, name),
  CONSTRAINT fk_provider_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- The provider that delivers a track (at most one).
CREATE TABLE track_provider (
  track_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  provider_id BIGINT NOT NULL,
  PRIMARY KEY (track_id),
  CONSTRAINT fk_track_provider_track FOREIGN KEY (track_id) REFERENCES track (id),
  CONSTRAINT fk_track_provider_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_track_provider_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
);
CREATE INDEX ix_track_provider_provider ON track_provider (provider_id);
