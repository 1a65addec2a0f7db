-- When the person left (离站登记); with id_number_hash it tells whether a newcomer left another case recently.
ALTER TABLE case_file ADD COLUMN departed_at TIMESTAMP;
