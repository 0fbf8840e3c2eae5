-- Vendor plugins: an organization's connections to them, their sync runs, the catalog items and
-- completion records they bring, and the link from a module to the catalog item that delivers it.
-- Secret settings are stored encrypted (AES-GCM, key from PRAXIS_SECRET_KEY), never in clear.

CREATE TABLE plugin_connection (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  plugin_id VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  settings TEXT NOT NULL,
  secrets TEXT NULL,
  schedule VARCHAR(40) NULL,
  completion_watermark VARCHAR(2000) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_plugin_connection_name UNIQUE (organization_id, name),
  CONSTRAINT fk_plugin_connection_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE sync_run (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  connection_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  trigger_kind VARCHAR(20) NOT NULL,
  queued_at DATETIME(6) NOT NULL,
  started_at DATETIME(6) NULL,
  finished_at DATETIME(6) NULL,
  heartbeat_at DATETIME(6) NULL,
  pages INT NOT NULL,
  fetched INT NOT NULL,
  created INT NOT NULL,
  updated INT NOT NULL,
  unchanged INT NOT NULL,
  rejected INT NOT NULL,
  expected_total BIGINT NULL,
  errors TEXT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_sync_run_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_sync_run_connection FOREIGN KEY (connection_id) REFERENCES plugin_connection (id)
);
CREATE INDEX ix_sync_run_connection ON sync_run (connection_id, id);
CREATE INDEX ix_sync_run_status ON sync_run (status, id);

CREATE TABLE catalog_item (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  connection_id BIGINT NOT NULL,
  external_id VARCHAR(200) NOT NULL,
  title VARCHAR(500) NOT NULL,
  description TEXT NULL,
  duration_minutes INT NULL,
  format VARCHAR(100) NULL,
  skills TEXT NULL,
  url VARCHAR(2000) NULL,
  language VARCHAR(35) NULL,
  vendor_updated_at DATETIME(6) NULL,
  synced_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_catalog_item_external UNIQUE (connection_id, external_id),
  CONSTRAINT fk_catalog_item_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_catalog_item_connection FOREIGN KEY (connection_id) REFERENCES plugin_connection (id)
);

-- One row per vendor record (deduplicated on its id). person_id is null while the learner matches
-- nobody; unmatched_reason says why, and the row is matched again when such a person appears.
CREATE TABLE external_completion (
  id BIGINT NOT NULL AUTO_INCREMENT,
  organization_id BIGINT NOT NULL,
  connection_id BIGINT NOT NULL,
  external_record_id VARCHAR(200) NOT NULL,
  learner_email VARCHAR(320) NULL,
  learner_external_id VARCHAR(200) NULL,
  learner_account VARCHAR(200) NULL,
  item_external_id VARCHAR(200) NOT NULL,
  catalog_item_id BIGINT NULL,
  person_id BIGINT NULL,
  status VARCHAR(20) NOT NULL,
  progress DECIMAL(5, 2) NULL,
  score DECIMAL(5, 2) NULL,
  completed_at DATETIME(6) NULL,
  time_spent_seconds BIGINT NULL,
  unmatched_reason VARCHAR(200) NULL,
  synced_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_external_completion_record UNIQUE (connection_id, external_record_id),
  CONSTRAINT fk_external_completion_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_external_completion_connection FOREIGN KEY (connection_id) REFERENCES plugin_connection (id),
  CONSTRAINT fk_external_completion_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id),
  CONSTRAINT fk_external_completion_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_external_completion_unmatched ON external_completion (organization_id, unmatched_reason, id);
CREATE INDEX ix_external_completion_email ON external_completion (organization_id, learner_email);
CREATE INDEX ix_external_completion_external_id ON external_completion (organization_id, learner_external_id);
CREATE INDEX ix_external_completion_account ON external_completion (organization_id, learner_account);
CREATE INDEX ix_external_completion_item ON external_completion (catalog_item_id, person_id);

ALTER TABLE module ADD COLUMN catalog_item_id BIGINT NULL;
ALTER TABLE module ADD CONSTRAINT fk_module_catalog_item FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id);
CREATE INDEX ix_module_catalog_item ON module (catalog_item_id);
