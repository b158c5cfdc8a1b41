/**
 * Migration 1: the canonical tables of DESIGN §3. Money is DECIMAL(18,2) in 元 whatever unit the
 * source used; every imported row carries its `batch_id`; raw texts that were normalized are kept
 * beside the normalized value (`*_raw`) so nothing the user gave is lost.
 */
import { raw, sql, type Fragment } from '../../sql/fragment.ts';

// Money type, spelled once; `raw` only ever receives constant DDL text from this file.
const M = 'DECIMAL(18,2)';

/** Statements creating schema version 1. */
export const createCanonicalSchema: Fragment[] = [
  sql`CREATE TABLE division (
    name VARCHAR NOT NULL PRIMARY KEY, parent VARCHAR, kind VARCHAR, population BIGINT, entities BIGINT,
    region_codes VARCHAR[], streets VARCHAR[], batch_id INTEGER)`,
  sql`CREATE TABLE agency (
    name VARCHAR NOT NULL PRIMARY KEY, division VARCHAR, sector VARCHAR, credit_code VARCHAR, batch_id INTEGER)`,
  raw(`CREATE TABLE penalty_case (
    decision_no VARCHAR NOT NULL, party_name VARCHAR NOT NULL, party_type VARCHAR, credit_code VARCHAR,
    id_number VARCHAR, legal_rep VARCHAR, violation_code VARCHAR, violation_name VARCHAR, facts VARCHAR,
    basis VARCHAR, categories VARCHAR[], categories_raw VARCHAR, content VARCHAR,
    fine_yuan ${M}, confiscation_yuan ${M}, illegal_gain_yuan ${M}, goods_value_yuan ${M},
    tier VARCHAR, tier_rank INTEGER, tier_raw VARCHAR, procedure VARCHAR, decided_on DATE NOT NULL,
    agency VARCHAR NOT NULL, division VARCHAR, division_source VARCHAR, status VARCHAR, note VARCHAR,
    source_row INTEGER, batch_id INTEGER NOT NULL)`),
  raw(`CREATE TABLE benchmark_rule (
    rule_id VARCHAR NOT NULL, violation_code VARCHAR, violation_name VARCHAR NOT NULL, legal_basis VARCHAR,
    basis VARCHAR, tier VARCHAR, tier_rank INTEGER, tier_raw VARCHAR, condition VARCHAR,
    fine_min_yuan ${M}, fine_max_yuan ${M}, multiple_min DOUBLE, multiple_max DOUBLE, base_kind VARCHAR,
    fallback_min_yuan ${M}, fallback_max_yuan ${M},
    effective_from DATE, effective_to DATE, authority VARCHAR, sector VARCHAR, source_text VARCHAR,
    source_row INTEGER, batch_id INTEGER NOT NULL)`),
  sql`CREATE TABLE hotline_ticket (
    ticket_no VARCHAR NOT NULL, line VARCHAR, received_at TIMESTAMP NOT NULL, source VARCHAR,
    appeal_type VARCHAR, appeal_type_raw VARCHAR, category VARCHAR, category_path VARCHAR[], content VARCHAR,
    address VARCHAR, division VARCHAR, division_source VARCHAR, street VARCHAR, handling_unit VARCHAR, reply VARCHAR,
    due_at TIMESTAMP, closed_at TIMESTAMP, resolved BOOLEAN, satisfaction VARCHAR, satisfaction_raw VARCHAR,
    source_row INTEGER, batch_id INTEGER NOT NULL)`,
  sql`CREATE TABLE inspection (
    inspection_id VARCHAR, agency VARCHAR NOT NULL, target_name VARCHAR NOT NULL, target_credit_code VARCHAR,
    inspected_on DATE NOT NULL, mode VARCHAR, mode_raw VARCHAR, division VARCHAR, found_problem BOOLEAN,
    source_row INTEGER, batch_id INTEGER NOT NULL)`,
  sql`CREATE TABLE case_review (
    review_id VARCHAR, year INTEGER, agency VARCHAR NOT NULL, case_no VARCHAR, case_type VARCHAR,
    score DOUBLE, grade VARCHAR, veto BOOLEAN, source_row INTEGER, batch_id INTEGER NOT NULL)`,
  sql`CREATE TABLE survey_item (
    item_code VARCHAR NOT NULL, dimension VARCHAR, text VARCHAR, weight DOUBLE, is_overall BOOLEAN,
    batch_id INTEGER)`,
  sql`CREATE TABLE survey_response (
    response_id VARCHAR NOT NULL, respondent_type VARCHAR, agency VARCHAR, division VARCHAR, answered_on DATE,
    comment VARCHAR, source_row INTEGER, batch_id INTEGER NOT NULL)`,
  sql`CREATE TABLE survey_answer (
    response_id VARCHAR NOT NULL, item_code VARCHAR NOT NULL, label VARCHAR, score DOUBLE, batch_id INTEGER NOT NULL)`,
  sql`CREATE TABLE annual_stat (
    year INTEGER NOT NULL, agency VARCHAR NOT NULL, indicator VARCHAR NOT NULL, value DOUBLE, unit VARCHAR,
    value_raw VARCHAR, source_row INTEGER, batch_id INTEGER NOT NULL)`,
  sql`CREATE TABLE setting (key VARCHAR NOT NULL PRIMARY KEY, value JSON)`,
  sql`CREATE SEQUENCE import_batch_seq START 1`,
  sql`CREATE TABLE import_batch (
    batch_id INTEGER NOT NULL PRIMARY KEY, file_name VARCHAR NOT NULL, file_path VARCHAR, file_size BIGINT,
    sha256 VARCHAR NOT NULL, kind VARCHAR NOT NULL, sheet VARCHAR, mapping JSON, encoding VARCHAR,
    imported_at TIMESTAMP NOT NULL, rows_read INTEGER NOT NULL, rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL, notes JSON)`,
  sql`CREATE TABLE import_reject (
    batch_id INTEGER NOT NULL, sheet VARCHAR, row_number INTEGER NOT NULL, "column" VARCHAR, value VARCHAR,
    reason VARCHAR NOT NULL)`,
];
