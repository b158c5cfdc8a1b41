/**
 * DuckDB column types → Arrow types, explicitly (DESIGN §2 Arrow): integers and DECIMAL become
 * Float64 for display (counts and 元 amounts fit a double exactly far beyond anything here), DATE
 * DateDay, TIMESTAMP TimestampMillisecond, BOOLEAN Bool, VARCHAR Utf8, lists List<…>. Anything else
 * is sent as its text (Utf8) rather than guessed.
 */
import { Bool, DateDay, Field, Float64, Int32, List, TimestampMillisecond, Utf8, type DataType } from 'apache-arrow';

/** The Arrow type for a DuckDB type name as `DuckDBType.toString()` prints it. */
export function arrowType(duckType: string): DataType {
  const t = duckType.toUpperCase();
  if (t.endsWith('[]')) return new List(new Field('item', arrowType(t.slice(0, -2)), true));
  if (t === 'VARCHAR' || t.startsWith('ENUM')) return new Utf8();
  if (t === 'BOOLEAN') return new Bool();
  if (t === 'DATE') return new DateDay();
  if (t.startsWith('TIMESTAMP')) return new TimestampMillisecond();
  if (t === 'INTEGER' || t === 'SMALLINT' || t === 'TINYINT' || t === 'USMALLINT' || t === 'UTINYINT') return new Int32();
  if (/^(BIGINT|HUGEINT|UBIGINT|UINTEGER|UHUGEINT|DOUBLE|FLOAT|REAL)$/.test(t) || t.startsWith('DECIMAL')) return new Float64();
  return new Utf8();
}
