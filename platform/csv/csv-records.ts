import { CsvError, parse } from 'csv-parse/sync';

/** One record of a CSV file, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** A malformed quote in this record: which cell, and what is wrong. The record has no cells then. */
  problem?: { cell: number; message: string };
}

const PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'quoted cell is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected text after a closing quote',
};

/**
 * The records of a CSV text as spreadsheet programs write it (RFC 4180, parsed by csv-parse): a
 * leading BOM is dropped, line breaks are LF whatever the file used (CRLF, or CR from old Macs;
 * inside quoted cells too), and blank rows, including the ",,,," Excel writes for formatted but
 * empty rows, are skipped but still counted, so each record knows the line users see it on.
 *
 * A malformed quote does not stop the reading: the record is returned with its problem, and
 * reading goes on from the next line (an unclosed quote runs to the end of the file, as in Excel).
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = normalised.indexOf('\n'); i !== -1; i = normalised.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const records: CsvRecord[] = [];
  let firstLine = 1;
  while (firstLine <= lineStarts.length) {
    const rest = normalised.slice(lineStarts[firstLine - 1]);
    let lastLine = firstLine - 1;
    try {
      parse(rest, {
        relax_column_count: true,
        record_delimiter: '\n',
        trim: true,
        on_record: (cells: string[], { lines }: { lines: number }) => {
          const end = firstLine - 1 + lines;
          const breaks = cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
          if (cells.some((cell) => cell.trim())) records.push({ line: end - breaks, cells });
          lastLine = end;
          return null;
        },
      });
      return records;
    } catch (error) {
      if (!(error instanceof CsvError) || !PROBLEMS[error.code]) throw error;
      const context = error as CsvError & { lines: number; index: number };
      records.push({ line: lastLine + 1, cells: [], problem: { cell: context.index, message: PROBLEMS[error.code] } });
      firstLine = firstLine - 1 + context.lines + 1;
    }
  }
  return records;
}
