-- One counter per agency; it restarts at 1 each day. Case numbers look like qingshan-20261128-0001.
CREATE TABLE case_number_counter (
  agency_code VARCHAR(64) NOT NULL PRIMARY KEY,
  issue_date  DATE        NOT NULL,
  last_value  INTEGER     NOT NULL
);
