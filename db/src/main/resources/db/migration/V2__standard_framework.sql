-- The standard framework: reference data shared by every organization, from which a program
-- can be created. Four tracks (one per audience), their modules, and the four roadmap phases.
-- Titles, hours and formats are facts of the framework; the summaries are ours.

CREATE TABLE framework_track (
  audience VARCHAR(20) NOT NULL,
  sequence INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  PRIMARY KEY (audience)
);

CREATE TABLE framework_module (
  audience VARCHAR(20) NOT NULL,
  sequence INT NOT NULL,
  code VARCHAR(8) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary TEXT NOT NULL,
  hours DECIMAL(6, 2) NOT NULL,
  format VARCHAR(30) NOT NULL,
  specialty VARCHAR(30) NULL,
  PRIMARY KEY (audience, sequence),
  CONSTRAINT fk_framework_module_track FOREIGN KEY (audience) REFERENCES framework_track (audience)
);

CREATE TABLE framework_phase (
  kind VARCHAR(20) NOT NULL,
  sequence INT NOT NULL,
  planned_start_month INT NOT NULL,
  planned_end_month INT NULL,
  PRIMARY KEY (kind)
);

-- Which audiences a phase trains; CONTINUOUS trains everyone.
CREATE TABLE framework_phase_audience (
  phase_kind VARCHAR(20) NOT NULL,
  audience VARCHAR(20) NOT NULL,
  PRIMARY KEY (phase_kind, audience),
  CONSTRAINT fk_framework_phase_audience_phase FOREIGN KEY (phase_kind) REFERENCES framework_phase (kind)
);

INSERT INTO framework_track (audience, sequence, name) VALUES
  ('EXECUTIVE', 1, 'Executive Leadership'),
  ('BUSINESS_LEADER', 2, 'Business Leaders'),
  ('PROFESSIONAL', 3, 'Professionals'),
  ('PRACTITIONER', 4, 'Technical Practitioners');

INSERT INTO framework_module (audience, sequence, code, title, summary, hours, format, specialty) VALUES
  ('EXECUTIVE', 1, '1', 'AI Value Creation and Competitive Dynamics',
   'Where AI builds a lasting edge for a business, where it erodes one, and how to tell the two apart.', 2, 'WORKSHOP', NULL),
  ('EXECUTIVE', 2, '2', 'Evaluating AI Investment Proposals',
   'Reading an AI business case critically: assumptions, costs that surface late, and what evidence to ask for.', 2, 'CASE_STUDY', NULL),
  ('EXECUTIVE', 3, '3', 'AI Risk and Governance at the Board Level',
   'The questions a board should put to management about AI risk, accountability and oversight.', 2, 'DISCUSSION', NULL),
  ('EXECUTIVE', 4, '4', 'AI Vendor and Partner Evaluation',
   'Choosing and challenging AI vendors and partners in a simulated selection.', 2, 'SIMULATION', NULL),
  ('BUSINESS_LEADER', 1, '1', 'AI Use Case Identification and Scoping',
   'Finding AI opportunities in the leader''s own domain and cutting them down to a scoped, testable first project.', 4, 'WORKSHOP', NULL),
  ('BUSINESS_LEADER', 2, '2', 'Working with AI Teams Effectively',
   'Writing requirements, setting expectations and making trade-offs together with technical teams.', 4, 'SIMULATION', NULL),
  ('BUSINESS_LEADER', 3, '3', 'Measuring AI ROI and Business Impact',
   'Building the measurement plan for the leader''s own use case, baseline first.', 4, 'HANDS_ON', NULL),
  ('BUSINESS_LEADER', 4, '4', 'AI Change Management and Adoption',
   'Planning how a team actually changes its way of working once an AI tool arrives.', 4, 'CASE_STUDY', NULL),
  ('PROFESSIONAL', 1, '1', 'AI Tools in Your Daily Workflow',
   'Using the organization''s AI tools on the tasks of one''s own role, hands on.', 4, 'HANDS_ON', NULL),
  ('PROFESSIONAL', 2, '2', 'Critical Evaluation of AI Outputs',
   'Spotting wrong, invented or biased AI output, and knowing when not to rely on it.', 4, 'ERROR_DETECTION', NULL),
  ('PROFESSIONAL', 3, '3', 'AI-Assisted Analysis and Decision Making',
   'Taking a real piece of analysis from question to decision with AI assistance.', 4, 'PROJECT_BASED', NULL),
  ('PROFESSIONAL', 4, '4', 'AI Ethics, Policy, and Responsible Use',
   'Working through policy scenarios: data handling, disclosure and honest reporting of AI-assisted work.', 4, 'POLICY_SCENARIO', NULL),
  ('PRACTITIONER', 1, 'A', 'MLOps and Production ML Engineering',
   'Deep track: taking models to production on real systems and keeping them healthy there.', 40, 'PROJECT_BASED', 'MLOPS'),
  ('PRACTITIONER', 2, 'B', 'LLM Engineering and GenAI Applications',
   'Deep track: building, evaluating and operating applications on large language models.', 40, 'HANDS_ON', 'LLM_ENGINEERING'),
  ('PRACTITIONER', 3, 'C', 'AI Data Engineering',
   'Deep track: building the data pipelines that AI systems train and run on.', 40, 'HANDS_ON', 'AI_DATA_ENGINEERING'),
  ('PRACTITIONER', 4, 'D', 'AI Governance and Model Risk',
   'Deep track: assessing and governing model risk, with live assessments of real models.', 40, 'CASE_STUDY', 'AI_GOVERNANCE');

INSERT INTO framework_phase (kind, sequence, planned_start_month, planned_end_month) VALUES
  ('FOUNDATION', 1, 1, 3),
  ('PRACTITIONER', 2, 2, 5),
  ('BROAD_WORKFORCE', 3, 4, 8),
  ('CONTINUOUS', 4, 9, NULL);

INSERT INTO framework_phase_audience (phase_kind, audience) VALUES
  ('FOUNDATION', 'EXECUTIVE'),
  ('FOUNDATION', 'BUSINESS_LEADER'),
  ('PRACTITIONER', 'PRACTITIONER'),
  ('BROAD_WORKFORCE', 'PROFESSIONAL'),
  ('CONTINUOUS', 'EXECUTIVE'),
  ('CONTINUOUS', 'BUSINESS_LEADER'),
  ('CONTINUOUS', 'PROFESSIONAL'),
  ('CONTINUOUS', 'PRACTITIONER');
