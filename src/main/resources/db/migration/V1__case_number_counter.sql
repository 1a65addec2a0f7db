-- One counter per agency and day. Case numbers look like qingshan-20261128-0001.
CREATE TABLE case_number_counter (
  agency_code VARCHAR(64) NOT NULL,
  issue_date  DATE        NOT NULL,
  last_value  INTEGER     NOT NULL,
  PRIMARY KEY (agency_code, issue_date)
);
